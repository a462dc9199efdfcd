//! Clean-up inside one line of plain text: HTML remnants (tags, escaped tags, character
//! references), runs of dots or symbols, and a missing space between two sentences
//! (`world.Today`).

use crate::extract::builder::Builder;
use crate::span::Span;

/// Longest tag or character reference looked for, so a stray `<` or `&` costs little.
const LONGEST_TAG: usize = 256;

/// `start..end` of `input` without the tags and white space at its edges.
pub(super) fn visible(input: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    loop {
        let text = &input[start..end];
        let trimmed = text.trim_start();
        start += text.len() - trimmed.len();
        match markup_len(trimmed) {
            Some(len) => start += len,
            None => break,
        }
    }
    loop {
        let text = &input[start..end];
        let trimmed = text.trim_end();
        end = start + trimmed.len();
        match trailing_markup_start(trimmed) {
            Some(at) => end = start + at,
            None => break,
        }
    }
    (start, end)
}

/// The length of the tag (`<p class="x">`, `</em>`) or escaped tag (`&lt;b&gt;`) at the start
/// of `text`.
fn markup_len(text: &str) -> Option<usize> {
    let (open, close) = if text.starts_with('<') {
        ("<", ">")
    } else if text.starts_with("&lt;") {
        ("&lt;", "&gt;")
    } else {
        return None;
    };
    let name = text[open.len()..].trim_start_matches('/');
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let window = &text[..floor(text, LONGEST_TAG)];
    let end = window.find(close)?;
    (!window[1..end].contains(['<', '\n'])).then_some(end + close.len())
}

/// Where the tag or escaped tag that ends `text` starts.
fn trailing_markup_start(text: &str) -> Option<usize> {
    let open = if text.ends_with('>') {
        '<'
    } else if text.ends_with("&gt;") {
        '&'
    } else {
        return None;
    };
    let from = floor(text, text.len().saturating_sub(LONGEST_TAG));
    let at = from + text[from..].rfind(open)?;
    (markup_len(&text[at..]) == Some(text.len() - at)).then_some(at)
}

/// The largest char boundary of `text` at or below `at`.
fn floor(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Where the dot leader of a table-of-contents line starts (`Chapter 2 ........ 6`): a run of
/// leader dots followed by nothing but a page reference.
pub(super) fn leader_start(text: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(found) = text[from..].find(['.', '·', '…']) {
        let start = from + found;
        let Some(len) = dot_run(&text[start..]) else {
            from = start + text[start..].chars().next().map_or(1, char::len_utf8);
            continue;
        };
        let rest = text[start + len..].trim();
        let page = rest.is_empty()
            || rest
                .split(['-', '–'])
                .all(|n| !n.trim().is_empty() && n.trim().bytes().all(|b| b.is_ascii_digit()))
            || rest
                .chars()
                .all(|c| matches!(c, 'i' | 'v' | 'x' | 'l' | 'c'));
        if page {
            return Some(start);
        }
        from = start + len;
    }
    None
}

/// The length of the run of leader dots that starts `text`: four or more `.`, `·` or `…` (an
/// ellipsis counts as three), single spaces between them allowed.
fn dot_run(text: &str) -> Option<usize> {
    let mut dots = 0;
    let mut end = 0;
    let mut spaces = 0;
    for (i, c) in text.char_indices() {
        match c {
            '.' | '·' | '…' => {
                dots += if c == '…' { 3 } else { 1 };
                end = i + c.len_utf8();
                spaces = 0;
            }
            ' ' if dots > 0 && spaces == 0 => spaces += 1,
            _ => break,
        }
    }
    (dots >= 4).then_some(end)
}

/// Writes the line `start..end` of `input` to `out`, cleaned.
pub(super) fn emit(out: &mut Builder<'_>, input: &str, start: usize, end: usize) {
    let bytes = input.as_bytes();
    let mut written = start;
    let mut i = start;
    while i < end {
        let rest = &input[i..end];
        let skip = match bytes[i] {
            b'<' | b'&' if markup_len(rest).is_some() => {
                let len = markup_len(rest).unwrap_or(0);
                out.original(written, i);
                Some((len, false))
            }
            b'&' => reference(rest).map(|(len, decoded)| {
                out.original(written, i);
                out.decoded(decoded, Span::new(i, i + len));
                (len, false)
            }),
            b'.' | 0xC2 | 0xE2 => dot_run(rest).map(|len| (len, true)),
            b'/' | b'\\' | b'=' | b'*' | b'~' | b'#' | b'+' => {
                let len = rest.bytes().take_while(|&b| b == bytes[i]).count();
                (len >= 10).then_some((len, true))
            }
            _ => None,
        };
        match skip {
            Some((len, space)) => {
                if space {
                    // A run of dots or symbols reads as a word break; it maps to nothing, since
                    // it is not white space in the original.
                    out.original(written, i);
                    out.space(None);
                }
                i += len;
                written = i;
            }
            None if bytes[i] == b'.' && missing_space_after(input, start, i, end) => {
                out.original(written, i + 1);
                out.space(None);
                i += 1;
                written = i;
            }
            None => i += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    out.original(written, end);
}

/// The character reference at the start of `text` (`&amp;`, `&#8217;`, `&#x2019;`): its length
/// and what it stands for. Only the references that survive in text pasted from the web.
fn reference(text: &str) -> Option<(usize, &'static str)> {
    const NAMED: &[(&str, &str)] = &[
        ("&amp;", "&"),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&apos;", "'"),
        ("&#39;", "'"),
        ("&nbsp;", " "),
        ("&#160;", " "),
        ("&ndash;", "–"),
        ("&mdash;", "—"),
        ("&rsquo;", "’"),
        ("&lsquo;", "‘"),
        ("&ldquo;", "“"),
        ("&rdquo;", "”"),
        ("&hellip;", "…"),
    ];
    NAMED
        .iter()
        .find(|(name, _)| text.starts_with(name))
        .map(|&(name, decoded)| (name.len(), decoded))
}

/// Whether the `.` at `i` ends a sentence that the next one follows without a space
/// (`Hello world.Today is Tuesday.`, `bought 1,000.That is`): a word of two lower-case letters
/// or a digit before, a capitalised word after, and no URL or address around.
fn missing_space_after(input: &str, line_start: usize, i: usize, end: usize) -> bool {
    // Tokens are short: a bounded look each way keeps long lines linear.
    const WINDOW: usize = 128;
    let before_start = floor(input, i.saturating_sub(WINDOW)).max(line_start);
    let before = &input[before_start..i];
    let after = &input[i + 1..floor(input, (i + 1 + WINDOW).min(end))];
    let mut previous = before.chars().rev();
    let (Some(p1), p2) = (previous.next(), previous.next()) else {
        return false;
    };
    let lower_word = p1.is_lowercase() && p2.is_some_and(char::is_lowercase);
    if !(lower_word || p1.is_ascii_digit()) {
        return false;
    }
    let mut next = after.chars();
    let (Some(n1), Some(n2)) = (next.next(), next.next()) else {
        return false;
    };
    if !(n1.is_uppercase() && n2.is_lowercase()) {
        return false;
    }
    let token_start = before.len()
        - before
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("")
            .len();
    let token_end = after.find(char::is_whitespace).unwrap_or(after.len());
    let token = &input[before_start + token_start..i + 1 + token_end];
    !looks_like_address(token)
}

/// URLs, host names and e-mail addresses, whose dots are not stops.
fn looks_like_address(token: &str) -> bool {
    const DOMAINS: &[&str] = &[
        "com", "org", "net", "edu", "gov", "io", "de", "fr", "uk", "co", "info",
    ];
    let lower = token.to_ascii_lowercase();
    let last = lower
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .rsplit('.')
        .next()
        .unwrap_or("");
    lower.contains("://")
        || lower.starts_with("www.")
        || lower.contains('@')
        || DOMAINS.contains(&last)
}
