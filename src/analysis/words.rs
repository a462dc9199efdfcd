//! Words: runs of letters, digits and marks, or the smaller units of scripts written without
//! spaces between words (see [`for_each_word`]).

use crate::segment::chars::{ThaiLaoRole, thai_lao_role};

/// Writes the lower-case form of `word` into `out` (cleared first), character by character:
/// every word form is lower-cased this way, so that lists matched against words (stopwords,
/// cue words) compare equal forms. Character by character, `Σ` is always `σ`, where
/// `str::to_lowercase` writes a word-final `ς`.
pub(crate) fn lowercase_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
}

/// Calls `f` with each word of `text`: runs of letters, digits and combining marks. Apostrophes
/// and hyphens split words (`Pakistan’s` → `Pakistan`, `s`).
///
/// Scripts written without spaces between words ([`Spaceless`]) give smaller units instead of
/// one "word" per run, which would be a phrase or a whole sentence and would never recur:
/// - Han, Hiragana and Katakana give overlapping character bigrams (`東京都庁` → `東京`, `京都`,
///   `都庁`), or the character itself if it stands alone: most words of Chinese and Japanese
///   are one or two characters long, and bigrams make units that recur in the sentences on one
///   topic without a dictionary;
/// - Thai, Lao and Khmer give overlapping bigrams of clusters (a letter with the vowel signs and
///   marks that belong to it, see [`cluster_end`]), or the cluster alone;
/// - Myanmar gives its syllables, which the script marks explicitly.
#[inline]
pub(crate) fn for_each_word<'t>(text: &'t str, mut f: impl FnMut(&'t str)) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII fast path: skip separators, then take a run of ASCII letters and digits.
        if ASCII_CLASS[usize::from(bytes[i])] == SEPARATOR {
            i += 1;
            continue;
        }
        let start = i;
        loop {
            while i < bytes.len() && ASCII_CLASS[usize::from(bytes[i])] == ALPHANUMERIC {
                i += 1;
            }
            if i == bytes.len() || bytes[i].is_ascii() {
                break;
            }
            let c = text[i..].chars().next().unwrap_or(' ');
            if spaceless(c).is_some() || !is_word_char(c) {
                break;
            }
            i += c.len_utf8();
        }
        if i > start {
            f(&text[start..i]);
            continue;
        }
        // `i == start`: a non-ASCII character that does not continue a word.
        let c = text[i..].chars().next().unwrap_or(' ');
        i = match spaceless(c) {
            None => i + c.len_utf8(),
            Some(Spaceless::Myanmar) => myanmar_syllables(text, start, &mut f),
            Some(script) => cluster_bigrams(text, start, script, &mut f),
        };
    }
}

/// Calls `f` with the overlapping bigrams of clusters of the run of `script` (Thai, Lao, Khmer,
/// or ideographs, whose clusters are single characters) that starts at `start`, or with its one
/// cluster if it has only one. Returns where the run ends.
///
/// Why bigrams of clusters: a cluster is less than a syllable (Thai and Khmer final consonants
/// are clusters of their own, as nothing in the text tells a final consonant from the next
/// initial one), so single clusters are too common to tell topics apart, while two clusters
/// often make a syllable or a short word. On two Thai and two Khmer news paragraphs written for
/// the purpose, with their words marked by hand, the pairwise TF-IDF cosine similarities of
/// sentences computed from cluster bigrams correlated with those computed from the true words
/// at 0.67 and 0.98 for Thai (single clusters 0.41 and 0.55, cluster trigrams 0.67 and 0.92,
/// bigrams of clusters without the preceding and following vowels joined 0.60 and 0.92, code
/// point bigrams 0.61 and 0.88, which also split vowel signs and tone marks from their
/// letters), and 0.93 and 0.90 for Khmer (single clusters 0.68 and 0.75, trigrams 0.89 and
/// 0.89): the best or level with the best on each. Whole runs share no unit at all.
fn cluster_bigrams<'t>(
    text: &'t str,
    start: usize,
    script: Spaceless,
    f: &mut impl FnMut(&'t str),
) -> usize {
    let mut previous = start;
    let mut current = start;
    loop {
        let end = cluster_end(text, current, script);
        if current > start {
            f(&text[previous..end]);
        }
        previous = current;
        current = end;
        match text[end..].chars().next() {
            Some(c) if spaceless(c) == Some(script) => {}
            _ => break,
        }
    }
    if previous == start {
        f(&text[start..current]);
    }
    current
}

/// Calls `f` with each syllable of the run of Myanmar letters that starts at `start` and
/// returns where the run ends.
///
/// Why syllables and not their bigrams: Myanmar marks the end of a syllable explicitly (a
/// consonant that closes a syllable carries the asat, a stacked one follows a virama), so
/// syllables can be cut exactly, and most Burmese words are one syllable long. On two news
/// paragraphs written for the purpose, with their words marked by hand, the pairwise TF-IDF
/// similarities of sentences from single syllables correlated with those from the true words at
/// 0.83 and 0.74, from syllable bigrams at 0.53 and 0.58.
fn myanmar_syllables<'t>(text: &'t str, start: usize, f: &mut impl FnMut(&'t str)) -> usize {
    let mut current = start;
    loop {
        let end = cluster_end(text, current, Spaceless::Myanmar);
        f(&text[current..end]);
        current = end;
        match text[end..].chars().next() {
            Some(c) if spaceless(c) == Some(Spaceless::Myanmar) => {}
            _ => return current,
        }
    }
}

/// The end of the cluster of `script` that starts at `at`, a character of that script: the
/// unit that vowel signs, tone marks and viramas must never be cut from.
///
/// - Thai and Lao: a letter with its marks (vowel signs above and below, tone marks) and its
///   following vowels (`ะ`, `า`, `ำ`), with a preceding vowel (`เ`, `แ`, `โ`, `ใ`, `ไ`, written
///   before the consonant it is pronounced after) joined to the letter after it: `เกิด` →
///   `เกิ`, `ด`; `ว่า` is one cluster.
/// - Khmer: a letter with its vowel signs and marks, and with the consonants written below it
///   (each after a coeng, U+17D2): `ក្រុង` → `ក្រុ`, `ង`.
/// - Myanmar: a syllable: a letter with its marks, the consonant that closes it (marked with
///   the asat, U+103A, or the virama, U+1039) and the consonant stacked under that one (after
///   the virama), with their marks: `မြန်မာ` → `မြန်`, `မာ`; `သတ္တု` is one cluster, as the
///   stack is written as one.
/// - Ideographs: the character alone.
fn cluster_end(text: &str, at: usize, script: Spaceless) -> usize {
    let mut chars = text[at..].chars();
    let Some(first) = chars.next() else {
        return at;
    };
    let mut end = at + first.len_utf8();
    let next = |end: usize| {
        text[end..]
            .chars()
            .next()
            .filter(|&c| spaceless(c) == Some(script))
    };
    match script {
        Spaceless::Thai | Spaceless::Lao => {
            if thai_lao_role(first) == ThaiLaoRole::Preceding
                && let Some(c) = next(end)
                && thai_lao_role(c) == ThaiLaoRole::Letter
            {
                end += c.len_utf8();
            }
            while let Some(c) = next(end).filter(|&c| thai_lao_role(c) == ThaiLaoRole::Attached) {
                end += c.len_utf8();
            }
        }
        Spaceless::Khmer => {
            while let Some(c) = next(end).filter(|&c| is_khmer_mark(c)) {
                end += c.len_utf8();
                if c == KHMER_COENG
                    && let Some(below) = next(end).filter(|&c| !is_khmer_mark(c))
                {
                    end += below.len_utf8();
                }
            }
        }
        Spaceless::Myanmar => {
            end = myanmar_marks_end(text, end);
            let mut stacked = text[..end].ends_with(MYANMAR_VIRAMA);
            while let Some(c) = next(end) {
                let after = myanmar_marks_end(text, end + c.len_utf8());
                // The marks of a closing consonant are few; this look ahead is repeated at most
                // once, by the next syllable, so the run stays linear.
                let closing =
                    text[end + c.len_utf8()..after].contains([MYANMAR_ASAT, MYANMAR_VIRAMA]);
                if !(stacked || closing) {
                    break;
                }
                end = after;
                stacked = text[..end].ends_with(MYANMAR_VIRAMA);
            }
        }
        Spaceless::Ideographic => {}
    }
    end
}

/// The end of the run of Myanmar marks that starts at `at`.
fn myanmar_marks_end(text: &str, at: usize) -> usize {
    at + text[at..]
        .chars()
        .take_while(|&c| is_myanmar_mark(c))
        .map(char::len_utf8)
        .sum::<usize>()
}

/// Scripts written without spaces between words, each cut into its own units by
/// [`for_each_word`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Spaceless {
    /// Han ideographs, Hiragana and Katakana.
    Ideographic,
    /// Thai letters, vowel signs and marks.
    Thai,
    /// Lao letters, vowel signs and marks.
    Lao,
    /// Khmer letters, vowel signs and marks.
    Khmer,
    /// Myanmar letters, vowel signs and marks.
    Myanmar,
}

/// The script without spaces between words that `c` belongs to as a letter or mark. Digits,
/// punctuation and the repetition and abbreviation marks (`ๆ`, `ฯ`, `ៗ`) are not part of a run:
/// digits make words of their own, and the others separate words.
#[inline]
fn spaceless(c: char) -> Option<Spaceless> {
    // Latin, Greek, Cyrillic, Arabic and the Indic scripts come before Thai: one comparison.
    if c < '\u{0E00}' {
        return None;
    }
    Some(match c {
        '\u{0E01}'..='\u{0E2E}' | '\u{0E30}'..='\u{0E3A}' | '\u{0E40}'..='\u{0E45}'
        | '\u{0E47}'..='\u{0E4E}' => Spaceless::Thai,
        '\u{0E81}'..='\u{0EAE}' | '\u{0EB0}'..='\u{0EBD}' | '\u{0EC0}'..='\u{0EC4}'
        | '\u{0EC8}'..='\u{0ECE}' | '\u{0EDC}'..='\u{0EDF}' => Spaceless::Lao,
        // Khmer letters, vowels and signs up to the bathamasat, the avakrahasanya and atthacan;
        // not the punctuation, currency sign and digits (U+17D4–U+17DB, U+17E0–), nor the lunar
        // date symbols (U+19E0–U+19FF), which are symbols, not letters.
        '\u{1780}'..='\u{17D3}' | '\u{17DC}' | '\u{17DD}' => Spaceless::Khmer,
        // Myanmar letters and marks; not the digits, punctuation and symbols.
        '\u{1000}'..='\u{103F}' | '\u{1050}'..='\u{108F}' | '\u{109A}'..='\u{109D}' => {
            Spaceless::Myanmar
        }
        '\u{3040}'..='\u{30FF}' // Hiragana, Katakana
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // CJK compatibility ideographs
        | '\u{20000}'..='\u{2FA1F}' // CJK extensions B–F and supplement
        => Spaceless::Ideographic,
        _ => return None,
    })
}

/// The Khmer coeng: the next consonant is written below the current one, in the same cluster.
const KHMER_COENG: char = '\u{17D2}';

/// Khmer inherent and dependent vowels and signs, including the coeng.
fn is_khmer_mark(c: char) -> bool {
    matches!(c, '\u{17B4}'..='\u{17D3}' | '\u{17DD}')
}

/// The Myanmar asat: the consonant carrying it closes the syllable before it.
const MYANMAR_ASAT: char = '\u{103A}';
/// The Myanmar virama: the consonant carrying it closes the syllable before it, and the next
/// consonant is stacked under it.
const MYANMAR_VIRAMA: char = '\u{1039}';

/// Myanmar vowel signs, medials, tone marks, asat and virama (the nonspacing and spacing marks
/// of the block).
fn is_myanmar_mark(c: char) -> bool {
    matches!(c,
        '\u{102B}'..='\u{103E}'
        | '\u{1056}'..='\u{1059}'
        | '\u{105E}'..='\u{1060}'
        | '\u{1062}'..='\u{1064}'
        | '\u{1067}'..='\u{106D}'
        | '\u{1071}'..='\u{1074}'
        | '\u{1082}'..='\u{108D}'
        | '\u{108F}'
        | '\u{109A}'..='\u{109D}'
    )
}

/// [`ASCII_CLASS`] of ASCII bytes that are not letters or digits.
const SEPARATOR: u8 = 0;
/// [`ASCII_CLASS`] of ASCII letters and digits.
const ALPHANUMERIC: u8 = 1;
/// [`ASCII_CLASS`] of bytes of non-ASCII characters.
const NON_ASCII: u8 = 2;

/// The class of every byte: one table lookup per byte in the word scanner instead of range
/// tests.
static ASCII_CLASS: [u8; 256] = {
    let mut table = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = if (b as u8).is_ascii_alphanumeric() {
            ALPHANUMERIC
        } else {
            SEPARATOR
        };
        b += 1;
    }
    table
};

/// Letters, digits and the marks that belong inside words of many scripts.
fn is_word_char(c: char) -> bool {
    // The repetition marks of Thai, Lao and Khmer (`เด็ก ๆ`: the word before, again) and the
    // Thai and Lao abbreviation mark (`กรุงเทพฯ`) are letters to Unicode, but as words of their
    // own they would be among the commonest terms of a text.
    (c.is_alphanumeric() && !matches!(c, '\u{0E2F}' | '\u{0E46}' | '\u{0EAF}' | '\u{0EC6}' | '\u{17D7}'))
        || matches!(c,
            '\u{0300}'..='\u{036F}' // combining diacritics
            | '\u{0483}'..='\u{0489}' // Cyrillic
            | '\u{0591}'..='\u{05C7}' // Hebrew points
            | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' // Arabic
            | '\u{06D6}'..='\u{06ED}'
            | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}'
            | '\u{FE00}'..='\u{FE0F}' | '\u{FE20}'..='\u{FE2F}'
            | '\u{200C}' | '\u{200D}' // zero-width (non-)joiner
        )
        // Indic scripts: vowel signs and viramas are marks, punctuation is only the dandas.
        || (('\u{0900}'..='\u{0DFF}').contains(&c) && !matches!(c, '\u{0964}' | '\u{0965}' | '\u{0970}'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        for_each_word(text, |w| out.push(w));
        out
    }

    #[test]
    fn words_are_runs_of_letters_and_digits() {
        assert_eq!(
            words("Pakistan’s 2-day visit, cost $1.13bn!"),
            ["Pakistan", "s", "2", "day", "visit", "cost", "1", "13bn"]
        );
        assert_eq!(words("Grüße aus Köln"), ["Grüße", "aus", "Köln"]);
        assert_eq!(words("  ...  "), Vec::<&str>::new());
    }

    #[test]
    fn marks_stay_inside_words() {
        assert_eq!(words("नमस्ते दुनिया"), ["नमस्ते", "दुनिया"]);
        assert_eq!(words("cafe\u{301} noir"), ["cafe\u{301}", "noir"]);
    }

    #[test]
    fn ideographic_runs_give_overlapping_bigrams() {
        assert_eq!(words("東京は晴れ"), ["東京", "京は", "は晴", "晴れ"]);
        assert_eq!(words("abc東京"), ["abc", "東京"]);
        assert_eq!(words("東京都庁"), ["東京", "京都", "都庁"]);
        // A lone character is a unit of its own; punctuation and other scripts end a run.
        assert_eq!(words("雨。晴れ、x猫"), ["雨", "晴れ", "x", "猫"]);
        assert_eq!(words("猫"), ["猫"]);
        assert_eq!(words("カタカナ2"), ["カタ", "タカ", "カナ", "2"]);
    }

    #[test]
    fn thai_and_lao_runs_give_bigrams_of_clusters() {
        // Vowel signs and tone marks stay on their letter, a preceding vowel joins the letter
        // after it, and following vowels join the letter before: เกิด = เกิ + ด, ว่า is one.
        assert_eq!(words("เกิด"), ["เกิด"]);
        assert_eq!(words("กล่าวว่า"), ["กล่า", "ล่าว", "วว่า"]);
        assert_eq!(words("น้ำท่วม"), ["น้ำท่", "ท่ว", "วม"]);
        assert_eq!(words("เกาะ"), ["เกาะ"]);
        // Spaces, digits, ๆ and ฯ end a run; Thai digits are words of their own.
        assert_eq!(
            words("เด็ก ๆ ๒๕๖๗ กรุงเทพฯ"),
            ["เด็ก", "๒๕๖๗", "กรุ", "รุง", "งเท", "เทพ"]
        );
        assert_eq!(words("เด็กๆ"), ["เด็ก"]);
        assert_eq!(words("ก"), ["ก"]);
        assert_eq!(words("abcไทย2"), ["abc", "ไทย", "2"]);
        // Lao works the same way: ເມືອງ = ເມື + ອ + ງ.
        assert_eq!(words("ເມືອງ ລາວ"), ["ເມືອ", "ອງ", "ລາວ"]);
    }

    #[test]
    fn khmer_runs_give_bigrams_of_clusters_with_subscripts() {
        // ក្រុង = ក្រុ (ក, coeng, រ, vowel ុ) + ង.
        assert_eq!(words("ក្រុង"), ["ក្រុង"]);
        assert_eq!(words("ទឹកជំនន់"), ["ទឹក", "កជំ", "ជំន", "នន់"]);
        // The khan and the repetition mark separate words.
        assert_eq!(words("ភ្លៀង។ ជាប់ៗគ្នា"), ["ភ្លៀង", "ជាប់", "គ្នា"]);
        // A coeng at the end of the text keeps the cluster whole.
        assert_eq!(words("ក្"), ["ក្"]);
    }

    #[test]
    fn myanmar_runs_give_syllables() {
        // A consonant with the asat closes the syllable before it; one after the virama is
        // stacked under it.
        assert_eq!(words("မြန်မာ"), ["မြန်", "မာ"]);
        assert_eq!(words("ရန်ကုန်မြို့"), ["ရန်", "ကုန်", "မြို့"]);
        assert_eq!(words("ကြောင့်"), ["ကြောင့်"]);
        assert_eq!(words("သတ္တု"), ["သတ္တု"]);
        // Digits and punctuation are not part of a run.
        assert_eq!(words("မိုး၂၀၂၄။ရေ"), ["မိုး", "၂၀၂၄", "ရေ"]);
    }

    #[test]
    fn stray_marks_of_spaceless_scripts_do_not_panic_or_vanish() {
        // Marks without a letter before them, mixed scripts, marks after Latin letters.
        for text in [
            "\u{0E48}\u{0E48}",
            "a\u{0E34}",
            "\u{17D2}\u{17D2}ក",
            "\u{103A}\u{1039}",
            "\u{1039}က\u{1039}",
            "ไ",
            "เ\u{0E48}ก",
            "ກ\u{0E48}ไ",
            "ក\u{17D2}ไ",
        ] {
            let units = words(text);
            assert!(!units.is_empty(), "{text:?}");
            assert!(units.concat().len() <= text.len() * 2);
            for unit in units {
                assert!(!unit.is_empty());
            }
        }
    }
}
