//! Sentence splitting: byte spans of the sentences of a text.
//!
//! The splitter scans for candidate boundaries (stops, line breaks, brackets and typographic
//! quotes) with a byte table that skips everything else, ASCII letters and the letters of most
//! scripts alike, then decides each candidate with rules that Unicode's default sentence
//! boundaries (UAX #29) get wrong on real text:
//! - abbreviations per language ([`abbreviations`]): titles never end a sentence, `No.` only
//!   before a number, `etc.` only before a word that starts sentences, a dotted acronym or
//!   time also before a capitalised word and a function word (`the U.S. Thousands of`);
//!   an interview marker (`Q.`) opens its sentence; initials (`J. R. R.`),
//!   acronyms (`U.S.A.`), ordinals (`3. Oktober`), decimals, URLs and e-mail addresses (no space
//!   after the stop);
//! - ellipses (`...`, `…`, `. . .`), bracketed omissions (`[...]`), closing quotes and brackets
//!   after a stop, stops inside a bracket or a typographic quotation (`«…»`, `„…“`) that closes
//!   later ([`quotes`]), lower-case continuations (`"Why?" she asked.`, `Yahoo! in`,
//!   `bar? — деді`), except in informal text: a question or exclamation mark before a
//!   lower-case word ends its sentence (`where did you grow up? india?`), and so does a period
//!   after a word that is no abbreviation in text whose sentences start in lower case
//!   ([`lowercase`]);
//! - stops of other scripts (`。！？`, `።`, `۔`, `؟`, `।`, `։`, Khmer `។`, Burmese `။`), the
//!   full-width `．` and ASCII stops between Chinese or Japanese characters ([`cjk`]), and
//!   per-language terminators (Armenian and Arabic `:`, Greek `;`; an Armenian period marks
//!   an abbreviation); Korean verb endings (`-요`, `-니다`) before white space, as web text
//!   leaves out the stop after them ([`endings`]); the Arabic comma `،` between
//!   two clauses of a few words each, since Arabic prose joins sentences with it, but not
//!   between the items of an enumeration;
//! - Thai and Lao, which have no full stop: white space between their letters ([`thai`]); a
//!   period after their letters marks an abbreviation (`ดร.`);
//! - layout ([`layout`]): a blank line (or U+2029) always ends a sentence, a heading or dateline
//!   on its own line is a sentence of its own, and list items (`1.) … 2.) …`) each start one.
//!
//! Nothing is allocated per sentence; each language's abbreviation table is built once.

mod abbreviations;
mod boundary;
pub(crate) mod chars;
mod cjk;
mod endings;
mod layout;
mod lowercase;
mod period;
mod quotes;
mod references;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_families;
#[cfg(test)]
mod tests_informal;
#[cfg(test)]
mod tests_layout;
mod thai;
mod trailers;
pub(crate) mod transcript;

use crate::language::Language;
use crate::span::Span;
use abbreviations::Conventions;
use chars::{
    INTERESTING, INTERESTING_WITH_COLONS, INTERESTING_WITH_SPACES, find_interesting,
    is_strong_terminator,
};
use quotes::QuoteStack;

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
/// Every [`Language`] has its rules, also by code ([`SentenceSplitter::for_code`]), and a
/// language-neutral splitter handles text of unknown language:
///
/// ```
/// use salient::{Language, SentenceSplitter};
///
/// let slovak = SentenceSplitter::new(Language::Slovak);
/// assert_eq!(slovak.sentences("Ide o príslušníkov XII. pluku. Prišli.").count(), 2);
/// let neutral = SentenceSplitter::neutral();
/// assert_eq!(neutral.sentences("これはペンです。それはマーカーです。").count(), 2);
/// ```
///
/// Thai and Lao have no full stop and end a sentence with a space; words go without spaces
/// between them. So in every splitter, white space between two Thai or Lao letters ends a
/// sentence once it has 16 letters (vowel signs and tone marks not counted): words set off
/// by spaces inside a sentence, an opening word, a surname or a list item, come before it is
/// that long. A line break between their letters always ends one; white space next to a
/// digit, a Latin word, `ๆ` or `ฯ`, or around a reporting verb such as `กล่าวว่า` ("said that")
/// never does:
///
/// ```
/// use salient::SentenceSplitter;
///
/// let thai = SentenceSplitter::for_code("th").unwrap();
/// let text = "ฝนตกหนักในกรุงเทพเมื่อคืนนี้ นายสมชาย ใจดี กล่าวว่า รถติดยาวหลายกิโลเมตร";
/// assert_eq!(
///     thai.sentences(text).collect::<Vec<_>>(),
///     ["ฝนตกหนักในกรุงเทพเมื่อคืนนี้", "นายสมชาย ใจดี กล่าวว่า รถติดยาวหลายกิโลเมตร"]
/// );
/// ```
///
/// A splitter is cheap to create and to clone, and is `Send + Sync`.
#[derive(Clone, Debug)]
pub struct SentenceSplitter {
    language: Language,
    conventions: &'static Conventions,
    stopwords: &'static [&'static str],
    /// Byte length of the longest abbreviation, to skip lookups of longer words.
    longest_abbreviation: usize,
    /// Every line is one unit (a transcript's utterances), whatever its punctuation.
    lines: bool,
}

impl SentenceSplitter {
    /// A splitter with the abbreviations and conventions of `language`: its abbreviations, its
    /// terminators (Armenian `։`, Greek `;`, …), the ending rules of Korean, and so on (see
    /// `segment/abbreviations/` for each language's conventions).
    pub fn new(language: Language) -> SentenceSplitter {
        let conventions = abbreviations::for_language(language);
        // Function words tell a heading from a line of prose, and a sentence start after an
        // abbreviation: the NLTK list where there is one (also for Chinese and Kazakh, although
        // their analysis removes no stopwords; see `Language::stopwords`), else the sentence
        // starters the conventions name.
        let stopwords =
            stop_words::lookup(language.code()).unwrap_or(conventions.sentence_starters);
        SentenceSplitter::with(language, conventions, stopwords)
    }

    /// A splitter for the language with ISO 639-1 code, ISO 639-3 code or English name `code`
    /// (ASCII case ignored; see [`Language::from_code`]). `None` for other codes; use
    /// [`SentenceSplitter::neutral`] for those.
    ///
    /// The stops of every script, and the Thai and Lao rule for white space, apply in every
    /// splitter (a Thai quotation in English text splits as Thai does); a language adds its
    /// abbreviations and terminators.
    ///
    /// ```
    /// use salient::{Language, SentenceSplitter};
    ///
    /// assert_eq!(SentenceSplitter::for_code("de").unwrap().language(), Language::German);
    /// assert_eq!(SentenceSplitter::for_code("hy").unwrap().language(), Language::Armenian);
    /// assert!(SentenceSplitter::for_code("xx").is_none());
    /// ```
    pub fn for_code(code: &str) -> Option<SentenceSplitter> {
        Language::from_code(code).map(SentenceSplitter::new)
    }

    /// A splitter for text of unknown language: the stops of every script, international
    /// abbreviations (`e.g.`, `etc.`, `Dr.`) and layout rules, but no language's abbreviation
    /// list.
    pub fn neutral() -> SentenceSplitter {
        SentenceSplitter::with(Language::default(), abbreviations::neutral(), &[])
    }

    fn with(
        language: Language,
        conventions: &'static Conventions,
        stopwords: &'static [&'static str],
    ) -> SentenceSplitter {
        SentenceSplitter {
            language,
            conventions,
            stopwords,
            longest_abbreviation: conventions.longest(),
            lines: false,
        }
    }

    /// This splitter with every non-empty line as one unit, whatever its punctuation (`on`), or
    /// with sentences found as in prose (`off`, the default). For transcripts, one utterance a
    /// line (`Speaker: words`), and other texts whose lines are units: stops inside a line do
    /// not cut it and a line without a stop does not run on into the next.
    ///
    /// ```
    /// use salient::{Language, SentenceSplitter};
    ///
    /// let text = "Anna: Shall we start. The budget first\nBen: yes\n\nAnna: OK";
    /// let lines = SentenceSplitter::new(Language::English).one_per_line(true);
    /// assert_eq!(
    ///     lines.sentences(text).collect::<Vec<_>>(),
    ///     ["Anna: Shall we start. The budget first", "Ben: yes", "Anna: OK"]
    /// );
    /// ```
    pub fn one_per_line(mut self, on: bool) -> SentenceSplitter {
        self.lines = on;
        self
    }

    /// Whether every line is one unit (see [`one_per_line`](Self::one_per_line)).
    pub fn is_one_per_line(&self) -> bool {
        self.lines
    }

    /// The language whose conventions this splitter follows. The
    /// [neutral](SentenceSplitter::neutral) splitter reports the default language; see
    /// [`SentenceSplitter::code`], which tells it apart.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The ISO 639-1 code of the language whose conventions this splitter follows, or `"und"`
    /// (undetermined) for the [neutral](SentenceSplitter::neutral) splitter.
    pub fn code(&self) -> &'static str {
        self.conventions.code
    }

    /// The spans of the sentences of `text`, in order, trimmed of white space, never empty and
    /// never overlapping.
    pub fn split<'s, 't>(&'s self, text: &'t str) -> Split<'s, 't> {
        let interesting = if self
            .conventions
            .extra_terminators
            .iter()
            .any(char::is_ascii)
        {
            &INTERESTING_WITH_COLONS
        } else if !self.conventions.final_endings.0.is_empty() {
            &INTERESTING_WITH_SPACES
        } else {
            &INTERESTING
        };
        Split {
            splitter: self,
            text,
            position: 0,
            interesting,
            quotes: QuoteStack::default(),
            paragraph_end: (0, false),
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

    /// Whether `c` is a comma that may join whole sentences in this splitter's language.
    #[inline]
    fn is_clause_separator(&self, c: char) -> bool {
        self.conventions.clause_separators.contains(&c)
    }

    /// Whether `c` may end a sentence in this splitter's language.
    #[inline]
    fn is_terminator(&self, c: char) -> bool {
        c == '.' || is_strong_terminator(c) || self.conventions.is_extra_terminator(c)
    }
}

/// Iterator over sentence spans, created by [`SentenceSplitter::split`].
#[derive(Clone, Debug)]
pub struct Split<'s, 't> {
    splitter: &'s SentenceSplitter,
    text: &'t str,
    position: usize,
    interesting: &'static [bool; 256],
    quotes: QuoteStack,
    /// The first paragraph break, stop or end of text at or after the last clause separator
    /// looked at, and whether it is a stop: separators move forward, so each byte is read once.
    paragraph_end: (usize, bool),
}

/// What to do at a candidate boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Decision {
    /// The sentence ends at this byte offset (before trimming).
    End(usize),
    /// The sentence goes on; resume scanning at this byte offset.
    Continue(usize),
}

impl Iterator for Split<'_, '_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        let text = self.text;
        loop {
            let start = skip_white_space(text, self.position);
            if start >= text.len() {
                self.position = text.len();
                return None;
            }
            if self.splitter.lines {
                let end = transcript::line_end(text, start);
                self.position = end;
                return Some(trimmed(text, start, end));
            }
            if let Some(end) = layout::dateline_end(text, start)
                .or_else(|| layout::agency_dateline_end(text, start))
                .or_else(|| layout::separator_end(text, start))
            {
                self.position = end;
                return Some(Span::new(start, end));
            }
            self.quotes.clear();
            let (from, limit) = match layout::list_item(text, start) {
                Some(item) => (item.marker_end, item.next_item.unwrap_or(text.len())),
                None => (start, text.len()),
            };
            let end = self.scan(start, from, limit);
            let span = trimmed(text, start, end);
            if span.is_empty() {
                // Cannot happen (every bound lies past a non-space byte), but never stall.
                self.position = start + text[start..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
            self.position = end;
            return Some(span);
        }
    }
}

impl Split<'_, '_> {
    /// Scans the sentence that began at `start` from `i`, up to `limit` (the next list item or
    /// the end of the text), and returns where it ends.
    fn scan(&mut self, start: usize, mut i: usize, limit: usize) -> usize {
        let text = self.text;
        let bytes = text.as_bytes();
        loop {
            // Fast scan to the next byte that may matter.
            match find_interesting(&bytes[i..limit], self.interesting) {
                None => return limit,
                Some(offset) => i += offset,
            }
            let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
            let width = c.len_utf8();
            if c == '\n' {
                if let Some(end) =
                    layout::line_break_ends_sentence(text, start, i, self.splitter.stopwords)
                {
                    return end;
                }
                i += 1;
                continue;
            }
            if c == ' '
                && self.quotes.is_empty()
                && self.splitter.space_after_ending(text, start, i)
            {
                return i;
            }
            if c == '\u{2029}' {
                // The paragraph separator is a blank line in one character.
                return i;
            }
            if self.splitter.is_clause_separator(c)
                && self.quotes.is_empty()
                && self.splitter.joins_clauses(text, start, i, i + width)
                && !self.stop_ends_paragraph(i + width)
            {
                return i + width;
            }
            if matches!(c, ')' | '(')
                && let Some(end) = trailers::emoticon_ends_sentence(text, start, i)
            {
                return end.min(limit);
            }
            if self.splitter.is_terminator(c) {
                match self.decide(start, i, c) {
                    Decision::End(end) => return end.min(limit),
                    Decision::Continue(resume) => i = resume.max(i + width).min(limit),
                }
                continue;
            }
            // Thai and Lao letters have a lead byte the scan stops at: a space after one may end
            // the sentence, unless inside a quotation or bracket that closes later.
            if let Some(end) = thai::space_ends_sentence(text, start, i, c)
                && (self.quotes.is_empty() || !self.quotes.closes_after(text, end))
            {
                return end.min(limit);
            }
            if !(c == '(' && mirrored_bracket(text, i)) {
                self.quotes.update(c);
            }
            i += width;
        }
    }
}

/// Whether the `(` at byte `i` follows a `)` and one short word: a bracket pair typed in the
/// wrong direction in right-to-left text (`علی) ع (`, the honorific `(ع)`). Such an opener
/// closes nothing later, and tracking it would hide the stops after it.
fn mirrored_bracket(text: &str, i: usize) -> bool {
    // A short look back: `) ع (` takes a few bytes.
    const LOOK_BACK: usize = 16;
    let before = &text[layout::ceil_boundary(text, i.saturating_sub(LOOK_BACK))..i];
    let before = before.trim_end_matches(' ');
    let Some(closer) = before.rfind(')') else {
        return false;
    };
    let word = before[closer + 1..].trim_start_matches(' ');
    closer + 1 < before.len()
        && !word.is_empty()
        && word.chars().count() <= 3
        && !word.contains(char::is_whitespace)
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
