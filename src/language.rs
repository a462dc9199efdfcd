//! Supported languages and what each brings: a Snowball stemmer, a stopword list and
//! abbreviations for the sentence splitter.
//!
//! `rust-stemmers` and `stop-words` stay private dependencies: users only see [`Language`].

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, ErrorKind};

/// A natural language: every language with a Snowball stemmer in `rust-stemmers`.
///
/// Parse one from an ISO 639-1 code or an English name:
///
/// ```
/// use salient::Language;
/// assert_eq!("de".parse::<Language>().unwrap(), Language::German);
/// assert_eq!("German".parse::<Language>().unwrap(), Language::German);
/// assert_eq!(Language::German.code(), "de");
/// assert!("xx".parse::<Language>().is_err());
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Language {
    /// Arabic (`ar`).
    Arabic,
    /// Danish (`da`).
    Danish,
    /// Dutch (`nl`).
    Dutch,
    /// English (`en`), the default.
    #[default]
    English,
    /// Finnish (`fi`).
    Finnish,
    /// French (`fr`).
    French,
    /// German (`de`).
    German,
    /// Greek (`el`).
    Greek,
    /// Hungarian (`hu`).
    Hungarian,
    /// Italian (`it`).
    Italian,
    /// Norwegian (`no`; `nb` and `nn` are accepted when parsing).
    Norwegian,
    /// Portuguese (`pt`).
    Portuguese,
    /// Romanian (`ro`).
    Romanian,
    /// Russian (`ru`).
    Russian,
    /// Spanish (`es`).
    Spanish,
    /// Swedish (`sv`).
    Swedish,
    /// Tamil (`ta`).
    Tamil,
    /// Turkish (`tr`).
    Turkish,
}

/// Lowest whatlang confidence at which [`Language::detect`] answers. whatlang's confidence is the
/// margin between its two best guesses, so close neighbours (Danish and Norwegian) get a low
/// one even on a clear paragraph: whatlang's own "reliable" mark (above 0.9) rejected the Danish
/// and Norwegian paragraphs of `tests/languages.rs` (0.21 and 0.84). On the pysbd golden rules
/// texts over 100 characters (`evaluate detect`), 0.9 was right on 114 of 131, and any value
/// from 0.1 to 0.5 on 117 (fewer texts undetected, three more wrong: Kazakh as Russian, English
/// as French, Danish as English).
#[cfg(feature = "detect")]
const MIN_DETECTION_CONFIDENCE: f64 = 0.15;

/// Per-language facts in one table so that adding a language is one line.
struct LanguageInfo {
    language: Language,
    code: &'static str,
    name: &'static str,
    algorithm: rust_stemmers::Algorithm,
}

macro_rules! languages {
    ($( $variant:ident, $code:literal, $name:literal; )*) => {
        const INFO: &[LanguageInfo] = &[
            $( LanguageInfo {
                language: Language::$variant,
                code: $code,
                name: $name,
                algorithm: rust_stemmers::Algorithm::$variant,
            }, )*
        ];
    };
}

languages! {
    Arabic, "ar", "Arabic";
    Danish, "da", "Danish";
    Dutch, "nl", "Dutch";
    English, "en", "English";
    Finnish, "fi", "Finnish";
    French, "fr", "French";
    German, "de", "German";
    Greek, "el", "Greek";
    Hungarian, "hu", "Hungarian";
    Italian, "it", "Italian";
    Norwegian, "no", "Norwegian";
    Portuguese, "pt", "Portuguese";
    Romanian, "ro", "Romanian";
    Russian, "ru", "Russian";
    Spanish, "es", "Spanish";
    Swedish, "sv", "Swedish";
    Tamil, "ta", "Tamil";
    Turkish, "tr", "Turkish";
}

impl Language {
    /// Every supported language, in alphabetical order of English name.
    pub const ALL: &'static [Language] = &[
        Language::Arabic,
        Language::Danish,
        Language::Dutch,
        Language::English,
        Language::Finnish,
        Language::French,
        Language::German,
        Language::Greek,
        Language::Hungarian,
        Language::Italian,
        Language::Norwegian,
        Language::Portuguese,
        Language::Romanian,
        Language::Russian,
        Language::Spanish,
        Language::Swedish,
        Language::Tamil,
        Language::Turkish,
    ];

    fn info(self) -> &'static LanguageInfo {
        // INFO is in the same order as the enum; the test below keeps it so.
        &INFO[self as usize]
    }

    /// The ISO 639-1 code, e.g. `"en"`.
    pub fn code(self) -> &'static str {
        self.info().code
    }

    /// The English name, e.g. `"English"`.
    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// Looks a language up by ISO 639-1 code or English name, ignoring ASCII case.
    pub fn from_code(code: &str) -> Option<Language> {
        let code = code.trim();
        if code.eq_ignore_ascii_case("nb") || code.eq_ignore_ascii_case("nn") {
            return Some(Language::Norwegian);
        }
        INFO.iter()
            .find(|info| {
                info.code.eq_ignore_ascii_case(code) || info.name.eq_ignore_ascii_case(code)
            })
            .map(|info| info.language)
    }

    /// The language's stopwords: lower-case function words that carry no topic (NLTK lists).
    ///
    /// ```
    /// assert!(salient::Language::English.stopwords().contains(&"the"));
    /// ```
    pub fn stopwords(self) -> &'static [&'static str] {
        stop_words::lookup(self.code()).unwrap_or(&[])
    }

    /// Guesses the language of `text` (feature `detect`, on by default).
    ///
    /// `None` when the text is too short or too mixed for a clear answer (whatlang's margin
    /// between its two best guesses is under 0.15 of what it needs to be sure), or when it is in a
    /// language outside this enum (Chinese, Japanese, Polish, …). Detection uses whatlang's
    /// trigram and script statistics; a paragraph is usually enough, a few words are often not,
    /// and close neighbours (Danish, Norwegian and Swedish) are the likeliest to be confused or
    /// judged unreliable.
    ///
    /// ```
    /// use salient::Language;
    /// let text = "Der Gemeinderat hat am Montag den neuen Haushalt beschlossen. \
    ///             Er sieht mehr Geld für die Schulen der Stadt vor.";
    /// assert_eq!(Language::detect(text), Some(Language::German));
    /// assert_eq!(Language::detect("北京今天天气很好，我们去公园散步吧。"), None);
    /// assert_eq!(Language::detect(""), None);
    /// ```
    #[cfg(feature = "detect")]
    pub fn detect(text: &str) -> Option<Language> {
        let info = whatlang::detect(text)?;
        if info.confidence() < MIN_DETECTION_CONFIDENCE {
            return None;
        }
        Language::from_whatlang(info.lang())
    }

    /// The `Language` for a whatlang language, if this enum has it.
    #[cfg(feature = "detect")]
    fn from_whatlang(lang: whatlang::Lang) -> Option<Language> {
        use whatlang::Lang;
        Some(match lang {
            Lang::Ara => Language::Arabic,
            Lang::Dan => Language::Danish,
            Lang::Nld => Language::Dutch,
            Lang::Eng => Language::English,
            Lang::Fin => Language::Finnish,
            Lang::Fra => Language::French,
            Lang::Deu => Language::German,
            Lang::Ell => Language::Greek,
            Lang::Hun => Language::Hungarian,
            Lang::Ita => Language::Italian,
            Lang::Nob => Language::Norwegian,
            Lang::Por => Language::Portuguese,
            Lang::Ron => Language::Romanian,
            Lang::Rus => Language::Russian,
            Lang::Spa => Language::Spanish,
            Lang::Swe => Language::Swedish,
            Lang::Tam => Language::Tamil,
            Lang::Tur => Language::Turkish,
            _ => return None,
        })
    }

    pub(crate) fn stemmer(self) -> rust_stemmers::Stemmer {
        rust_stemmers::Stemmer::create(self.info().algorithm)
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
    fn every_language_has_stopwords_and_a_stemmer() {
        for &language in Language::ALL {
            let stopwords = language.stopwords();
            assert!(
                stopwords.len() >= 40,
                "{language}: {} stopwords",
                stopwords.len()
            );
            for word in stopwords {
                assert_eq!(word.trim(), *word, "{language}: {word:?} has white space");
                assert!(!word.is_empty());
            }
            // The stemmer runs and never returns an empty stem for a real word.
            let stemmer = language.stemmer();
            assert!(!stemmer.stem("abcdefgh").is_empty());
        }
    }

    #[test]
    fn codes_and_names_round_trip() {
        for &language in Language::ALL {
            assert_eq!(Language::from_code(language.code()), Some(language));
            assert_eq!(language.name().parse::<Language>(), Ok(language));
            assert_eq!(
                language.code().to_uppercase().parse::<Language>(),
                Ok(language)
            );
        }
        assert_eq!(Language::from_code("nb"), Some(Language::Norwegian));
        assert_eq!(Language::from_code("klingon"), None);
    }
}
