//! A stop before a lower-case word. In edited text that is a stop inside a sentence: an
//! abbreviation (`etc. and more`, `meteor. si è guastata`), a quotation's end (`"Why?" she
//! asked`) or an aside (`voila! -- you`). In informal text, where writers do not capitalise,
//! it is a sentence's end (`where did you grow up? india?`, `i am out tonight. call me`).

use super::SentenceSplitter;
use super::abbreviations::is_exclaimed_name;
use super::boundary::{core_word, lowercase, word_before};
use super::chars::is_dash;

/// Letters from which a word before a period is no abbreviation, even in edited text: lists
/// and truncations (`approx.`, `meteor.`, `idraul.`) are shorter. On ud-sentences (dev), 5, 6,
/// 7 and 8 letters gave English-EWT 84.4, 84.3, 84.2 and 84.1 (83.5 without the rule), and
/// the golden rules 290, 290, 291 and 290 of 295: five and six letters cut Italian
/// truncations.
const LONG_WORD: usize = 7;

impl SentenceSplitter {
    /// Whether the run of stops `run`, at byte `i` of the sentence that began at `start`, ends it
    /// although the next word, at `next_start`, is lower-case.
    ///
    /// A question or exclamation mark ends it unless it closes a quotation or a name (`Yahoo!
    /// in`), stands apart from its word in French, which sets it so (`Ah ! quelle`), or belongs to
    /// dialogue (the sentence opens with a dash, the speaker follows: `- Skyd den! foreslår`).
    /// A period ends it after a word that is no abbreviation, in text whose sentences begin in
    /// lower case, or after a word of [`LONG_WORD`] letters or more: edited text capitalises
    /// every sentence, so there a period before a lower-case word marks an abbreviation the
    /// lists do not know, and abbreviations are short.
    pub(super) fn ends_before_lower_case(
        &self,
        text: &str,
        start: usize,
        i: usize,
        run: &str,
        next_start: usize,
    ) -> bool {
        if !run.chars().all(|c| matches!(c, '.' | '?' | '!')) || run.contains("..") {
            // A closing quote or bracket (`great." she said`) or an ellipsis (`well... and`).
            return false;
        }
        if starts_enumerated_item(&text[next_start..]) {
            // `(a) Hello world. (b) Hello world.`: the next item of an enumeration.
            return self.ends_plain_word(text, start, i, run);
        }
        if !text[next_start..].starts_with(char::is_lowercase)
            || text[start..].starts_with(is_dash)
            || i == start
            || (text[..i].ends_with(char::is_whitespace)
                && (run == "." || self.conventions.sets_marks_apart()))
        {
            return false;
        }
        let word = core_word(word_before(text, start, i));
        let mut buffer = [0u8; 32];
        let lower = lowercase(word, &mut buffer).unwrap_or_default();
        if run != "." {
            return !run.contains('.') && !is_exclaimed_name(lower);
        }
        self.conventions.period_is_full_stop
            && (text[start..].starts_with(char::is_lowercase)
                || word.chars().nth(LONG_WORD - 1).is_some())
            && self.is_plain_word(word, lower)
    }
}

/// Roman numerals up to this many letters label enumerated items (`(iv)`, `viii)`).
const ROMAN_LABEL: usize = 4;

/// Whether `text` starts with the label of an enumerated item: one lower-case letter or a
/// lower-case Roman numeral, in brackets or before a closing bracket, then white space (`(b) `,
/// `c) `, `(iv) `).
fn starts_enumerated_item(text: &str) -> bool {
    let label = text.strip_prefix('(').unwrap_or(text);
    let Some(close) = label
        .as_bytes()
        .iter()
        .take(ROMAN_LABEL + 1)
        .position(|&b| b == b')')
    else {
        return false;
    };
    let (letters, rest) = (&label[..close], &label[close + 1..]);
    let single = letters.len() == 1 && letters.bytes().all(|b| b.is_ascii_lowercase());
    let roman = !letters.is_empty() && letters.bytes().all(|b| matches!(b, b'i' | b'v' | b'x'));
    (single || roman) && rest.starts_with(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::starts_enumerated_item;

    #[test]
    fn item_labels_are_a_letter_or_a_roman_numeral_in_brackets() {
        for label in ["(b) Hello", "c) one more", "(iv) the fourth", "xii) twelve"] {
            assert!(starts_enumerated_item(label), "{label}");
        }
        for text in ["(bc) no", "(b)no", "b no", "(see) no", "(", "(a", "(xvi)"] {
            assert!(!starts_enumerated_item(text), "{text}");
        }
    }
}
