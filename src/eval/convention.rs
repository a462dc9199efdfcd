//! Which ROUGE tokens and stemming a language gets: the conventions of the
//! [module docs](super#rouge-conventions), one value each.

use std::fmt;

use super::rouge::Rouge;
use super::tokenize::Tokens;

/// How ROUGE reads text: tokens and stemming, chosen by the text's language.
///
/// [`Convention::for_language`] gives the convention every figure of a language uses;
/// [`Convention::rouge`] the scorer that applies it. The [module docs](super#rouge-conventions)
/// say why each is what it is.
///
/// ```
/// use salient::eval::Convention;
///
/// assert_eq!(Convention::for_language("en"), Convention::English);
/// assert_eq!(Convention::for_language("fr"), Convention::Unicode);
/// assert_eq!(Convention::for_language("zh"), Convention::Unicode);
///
/// let french = Convention::for_language("fr").rouge();
/// assert_eq!(french.tokenize("L'été à Zürich"), ["l", "été", "à", "zürich"]);
/// // rouge-score's own tokens, only to compare with figures published with them.
/// let ascii = Convention::RougeScoreAscii.rouge();
/// assert_eq!(ascii.tokenize("L'été à Zürich"), ["l", "t", "z", "rich"]);
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Convention {
    /// Google's `rouge-score` with `use_stemmer=True`: lower-cased runs of ASCII letters and
    /// digits, tokens longer than three characters reduced by the Porter stemmer. For English.
    English,
    /// Lower-cased runs of Unicode letters and digits (Python's `[^\W_]+`), each Han, Hiragana
    /// and Katakana character a token of its own, no stemming. For every language but English.
    Unicode,
    /// `rouge-score` with `use_stemmer=True` (the scorer of [`Convention::English`]) applied
    /// to text in another language, where it drops every accented and non-Latin letter. Only
    /// for comparison with figures published that way, and reported as such.
    RougeScoreAscii,
}

impl Convention {
    /// Every convention, in declaration order.
    pub const ALL: &'static [Convention] = &[
        Convention::English,
        Convention::Unicode,
        Convention::RougeScoreAscii,
    ];

    /// The convention for text in the language with code `code` (ISO 639-1, or a BCP 47 tag
    /// such as `en-GB`; ASCII case ignored): [`English`](Convention::English) for English,
    /// [`Unicode`](Convention::Unicode) for every other code, known to salient or not.
    ///
    /// ```
    /// use salient::eval::Convention;
    /// assert_eq!(Convention::for_language("EN-gb"), Convention::English);
    /// assert_eq!(Convention::for_language("de"), Convention::Unicode);
    /// assert_eq!(Convention::for_language(""), Convention::Unicode);
    /// ```
    pub fn for_language(code: &str) -> Convention {
        let primary = code.trim().split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("en") {
            Convention::English
        } else {
            Convention::Unicode
        }
    }

    /// The scorer that applies this convention.
    pub fn rouge(self) -> Rouge {
        match self {
            Convention::English | Convention::RougeScoreAscii => {
                Rouge::with_tokens(Tokens::RougeScore).stemming(true)
            }
            Convention::Unicode => Rouge::with_tokens(Tokens::Unicode),
        }
    }

    /// The convention's short name: `english`, `unicode` or `rouge-score-ascii`.
    pub fn name(self) -> &'static str {
        match self {
            Convention::English => "english",
            Convention::Unicode => "unicode",
            Convention::RougeScoreAscii => "rouge-score-ascii",
        }
    }

    /// The convention called `name` (one of the [`name`](Convention::name)s, ASCII case
    /// ignored).
    ///
    /// ```
    /// use salient::eval::Convention;
    /// assert_eq!(Convention::from_name("unicode"), Some(Convention::Unicode));
    /// assert_eq!(Convention::from_name("latin"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Convention> {
        Convention::ALL
            .iter()
            .copied()
            .find(|c| c.name().eq_ignore_ascii_case(name.trim()))
    }

    /// What the convention does, in a few words, for the header of a report.
    pub fn description(self) -> &'static str {
        match self {
            Convention::English => "rouge-score: ASCII tokens, Porter stemming",
            Convention::Unicode => {
                "Unicode letter/digit runs, Han and Kana per character, no stemming"
            }
            Convention::RougeScoreAscii => {
                "rouge-score's ASCII tokens and Porter on non-English text (comparison only)"
            }
        }
    }
}

impl fmt::Display for Convention {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_alone_gets_rouge_score() {
        for code in ["en", "EN", " en ", "en-US", "en_GB"] {
            assert_eq!(
                Convention::for_language(code),
                Convention::English,
                "{code}"
            );
        }
        for code in ["fr", "de", "zh", "ja", "eng", "english", "xx", "", "-en"] {
            assert_eq!(
                Convention::for_language(code),
                Convention::Unicode,
                "{code}"
            );
        }
    }

    #[test]
    fn names_round_trip() {
        for &convention in Convention::ALL {
            assert_eq!(Convention::from_name(convention.name()), Some(convention));
            assert_eq!(convention.to_string(), convention.name());
        }
        assert_eq!(
            Convention::from_name("Rouge-Score-ASCII"),
            Some(Convention::RougeScoreAscii)
        );
        assert_eq!(Convention::from_name("auto"), None);
    }

    /// English stems ("councils" → "council", "approved" → "approv"), the comparison option
    /// does the same on any text, Unicode never stems.
    #[test]
    fn english_stems_and_unicode_does_not() {
        let english = Convention::English.rouge();
        assert_eq!(english.tokenize("Councils approved"), ["council", "approv"]);
        assert_eq!(
            Convention::RougeScoreAscii
                .rouge()
                .tokenize("Councils approved"),
            ["council", "approv"]
        );
        assert_eq!(
            Convention::Unicode.rouge().tokenize("Councils approved"),
            ["councils", "approved"]
        );
    }

    /// Candidate "Le conseil a voté" against reference "Le conseil vote": with Unicode tokens
    /// "voté" and "vote" differ, so 2 of 4 candidate and 2 of 3 reference tokens match. "été"
    /// and "ôté" differ too, where rouge-score's tokens read both as the fragment "t".
    #[test]
    fn french_scores_differ_where_accents_matter() {
        let unicode = Convention::Unicode.rouge();
        let s = unicode.score("Le conseil a voté", "Le conseil vote");
        assert!((s.rouge1.precision - 0.5).abs() < 1e-12);
        assert!((s.rouge1.recall - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(unicode.score("été", "ôté").rouge1.f1, 0.0);
        let ascii = Convention::RougeScoreAscii.rouge();
        assert_eq!(ascii.score("été", "ôté").rouge1.f1, 1.0);
    }

    /// Chinese: one token per character, so a title sharing characters with a sentence scores
    /// above zero; as whole runs the two would share nothing.
    #[test]
    fn chinese_matches_character_by_character() {
        let rouge = Convention::for_language("zh").rouge();
        // Candidate 我们研究深度学习 (8 characters), reference 深度学习研究 (6): every reference
        // character occurs in the candidate, bigrams 深度 度学 学习 研究 match (4 of 7 and 4 of 5).
        let s = rouge.score("我们研究深度学习。", "深度学习研究");
        assert!((s.rouge1.recall - 1.0).abs() < 1e-12);
        assert!((s.rouge1.precision - 6.0 / 8.0).abs() < 1e-12);
        assert!((s.rouge2.precision - 4.0 / 7.0).abs() < 1e-12);
        assert!((s.rouge2.recall - 4.0 / 5.0).abs() < 1e-12);
        assert_eq!(
            Convention::RougeScoreAscii
                .rouge()
                .score("我们研究深度学习。", "深度学习研究"),
            Default::default()
        );
    }
}
