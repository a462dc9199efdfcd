//! The conventions of each language that the splitter needs: abbreviations, whether ordinal
//! numbers take a period, and extra sentence terminators.
//!
//! Abbreviations are written lower-case without the final period, in three kinds:
//! - *prefixes* (titles and words such as `Mr.`, `Dr.`, `bzw.`, `napr.`) are followed by more of
//!   the same sentence, so a period after one never ends a sentence;
//! - *numeric* abbreviations (`No.`, `Art.`, `p.`, `Rs.`) are abbreviations only before a
//!   number: `No. 5` runs on, `I said no. Then` ends;
//! - *other* abbreviations (`etc.`, `Inc.`, `a.m.`, months) may end a sentence, so the period
//!   ends one only when the next word reads as a sentence start (see the splitter).
//!
//! Each list is written sorted (a test checks it) for review; lookups go through one hash map
//! per language, built on first use, since a binary search per list was half of the
//! splitter's time on English news.

mod english;
mod germanic;
mod other;
mod romance;
mod slavic;

use std::collections::HashMap;
use std::sync::OnceLock;

use foldhash::fast::RandomState;

use crate::language::Language;

/// What the splitter knows about one language.
pub(crate) struct Conventions {
    /// ISO 639-1 code (`und` for the language-neutral set).
    pub(crate) code: &'static str,
    prefixes: &'static [&'static str],
    numeric: &'static [&'static str],
    others: &'static [&'static str],
    /// Whether ordinal numbers are written with a period (`am 3. Oktober`).
    pub(crate) ordinal_numbers: bool,
    /// Whether the period is the full stop. Armenian ends sentences with `։` (or `:`) and
    /// writes the period for abbreviations and the colon-like mark `․` only.
    pub(crate) period_is_full_stop: bool,
    /// Characters besides the usual stops that end sentences in this language.
    pub(crate) extra_terminators: &'static [char],
    /// Lower-case function words that start sentences, for languages without a stopword list:
    /// an abbreviation followed by one of them, capitalised, ends its sentence.
    pub(crate) sentence_starters: &'static [&'static str],
    /// Word endings that end a sentence without punctuation before white space (Korean
    /// `-요`, `-니다`), and the words with such an ending that do not (`주요`, "main").
    pub(crate) final_endings: (&'static [&'static str], &'static [&'static str]),
    /// Commas that may also join whole sentences, as the Arabic comma `،` does in running
    /// prose: one ends a sentence between two clauses of a few words each, not inside an
    /// enumeration (see the splitter).
    pub(crate) clause_separators: &'static [char],
    /// Every abbreviation of the lists above and the common ones, built on first lookup.
    pub(super) table: OnceLock<AbbreviationTable>,
}

impl std::fmt::Debug for Conventions {
    // The code names the conventions; printing every abbreviation would drown a splitter's
    // debug output.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Conventions")
            .field("code", &self.code)
            .finish_non_exhaustive()
    }
}

/// Abbreviations and their kinds, for one lookup per word.
pub(crate) type AbbreviationTable = HashMap<&'static str, AbbreviationKind, RandomState>;

/// What a word before a period is, as far as the abbreviation lists know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AbbreviationKind {
    /// Always followed by more of the same sentence.
    Prefix,
    /// An abbreviation only before a number.
    Numeric,
    /// May or may not end the sentence.
    Other,
}

impl Conventions {
    /// Conventions that add nothing to the common abbreviations: for languages whose stops the
    /// splitter knows by script (`。`, `።`, `۔`) or that need no list.
    pub(super) const fn bare(code: &'static str) -> Conventions {
        Conventions::with_prefixes(code, &[])
    }

    /// Conventions whose one list is `prefixes`: for languages whose only abbreviations are
    /// titles, always followed by more of the sentence.
    pub(super) const fn with_prefixes(
        code: &'static str,
        prefixes: &'static [&'static str],
    ) -> Conventions {
        Conventions {
            code,
            prefixes,
            numeric: &[],
            others: &[],
            ordinal_numbers: false,
            period_is_full_stop: true,
            extra_terminators: &[],
            sentence_starters: &[],
            final_endings: (&[], &[]),
            clause_separators: &[],
            table: OnceLock::new(),
        }
    }

    /// Looks up `word`, which must already be lower-case and without the final period.
    pub(crate) fn kind(&self, word: &str) -> Option<AbbreviationKind> {
        self.table
            .get_or_init(|| self.build_table())
            .get(word)
            .copied()
    }

    /// All abbreviations with their kinds. Where a word is on two lists, prefixes win over
    /// others and others over numeric ones; the language's lists win over the common ones.
    fn build_table(&self) -> AbbreviationTable {
        let mut table = AbbreviationTable::default();
        let lists = [
            (COMMON_NUMERIC, AbbreviationKind::Numeric),
            (COMMON_OTHERS, AbbreviationKind::Other),
            (COMMON_PREFIXES, AbbreviationKind::Prefix),
            (self.numeric, AbbreviationKind::Numeric),
            (self.others, AbbreviationKind::Other),
            (self.prefixes, AbbreviationKind::Prefix),
        ];
        for (list, kind) in lists {
            for &word in list {
                table.insert(word, kind);
            }
        }
        table
    }

    /// Length in bytes of the longest abbreviation: longer words need no lookup.
    pub(crate) fn longest(&self) -> usize {
        [
            self.prefixes,
            self.numeric,
            self.others,
            COMMON_PREFIXES,
            COMMON_NUMERIC,
            COMMON_OTHERS,
        ]
        .iter()
        .flat_map(|list| list.iter())
        .map(|word| word.len())
        .max()
        .unwrap_or(0)
    }

    /// Whether the language sets `!` and `?` apart from their word by a space, as French
    /// typography does (`Ah ! quelle`): there a spaced mark says nothing about the writer.
    pub(crate) fn sets_marks_apart(&self) -> bool {
        self.code == "fr"
    }

    /// Whether `c` ends sentences in this language in addition to the usual stops.
    pub(crate) fn is_extra_terminator(&self, c: char) -> bool {
        self.extra_terminators.contains(&c)
    }
}

/// Whether `word` (lower-case, without the `!`) is a name written with an exclamation mark,
/// which does not end a sentence: `Yahoo! Research`.
pub(crate) fn is_exclaimed_name(word: &str) -> bool {
    EXCLAIMED_NAMES.binary_search(&word).is_ok()
}

/// The conventions of `language`.
pub(crate) fn for_language(language: Language) -> &'static Conventions {
    match language {
        Language::Amharic => &other::AMHARIC,
        Language::Arabic => &other::ARABIC,
        Language::Armenian => &other::ARMENIAN,
        Language::Bulgarian => &slavic::BULGARIAN,
        Language::Burmese => &other::BURMESE,
        Language::Chinese => &other::CHINESE,
        Language::Czech => &slavic::CZECH,
        Language::Danish => &germanic::DANISH,
        Language::Dutch => &germanic::DUTCH,
        Language::English => &english::ENGLISH,
        Language::Finnish => &other::FINNISH,
        Language::French => &romance::FRENCH,
        Language::German => &germanic::GERMAN,
        Language::Greek => &other::GREEK,
        Language::Hindi => &other::HINDI,
        Language::Hungarian => &other::HUNGARIAN,
        Language::Italian => &romance::ITALIAN,
        Language::Japanese => &other::JAPANESE,
        Language::Kazakh => &slavic::KAZAKH,
        Language::Khmer => &other::KHMER,
        Language::Korean => &other::KOREAN,
        Language::Lao => &other::LAO,
        Language::Marathi => &other::MARATHI,
        Language::Norwegian => &germanic::NORWEGIAN,
        Language::Persian => &other::PERSIAN,
        Language::Polish => &slavic::POLISH,
        Language::Portuguese => &romance::PORTUGUESE,
        Language::Romanian => &romance::ROMANIAN,
        Language::Russian => &slavic::RUSSIAN,
        Language::Slovak => &slavic::SLOVAK,
        Language::Spanish => &romance::SPANISH,
        Language::Swedish => &germanic::SWEDISH,
        Language::Tamil => &other::TAMIL,
        Language::Thai => &other::THAI,
        Language::Turkish => &other::TURKISH,
        Language::Urdu => &other::URDU,
    }
}

/// The language-neutral conventions.
pub(crate) fn neutral() -> &'static Conventions {
    &other::NEUTRAL
}

/// Latin and international abbreviations shared by every language.
const COMMON_PREFIXES: &[&str] = &["dr", "mt", "prof"];
const COMMON_NUMERIC: &[&str] = &["no", "nr", "n°", "nº", "p", "pp", "vol"];
const COMMON_OTHERS: &[&str] = &[
    "al", "approx", "ca", "cf", "e.g", "etc", "i.e", "ibid", "op", "viz", "vs",
];

/// Names written with an exclamation mark (lower-case, without it).
const EXCLAIMED_NAMES: &[&str] = &["jeopardy", "joomla", "oklahoma", "wham", "yahoo"];

#[cfg(test)]
mod tests {
    use super::*;

    fn all_conventions() -> Vec<&'static Conventions> {
        let mut all: Vec<&Conventions> = Language::ALL.iter().map(|&l| for_language(l)).collect();
        all.push(neutral());
        all
    }

    #[test]
    fn lists_are_sorted_lower_case_and_without_final_period() {
        let mut lists = vec![
            COMMON_PREFIXES,
            COMMON_NUMERIC,
            COMMON_OTHERS,
            EXCLAIMED_NAMES,
        ];
        for conventions in all_conventions() {
            lists.extend([
                conventions.prefixes,
                conventions.numeric,
                conventions.others,
            ]);
        }
        for list in lists {
            assert!(list.is_sorted(), "{list:?} is not sorted");
            for word in list {
                assert_eq!(word.to_lowercase(), *word);
                assert!(!word.ends_with('.'), "{word}");
                assert!(!word.is_empty());
            }
        }
    }

    #[test]
    fn every_language_has_its_own_conventions() {
        for &language in Language::ALL {
            assert_eq!(for_language(language).code, language.code());
        }
        assert!(Language::from_code(neutral().code).is_none());
    }

    #[test]
    fn lookups_find_every_kind() {
        let english = for_language(Language::English);
        assert_eq!(english.kind("mr"), Some(AbbreviationKind::Prefix));
        assert_eq!(english.kind("inc"), Some(AbbreviationKind::Other));
        assert_eq!(english.kind("e.g"), Some(AbbreviationKind::Other));
        assert_eq!(english.kind("no"), Some(AbbreviationKind::Numeric));
        assert_eq!(english.kind("house"), None);
        let german = for_language(Language::German);
        assert_eq!(german.kind("bzw"), Some(AbbreviationKind::Prefix));
        assert!(for_language(Language::Armenian).is_extra_terminator(':'));
        assert!(is_exclaimed_name("yahoo"));
    }
}
