//! The Porter stemmer exactly as `rouge-score` applies it.
//!
//! `rouge-score` stems with NLTK's `PorterStemmer()` in its default mode, which is Porter's
//! 1980 algorithm plus the changes Martin Porter later published with his own implementations
//! and a few more by NLTK's authors. ROUGE agreement needs the same stems, so this follows that
//! variant rather than the paper or Snowball's Porter2 (which `rust-stemmers` implements and
//! which stems e.g. `generously` differently). The departures from the paper are marked below.
//!
//! Input is one lower-case ASCII token; anything else is returned unchanged.

/// Words the NLTK variant maps by table instead of by rule, so that, e.g., `dying` and `die`
/// meet and `news` is not read as a plural.
const IRREGULAR: &[(&str, &str)] = &[
    ("sky", "sky"),
    ("skies", "sky"),
    ("dying", "die"),
    ("lying", "lie"),
    ("tying", "tie"),
    ("news", "news"),
    ("innings", "inning"),
    ("inning", "inning"),
    ("outings", "outing"),
    ("outing", "outing"),
    ("cannings", "canning"),
    ("canning", "canning"),
    ("howe", "howe"),
    ("proceed", "proceed"),
    ("exceed", "exceed"),
    ("succeed", "succeed"),
];

/// The stem of `word`, a lower-case ASCII token.
pub(crate) fn stem(word: &str) -> String {
    if !word
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        return word.to_owned();
    }
    if let Some(&(_, irregular)) = IRREGULAR.iter().find(|(form, _)| *form == word) {
        return irregular.to_owned();
    }
    let mut w = word.to_owned();
    // Short words have no suffix worth removing (NLTK extension).
    if w.len() <= 2 {
        return w;
    }
    step1a(&mut w);
    step1b(&mut w);
    step1c(&mut w);
    step2(&mut w);
    step3(&mut w);
    step4(&mut w);
    step5a(&mut w);
    step5b(&mut w);
    w
}

fn is_vowel_letter(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Whether `w[i]` is a consonant: not a vowel, and `y` counts as a consonant only at the start
/// or after a vowel. Digits are consonants, as in NLTK.
fn is_consonant(w: &[u8], i: usize) -> bool {
    match w[i] {
        b'a' | b'e' | b'i' | b'o' | b'u' => false,
        b'y' => {
            // Walk back over the run of `y`s iteratively: each `y` flips the answer, and a
            // recursive definition would overflow the stack on a token like "yyyy…".
            let mut j = i;
            let mut flip = false;
            while j > 0 && w[j] == b'y' {
                flip = !flip;
                j -= 1;
            }
            // Consonant when the letter before the run is one, flipped once per `y`.
            is_vowel_letter(w[j]) == flip
        }
        _ => true,
    }
}

/// Whether each letter of `stem` is a consonant, in one pass: a `y` is a consonant at the start
/// or after a vowel, so it is decided from the previous letter and long `y` runs stay linear.
fn consonants(stem: &[u8]) -> impl Iterator<Item = bool> + '_ {
    let mut previous_consonant = false;
    stem.iter().enumerate().map(move |(i, &b)| {
        let consonant = match b {
            b'a' | b'e' | b'i' | b'o' | b'u' => false,
            b'y' => i == 0 || !previous_consonant,
            _ => true,
        };
        previous_consonant = consonant;
        consonant
    })
}

/// Porter's measure `m`: the number of vowel-run → consonant-run transitions in `stem`.
fn measure(stem: &[u8]) -> usize {
    let mut m = 0;
    let mut after_vowel = false;
    for consonant in consonants(stem) {
        if consonant && after_vowel {
            m += 1;
        }
        after_vowel = !consonant;
    }
    m
}

fn contains_vowel(stem: &[u8]) -> bool {
    consonants(stem).any(|consonant| !consonant)
}

/// Condition `*d`: ends with a double consonant.
fn ends_double_consonant(w: &[u8]) -> bool {
    let n = w.len();
    n >= 2 && w[n - 1] == w[n - 2] && is_consonant(w, n - 1)
}

/// Condition `*o`: ends consonant-vowel-consonant, the last not `w`, `x` or `y`; NLTK also
/// accepts a two-letter vowel-consonant word.
fn ends_cvc(w: &[u8]) -> bool {
    let n = w.len();
    (n >= 3
        && is_consonant(w, n - 3)
        && !is_consonant(w, n - 2)
        && is_consonant(w, n - 1)
        && !matches!(w[n - 1], b'w' | b'x' | b'y'))
        || (n == 2 && !is_consonant(w, 0) && is_consonant(w, 1))
}

fn replace_suffix(w: &mut String, suffix_len: usize, replacement: &str) {
    w.truncate(w.len() - suffix_len);
    w.push_str(replacement);
}

/// A rule's condition, given the whole word and the stem left after removing the suffix.
type Condition = fn(word: &[u8], stem: &[u8]) -> bool;

fn m_gt_0(_: &[u8], stem: &[u8]) -> bool {
    measure(stem) > 0
}

fn m_gt_1(_: &[u8], stem: &[u8]) -> bool {
    measure(stem) > 1
}

fn always(_: &[u8], _: &[u8]) -> bool {
    true
}

/// Applies the rule whose suffix is the first in `rules` to match; if its condition fails the
/// word stays as it is (later rules are not tried: that is how the algorithm reads).
fn apply_first(w: &mut String, rules: &[(&str, &str, Condition)]) {
    for &(suffix, replacement, condition) in rules {
        if w.ends_with(suffix) {
            let stem_len = w.len() - suffix.len();
            if condition(w.as_bytes(), &w.as_bytes()[..stem_len]) {
                replace_suffix(w, suffix.len(), replacement);
            }
            return;
        }
    }
}

/// Plurals.
fn step1a(w: &mut String) {
    // NLTK: "ties" → "tie", "dies" → "die" rather than "ti", "di".
    if w.len() == 4 && w.ends_with("ies") {
        replace_suffix(w, 3, "ie");
        return;
    }
    apply_first(
        w,
        &[
            ("sses", "ss", always),
            ("ies", "i", always),
            ("ss", "ss", always),
            ("s", "", always),
        ],
    );
}

/// Past tenses and gerunds.
fn step1b(w: &mut String) {
    // NLTK: "-ied" is always cut to "-i" ("-ie" for four-letter words), with no clean-up.
    if w.ends_with("ied") {
        let replacement = if w.len() == 4 { "ie" } else { "i" };
        replace_suffix(w, 3, replacement);
        return;
    }
    if w.ends_with("eed") {
        if measure(&w.as_bytes()[..w.len() - 3]) > 0 {
            replace_suffix(w, 3, "ee");
        }
        return;
    }
    let cut = ["ed", "ing"].into_iter().find(|suffix| {
        w.ends_with(suffix) && contains_vowel(&w.as_bytes()[..w.len() - suffix.len()])
    });
    let Some(suffix) = cut else {
        return;
    };
    w.truncate(w.len() - suffix.len());
    // Tidy the stem so later steps see "-ate", "-ble", "-ize", and "hopp" becomes "hop".
    if w.ends_with("at") || w.ends_with("bl") || w.ends_with("iz") {
        w.push('e');
    } else if ends_double_consonant(w.as_bytes()) {
        if !matches!(w.as_bytes()[w.len() - 1], b'l' | b's' | b'z') {
            w.pop();
        }
    } else if measure(w.as_bytes()) == 1 && ends_cvc(w.as_bytes()) {
        w.push('e');
    }
}

/// Final `y` → `i`.
fn step1c(w: &mut String) {
    // NLTK: only after a consonant that is not the word's first letter ("happy" → "happi",
    // "enjoy" and "by" unchanged), instead of the paper's "stem contains a vowel".
    apply_first(
        w,
        &[("y", "i", |_, stem| {
            stem.len() > 1 && is_consonant(stem, stem.len() - 1)
        })],
    );
}

/// Double suffixes to single ones.
fn step2(w: &mut String) {
    // NLTK: "-alli" → "-al", then step 2 again, so "-ationalli" reaches "-ate".
    if w.ends_with("alli") && measure(&w.as_bytes()[..w.len() - 4]) > 0 {
        replace_suffix(w, 4, "al");
        step2(w);
        return;
    }
    apply_first(
        w,
        &[
            ("ational", "ate", m_gt_0),
            ("tional", "tion", m_gt_0),
            ("enci", "ence", m_gt_0),
            ("anci", "ance", m_gt_0),
            ("izer", "ize", m_gt_0),
            // Porter's later rule: "-bli" (not the paper's "-abli") → "-ble".
            ("bli", "ble", m_gt_0),
            ("alli", "al", m_gt_0),
            ("entli", "ent", m_gt_0),
            ("eli", "e", m_gt_0),
            ("ousli", "ous", m_gt_0),
            ("ization", "ize", m_gt_0),
            ("ation", "ate", m_gt_0),
            ("ator", "ate", m_gt_0),
            ("alism", "al", m_gt_0),
            ("iveness", "ive", m_gt_0),
            ("fulness", "ful", m_gt_0),
            ("ousness", "ous", m_gt_0),
            ("aliti", "al", m_gt_0),
            ("iviti", "ive", m_gt_0),
            ("biliti", "ble", m_gt_0),
            // NLTK additions; "-logi"'s condition looks at the stem with its "l".
            ("fulli", "ful", m_gt_0),
            ("logi", "log", |word, _| {
                measure(&word[..word.len() - 3]) > 0
            }),
        ],
    );
}

fn step3(w: &mut String) {
    apply_first(
        w,
        &[
            ("icate", "ic", m_gt_0),
            ("ative", "", m_gt_0),
            ("alize", "al", m_gt_0),
            ("iciti", "ic", m_gt_0),
            ("ical", "ic", m_gt_0),
            ("ful", "", m_gt_0),
            ("ness", "", m_gt_0),
        ],
    );
}

fn step4(w: &mut String) {
    apply_first(
        w,
        &[
            ("al", "", m_gt_1),
            ("ance", "", m_gt_1),
            ("ence", "", m_gt_1),
            ("er", "", m_gt_1),
            ("ic", "", m_gt_1),
            ("able", "", m_gt_1),
            ("ible", "", m_gt_1),
            ("ant", "", m_gt_1),
            ("ement", "", m_gt_1),
            ("ment", "", m_gt_1),
            ("ent", "", m_gt_1),
            ("ion", "", |_, stem| {
                measure(stem) > 1 && matches!(stem.last(), Some(b's' | b't'))
            }),
            ("ou", "", m_gt_1),
            ("ism", "", m_gt_1),
            ("ate", "", m_gt_1),
            ("iti", "", m_gt_1),
            ("ous", "", m_gt_1),
            ("ive", "", m_gt_1),
            ("ize", "", m_gt_1),
        ],
    );
}

/// Final `e`.
fn step5a(w: &mut String) {
    if w.ends_with('e') {
        let stem = &w.as_bytes()[..w.len() - 1];
        let m = measure(stem);
        if m > 1 || (m == 1 && !ends_cvc(stem)) {
            w.pop();
        }
    }
}

/// Final double `l`.
fn step5b(w: &mut String) {
    if w.ends_with("ll") && measure(&w.as_bytes()[..w.len() - 1]) > 1 {
        w.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Examples from the rule tables of Porter's paper, worked through by hand with the NLTK
    /// variant's conditions.
    #[test]
    fn paper_examples() {
        for (word, expected) in [
            ("caresses", "caress"),
            ("ponies", "poni"),
            ("caress", "caress"),
            ("cats", "cat"),
            ("feed", "feed"),
            ("agreed", "agre"),
            ("plastered", "plaster"),
            ("bled", "bled"),
            ("motoring", "motor"),
            ("sing", "sing"),
            ("conflated", "conflat"),
            ("troubled", "troubl"),
            ("sized", "size"),
            ("hopping", "hop"),
            ("tanned", "tan"),
            ("falling", "fall"),
            ("hissing", "hiss"),
            ("fizzed", "fizz"),
            ("failing", "fail"),
            ("filing", "file"),
            ("happy", "happi"),
            ("relational", "relat"),
            ("conditional", "condit"),
            ("rational", "ration"),
            ("digitizer", "digit"),
            ("operator", "oper"),
            ("feudalism", "feudal"),
            ("hopefulness", "hope"),
            ("triplicate", "triplic"),
            ("formative", "form"),
            ("electrical", "electr"),
            ("goodness", "good"),
            ("revival", "reviv"),
            ("allowance", "allow"),
            ("airliner", "airlin"),
            ("adjustable", "adjust"),
            ("replacement", "replac"),
            ("adoption", "adopt"),
            ("communism", "commun"),
            ("effective", "effect"),
            ("probate", "probat"),
            ("rate", "rate"),
            ("cease", "ceas"),
            ("controll", "control"),
            ("roll", "roll"),
        ] {
            assert_eq!(stem(word), expected, "{word}");
        }
    }

    /// Where the NLTK variant departs from the paper (each worked through by hand).
    #[test]
    fn nltk_departures() {
        for (word, expected) in [
            // Irregular forms table.
            ("dying", "die"),
            ("skies", "sky"),
            ("news", "news"),
            // Four-letter "-ies" / "-ied".
            ("ties", "tie"),
            ("died", "die"),
            ("cried", "cri"),
            // y → i only after a consonant that is not the first letter.
            ("enjoy", "enjoy"),
            ("cry", "cri"),
            // "-bli" → "-ble", "-alli" → "-al", "-fulli" → "-ful", "-logi" → "-log".
            ("generously", "gener"),
            ("radically", "radic"),
            ("hopefully", "hope"),
            ("analogies", "analog"),
        ] {
            assert_eq!(stem(word), expected, "{word}");
        }
    }

    #[test]
    fn digits_are_consonants_and_other_text_is_left_alone() {
        assert_eq!(stem("1990s"), "1990");
        assert_eq!(stem("2024"), "2024");
        assert_eq!(stem("Cats"), "Cats");
        assert_eq!(stem("été"), "été");
        assert_eq!(stem(""), "");
    }

    #[test]
    fn long_y_runs_do_not_overflow() {
        let word = "y".repeat(100_000);
        assert!(!stem(&word).is_empty());
    }
}
