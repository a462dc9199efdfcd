//! Whether a stop ends its sentence: ellipses, quotations, what follows the stop, and clause
//! separators; periods after words are decided in [`super::period`].

use super::abbreviations::is_exclaimed_name;
use super::chars::{is_closer, is_dash, is_format, is_opener, needs_no_space};
use super::cjk::ends_cjk_sentence;
use super::layout::{ceil_boundary, floor_boundary};
use super::references::after_references;
use super::trailers::after_trailers;
use super::{Decision, SentenceSplitter, Split, skip_white_space};

impl Split<'_, '_> {
    /// Decides the stop `c` at byte `i` of the sentence that began at `start`.
    pub(super) fn decide(&mut self, start: usize, i: usize, c: char) -> Decision {
        let text = self.text;
        if c == '\u{17D4}' && text[i..].starts_with(KHMER_ET_CETERA) {
            // `។ល។` is Khmer for "etc.": a list goes on after it.
            return Decision::Continue(i + KHMER_ET_CETERA.len());
        }
        if c == '.'
            && text[i + 1..].starts_with(" .")
            && let Some(decision) = self.spaced_dots(start, i)
        {
            return decision;
        }
        let run_end = self.after_terminator_run(i);
        self.decide_run(start, i, run_end)
    }

    /// Spaced ellipses, `. . .`: three dots continue the sentence (an omission); four end it
    /// (an omission and a full stop). A stop written against its word and followed by a spaced
    /// ellipsis and a new sentence ends there, the ellipsis opening the next sentence
    /// (`compounds. . . . The practice`).
    fn spaced_dots(&mut self, start: usize, i: usize) -> Option<Decision> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut dots = 1;
        let mut end = i + 1;
        while bytes.get(end) == Some(&b' ') && bytes.get(end + 1) == Some(&b'.') {
            dots += 1;
            end += 2;
        }
        if dots < 3 {
            return None;
        }
        let attached = i > start && !text[..i].ends_with(char::is_whitespace);
        let next = text[end..].chars().next();
        if attached && dots == 4 && next.is_some_and(char::is_whitespace) {
            let next_start = skip_white_space(text, end);
            if first_letter(&text[next_start..]).is_some_and(|c| !c.is_lowercase()) {
                return Some(Decision::End(i + 1));
            }
        }
        if dots == 3 {
            return Some(Decision::Continue(end));
        }
        let run_end = self.after_terminator_run(end - 1);
        Some(self.decide_run(start, end - 1, run_end))
    }

    /// End of the run of stops and closing punctuation starting at `i`, closing the quotations
    /// it closes.
    fn after_terminator_run(&mut self, mut i: usize) -> usize {
        for c in self.text[i..].chars() {
            if self.splitter.is_terminator(c) {
                i += c.len_utf8();
            } else if is_closer(c) || is_format(c) {
                self.quotes.close(c);
                i += c.len_utf8();
            } else {
                break;
            }
        }
        i
    }

    /// Decides the run of stops and closers `i..run_end` of the sentence that began at `start`.
    fn decide_run(&mut self, start: usize, i: usize, run_end: usize) -> Decision {
        let text = self.text;
        let splitter = self.splitter;
        let run = &text[i..run_end];
        let run_end = after_trailers(text, run_end, &mut self.quotes);
        let run_end = after_references(text, run_end, || {
            splitter.ends_plain_word(text, start, i, run)
        });
        if !splitter.conventions.period_is_full_stop
            && run.trim_end_matches(|c: char| is_closer(c) || is_format(c)) == "."
        {
            // A period marks an abbreviation (`1988 թ.`) in Armenian, not a sentence end; an
            // ellipsis still may.
            return Decision::Continue(run_end);
        }
        let Some(next) = text[run_end..].chars().next() else {
            return Decision::End(run_end);
        };
        if !next.is_whitespace() {
            // `3.5`, `U.S.`, `example.com`: no space, no boundary, except after the stops of
            // scripts written without spaces (`《摔跤吧！爸爸》` is a title, not two sentences),
            // and a plain typo (`жағдайы.XVIII ғасыр`).
            let last_stop = run.chars().rev().find(|&c| splitter.is_terminator(c));
            let cjk = last_stop.is_some_and(|c| ends_cjk_sentence(text, i, run_end, c));
            let ends = if cjk || last_stop.is_some_and(needs_no_space) {
                self.quotes.is_empty() || !self.quotes.closes_after(text, run_end)
            } else {
                let dots = splitter.conventions.period_is_full_stop;
                missing_space(text, start, i, run_end, dots)
            };
            return if ends {
                Decision::End(run_end)
            } else {
                Decision::Continue(run_end)
            };
        }
        if text[start..i].ends_with(['[', '(']) {
            // A bracketed omission, `[...]`, is part of the sentence.
            return Decision::Continue(run_end);
        }
        if !self.quotes.is_empty()
            && self.quotes.closes_after(text, run_end)
            && self.quotes.embedded(text)
            && self.quotes.rest_is_short(text, run_end)
        {
            return Decision::Continue(run_end);
        }
        let next_start = skip_white_space(text, run_end);
        let next_text = &text[next_start..];
        let mut token = next_text
            .chars()
            .take_while(|c| !c.is_whitespace())
            .peekable();
        if token.peek().is_some() && token.all(|c| splitter.is_terminator(c)) {
            // A sentence does not start with a stop standing alone: `! ! !`.
            return Decision::Continue(run_end);
        }
        match first_letter(next_text) {
            None => return Decision::End(run_end),
            // A lower-case continuation: `etc. and more`, `"Why?" she asked`, `bar? — деді`.
            Some(first) if first.is_lowercase() => {
                return if splitter.ends_before_lower_case(text, start, i, run, next_start) {
                    Decision::End(run_end)
                } else {
                    Decision::Continue(run_end)
                };
            }
            Some(_) => {}
        }
        let word = word_before(text, start, i);
        let stops = run.trim_end_matches(|c: char| is_closer(c) || is_format(c));
        if stops == "!"
            && is_exclaimed_name(lowercase(core_word(word), &mut [0; 32]).unwrap_or_default())
        {
            return Decision::Continue(run_end);
        }
        if stops != "." || splitter.period_ends_sentence(word, next_text, &text[start..i]) {
            Decision::End(run_end)
        } else {
            Decision::Continue(run_end)
        }
    }
}

/// Khmer "etc.", written with two khans (U+17D4) around the letter lo.
const KHMER_ET_CETERA: &str = "\u{17D4}\u{179B}\u{17D4}";

/// How many bytes the word counts ([`has_words`], the look past a clause separator) look at:
/// a bound that keeps the scan linear, and far more than a few words take.
const LOOK: usize = 256;

/// Words that each side of a clause separator needs for the separator to end a sentence. Items
/// of an enumeration (`ضغط الدم، والقلب،`, "blood pressure, and the heart") are one or two
/// words; clauses that stand as sentences have a verb and its arguments.
const CLAUSE_WORDS: usize = 3;

impl SentenceSplitter {
    /// Whether the clause separator at `separator..after` ends the sentence that began at
    /// `start`: white space follows, and both the sentence so far and the text up to the next
    /// separator, stop or line break have at least [`CLAUSE_WORDS`] words. The look ahead
    /// stops after a few words or a bounded number of bytes, which keeps the scan linear.
    pub(super) fn joins_clauses(
        &self,
        text: &str,
        start: usize,
        separator: usize,
        after: usize,
    ) -> bool {
        if !text[after..].starts_with(char::is_whitespace)
            || !has_words(&text[start..separator], CLAUSE_WORDS)
        {
            return false;
        }
        let window = &text[after..floor_boundary(text, after + LOOK)];
        let mut words = 0;
        let mut in_word = false;
        for c in window.chars() {
            if c == '\n' || self.is_clause_separator(c) || self.is_terminator(c) {
                // Fewer words than a clause before the next separator or stop: `والقلب،`.
                return false;
            }
            if c.is_whitespace() {
                in_word = false;
            } else if !in_word {
                in_word = true;
                words += 1;
                if words >= CLAUSE_WORDS {
                    return true;
                }
            }
        }
        false
    }
}

impl Split<'_, '_> {
    /// Whether a stop comes after `at` before the paragraph ends. A writer who ends the
    /// paragraph's sentences with stops uses the clause separator as a comma (`2004، وذلك بفضل
    /// … بوش.`); one who writes clauses with no stop, as running Arabic prose often does, uses
    /// it to end them.
    pub(super) fn stop_ends_paragraph(&mut self, at: usize) -> bool {
        if at >= self.paragraph_end.0 {
            let text = self.text;
            let splitter = self.splitter;
            let paragraph_break = |offset: usize, c: char| {
                c == '\u{2029}'
                    || c == '\n'
                        && text[at + offset + 1..]
                            .trim_start_matches([' ', '\t', '\r'])
                            .starts_with('\n')
            };
            self.paragraph_end = text[at..]
                .char_indices()
                .find(|&(offset, c)| splitter.is_terminator(c) || paragraph_break(offset, c))
                .map_or((text.len(), false), |(offset, c)| {
                    (at + offset, splitter.is_terminator(c))
                });
        }
        self.paragraph_end.1
    }
}

/// Whether `sentence` has at least `count` words, looking at its first bytes only.
pub(super) fn has_words(sentence: &str, count: usize) -> bool {
    sentence.len() > LOOK || sentence.split_whitespace().nth(count - 1).is_some()
}

/// The part of `word` that the abbreviation lists know: without opening punctuation, dashes,
/// invisible formatting, or an elided article (`l'Ing` → `Ing`).
pub(super) fn core_word(word: &str) -> &str {
    if word.is_ascii() {
        // Most words: the ASCII openers and dash, no formatting characters, and only the
        // ASCII apostrophe.
        let skip = word
            .bytes()
            .position(|b| !matches!(b, b'"' | b'\'' | b'(' | b'[' | b'{' | b'-'))
            .unwrap_or(word.len());
        let word = &word[skip..];
        return match word.bytes().rposition(|b| b == b'\'') {
            Some(p) if p > 0 && p + 1 < word.len() => &word[p + 1..],
            _ => word,
        };
    }
    let word = word
        .trim_start_matches(|c: char| is_opener(c) || is_dash(c) || is_format(c))
        .trim_end_matches(is_format);
    match word
        .char_indices()
        .rfind(|&(_, c)| c == '\'' || c == '\u{2019}')
    {
        Some((p, c)) if p > 0 && p + c.len_utf8() < word.len() => &word[p + c.len_utf8()..],
        _ => word,
    }
}

/// The first letter or digit of `text`, past opening punctuation, dashes and the white space
/// after a dash.
fn first_letter(text: &str) -> Option<char> {
    text.chars()
        .take(16)
        .find(|&c| !(is_opener(c) || is_dash(c) || c.is_whitespace() || is_format(c)))
}

/// A period, an ellipsis or a question mark typed without its space between two words
/// (`жағдайы.XVIII`, `quality.You'll`, `home....Julie`): a lower-case word of three letters or
/// more before, a capitalised word after. An ellipsis counts only where `dots`: Armenian runs
/// one on between two words of a sentence (`…անձրևել...Այդպես…`). URLs, e-mail addresses and
/// file names (`example.com`, `a.b@c.org`) have no capital after the period or another
/// period, `@` or `/` in the next word.
fn missing_space(text: &str, start: usize, i: usize, run_end: usize, dots: bool) -> bool {
    let run = &text[i..run_end];
    let questions = run.bytes().all(|b| b == b'?');
    if !(run == "." || questions || (dots && run.bytes().all(|b| b == b'.'))) {
        // Closers, or a mark that may belong to a name (`Yahoo!Answers`).
        return false;
    }
    let before = text[start..i].chars().rev().take(3);
    if before.clone().count() < 3 || !before.into_iter().all(char::is_lowercase) {
        return false;
    }
    if word_before(text, start, i).contains(['.', '@', '/']) {
        return false;
    }
    let mut next = text[run_end..].chars().take(32);
    // After a question, a lower-case sentence too (`a room??cos i`): a URL's query has `=`.
    if !next
        .next()
        .is_some_and(|c| c.is_uppercase() || (questions && c.is_lowercase()))
    {
        return false;
    }
    for c in next {
        if c.is_whitespace() {
            return true;
        }
        if !(c.is_alphabetic() || c == '\'' || c == '\u{2019}') {
            return false;
        }
    }
    true
}

/// The word that ends at byte `i`, back to the last white space after `start`, or its last
/// [`LONGEST_WORD`] bytes: looking further back would make a text without spaces quadratic,
/// and no abbreviation is that long. `rsplit` rather than one byte past `rfind`: white space
/// such as U+00A0 or U+3000 takes several bytes.
pub(super) fn word_before(text: &str, start: usize, i: usize) -> &str {
    let from = ceil_boundary(text, start.max(i.saturating_sub(LONGEST_WORD)));
    // ASCII fast path: back to the last ASCII white space, unless a non-ASCII byte comes
    // first (it may belong to white space such as U+00A0).
    for (k, &b) in text.as_bytes()[from..i].iter().enumerate().rev() {
        if matches!(b, b'\t'..=b'\r' | b' ') {
            return &text[from + k + 1..i];
        }
        if !b.is_ascii() {
            return slow_word_before(text, from, i);
        }
    }
    &text[from..i]
}

/// [`word_before`] for text with non-ASCII characters.
fn slow_word_before(text: &str, from: usize, i: usize) -> &str {
    text[from..i]
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
}

/// How far back [`word_before`] looks.
const LONGEST_WORD: usize = 64;

/// The lower-case form of `word`, written into `buffer` unless `word` is already lower-case
/// ASCII; `None` when it does not fit in `buffer`.
pub(super) fn lowercase<'b>(word: &'b str, buffer: &'b mut [u8; 32]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.is_ascii() {
        // Most words: ASCII, whose lower-case form has the same length.
        if bytes.len() > buffer.len() {
            return None;
        }
        if !bytes.iter().any(u8::is_ascii_uppercase) {
            return Some(word);
        }
        let lower = &mut buffer[..bytes.len()];
        lower.copy_from_slice(bytes);
        lower.make_ascii_lowercase();
        return std::str::from_utf8(lower).ok();
    }
    let mut len = 0;
    for c in word.chars().flat_map(char::to_lowercase) {
        let width = c.len_utf8();
        if len + width > buffer.len() {
            return None;
        }
        c.encode_utf8(&mut buffer[len..]);
        len += width;
    }
    std::str::from_utf8(&buffer[..len]).ok()
}
