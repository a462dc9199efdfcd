//! Supported languages and what each brings: sentence rules for the splitter, and where they
//! exist a Snowball stemmer and a stopword list.
//!
//! `rust-stemmers`, `stop-words` and `whatlang` stay private dependencies: users only see
//! [`Language`] and its [`Capabilities`].

#[cfg(feature = "detect")]
mod detect;

use std::fmt;
use std::str::FromStr;

use rust_stemmers::Algorithm as Snowball;

use crate::error::{Error, ErrorKind};

/// A natural language: every language whose sentence rules the splitter knows.
///
/// Each has sentence rules ([`SentenceSplitter::new`](crate::SentenceSplitter::new)); what it
/// brings to the analysis besides them is in its [`capabilities`](Language::capabilities):
///
/// | language | stemmer | stopwords | word units |
/// |---|---|---|---|
/// | Arabic, Danish, Dutch, English, Finnish, French, German, Greek, Hungarian, Italian, Norwegian, Portuguese, Romanian, Russian, Spanish, Swedish, Tamil, Turkish | Snowball | NLTK list | spaced |
/// | Amharic, Armenian, Bulgarian, Czech, Hindi, Kazakh, Korean, Marathi, Persian, Polish, Slovak, Urdu | none | none | spaced |
/// | Burmese, Chinese, Japanese, Khmer, Lao, Thai | none | none | by script ([`WordUnits::Script`]) |
///
/// A language without a stemmer keeps words as written (lower-cased); one without stopwords is
/// scored as in the [neutral mode](crate::SummarizerBuilder::neutral) (its IDF exponent and
/// word-frequency weight), with the language's own sentence rules.
///
/// Parse one from an ISO 639-1 code, an ISO 639-3 code or an English name, ASCII case ignored:
///
/// ```
/// use salient::Language;
/// assert_eq!("de".parse::<Language>().unwrap(), Language::German);
/// assert_eq!("deu".parse::<Language>().unwrap(), Language::German);
/// assert_eq!("German".parse::<Language>().unwrap(), Language::German);
/// assert_eq!("hy".parse::<Language>().unwrap(), Language::Armenian);
/// assert_eq!(Language::German.code(), "de");
/// assert_eq!(Language::Korean.iso639_3(), "kor");
/// assert!("xx".parse::<Language>().is_err());
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Language {
    /// Amharic (`am`, `amh`).
    Amharic,
    /// Arabic (`ar`, `ara`).
    Arabic,
    /// Armenian (`hy`, `hye`).
    Armenian,
    /// Bulgarian (`bg`, `bul`).
    Bulgarian,
    /// Burmese (`my`, `mya`).
    Burmese,
    /// Chinese (`zh`, `zho`; `cmn`, Mandarin, is accepted when parsing).
    Chinese,
    /// Czech (`cs`, `ces`).
    Czech,
    /// Danish (`da`, `dan`).
    Danish,
    /// Dutch (`nl`, `nld`).
    Dutch,
    /// English (`en`, `eng`), the default.
    #[default]
    English,
    /// Finnish (`fi`, `fin`).
    Finnish,
    /// French (`fr`, `fra`).
    French,
    /// German (`de`, `deu`).
    German,
    /// Greek (`el`, `ell`).
    Greek,
    /// Hindi (`hi`, `hin`).
    Hindi,
    /// Hungarian (`hu`, `hun`).
    Hungarian,
    /// Italian (`it`, `ita`).
    Italian,
    /// Japanese (`ja`, `jpn`).
    Japanese,
    /// Kazakh (`kk`, `kaz`).
    Kazakh,
    /// Khmer (`km`, `khm`).
    Khmer,
    /// Korean (`ko`, `kor`).
    Korean,
    /// Lao (`lo`, `lao`).
    Lao,
    /// Marathi (`mr`, `mar`).
    Marathi,
    /// Norwegian (`no`, `nor`; `nb`, `nn`, `nob` and `nno` are accepted when parsing).
    Norwegian,
    /// Persian (`fa`, `fas`; `pes`, Iranian Persian, and the name Farsi are accepted when
    /// parsing).
    Persian,
    /// Polish (`pl`, `pol`).
    Polish,
    /// Portuguese (`pt`, `por`).
    Portuguese,
    /// Romanian (`ro`, `ron`).
    Romanian,
    /// Russian (`ru`, `rus`).
    Russian,
    /// Slovak (`sk`, `slk`).
    Slovak,
    /// Spanish (`es`, `spa`).
    Spanish,
    /// Swedish (`sv`, `swe`).
    Swedish,
    /// Tamil (`ta`, `tam`).
    Tamil,
    /// Thai (`th`, `tha`).
    Thai,
    /// Turkish (`tr`, `tur`).
    Turkish,
    /// Urdu (`ur`, `urd`).
    Urdu,
}

/// What a [`Language`] brings to the analysis besides its sentence rules, which every language
/// has.
///
/// ```
/// use salient::{Language, WordUnits};
///
/// let german = Language::German.capabilities();
/// assert!(german.stemmer && german.stopwords);
/// assert_eq!(german.word_units, WordUnits::Spaced);
///
/// let japanese = Language::Japanese.capabilities();
/// assert!(!japanese.stemmer && !japanese.stopwords);
/// assert_eq!(japanese.word_units, WordUnits::Script);
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Capabilities {
    /// Whether a Snowball stemmer reduces words to their stems (`runs`, `running` → `run`).
    /// Without one, words are terms as written, lower-cased.
    pub stemmer: bool,
    /// Whether a stopword list ([`Language::stopwords`]) removes function words. Without one,
    /// the default scorer weighs terms as in the neutral mode, whose stronger IDF pushes the
    /// frequent function words down.
    pub stopwords: bool,
    /// What the words of the language's script are.
    pub word_units: WordUnits,
}

/// What the analysis takes as the words of a language.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WordUnits {
    /// Words are set off by spaces and punctuation: each run of letters, digits and marks.
    Spaced,
    /// The script has no spaces between words, so its runs are cut by script rules, the same
    /// in every mode: Han and Kana into overlapping character bigrams, Thai, Lao and Khmer into
    /// overlapping bigrams of letter clusters, Burmese into syllables (see
    /// [`SummarizerBuilder::neutral`](crate::SummarizerBuilder::neutral)).
    Script,
}

/// Per-language facts in one table so that adding a language is one line.
struct LanguageInfo {
    language: Language,
    code: &'static str,
    iso639_3: &'static str,
    name: &'static str,
    stemmer: Option<Snowball>,
    /// Whether the analysis removes the `stop-words` crate's NLTK list for the code. Chinese
    /// and Kazakh have one too, but it is not used: on the Chinese summaries of csl-ts-dev it
    /// scored no better (mean R-1 over four budgets 31.31 with and without), and no Kazakh
    /// data measured it.
    stopwords: bool,
    word_units: WordUnits,
}

/// The table of languages, in the order of the enum, and [`Language::ALL`] from it.
macro_rules! languages {
    ($( $variant:ident, $code:literal, $code3:literal, $name:literal, $stemmer:expr,
        $stopwords:literal, $units:ident; )*) => {
        const INFO: &[LanguageInfo] = &[
            $( LanguageInfo {
                language: Language::$variant,
                code: $code,
                iso639_3: $code3,
                name: $name,
                stemmer: $stemmer,
                stopwords: $stopwords,
                word_units: WordUnits::$units,
            }, )*
        ];

        impl Language {
            /// Every supported language, in alphabetical order of English name.
            pub const ALL: &'static [Language] = &[$( Language::$variant, )*];
        }
    };
}

languages! {
    Amharic, "am", "amh", "Amharic", None, false, Spaced;
    Arabic, "ar", "ara", "Arabic", Some(Snowball::Arabic), true, Spaced;
    Armenian, "hy", "hye", "Armenian", None, false, Spaced;
    Bulgarian, "bg", "bul", "Bulgarian", None, false, Spaced;
    Burmese, "my", "mya", "Burmese", None, false, Script;
    Chinese, "zh", "zho", "Chinese", None, false, Script;
    Czech, "cs", "ces", "Czech", None, false, Spaced;
    Danish, "da", "dan", "Danish", Some(Snowball::Danish), true, Spaced;
    Dutch, "nl", "nld", "Dutch", Some(Snowball::Dutch), true, Spaced;
    English, "en", "eng", "English", Some(Snowball::English), true, Spaced;
    Finnish, "fi", "fin", "Finnish", Some(Snowball::Finnish), true, Spaced;
    French, "fr", "fra", "French", Some(Snowball::French), true, Spaced;
    German, "de", "deu", "German", Some(Snowball::German), true, Spaced;
    Greek, "el", "ell", "Greek", Some(Snowball::Greek), true, Spaced;
    Hindi, "hi", "hin", "Hindi", None, false, Spaced;
    Hungarian, "hu", "hun", "Hungarian", Some(Snowball::Hungarian), true, Spaced;
    Italian, "it", "ita", "Italian", Some(Snowball::Italian), true, Spaced;
    Japanese, "ja", "jpn", "Japanese", None, false, Script;
    Kazakh, "kk", "kaz", "Kazakh", None, false, Spaced;
    Khmer, "km", "khm", "Khmer", None, false, Script;
    Korean, "ko", "kor", "Korean", None, false, Spaced;
    Lao, "lo", "lao", "Lao", None, false, Script;
    Marathi, "mr", "mar", "Marathi", None, false, Spaced;
    Norwegian, "no", "nor", "Norwegian", Some(Snowball::Norwegian), true, Spaced;
    Persian, "fa", "fas", "Persian", None, false, Spaced;
    Polish, "pl", "pol", "Polish", None, false, Spaced;
    Portuguese, "pt", "por", "Portuguese", Some(Snowball::Portuguese), true, Spaced;
    Romanian, "ro", "ron", "Romanian", Some(Snowball::Romanian), true, Spaced;
    Russian, "ru", "rus", "Russian", Some(Snowball::Russian), true, Spaced;
    Slovak, "sk", "slk", "Slovak", None, false, Spaced;
    Spanish, "es", "spa", "Spanish", Some(Snowball::Spanish), true, Spaced;
    Swedish, "sv", "swe", "Swedish", Some(Snowball::Swedish), true, Spaced;
    Tamil, "ta", "tam", "Tamil", Some(Snowball::Tamil), true, Spaced;
    Thai, "th", "tha", "Thai", None, false, Script;
    Turkish, "tr", "tur", "Turkish", Some(Snowball::Turkish), true, Spaced;
    Urdu, "ur", "urd", "Urdu", None, false, Spaced;
}

/// Other names a language goes by: individual languages of a macrolanguage code and the
/// Norwegian written standards, and a common English name.
const ALIASES: &[(&str, Language)] = &[
    ("cmn", Language::Chinese),
    ("farsi", Language::Persian),
    ("nb", Language::Norwegian),
    ("nn", Language::Norwegian),
    ("nno", Language::Norwegian),
    ("nob", Language::Norwegian),
    ("pes", Language::Persian),
];

impl Language {
    fn info(self) -> &'static LanguageInfo {
        // INFO is in the same order as the enum; the test below keeps it so.
        &INFO[self as usize]
    }

    /// The ISO 639-1 code, e.g. `"en"`.
    pub fn code(self) -> &'static str {
        self.info().code
    }

    /// The ISO 639-3 code, e.g. `"eng"`.
    pub fn iso639_3(self) -> &'static str {
        self.info().iso639_3
    }

    /// The English name, e.g. `"English"`.
    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// Looks a language up by ISO 639-1 code, ISO 639-3 code or English name, ignoring ASCII
    /// case and surrounding white space.
    ///
    /// ```
    /// use salient::Language;
    /// for name in ["ko", "KOR", "korean"] {
    ///     assert_eq!(Language::from_code(name), Some(Language::Korean));
    /// }
    /// assert_eq!(Language::from_code("nb"), Some(Language::Norwegian));
    /// assert_eq!(Language::from_code("klingon"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Language> {
        let code = code.trim();
        INFO.iter()
            .find(|info| {
                info.code.eq_ignore_ascii_case(code)
                    || info.iso639_3.eq_ignore_ascii_case(code)
                    || info.name.eq_ignore_ascii_case(code)
            })
            .map(|info| info.language)
            .or_else(|| {
                ALIASES
                    .iter()
                    .find(|(alias, _)| alias.eq_ignore_ascii_case(code))
                    .map(|&(_, language)| language)
            })
    }

    /// What the language brings to the analysis: a stemmer, stopwords, and its word units.
    pub fn capabilities(self) -> Capabilities {
        let info = self.info();
        Capabilities {
            stemmer: info.stemmer.is_some(),
            stopwords: !self.stopwords().is_empty(),
            word_units: info.word_units,
        }
    }

    /// The stopwords the analysis removes: lower-case function words that carry no topic (NLTK
    /// lists); empty for a language without a list (see [`Capabilities::stopwords`]).
    ///
    /// ```
    /// assert!(salient::Language::English.stopwords().contains(&"the"));
    /// assert!(salient::Language::Korean.stopwords().is_empty());
    /// ```
    pub fn stopwords(self) -> &'static [&'static str] {
        if self.info().stopwords {
            stop_words::lookup(self.code()).unwrap_or(&[])
        } else {
            &[]
        }
    }

    /// The language's Snowball stemmer, if it has one.
    pub(crate) fn stemmer(self) -> Option<rust_stemmers::Stemmer> {
        self.info().stemmer.map(rust_stemmers::Stemmer::create)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Language {
    type Err = Error;

    fn from_str(s: &str) -> Result<Language, Error> {
        Language::from_code(s).ok_or_else(|| Error::new(ErrorKind::UnknownLanguage(s.to_owned())))
    }
}

/// With the `serde` feature a language is its ISO 639-1 code, `"en"`; deserialising also
/// accepts what [`Language::from_code`] accepts.
#[cfg(feature = "serde")]
impl serde::Serialize for Language {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Language {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Language, D::Error> {
        let code = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        code.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_matches_enum_order() {
        assert_eq!(INFO.len(), Language::ALL.len());
        for (i, language) in Language::ALL.iter().enumerate() {
            assert_eq!(*language as usize, i);
            assert_eq!(INFO[i].language, *language);
        }
    }

    #[test]
    fn all_is_in_alphabetical_order_of_name() {
        let names: Vec<&str> = Language::ALL.iter().map(|l| l.name()).collect();
        assert!(names.is_sorted(), "{names:?}");
    }

    #[test]
    fn stopword_lists_are_trimmed_and_long_enough() {
        for &language in Language::ALL {
            let stopwords = language.stopwords();
            assert!(
                stopwords.is_empty() || stopwords.len() >= 40,
                "{language}: {} stopwords",
                stopwords.len()
            );
            for word in stopwords {
                assert_eq!(word.trim(), *word, "{language}: {word:?} has white space");
                assert!(!word.is_empty());
            }
            assert_eq!(language.capabilities().stopwords, !stopwords.is_empty());
        }
    }

    #[test]
    fn every_stemmer_runs() {
        let mut stemmed = 0;
        for &language in Language::ALL {
            assert_eq!(
                language.stemmer().is_some(),
                language.capabilities().stemmer
            );
            if let Some(stemmer) = language.stemmer() {
                // Never an empty stem for a real word.
                assert!(!stemmer.stem("abcdefgh").is_empty());
                stemmed += 1;
            }
        }
        // Every Snowball stemmer of rust-stemmers.
        assert_eq!(stemmed, 18);
    }

    #[test]
    fn codes_and_names_round_trip() {
        for &language in Language::ALL {
            assert_eq!(language.code().len(), 2, "{language}");
            assert_eq!(language.iso639_3().len(), 3, "{language}");
            for name in [language.code(), language.iso639_3(), language.name()] {
                assert_eq!(Language::from_code(name), Some(language), "{name}");
                assert_eq!(name.to_uppercase().parse::<Language>(), Ok(language));
                assert_eq!(name.to_lowercase().parse::<Language>(), Ok(language));
            }
        }
        for (alias, language) in ALIASES {
            assert_eq!(Language::from_code(alias), Some(*language));
        }
        assert_eq!(Language::from_code(" nb "), Some(Language::Norwegian));
        assert_eq!(Language::from_code("klingon"), None);
        assert_eq!(Language::from_code(""), None);
    }

    #[test]
    fn codes_and_names_are_unique() {
        let mut seen = std::collections::HashMap::new();
        let names = INFO
            .iter()
            .flat_map(|info| [info.code, info.iso639_3, info.name].map(|n| (n, info.language)))
            .chain(ALIASES.iter().copied());
        for (name, language) in names {
            // Lao's code is its name.
            let first = *seen.entry(name.to_ascii_lowercase()).or_insert(language);
            assert_eq!(first, language, "{name} names two languages");
        }
    }

    #[test]
    fn script_languages_are_those_without_spaces() {
        let script: Vec<&str> = Language::ALL
            .iter()
            .filter(|l| l.capabilities().word_units == WordUnits::Script)
            .map(|l| l.code())
            .collect();
        assert_eq!(script, ["my", "zh", "ja", "km", "lo", "th"]);
    }
}
