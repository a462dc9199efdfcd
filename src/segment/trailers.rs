//! What may trail a sentence's stop and still belong to the sentence: a closing quote set
//! apart by a space, as tokenised or TeX-like text writes it (`twijfelaar. ''`, `bête ! "`),
//! and emoticons (`great! :-)`, `nice.:)`), which also end a sentence without a stop
//! (`thanks :-) See you`).

use super::chars::is_opener;
use super::quotes::QuoteStack;

/// Emoticons written after a sentence, longest first among those sharing a prefix.
const EMOTICONS: &[&str] = &[
    ":-)", ":-(", ":-D", ":-P", ":-/", ";-)", ":'(", ":)", ":(", ":D", ":P", ":p", ":/", ";)",
    "=)", "^_^", "^^", "xD", "XD",
];

/// Closing quotes that may stand alone after a stop: straight, TeX (`''`), curly, guillemets.
fn is_closing_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '\u{201D}' | '\u{2019}' | '\u{00BB}' | '\u{203A}'
    )
}

/// The emoticon at the start of `text`, if one stands there as a whole token (white space or
/// the end of the text follows it).
fn emoticon_at(text: &str) -> Option<usize> {
    if !text.starts_with([':', ';', '=', '^', 'x', 'X']) {
        // Most text after a stop: no emoticon, no need to compare with each.
        return None;
    }
    EMOTICONS
        .iter()
        .find(|e| text.starts_with(*e))
        .map(|e| e.len())
        .filter(|&len| text[len..].chars().next().is_none_or(char::is_whitespace))
}

/// The end of the trailers after the stops ending at `run_end`: an emoticon written against
/// the stop, then tokens of closing quotes (at most three marks) or emoticons set apart by
/// spaces on the same line. Closes the quotations the quotes close.
pub(super) fn after_trailers(text: &str, mut run_end: usize, quotes: &mut QuoteStack) -> usize {
    if let Some(len) = emoticon_at(&text[run_end..]) {
        run_end += len;
    }
    for _ in 0..2 {
        let rest = &text[run_end..];
        let token_start = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        if token_start == 0 {
            break;
        }
        let token = &rest[token_start..];
        if !token.starts_with(is_closing_quote) && emoticon_at(token).is_none() {
            // Most sentences: the next one starts with a word.
            break;
        }
        let token = &token[..token.find(char::is_whitespace).unwrap_or(token.len())];
        let quote =
            !token.is_empty() && token.chars().count() <= 3 && token.chars().all(is_closing_quote);
        if quote {
            token.chars().for_each(|c| quotes.close(c));
        } else if emoticon_at(token).is_none() {
            break;
        }
        run_end += token_start + token.len();
    }
    run_end
}

/// If the `)` or `(` at byte `i` ends an emoticon that stands as a word after the sentence
/// that began at `start` and a capitalised word follows on the same line, the sentence's end
/// (after the emoticon): `Thanks for all :-) See you`.
pub(super) fn emoticon_ends_sentence(text: &str, start: usize, i: usize) -> Option<usize> {
    let end = i + 1;
    let before = &text[start..end];
    if !before[..before.len() - 1].ends_with([':', '-', ';', '=', '\'']) {
        // A bracket after a word or number: no emoticon.
        return None;
    }
    // Only the last few bytes: an emoticon is at most three characters long.
    let emoticon = EMOTICONS.iter().find(|e| before.ends_with(*e))?;
    let ahead = &before[..before.len() - emoticon.len()];
    if !ahead.ends_with(char::is_whitespace) || ahead.trim_end().is_empty() {
        return None;
    }
    let rest = &text[end..];
    let next = rest.trim_start_matches([' ', '\t']);
    if next.len() == rest.len() {
        return None;
    }
    let first = next.trim_start_matches(is_opener).chars().next()?;
    first.is_uppercase().then_some(end)
}
