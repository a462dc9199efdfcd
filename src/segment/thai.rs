//! Thai and Lao have no full stop: a sentence, or a clause, ends where the writer leaves a
//! space, and words are written without spaces between them. So white space between two Thai or
//! Lao letters ends a sentence, except after the few words that are set off by spaces inside a
//! sentence (see [`MIN_SENTENCE_LETTERS`]). White space between Thai and a digit or a Latin
//! word does not end one: numbers and foreign words are written with spaces around them
//! (`ราคา 500 บาท`, `ใช้ Facebook ทุกวัน`). `ๆ` and `ฯ` are not stops: a space follows them
//! (and goes before `ๆ`) inside a sentence (`เด็ก ๆ เล่น`, `กรุงเทพฯ มีฝน`).

use super::chars::{ThaiLaoRole, ends_thai_lao_word, thai_lao_role};
use super::skip_white_space;

/// Letters (not counting vowel signs and tone marks) that a sentence has before a space between
/// Thai or Lao letters can end it.
///
/// Writers also set off with spaces the words that open a sentence (`นอกจากนี้`, `อย่างไรก็ตาม`),
/// a first name from the surname (`นายสมชาย ใจดี`) and list items (`ข้าว ยางพารา น้ำตาล`).
/// These come at the start of a sentence or right after one of its short pieces, so a space
/// ends a sentence only once the sentence is long enough not to be one of them. On three news
/// paragraphs written for the purpose (the first is in `tests/languages.rs`), with 14 sentence
/// ends, 7 clause ends and 14 other spaces between Thai letters, and [`is_reporting`] applied:
/// ending at every space found 13 ends, 4 clauses and 12 others; at least 12 letters, 13 ends,
/// 4 clauses and 3 others; 16 to 20 letters, 13 ends, 4 clauses and 1 other (a list item); 24,
/// 11 ends, 3 clauses and 3 others. Requiring the next piece to be long as well did not help:
/// the words that open a sentence are as short as those inside one. The end never found
/// follows a number.
pub(super) const MIN_SENTENCE_LETTERS: usize = 16;

/// How many characters back from a space to look for [`MIN_SENTENCE_LETTERS`]: a bound, so
/// that text made of marks stays linear.
const LOOK_BACK: usize = 4 * MIN_SENTENCE_LETTERS;

/// If the Thai or Lao character `c` at byte `i` of the sentence that began at `start` is
/// followed by white space that ends the sentence, the end of the sentence (after `c`).
///
/// The white space ends the sentence when a Thai or Lao letter follows it, and it holds a line
/// break (Thai is not wrapped between words, which have no space between them: a line break is
/// a heading's or a paragraph's end) or the sentence so far has [`MIN_SENTENCE_LETTERS`] and
/// no reporting verb stands on either side ([`is_reporting`]).
pub(super) fn space_ends_sentence(text: &str, start: usize, i: usize, c: char) -> Option<usize> {
    if !ends_thai_lao_word(c) {
        return None;
    }
    let after = i + c.len_utf8();
    if !text[after..].starts_with(char::is_whitespace) {
        return None;
    }
    let next_start = skip_white_space(text, after);
    if !text[next_start..].starts_with(starts_thai_lao_word) {
        return None;
    }
    if text[after..next_start].contains(['\n', '\u{2029}']) {
        return Some(after);
    }
    if is_reporting(&text[start..after]) || next_piece_is_reporting(&text[next_start..]) {
        return None;
    }
    let letters = text[start..after]
        .chars()
        .rev()
        .take(LOOK_BACK)
        .filter(|&c| !c.is_whitespace() && !is_thai_lao_mark(c))
        .take(MIN_SENTENCE_LETTERS)
        .count();
    (letters >= MIN_SENTENCE_LETTERS).then_some(after)
}

/// Whether `text` ends in a reporting verb: a word ending in "that" (`ว่า`, Lao `ວ່າ`) such as
/// `กล่าวว่า` or `เปิดเผยว่า` ("said that", "disclosed that"), which news writes between spaces
/// (`นายสมชาย ใจดี ผู้ว่าราชการจังหวัด กล่าวว่า ระดับน้ำ…`): it joins the speaker to what was
/// said, so neither space around it ends the sentence. Not `กว่า` ("more than").
fn is_reporting(text: &str) -> bool {
    (text.ends_with("ว่า") && !text.ends_with("กว่า"))
        || (text.ends_with("ວ່າ") && !text.ends_with("ກວ່າ"))
}

/// Whether the piece of `text` before its first white space is a reporting verb
/// ([`is_reporting`]) with more text after it. Looks at a few words' worth of characters only.
fn next_piece_is_reporting(text: &str) -> bool {
    const LOOK_AHEAD: usize = 24;
    text.char_indices()
        .take(LOOK_AHEAD)
        .find(|&(_, c)| c.is_whitespace())
        .is_some_and(|(end, _)| is_reporting(&text[..end]))
}

/// Thai and Lao letters that may begin a word: the letters of [`ends_thai_lao_word`] without
/// the marks and vowels written after a consonant.
fn starts_thai_lao_word(c: char) -> bool {
    ends_thai_lao_word(c) && thai_lao_role(c) != ThaiLaoRole::Attached
}

/// Thai and Lao vowel signs and tone marks, written above or below a letter: not letters of
/// their own when counting a sentence's length.
fn is_thai_lao_mark(c: char) -> bool {
    matches!(c,
        '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}'
        | '\u{0EB1}' | '\u{0EB4}'..='\u{0EBC}' | '\u{0EC8}'..='\u{0ECE}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reporting_verbs_are_found_but_not_comparisons() {
        assert!(is_reporting("นายสมชาย กล่าวว่า"));
        assert!(is_reporting("ທ່ານ ກ່າວວ່າ"));
        assert!(!is_reporting("มากกว่า"));
        assert!(!is_reporting("ว่าย"));
        assert!(next_piece_is_reporting("เปิดเผยว่า การส่งออก"));
        assert!(!next_piece_is_reporting("เปิดเผยว่า"));
        assert!(!next_piece_is_reporting(
            "การส่งออกข้าวของไทยในช่วงเก้าเดือนแรกเปิดเผยว่า ก"
        ));
    }

    #[test]
    fn word_classes_exclude_digits_and_repetition_marks() {
        for c in ['ก', 'ะ', 'ำ', 'เ', '\u{0E48}', 'ກ', 'ໄ'] {
            assert!(ends_thai_lao_word(c), "{c}");
        }
        for c in ['ๆ', 'ฯ', '๕', 'ໆ', 'ຯ', '໕', '๏', 'a', ' '] {
            assert!(!ends_thai_lao_word(c), "{c}");
        }
        assert!(starts_thai_lao_word('เ') && starts_thai_lao_word('ก'));
        for c in ['ะ', 'า', 'ำ', '\u{0E48}', '\u{0E34}'] {
            assert!(!starts_thai_lao_word(c), "{c}");
        }
    }
}
