//! Abbreviations per language, written lower-case without the final period.
//!
//! Two kinds matter to the splitter:
//! - *prefixes* (titles and reference words such as `Mr.`, `Dr.`, `No.`, `Abs.`) are followed by a
//!   name or number, so a period after one never ends a sentence;
//! - *other* abbreviations (`etc.`, `Inc.`, `a.m.`, `z.B.`) may end a sentence, so the period ends
//!   one only when the next word looks like a sentence start (see the splitter).
//!
//! Each list is sorted so that lookups are a binary search without any allocation.

use crate::Language;

/// The abbreviations of one language.
#[derive(Debug)]
pub(crate) struct Abbreviations {
    prefixes: &'static [&'static str],
    others: &'static [&'static str],
}

/// What a word before a period is, as far as the abbreviation lists know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AbbreviationKind {
    /// Always followed by more of the same sentence.
    Prefix,
    /// May or may not end the sentence.
    Other,
}

impl Abbreviations {
    /// Looks up `word`, which must already be lower-case and without the final period.
    pub(crate) fn kind(&self, word: &str) -> Option<AbbreviationKind> {
        if self.prefixes.binary_search(&word).is_ok()
            || COMMON_PREFIXES.binary_search(&word).is_ok()
        {
            Some(AbbreviationKind::Prefix)
        } else if self.others.binary_search(&word).is_ok()
            || COMMON_OTHERS.binary_search(&word).is_ok()
        {
            Some(AbbreviationKind::Other)
        } else {
            None
        }
    }

    /// Number of entries.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.prefixes.len() + self.others.len() + COMMON_PREFIXES.len() + COMMON_OTHERS.len()
    }
}

/// The abbreviation lists for `language`.
pub(crate) fn for_language(language: Language) -> &'static Abbreviations {
    match language {
        Language::English => &ENGLISH,
        Language::German => &GERMAN,
        Language::French => &FRENCH,
        Language::Spanish => &SPANISH,
        Language::Italian => &ITALIAN,
        Language::Portuguese => &PORTUGUESE,
        Language::Dutch => &DUTCH,
        Language::Danish => &DANISH,
        Language::Norwegian => &NORWEGIAN,
        Language::Swedish => &SWEDISH,
        Language::Finnish => &FINNISH,
        Language::Russian => &RUSSIAN,
        _ => &NONE,
    }
}

/// Latin and international abbreviations shared by the languages written in Latin script.
const COMMON_PREFIXES: &[&str] = &["dr", "prof"];
const COMMON_OTHERS: &[&str] = &["e.g", "etc", "i.e", "vs"];

static NONE: Abbreviations = Abbreviations {
    prefixes: &[],
    others: &[],
};

static ENGLISH: Abbreviations = Abbreviations {
    prefixes: &[
        "adm", "art", "capt", "cmdr", "col", "cpl", "fig", "figs", "gen", "gov", "hon", "jr", "lt",
        "maj", "messrs", "mr", "mrs", "ms", "mt", "no", "nos", "p", "pp", "pres", "rep", "rev",
        "sen", "sgt", "sr", "st", "supt", "vol",
    ],
    others: &[
        "a.m", "approx", "apr", "aug", "ave", "blvd", "co", "corp", "dec", "dept", "est", "feb",
        "inc", "jan", "jul", "jun", "ltd", "mar", "nov", "oct", "p.m", "sep", "sept", "u.k", "u.s",
        "u.s.a",
    ],
};

static GERMAN: Abbreviations = Abbreviations {
    prefixes: &[
        "abs", "bzw", "ca", "hr", "hrn", "nr", "s", "str", "vgl", "z.b",
    ],
    others: &["d.h", "evtl", "ggf", "inkl", "jh", "u.a", "usw", "z.t"],
};

static FRENCH: Abbreviations = Abbreviations {
    prefixes: &["m", "mlle", "mm", "mme", "no", "p"],
    others: &["av", "cf", "env", "éd"],
};

static SPANISH: Abbreviations = Abbreviations {
    prefixes: &[
        "d", "dra", "dña", "lic", "núm", "pág", "sr", "sra", "srta", "ud", "uds",
    ],
    others: &["aprox", "cía", "ej", "p.ej"],
};

static ITALIAN: Abbreviations = Abbreviations {
    prefixes: &["dott", "ing", "on", "sig", "sig.ra", "sigg"],
    others: &["ecc", "pag"],
};

static PORTUGUESE: Abbreviations = Abbreviations {
    prefixes: &["d", "dra", "n", "pág", "sr", "sra"],
    others: &["p.ex"],
};

static DUTCH: Abbreviations = Abbreviations {
    prefixes: &["dhr", "mevr", "mr", "nr"],
    others: &["bijv", "d.w.z", "o.a"],
};

static DANISH: Abbreviations = Abbreviations {
    prefixes: &["hr", "nr"],
    others: &["bl.a", "f.eks", "mv", "osv"],
};

static NORWEGIAN: Abbreviations = Abbreviations {
    prefixes: &["hr", "nr"],
    others: &["bl.a", "f.eks", "mv", "osv"],
};

static SWEDISH: Abbreviations = Abbreviations {
    prefixes: &["nr"],
    others: &["bl.a", "m.fl", "o.s.v", "t.ex"],
};

static FINNISH: Abbreviations = Abbreviations {
    prefixes: &["n", "nro"],
    others: &["esim", "jne", "ym"],
};

static RUSSIAN: Abbreviations = Abbreviations {
    prefixes: &["г", "гг", "д", "т.е", "ул"],
    others: &["др", "и.т.д", "т.д", "т.п"],
};

#[cfg(test)]
mod tests {
    use super::*;

    fn all_lists() -> Vec<&'static [&'static str]> {
        let mut lists = vec![COMMON_PREFIXES, COMMON_OTHERS];
        for &language in Language::ALL {
            let abbreviations = for_language(language);
            lists.push(abbreviations.prefixes);
            lists.push(abbreviations.others);
        }
        lists
    }

    #[test]
    fn lists_are_sorted_lower_case_and_without_final_period() {
        for list in all_lists() {
            assert!(list.is_sorted(), "{list:?} is not sorted");
            for word in list {
                assert_eq!(word.to_lowercase(), *word);
                assert!(!word.ends_with('.'), "{word}");
                assert!(!word.is_empty());
            }
        }
    }

    #[test]
    fn lookups_find_both_kinds() {
        let english = for_language(Language::English);
        assert_eq!(english.kind("mr"), Some(AbbreviationKind::Prefix));
        assert_eq!(english.kind("inc"), Some(AbbreviationKind::Other));
        assert_eq!(english.kind("e.g"), Some(AbbreviationKind::Other));
        assert_eq!(english.kind("house"), None);
        assert!(english.len() > 40);
    }
}
