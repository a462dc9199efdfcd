//! Stops between Chinese or Japanese characters that the script's own stops do not cover:
//! the full-width full stop `．` (also a decimal point, `３．５`), and ASCII stops, which many
//! scientific abstracts write in Chinese (`其重要性不言而喻.针对现阶段`). Between two
//! ideographs or kana they end a sentence, with no space after them, as `。` does.

/// Whether `c` is a Han ideograph or a kana: a letter of text written without spaces.
pub(super) fn is_cjk_letter(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' // hiragana, katakana
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // compatibility ideographs
        | '\u{20000}'..='\u{2FFFF}' // supplementary ideographs
    )
}

/// Closing punctuation of CJK text that may stand between a sentence's last letter and its
/// stop: `」`, `』`, `）`, `》`.
fn is_cjk_closer(c: char) -> bool {
    matches!(
        c,
        '\u{300D}' | '\u{300F}' | '\u{FF09}' | '\u{300B}' | '\u{3011}'
    )
}

/// Opening punctuation that may start a CJK sentence: `「`, `『`, `（`, `《`, `【`.
fn is_cjk_opener(c: char) -> bool {
    matches!(
        c,
        '\u{300C}' | '\u{300E}' | '\u{FF08}' | '\u{300A}' | '\u{3010}'
    )
}

/// Whether the stops at `i..run_end` of `text`, with `last_stop` the last of them and no
/// white space after them, end a sentence of CJK text: a CJK letter (or closing bracket)
/// before them and a CJK letter (or opening bracket) after them. A digit on either side makes
/// the full-width full stop a decimal point, and a Latin letter after an ASCII period makes it
/// part of a name or number (`图2.3`, `版本.NET`). A full-width full stop also ends a sentence
/// between a lower-case word and a capitalised one, as in Latin text typed with a CJK input
/// method.
pub(super) fn ends_cjk_sentence(text: &str, i: usize, run_end: usize, last_stop: char) -> bool {
    if !matches!(last_stop, '.' | '!' | '?' | '\u{FF0E}' | '\u{FE52}') {
        return false;
    }
    let before = text[..i].chars().next_back();
    let after = text[run_end..].chars().next();
    if matches!(last_stop, '\u{FF0E}' | '\u{FE52}')
        && before.is_some_and(char::is_lowercase)
        && after.is_some_and(char::is_uppercase)
    {
        // A full-width full stop between words, which no decimal has: `period．Does`.
        return true;
    }
    before.is_some_and(|c| is_cjk_letter(c) || is_cjk_closer(c))
        && after.is_some_and(|c| is_cjk_letter(c) || is_cjk_opener(c))
}
