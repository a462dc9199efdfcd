//! Stage 2 of the pipeline, analysis: sentences → words → terms.
//!
//! The splitter's sentence spans come in; out goes a [`document::Document`]: each sentence's
//! terms as dense local ids (words lower-cased, stopwords dropped, stems), its word counts, and
//! whether it is a heading. [`idf`] weighs the terms, from the document's own sentences or (in
//! [`crate::corpus`]) from a corpus. Every later stage reads only the `Document`, never the
//! text's words again.
//!
//! - [`words`]: where words are in a text (letters, digits and marks; the units of scripts
//!   written without spaces);
//! - [`lexicon`]: word form → term id, with the language's stopwords and stemmer, cached;
//! - [`document`]: one text analysed;
//! - [`idf`]: inverse document frequency over a document's sentences.

use crate::language::Language;

pub(crate) mod document;
pub(crate) mod idf;
pub(crate) mod lexicon;
pub(crate) mod words;

/// What turns words into terms: the language and whether stemming and stopwords apply.
///
/// Two settings are equal when they turn words into the same terms: stemming asked of a
/// language without a stemmer, or stopwords of one without a list, change nothing and count as
/// off ([`effective`](Analysis::effective)). So a lexicon or an IDF model made for Korean serves
/// a Korean summariser whatever its stemming setting, and a model file states what was applied.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Analysis {
    pub(crate) language: Language,
    pub(crate) stemming: bool,
    pub(crate) stopwords: bool,
}

impl Analysis {
    /// The settings of the language-neutral mode: no stemming, no stopwords. The language is a
    /// placeholder: without stemming and stopwords it changes nothing.
    pub(crate) const NEUTRAL: Analysis = Analysis {
        language: Language::English,
        stemming: false,
        stopwords: false,
    };

    /// `language` with stemming and stopword removal, the default settings.
    pub(crate) const fn full(language: Language) -> Analysis {
        Analysis {
            language,
            stemming: true,
            stopwords: true,
        }
    }

    /// These settings with what the language cannot do switched off: the settings applied.
    pub(crate) fn effective(self) -> Analysis {
        let capabilities = self.language.capabilities();
        Analysis {
            language: self.language,
            stemming: self.stemming && capabilities.stemmer,
            stopwords: self.stopwords && capabilities.stopwords,
        }
    }

    /// `language en, stemming on, stopwords on`, as error messages and model files name the
    /// settings (those applied).
    pub(crate) fn describe(self) -> String {
        let on_off = |on: bool| if on { "on" } else { "off" };
        let Analysis {
            language,
            stemming,
            stopwords,
        } = self.effective();
        format!(
            "language {}, stemming {}, stopwords {}",
            language.code(),
            on_off(stemming),
            on_off(stopwords),
        )
    }
}

impl PartialEq for Analysis {
    fn eq(&self, other: &Analysis) -> bool {
        let (a, b) = (self.effective(), other.effective());
        (a.language, a.stemming, a.stopwords) == (b.language, b.stemming, b.stopwords)
    }
}

impl Eq for Analysis {}
