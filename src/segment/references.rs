//! Reference marks written against a sentence's stop, as text copied from an encyclopedia or
//! out of a PDF keeps them: bracketed (`martyr.[1] The`, `large.[7][8] This`, `[citation
//! needed]`), superscript digits (`year.¹² The`) and footnote numbers that lost their
//! superscript (`consultation.11 12 Take`, `(1987).1 According`). They belong to the sentence
//! they follow; the next sentence starts after them.

use super::layout::floor_boundary;

/// The longest bracketed mark read as a reference, in bytes: `[citation needed]` fits, a
/// bracketed clause does not.
const LONGEST_BRACKETED: usize = 24;

/// Digits in one plain footnote number, and plain footnote numbers after one stop, at most:
/// `.11 12` is two references; a longer run of numbers is data, not footnotes.
const NUMBER_DIGITS: usize = 3;
const NUMBERS: usize = 4;

/// The end of the reference marks written against the stop run ending at `run_end`, when white
/// space or the end of the text follows them; `run_end` itself when there are none. Plain
/// numbers count only when `numbers` says the stop can carry them (a period after a word, not
/// after a number or an abbreviation) and a capitalised word follows them: `costs rose 4.5
/// percent` and `p.12 ff.` keep their digits.
pub(super) fn after_references(
    text: &str,
    run_end: usize,
    numbers: impl FnOnce() -> bool,
) -> usize {
    let rest = &text[run_end..];
    let Some(first) = rest.chars().next() else {
        return run_end;
    };
    let mut end = 0;
    if first == '[' {
        while let Some(len) = bracketed(&rest[end..]) {
            end += len;
        }
    }
    end += rest[end..]
        .chars()
        .take_while(|&c| is_superscript_digit(c))
        .map(char::len_utf8)
        .sum::<usize>();
    if end == 0 && first.is_ascii_digit() && numbers() {
        end = plain_numbers(rest).unwrap_or(0);
    }
    let after = &rest[end..];
    if end > 0 && after.chars().next().is_none_or(char::is_whitespace) {
        run_end + end
    } else {
        run_end
    }
}

/// The length of the bracketed reference at the start of `text`: a few words, letters or
/// numbers between `[` and `]`, with no stop inside (`[...]` is an omission, not a reference).
fn bracketed(text: &str) -> Option<usize> {
    let inner = text.strip_prefix('[')?;
    let window = &inner[..floor_boundary(inner, LONGEST_BRACKETED + 1)];
    let close = window.find(']')?;
    let body = &inner[..close];
    let reference = !body.is_empty()
        && body.chars().any(char::is_alphanumeric)
        && body
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | ',' | '-' | '\u{2013}' | ':'));
    reference.then_some(close + 2)
}

/// The length of the plain footnote numbers at the start of `text` (`11 12`, `3,4`) when a
/// capitalised word follows them on the same line.
fn plain_numbers(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let number_at = |at: usize| {
        let digits = digits_at(bytes, at);
        (digits > 0 && digits <= NUMBER_DIGITS && ends_number(bytes, at + digits)).then_some(digits)
    };
    let mut end = number_at(0)?;
    for _ in 1..NUMBERS {
        let Some(digits) = matches!(bytes.get(end), Some(b' ' | b','))
            .then(|| number_at(end + 1))
            .flatten()
        else {
            break;
        };
        end += 1 + digits;
    }
    let next = text[end..].strip_prefix(' ')?;
    next.chars()
        .next()
        .is_some_and(char::is_uppercase)
        .then_some(end)
}

/// How many ASCII digits start at `at`.
fn digits_at(bytes: &[u8], at: usize) -> usize {
    bytes.get(at..).map_or(0, |rest| {
        rest.iter().take_while(|b| b.is_ascii_digit()).count()
    })
}

/// Whether a footnote number may end at `at`: before a space, a comma or the end of the text
/// (`.5%` or `.5kg` is no footnote).
fn ends_number(bytes: &[u8], at: usize) -> bool {
    matches!(bytes.get(at), None | Some(b' ' | b','))
}

/// Superscript digits: `¹`, `²`, `³` from Latin-1 and `⁰`, `⁴` … `⁹` from U+2070.
fn is_superscript_digit(c: char) -> bool {
    matches!(
        c,
        '\u{00B9}' | '\u{00B2}' | '\u{00B3}' | '\u{2070}' | '\u{2074}'..='\u{2079}'
    )
}

#[cfg(test)]
mod tests {
    use super::after_references;

    #[test]
    fn bracketed_references_belong_to_the_sentence_before() {
        let text = "martyr.[1] The";
        assert_eq!(after_references(text, 7, || false), 10);
        let text = "large.[7][8] This";
        assert_eq!(after_references(text, 6, || false), 12);
        let text = "mountains.[citation needed] It";
        assert_eq!(after_references(text, 10, || false), 27);
    }

    #[test]
    fn an_omission_or_a_bracket_followed_by_a_word_is_no_reference() {
        assert_eq!(after_references("end.[...] Then", 4, || false), 4);
        assert_eq!(after_references("end.[1]word", 4, || false), 4);
        let long = "end.[a bracketed clause that goes on and on] Then";
        assert_eq!(after_references(long, 4, || false), 4);
    }

    #[test]
    fn superscript_digits_are_references() {
        let text = "year.\u{00B9}\u{00B2} The";
        assert_eq!(after_references(text, 5, || false), 9);
    }

    #[test]
    fn plain_footnote_numbers_need_permission_and_a_capital_after() {
        let text = "consultation.11 12 Take";
        assert_eq!(after_references(text, 13, || true), 18);
        assert_eq!(after_references(text, 13, || false), 13);
        assert_eq!(after_references("(1987).1 According", 7, || true), 8);
        // Lower case after the number: the number belongs to what follows.
        assert_eq!(after_references("chapter.2 of", 8, || true), 8);
        // Too many digits, or glued to a unit.
        assert_eq!(after_references("end.2024 The", 4, || true), 4);
        assert_eq!(after_references("end.5kg The", 4, || true), 4);
    }
}
