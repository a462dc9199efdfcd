//! Tokens as `rouge-score` makes them.
//!
//! `rouge-score` lower-cases the text (full Unicode lower-casing), replaces every character that
//! is not an ASCII letter or digit with a space and splits on spaces. Accented and non-Latin
//! letters are therefore separators: `"Größe"` gives `gr`, `e` and `"été"` gives `t`. Matching
//! that is what makes our scores comparable with published ones; [`Rouge`](super::Rouge)
//! documents the consequence for languages other than English.
//!
//! [`Rouge::multilingual`](super::Rouge::multilingual) instead keeps every Unicode letter and
//! digit.

/// Calls `f` with each token of `text`, in order: runs of ASCII letters and digits after
/// lower-casing, or of any Unicode letters and digits when `unicode` is set.
pub(crate) fn for_each_token(text: &str, unicode: bool, mut f: impl FnMut(&str)) {
    let mut token = String::new();
    let mut push = |c: char, token: &mut String| {
        if c.is_ascii_alphanumeric() || (unicode && c.is_alphanumeric()) {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for_each_token(text, false, |t| out.push(t.to_owned()));
        out
    }

    fn unicode_tokens(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for_each_token(text, true, |t| out.push(t.to_owned()));
        out
    }

    #[test]
    fn lower_cases_and_splits_on_everything_but_ascii_letters_and_digits() {
        assert_eq!(
            tokens("The U.S. GDP grew 3.5%-ish in Q2\n(it's true)"),
            [
                "the", "u", "s", "gdp", "grew", "3", "5", "ish", "in", "q2", "it", "s", "true"
            ]
        );
    }

    #[test]
    fn non_ascii_letters_are_separators_like_in_rouge_score() {
        assert_eq!(tokens("Größe été naïve"), ["gr", "e", "t", "na", "ve"]);
        assert_eq!(tokens("\u{212A}elvin İstanbul"), ["kelvin", "i", "stanbul"]);
        assert!(tokens("東京 — ….").is_empty());
        assert!(tokens("").is_empty());
    }

    #[test]
    fn unicode_mode_keeps_every_letter_and_digit() {
        assert_eq!(
            unicode_tokens("Größe, l'été: 東京 ٣"),
            ["größe", "l", "été", "東京", "٣"]
        );
        assert_eq!(unicode_tokens("The U.S."), ["the", "u", "s"]);
    }
}
