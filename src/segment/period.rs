//! Whether a period ends its sentence: abbreviations by kind, unlisted initials, acronyms and
//! ordinals, and whether the words after the period start a new sentence.

use super::SentenceSplitter;
use super::abbreviations::AbbreviationKind;
use super::boundary::{core_word, has_words, lowercase, word_before};
use super::chars::{ends_thai_lao_word, is_opener};
use super::layout::floor_boundary;

/// Byte length up to which a word may be an unlisted acronym or Roman numeral (`XVIII`).
const ROMAN_OR_ACRONYM: usize = 12;

impl SentenceSplitter {
    /// Whether a period after `word` (the text before the period, back to white space) ends a
    /// sentence, given the text that follows the period and white space, and the sentence so
    /// far.
    pub(super) fn period_ends_sentence(&self, word: &str, next_text: &str, sentence: &str) -> bool {
        let word = core_word(word);
        if word.is_empty() {
            return true;
        }
        if word.chars().next_back().is_some_and(ends_thai_lao_word) {
            // Thai and Lao have no full stop: a period after their letters marks an
            // abbreviation (`ดร. สมชาย`, "Dr. Somchai"; `5 กม.`, "5 km"), dotted or not.
            return false;
        }
        if word.len() > self.longest_abbreviation.max(ROMAN_OR_ACRONYM) && !word.contains('.') {
            // Most sentences end in a word too long to be an abbreviation.
            return true;
        }
        let mut buffer = [0u8; 32];
        let Some(lower) = lowercase(word, &mut buffer) else {
            // Longer than any abbreviation.
            return true;
        };
        let next_is_number = next_text
            .trim_start_matches(is_opener)
            .starts_with(|c: char| c.is_ascii_digit());
        let kind = match self.conventions.kind(lower) {
            Some(AbbreviationKind::Numeric) if !next_is_number => None,
            Some(kind) => Some(kind),
            None => self.unlisted_abbreviation(word),
        };
        match kind {
            None => true,
            Some(AbbreviationKind::Prefix) => false,
            Some(_) if next_is_number => false,
            // `Q. Where did you…`: a sentence is not one initial alone.
            Some(_) if sentence.trim_start() == word && word.chars().count() == 1 => false,
            Some(_) => {
                self.starts_sentence(next_text, sentence)
                    || (word.contains('.') && self.clause_follows_acronym(next_text, sentence))
            }
        }
    }

    /// Whether the stops `run` at byte `i`, ending the sentence that began at `start`, are a
    /// full stop after a closing bracket (`(1987).`) or after a plain word
    /// ([`is_plain_word`](Self::is_plain_word): `consultation.`, not `p.` or `No.`): a stop that
    /// may carry plain footnote numbers (`consultation.11 Take`) or precede an enumerated item
    /// (`world. (b) Hello`).
    pub(super) fn ends_plain_word(&self, text: &str, start: usize, i: usize, run: &str) -> bool {
        if run != "." || !self.conventions.period_is_full_stop {
            return false;
        }
        if text[start..i].ends_with(')') {
            return true;
        }
        let word = core_word(word_before(text, start, i));
        let mut buffer = [0u8; 32];
        lowercase(word, &mut buffer).is_some_and(|lower| self.is_plain_word(word, lower))
    }

    /// Whether `word` (lower-cased: `lower`) is a plain word rather than an abbreviation: all
    /// letters, the last lower-case, neither listed nor an initial.
    pub(super) fn is_plain_word(&self, word: &str, lower: &str) -> bool {
        word.chars().all(char::is_alphabetic)
            && word.chars().next_back().is_some_and(char::is_lowercase)
            && self.conventions.kind(lower).is_none()
            && self.unlisted_abbreviation(word).is_none()
    }

    /// Words that work as abbreviations without being listed: initials, acronyms and ordinals.
    pub(super) fn unlisted_abbreviation(&self, word: &str) -> Option<AbbreviationKind> {
        let mut letters = word.chars();
        let first = letters.next()?;
        let ordinal = self.conventions.ordinal_numbers
            && ((word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit()))
                || word
                    .chars()
                    .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'M')));
        let initial = letters.next().is_none() && first.is_alphabetic();
        // Letters with inner periods: `U.S.A.`, `z.B.`, `a.m.`.
        let acronym = word.contains('.') && word.chars().all(|c| c == '.' || c.is_alphabetic());
        (ordinal || initial || acronym).then_some(AbbreviationKind::Other)
    }

    /// Whether `text` (what follows an ambiguous period) reads as the start of a new sentence:
    /// a capitalised function word such as `The`, `He` or `Die`, but not another initial; or a
    /// title such as `Mr.` after a sentence of a few words (`He left at 6 P.M. Mr. Smith …`, but
    /// `At 5 a.m. Mr. Smith went …` is one sentence: an opening phrase is not a sentence).
    fn starts_sentence(&self, text: &str, sentence: &str) -> bool {
        let word = text.trim_start_matches(is_opener);
        // Only the first word matters: a bounded look keeps a huge next word linear.
        let word = &word[..floor_boundary(word, 64)];
        let Some(first) = word.chars().next() else {
            return true;
        };
        if !first.is_uppercase() {
            return false;
        }
        let end = word
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(word.len());
        if word[end..].starts_with('.') && word[..end].chars().count() == 1 {
            // `А. И. Семенов`: the next word is an initial too.
            return false;
        }
        let mut buffer = [0u8; 32];
        let Some(lower) = lowercase(&word[..end], &mut buffer) else {
            return false;
        };
        if lower == "i" || self.stopwords.contains(&lower) {
            return true;
        }
        word[end..].starts_with('.')
            && self.conventions.kind(lower) == Some(AbbreviationKind::Prefix)
            && has_words(sentence, 4)
    }
}

impl SentenceSplitter {
    /// Whether `text`, after a dotted acronym or time (`U.S.`, `p.m.`) that ends a sentence of
    /// at least four words, starts a clause: a capitalised plural and a lower-case word (`… in
    /// the U.S. Thousands of families`, `… at 5 p.m. Visitors should leave`, `… of the U.S.
    /// Millions attended`). A bare singular noun cannot open a sentence, so a capitalised
    /// singular after the acronym goes on with its name (`U.S. Senate my friends`, `U.S.
    /// Government to give`, `U.S. Army said`).
    fn clause_follows_acronym(&self, text: &str, sentence: &str) -> bool {
        if !has_words(sentence, 4) {
            return false;
        }
        // Two words are all that matter: a bounded look keeps the scan linear.
        let window = &text[..floor_boundary(text, 96)];
        let mut words = window.split(' ');
        let (Some(first), Some(second)) = (words.next(), words.next()) else {
            return false;
        };
        let mut letters = first.chars();
        let capitalised = letters.next().is_some_and(char::is_uppercase)
            && letters.clone().next().is_some()
            && letters.all(char::is_lowercase);
        capitalised && is_plural(first) && second.chars().next().is_some_and(char::is_lowercase)
    }
}

/// Whether `word` reads as a plural noun: at least four letters ending in `s`, but not in `ss`,
/// `us` or `is` (`Congress`, `Status`, `Paris`).
fn is_plural(word: &str) -> bool {
    word.len() >= 4 && word.ends_with('s') && !["ss", "us", "is"].iter().any(|e| word.ends_with(e))
}
