//! ROUGE tokens, in the two ways [`Convention`](super::Convention) makes them.
//!
//! - [`Tokens::RougeScore`], as Google's `rouge-score` makes them: the text is lower-cased (full
//!   Unicode lower-casing), every character that is not an ASCII letter or digit becomes a space
//!   and the text is split on spaces. Accented and non-Latin letters are therefore separators:
//!   `"Größe"` gives `gr`, `e` and `"été"` gives `t`. Matching that is what makes English scores
//!   comparable with published ones.
//! - [`Tokens::Unicode`], for every other language: the lower-cased runs of Unicode letters and
//!   digits, as Python's `[^\W_]+` finds them, except that each Han, Hiragana or Katakana
//!   character is a token of its own, since Chinese and Japanese put no spaces between words.

/// How text is cut into ROUGE tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Tokens {
    /// Runs of ASCII letters and digits after lower-casing, as `rouge-score`.
    RougeScore,
    /// Runs of Unicode letters and digits after lower-casing; Han and Kana one per character.
    Unicode,
}

/// Calls `f` with each token of `text`, in order.
pub(crate) fn for_each_token(text: &str, tokens: Tokens, f: impl FnMut(&str)) {
    match tokens {
        Tokens::RougeScore => rouge_score_tokens(text, f),
        Tokens::Unicode => unicode_tokens(text, f),
    }
}

fn rouge_score_tokens(text: &str, mut f: impl FnMut(&str)) {
    let mut token = String::new();
    let mut push = |c: char, token: &mut String| {
        if c.is_ascii_alphanumeric() {
            token.push(c);
        } else if !token.is_empty() {
            f(token);
            token.clear();
        }
    };
    for c in text.chars() {
        if c.is_ascii() {
            push(c.to_ascii_lowercase(), &mut token);
        } else {
            // A few non-ASCII letters lower-case to ASCII (KELVIN SIGN → `k`, `İ` → `i` plus a
            // combining dot), and Python's `str.lower` keeps those letters; so do we.
            for lower in c.to_lowercase() {
                push(lower, &mut token);
            }
        }
    }
    push(' ', &mut token);
}

fn unicode_tokens(text: &str, mut f: impl FnMut(&str)) {
    // The whole text at once, not char by char: like Python's `str.lower`, `str::to_lowercase`
    // gives a capital sigma its final form at the end of a word (`ΟΔΟΣ` → `οδος`).
    let lower = text.to_lowercase();
    let mut run_start = None;
    for (i, c) in lower.char_indices() {
        if !is_word_char(c) {
            if let Some(start) = run_start.take() {
                f(&lower[start..i]);
            }
        } else if is_han_or_kana(c) {
            if let Some(start) = run_start.take() {
                f(&lower[start..i]);
            }
            f(&lower[i..i + c.len_utf8()]);
        } else if run_start.is_none() {
            run_start = Some(i);
        }
    }
    if let Some(start) = run_start {
        f(&lower[start..]);
    }
}

/// Whether `c` belongs in a token as Python's `[^\W_]` sees it: a letter or a number by
/// general category (`str.isalnum`). Vowel signs and other marks are not, so they split words
/// of Indic scripts as rouge-score-style Python tokenizers do.
fn is_word_char(c: char) -> bool {
    use unicode_properties::{GeneralCategoryGroup, UnicodeGeneralCategory};
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    matches!(
        c.general_category_group(),
        GeneralCategoryGroup::Letter | GeneralCategoryGroup::Number
    )
}

/// Han ideographs (with the iteration mark `々`, the closing mark `〆` and the ideographic
/// numbers `〇`, `〡`–`〩`), Hiragana and Katakana, including the half-width forms and the
/// historic kana of the supplement blocks. `scripts/rouge_agreement.py` lists the same ranges.
fn is_han_or_kana(c: char) -> bool {
    matches!(c,
        '\u{3005}'..='\u{3007}'
        | '\u{3021}'..='\u{3029}'
        | '\u{3038}'..='\u{303B}'
        | '\u{3040}'..='\u{30FF}' // Hiragana, Katakana
        | '\u{31F0}'..='\u{31FF}' // Katakana phonetic extensions
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // CJK compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}' // half-width Katakana
        | '\u{1B000}'..='\u{1B16F}' // Kana supplement and extensions
        | '\u{20000}'..='\u{2FA1F}' // CJK extensions B–F, compatibility supplement
        | '\u{30000}'..='\u{323AF}' // CJK extensions G and H
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str, kind: Tokens) -> Vec<String> {
        let mut out = Vec::new();
        for_each_token(text, kind, |t| out.push(t.to_owned()));
        out
    }

    fn ascii(text: &str) -> Vec<String> {
        tokens(text, Tokens::RougeScore)
    }

    fn unicode(text: &str) -> Vec<String> {
        tokens(text, Tokens::Unicode)
    }

    #[test]
    fn lower_cases_and_splits_on_everything_but_ascii_letters_and_digits() {
        assert_eq!(
            ascii("The U.S. GDP grew 3.5%-ish in Q2\n(it's true)"),
            [
                "the", "u", "s", "gdp", "grew", "3", "5", "ish", "in", "q2", "it", "s", "true"
            ]
        );
    }

    #[test]
    fn non_ascii_letters_are_separators_like_in_rouge_score() {
        assert_eq!(ascii("Größe été naïve"), ["gr", "e", "t", "na", "ve"]);
        assert_eq!(ascii("\u{212A}elvin İstanbul"), ["kelvin", "i", "stanbul"]);
        assert!(ascii("東京 — ….").is_empty());
        assert!(ascii("").is_empty());
    }

    #[test]
    fn unicode_mode_keeps_every_letter_and_digit() {
        assert_eq!(
            unicode("Größe, l'été ٣ Ärger"),
            ["größe", "l", "été", "٣", "ärger"]
        );
        assert_eq!(unicode("The U.S."), ["the", "u", "s"]);
    }

    /// `[^\W_]+`: the underscore and punctuation separate words, as in Python.
    #[test]
    fn unicode_mode_splits_at_underscores_and_punctuation() {
        assert_eq!(
            unicode("snake_case, über-groß; x²"),
            ["snake", "case", "über", "groß", "x²"]
        );
        assert!(unicode("_ — … «»").is_empty());
    }

    #[test]
    fn han_and_kana_are_one_token_per_character() {
        assert_eq!(unicode("東京都庁"), ["東", "京", "都", "庁"]);
        assert_eq!(
            unicode("AI模型の精度が95%に"),
            ["ai", "模", "型", "の", "精", "度", "が", "95", "に"]
        );
        assert_eq!(
            unicode("カタカナ・ひらがな"),
            ["カ", "タ", "カ", "ナ", "ひ", "ら", "が", "な"]
        );
        // Hangul is written with spaces between words: its runs stay whole.
        assert_eq!(unicode("서울 시청"), ["서울", "시청"]);
    }

    #[test]
    fn unicode_mode_lower_cases_a_final_sigma_as_python_does() {
        assert_eq!(unicode("ΟΔΟΣ ΣΑΣ"), ["οδος", "σας"]);
    }

    #[test]
    fn marks_cut_words_as_pythons_word_class_does() {
        // "हिन्दी": the vowel signs and the virama are marks, not letters.
        assert_eq!(unicode("हिन्दी"), ["ह", "न", "द"]);
        assert_eq!(unicode("café²"), ["café²"]);
    }
}
