//! Sentence splitting: byte spans of the sentences of a text.
//!
//! The splitter scans for candidate boundaries (terminators and line breaks) with an ASCII fast
//! path, then decides each candidate with rules that Unicode's default sentence boundaries
//! (UAX #29) get wrong on real text: abbreviations, initials, numbers, ellipses, closing quotes,
//! and line structure (blank lines, headings and datelines on their own line).

mod abbreviations;
mod chars;

use crate::{Language, Span};
use abbreviations::{AbbreviationKind, Abbreviations};
use chars::{INTERESTING, is_closer, is_opener, is_strong_terminator, needs_no_space};

/// Splits text into sentences, returning trimmed byte spans.
///
/// ```
/// use salient::{Language, SentenceSplitter};
///
/// let splitter = SentenceSplitter::new(Language::English);
/// let text = "Mr. Smith paid $1.13bn. Shares rose 3.5% by 10 a.m. on Monday!\n\nNext paragraph";
/// let sentences: Vec<&str> = splitter.sentences(text).collect();
/// assert_eq!(
///     sentences,
///     ["Mr. Smith paid $1.13bn.", "Shares rose 3.5% by 10 a.m. on Monday!", "Next paragraph"]
/// );
/// ```
///
/// A splitter is cheap to create and to clone, and is `Send + Sync`.
#[derive(Clone, Debug)]
pub struct SentenceSplitter {
    language: Language,
    abbreviations: &'static Abbreviations,
    stopwords: &'static [&'static str],
}

impl SentenceSplitter {
    /// A splitter with the abbreviations and conventions of `language`.
    pub fn new(language: Language) -> SentenceSplitter {
        SentenceSplitter {
            language,
            abbreviations: abbreviations::for_language(language),
            stopwords: language.stopwords(),
        }
    }

    /// The language whose conventions this splitter follows.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The spans of the sentences of `text`, in order, trimmed of white space, never empty and
    /// never overlapping.
    pub fn split<'s, 't>(&'s self, text: &'t str) -> Split<'s, 't> {
        Split {
            splitter: self,
            text,
            position: 0,
        }
    }

    /// The sentences of `text` as string slices.
    pub fn sentences<'s, 't>(&'s self, text: &'t str) -> impl Iterator<Item = &'t str> + 's
    where
        't: 's,
    {
        self.split(text).map(move |span| span.slice(text))
    }

    /// Appends the spans of the sentences of `text` to `spans`, reusing its allocation.
    pub fn split_into(&self, text: &str, spans: &mut Vec<Span>) {
        spans.extend(self.split(text));
    }

    /// Whether a period after `word` (the text before the period, back to white space) ends a
    /// sentence, given the text that follows the period and its closing punctuation.
    fn period_ends_sentence(&self, word: &str, next_word: &str) -> bool {
        let word = word.trim_start_matches(|c: char| is_opener(c) || c == '-');
        if word.is_empty() {
            return true;
        }
        let mut buffer = [0u8; 32];
        let Some(lower) = lowercase_into(word, &mut buffer) else {
            // Longer than any abbreviation.
            return true;
        };
        let kind = self.abbreviations.kind(lower).or_else(|| {
            let mut letters = word.chars();
            let first = letters.next()?;
            if letters.next().is_none() && first.is_alphabetic() {
                // A single letter: an initial (`J. R. R. Tolkien`) or list letter.
                Some(AbbreviationKind::Other)
            } else if word.contains('.') && word.chars().all(|c| c == '.' || c.is_alphabetic()) {
                // Letters with inner periods: `U.S.A.`, `z.B.`, `a.m.`.
                Some(AbbreviationKind::Other)
            } else if word.bytes().all(|b| b.is_ascii_digit())
                && word.len() <= 2
                && has_ordinal_numbers(self.language)
            {
                // German and Nordic ordinals: `am 3. Oktober`.
                Some(AbbreviationKind::Other)
            } else {
                None
            }
        });
        match kind {
            None => true,
            Some(AbbreviationKind::Prefix) => false,
            Some(AbbreviationKind::Other) => self.starts_sentence(next_word),
        }
    }

    /// Whether `word` (the first word after an ambiguous period) reads as the start of a new
    /// sentence: a capitalised function word such as `The`, `He` or `Die`.
    fn starts_sentence(&self, word: &str) -> bool {
        let word = word.trim_start_matches(is_opener);
        let Some(first) = word.chars().next() else {
            return true;
        };
        if !first.is_uppercase() {
            return false;
        }
        let end = word
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(word.len());
        let mut buffer = [0u8; 32];
        match lowercase_into(&word[..end], &mut buffer) {
            Some(lower) => lower == "i" || self.stopwords.contains(&lower),
            None => false,
        }
    }
}

/// Languages that write ordinal numbers with a period (`3. Oktober`, `2. juni`).
fn has_ordinal_numbers(language: Language) -> bool {
    matches!(
        language,
        Language::German
            | Language::Danish
            | Language::Norwegian
            | Language::Finnish
            | Language::Hungarian
            | Language::Turkish
    )
}

/// Writes the lower-case form of `word` into `buffer`; `None` when it does not fit.
fn lowercase_into<'b>(word: &str, buffer: &'b mut [u8; 32]) -> Option<&'b str> {
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

/// Iterator over sentence spans, created by [`SentenceSplitter::split`].
#[derive(Clone, Debug)]
pub struct Split<'s, 't> {
    splitter: &'s SentenceSplitter,
    text: &'t str,
    position: usize,
}

impl Iterator for Split<'_, '_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        let text = self.text;
        let bytes = text.as_bytes();
        let start = skip_white_space(text, self.position);
        if start >= text.len() {
            self.position = text.len();
            return None;
        }
        if let Some(end) = dateline_end(text, start) {
            self.position = end;
            return Some(Span::new(start, end));
        }
        let mut i = start;
        loop {
            // Fast scan to the next byte that may matter.
            match bytes[i..].iter().position(|&b| INTERESTING[b as usize]) {
                None => {
                    self.position = text.len();
                    return Some(trimmed(text, start, text.len()));
                }
                Some(offset) => i += offset,
            }
            let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
            let width = c.len_utf8();
            if c == '\n' {
                if let Some(end) = self.line_break_ends_sentence(start, i) {
                    self.position = i + 1;
                    return Some(trimmed(text, start, end));
                }
                i += 1;
                continue;
            }
            if c == '.' || is_strong_terminator(c) {
                if let Some(end) = self.terminator_ends_sentence(start, i) {
                    self.position = end;
                    return Some(trimmed(text, start, end));
                }
                i = self.after_terminator_run(i);
                continue;
            }
            i += width;
        }
    }
}

impl Split<'_, '_> {
    /// End of the run of terminators and closing punctuation starting at `i`.
    fn after_terminator_run(&self, mut i: usize) -> usize {
        for c in self.text[i..].chars() {
            if c == '.' || is_strong_terminator(c) || is_closer(c) {
                i += c.len_utf8();
            } else {
                break;
            }
        }
        i
    }

    /// If the terminator at `i` ends the sentence that began at `start`, the sentence's end.
    fn terminator_ends_sentence(&self, start: usize, i: usize) -> Option<usize> {
        let text = self.text;
        let run_end = self.after_terminator_run(i);
        let run = &text[i..run_end];
        let Some(next) = text[run_end..].chars().next() else {
            return Some(run_end);
        };
        if !next.is_whitespace() {
            // `3.5`, `U.S.`, `example.com`: no space, no boundary, except after CJK punctuation.
            let last_terminator = run
                .chars()
                .rev()
                .find(|&c| c == '.' || is_strong_terminator(c));
            return match last_terminator {
                Some(c) if needs_no_space(c) => Some(run_end),
                _ => None,
            };
        }
        let next_start = skip_white_space(text, run_end);
        let next_text = &text[next_start..];
        let Some(next_char) = next_text.chars().find(|&c| !is_opener(c)) else {
            return Some(run_end);
        };
        if next_char.is_lowercase() {
            // A lower-case continuation: `... etc. and more`, `"Why?" she asked.`
            return None;
        }
        let single_period = run.trim_end_matches(is_closer) == ".";
        if !single_period {
            return Some(run_end);
        }
        // The word before the period, back to the last white space. `rsplit` rather than
        // `rfind(..) + 1`: white space such as U+00A0 or U+3000 is more than one byte long.
        let word = text[start..i]
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("");
        if self.splitter.period_ends_sentence(word, next_text) {
            Some(run_end)
        } else {
            None
        }
    }

    /// If the line feed at `i` ends the sentence that began at `start`, the sentence's end.
    ///
    /// A blank line always ends a sentence. A single line feed ends one when the line before it
    /// reads as a heading: no final punctuation and the next line starts a new unit.
    fn line_break_ends_sentence(&self, start: usize, i: usize) -> Option<usize> {
        let text = self.text;
        let rest = &text[i + 1..];
        let next_line_end = rest.find('\n').map_or(rest.len(), |p| p);
        let next_line = &rest[..next_line_end];
        if next_line.trim().is_empty() {
            return Some(i);
        }
        let line_start = text[start..i].rfind('\n').map_or(start, |p| start + p + 1);
        let line = text[line_start..i].trim_end();
        let Some(last) = line.chars().next_back() else {
            return Some(i);
        };
        if matches!(last, ',' | ';' | ':' | '-' | '–' | '(' | '&' | '/') || last.is_lowercase() {
            return None;
        }
        let next_first = next_line.trim_start().chars().next().unwrap_or(' ');
        let starts_unit = next_first.is_uppercase()
            || next_first.is_ascii_digit()
            || is_opener(next_first)
            || matches!(next_first, '-' | '*' | '•' | '–' | '—');
        if starts_unit { Some(i) } else { None }
    }
}

/// First byte at or after `i` that is not white space.
fn skip_white_space(text: &str, i: usize) -> usize {
    let rest = &text[i..];
    i + (rest.len() - rest.trim_start().len())
}

/// The span `start..end` with trailing white space removed.
fn trimmed(text: &str, start: usize, end: usize) -> Span {
    Span::new(start, start + text[start..end].trim_end().len())
}

/// A dateline that opens a line and runs straight into the first sentence, such as
/// `date 2022-02-25 Prime Minister ...`: at most two words, then a numeric date, then a capital.
/// Returns the end of the date.
fn dateline_end(text: &str, start: usize) -> Option<usize> {
    // Datelines are short: looking at a bounded window keeps long lines linear.
    const WINDOW: usize = 48;
    let before = text[..start].trim_end_matches([' ', '\t', '\r']);
    if !(before.is_empty() || before.ends_with('\n')) {
        return None;
    }
    let mut window_end = (start + WINDOW).min(text.len());
    while !text.is_char_boundary(window_end) {
        window_end -= 1;
    }
    let window = &text[start..window_end];
    let mut offset = 0;
    for (words, token) in window.split(' ').enumerate() {
        let token_end = offset + token.len();
        if words > 2 || token_end >= window.len() || token.contains('\n') {
            return None;
        }
        if is_numeric_date(token) {
            let next = window[token_end + 1..].chars().next()?;
            return next.is_uppercase().then_some(start + token_end);
        }
        if token.is_empty() || !token.chars().all(|c| c.is_alphabetic() || c == ':') {
            return None;
        }
        offset = token_end + 1;
    }
    None
}

/// `2022-02-25`, `25/02/2022`, `25.02.2022`: digit groups joined by one kind of separator, one
/// group of four digits.
fn is_numeric_date(token: &str) -> bool {
    let Some(separator) = token.chars().find(|c| !c.is_ascii_digit()) else {
        return false;
    };
    if !matches!(separator, '-' | '/' | '.') {
        return false;
    }
    let groups: Vec<&str> = token.split(separator).collect();
    groups.len() == 3
        && groups
            .iter()
            .all(|g| (1..=4).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()))
        && groups.iter().any(|g| g.len() == 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(language: Language, text: &str) -> Vec<&str> {
        SentenceSplitter::new(language).sentences(text).collect()
    }

    fn english(text: &str) -> Vec<&str> {
        split(Language::English, text)
    }

    #[test]
    fn empty_and_white_space_give_no_sentences() {
        assert!(english("").is_empty());
        assert!(english(" \n\t \n").is_empty());
    }

    #[test]
    fn text_without_punctuation_is_one_sentence() {
        assert_eq!(english("  no punctuation here  "), ["no punctuation here"]);
    }

    #[test]
    fn titles_and_initials_do_not_end_sentences() {
        assert_eq!(
            english("Mr. Smith met Dr. Jones. They talked."),
            ["Mr. Smith met Dr. Jones.", "They talked."]
        );
        assert_eq!(
            english("J. R. R. Tolkien wrote it. It sold."),
            ["J. R. R. Tolkien wrote it.", "It sold."]
        );
    }

    #[test]
    fn acronyms_end_sentences_only_before_a_sentence_start() {
        assert_eq!(
            english("He moved to the U.S. The move was hard."),
            ["He moved to the U.S.", "The move was hard."]
        );
        assert_eq!(
            english("The U.S. President spoke."),
            ["The U.S. President spoke."]
        );
        assert_eq!(
            english("We met at 5 p.m. Then we left."),
            ["We met at 5 p.m.", "Then we left."]
        );
    }

    #[test]
    fn numbers_and_decimals_stay_whole() {
        assert_eq!(
            english("Profit was $1.13bn, up 3.5%. Good."),
            ["Profit was $1.13bn, up 3.5%.", "Good."]
        );
    }

    #[test]
    fn closing_quotes_and_brackets_stay_with_their_sentence() {
        assert_eq!(
            english("He said \u{201C}we won.\u{201D} Then he left. (It rained.) Fine."),
            [
                "He said \u{201C}we won.\u{201D}",
                "Then he left.",
                "(It rained.)",
                "Fine."
            ]
        );
    }

    #[test]
    fn ellipses_end_sentences_before_a_capital() {
        assert_eq!(
            english("Wait... Then go. Well\u{2026} and then"),
            ["Wait...", "Then go.", "Well\u{2026} and then"]
        );
    }

    #[test]
    fn lower_case_after_question_mark_continues() {
        assert_eq!(
            english("\"Why?\" she asked. Ok."),
            ["\"Why?\" she asked.", "Ok."]
        );
    }

    #[test]
    fn blank_lines_and_headings_end_sentences() {
        assert_eq!(
            english("Headline here\n\nBody text. More body\nstill body."),
            ["Headline here", "Body text.", "More body\nstill body."]
        );
        assert_eq!(
            english(
                "\u{2018}Putin goes out of way to welcome PM Imran\u{2019}\nInformation Minister spoke."
            ),
            [
                "\u{2018}Putin goes out of way to welcome PM Imran\u{2019}",
                "Information Minister spoke."
            ]
        );
    }

    #[test]
    fn dateline_before_the_lead_is_its_own_sentence() {
        assert_eq!(
            english(" date 2022-02-25 Prime Minister Imran Khan held talks."),
            ["date 2022-02-25", "Prime Minister Imran Khan held talks."]
        );
        assert_eq!(
            english("On 2022-02-25 he left."),
            ["On 2022-02-25 he left."]
        );
    }

    #[test]
    fn german_ordinals_and_abbreviations() {
        assert_eq!(
            split(
                Language::German,
                "Am 3. Oktober kam er, z. B. mit Hr. Meier. Dann ging er."
            ),
            [
                "Am 3. Oktober kam er, z. B. mit Hr. Meier.",
                "Dann ging er."
            ]
        );
    }

    #[test]
    fn cjk_terminators_need_no_space() {
        assert_eq!(
            split(Language::English, "今天很好。明天下雨！"),
            ["今天很好。", "明天下雨！"]
        );
    }

    #[test]
    fn spans_slice_back_and_are_trimmed() {
        let text = "  One.  Two!\n\n Three?  ";
        let splitter = SentenceSplitter::new(Language::English);
        let spans: Vec<Span> = splitter.split(text).collect();
        let pieces: Vec<&str> = spans.iter().map(|s| s.slice(text)).collect();
        assert_eq!(pieces, ["One.", "Two!", "Three?"]);
        for pair in spans.windows(2) {
            assert!(pair[0].end <= pair[1].start);
        }
    }
}
