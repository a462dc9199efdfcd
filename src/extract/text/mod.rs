//! Plain text as PDF extraction and mail leave it: hard-wrapped lines inside a paragraph are
//! joined, end-of-line hyphenation is undone where the joined word is a word, page numbers,
//! running headers, decoration and dot leaders are dropped, quoted replies and signatures are
//! skipped ([`lines`]); HTML remnants and runs of dots inside a line are cleaned ([`inline`]).
//!
//! A line break is kept where the splitter should decide: after a stop, before a list item,
//! between short lines (a list of words, an address block).

mod inline;
mod lines;

use std::collections::HashSet;

use crate::extract::Format;
use crate::extract::builder::Builder;
use crate::extract::extracted::Extracted;
use crate::language::Language;
use crate::span::Span;
use lines::{Kind, Line};

/// Extracts the clean text of plain `input`.
pub(crate) fn extract(input: &str) -> Extracted<'_> {
    let lines = lines::lines(input);
    let mut out = Builder::keeping_inline_spaces(input);
    let mut words = Words::new(input);
    for (i, line) in lines.iter().enumerate() {
        match line.kind {
            Kind::Dropped => {}
            Kind::Blank => out.paragraph_break(),
            Kind::Entry => {
                out.begin_heading();
                inline::emit(&mut out, input, line.start, line.end);
                out.end_heading();
            }
            Kind::Content => {
                let next = next_content(&lines, i);
                let join = next.map_or(Join::Break, |n| join(input, &lines, i, n, &mut words));
                let end = if join == Join::Dehyphenate {
                    line.end - 1
                } else {
                    line.end
                };
                inline::emit(&mut out, input, line.start, end);
                match join {
                    Join::Space => {
                        // The line end itself, when nothing was dropped in between.
                        let gap = next.map(|n| Span::new(line.end, lines[n].start));
                        let gap = gap.filter(|g| input[g.range()].trim().is_empty());
                        out.space(gap);
                    }
                    Join::Tight | Join::Dehyphenate => {}
                    Join::Break => out.line_break(),
                    Join::Apart => out.paragraph_break(),
                }
            }
        }
    }
    out.finish(Format::Text)
}

/// How two consecutive lines of a paragraph join.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Join {
    /// A wrapped line: one space.
    Space,
    /// Nothing between them: letters set one per line, a stop wrapped onto its own line, a
    /// hyphenated compound (`Rolls-` / `Royce`).
    Tight,
    /// A word hyphenated at the line end: the hyphen goes too.
    Dehyphenate,
    /// A line break after a stop, a colon or before a list item: the splitter ends the
    /// sentence there or not.
    Break,
    /// Lines that are units of their own (a title, a list entry without a stop, a row): a
    /// paragraph break, so the splitter keeps them apart.
    Apart,
}

fn next_content(lines: &[Line], i: usize) -> Option<usize> {
    let next = lines[i + 1..]
        .iter()
        .position(|l| l.kind != Kind::Dropped)?
        + i
        + 1;
    (lines[next].kind == Kind::Content).then_some(next)
}

/// How line `first` joins line `second`, the next line kept.
fn join(input: &str, lines: &[Line], first: usize, second: usize, words: &mut Words) -> Join {
    let (a, b) = (&lines[first], &lines[second]);
    let (text, next) = (a.text(input), b.text(input));
    let (Some(last), Some(next_first)) = (text.chars().next_back(), next.chars().next()) else {
        return Join::Break;
    };
    if is_letter_column(text) && is_letter_column(next) {
        return Join::Tight;
    }
    if is_unspaced(last) && is_unspaced(next_first) && !is_stop(last) {
        // Chinese and Japanese put no space between words: a wrapped line joins as it is.
        return Join::Tight;
    }
    if matches!(next_first, '.' | ',' | ';' | ':' | '!' | '?')
        && next[next_first.len_utf8()..].starts_with([' ', '\t'])
        || next.len() == 1 && next_first.is_ascii_punctuation() && next_first != '/'
    {
        return Join::Tight;
    }
    if starts_list_item(next) {
        return Join::Break;
    }
    if last == '-' && !a.trailing_space {
        return words.hyphen(text, next);
    }
    let end = text.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»', '*']);
    if end.ends_with(['.', '!', '?', '…', ':', ';', '。', '！', '？']) {
        return Join::Break;
    }
    let word_count = text.split_whitespace().count();
    let continues = next_first.is_lowercase() || (a.trailing_space && next_first == '(');
    let filled =
        text.chars().count() >= 40 && next_first.is_alphanumeric() && fills(input, lines, first);
    // PDF extraction leaves a space before a soft line break. A short line with one, before a
    // capital, is still a heading (`Introduction `), unless it ends in a function word.
    let soft_break = a.trailing_space
        && next_first.is_alphanumeric()
        && (next_first.is_lowercase()
            || text
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|word| words.is_function_word(word)));
    if (continues && word_count >= 3)
        || soft_break
        || filled
        || last == ',' && next_first.is_lowercase()
    {
        Join::Space
    } else {
        Join::Apart
    }
}

/// Whether line `i` is nearly as long as the longest line of its paragraph: wrapped text
/// fills its lines, headings and list entries do not.
fn fills(input: &str, lines: &[Line], i: usize) -> bool {
    let paragraph = |range: &mut dyn Iterator<Item = usize>| {
        range
            .take_while(|&j| lines[j].kind != Kind::Blank)
            .filter(|&j| lines[j].kind == Kind::Content)
            .map(|j| lines[j].text(input).chars().count())
            .max()
            .unwrap_or(0)
    };
    // Bounded, so a paragraph of a million lines stays linear.
    const LOOK: usize = 16;
    let before = paragraph(&mut (i.saturating_sub(LOOK)..i).rev());
    let after = paragraph(&mut (i + 1..(i + 1 + LOOK).min(lines.len())));
    let longest = before.max(after);
    let length = lines[i].text(input).chars().count();
    length * 4 >= longest * 3
}

/// Han, kana and other letters of scripts written without spaces between words.
fn is_unspaced(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
        | 0xFF66..=0xFF9F | 0x20000..=0x2FFFF)
}

/// The full stops of scripts without spaces.
fn is_stop(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '．')
}

/// A line of one or two letters, as text set vertically comes out (`W` / `A` / `RN`).
fn is_letter_column(text: &str) -> bool {
    let count = text.chars().count();
    (1..=2).contains(&count) && text.chars().all(char::is_alphabetic)
}

/// `•`, `-`, `*`, `1.`, `2)`, `a)`, `(iv)`: the start of a list item.
fn starts_list_item(text: &str) -> bool {
    let mut chars = text.chars();
    let first = chars.next().unwrap_or(' ');
    if matches!(
        first,
        '•' | '◦' | '▪' | '●' | '–' | '—' | '*' | '-' | '·' | '\u{f0b7}' | '→'
    ) && chars.next().is_some_and(char::is_whitespace)
    {
        return true;
    }
    let label = text.trim_start_matches('(');
    let end = label.find([')', '.']).unwrap_or(0);
    let item = &label[..end];
    (1..=4).contains(&item.len())
        && (item.bytes().all(|b| b.is_ascii_digit())
            || item.len() == 1 && item.bytes().all(|b| b.is_ascii_alphabetic())
            || item.bytes().all(|b| matches!(b, b'i' | b'v' | b'x')))
        && label[end + 1..].starts_with([' ', ')'])
}

/// What the words of the whole text say about a line end: whether a hyphen there breaks a word,
/// whether the line ends in a function word (and so cannot be a heading).
struct Words<'t> {
    input: &'t str,
    /// Words written with an inner hyphen somewhere in the text (`well-known`), lower-cased:
    /// built on the first line-end hyphen.
    hyphenated: Option<HashSet<String>>,
    /// The stopwords of every language: built when first needed.
    function_words: Option<HashSet<&'static str>>,
}

impl<'t> Words<'t> {
    fn new(input: &'t str) -> Words<'t> {
        Words {
            input,
            hyphenated: None,
            function_words: None,
        }
    }

    /// Whether `word` is a stopword of some language, case aside.
    fn is_function_word(&mut self, word: &str) -> bool {
        let function_words = self.function_words.get_or_insert_with(|| {
            let lists = Language::ALL.iter().map(|language| language.stopwords());
            lists.flatten().copied().collect()
        });
        function_words.contains(word.to_lowercase().as_str())
    }

    /// How `line`, which ends in a hyphen, joins `next`.
    fn hyphen(&mut self, line: &str, next: &str) -> Join {
        let stem = line[..line.len() - 1]
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let continuation = next
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if stem.chars().count() < 2 || continuation.is_empty() {
            // `3-` / `4`, `-` alone: a range or a dash, not a broken word.
            return if stem.is_empty() {
                Join::Break
            } else {
                Join::Tight
            };
        }
        if !continuation.starts_with(char::is_lowercase) {
            // `Rolls-` / `Royce`: a compound whose parts are capitalised keeps its hyphen.
            return Join::Tight;
        }
        if self.is_function_word(continuation) {
            // `Gemüse- und Obstsorten`: a suspended compound, then a conjunction.
            return Join::Space;
        }
        let compound = format!("{stem}-{continuation}").to_lowercase();
        let input = self.input;
        let hyphenated = self
            .hyphenated
            .get_or_insert_with(|| inner_hyphenated_words(input));
        if hyphenated.contains(&compound) {
            Join::Tight
        } else {
            Join::Dehyphenate
        }
    }
}

/// The words of `input` with a hyphen between two letters, lower-cased.
fn inner_hyphenated_words(input: &str) -> HashSet<String> {
    input
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .filter(|w| w.contains('-') && !w.ends_with('-'))
        .map(str::to_lowercase)
        .collect()
}
