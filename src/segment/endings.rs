//! Sentences that end in a word ending rather than punctuation. Korean web text often leaves
//! out the full stop after a polite or formal verb ending (`맛있어요 다음에 또`), and these
//! endings close a sentence: the verb comes last in Korean, and the endings `-요` and `-니다`
//! end only the last verb of a sentence.

use super::SentenceSplitter;
use super::layout::ceil_boundary;

/// How many bytes back from a space the splitter looks for the word before it: a few
/// syllables (three bytes each) with trailing marks, and a bound that keeps the scan linear.
const LOOK_BACK: usize = 32;

/// Marks that writers append to a sentence-final ending in place of a stop (`좋아요~`,
/// `맛있어요^^`).
fn is_trailing_mark(c: char) -> bool {
    matches!(c, '~' | '^' | '\u{223C}' | '\u{FF5E}')
}

impl SentenceSplitter {
    /// Whether the white space at byte `i` ends the sentence that began at `start`: the word
    /// before it ends in one of the language's final endings (not one of the listed words
    /// that merely end like one), and more text follows.
    pub(super) fn space_after_ending(&self, text: &str, start: usize, i: usize) -> bool {
        let (endings, exceptions) = self.conventions.final_endings;
        if endings.is_empty() {
            return false;
        }
        let from = ceil_boundary(text, start.max(i.saturating_sub(LOOK_BACK)));
        let word = text[from..i]
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("")
            .trim_end_matches(is_trailing_mark);
        if !endings.iter().any(|ending| word.ends_with(ending))
            || exceptions.iter().any(|noun| word.ends_with(noun))
        {
            return false;
        }
        // A sentence follows: not the end of the text, nor punctuation that closes this one.
        text[i..]
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
    }
}
