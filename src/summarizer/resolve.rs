//! Which language settings analyse a document: the configured ones, or those of the language
//! detected in it.

use std::borrow::Cow;

use super::Summarizer;
use crate::analysis::Analysis;
use crate::language::Language;
use crate::segment::SentenceSplitter;
use crate::summary::LanguageSource;

/// Bytes of a document's start that language detection looks at: a few paragraphs decide as
/// well as the whole text, and detection time stays bounded on long documents.
#[cfg(feature = "detect")]
const DETECTION_SAMPLE_BYTES: usize = 4096;

/// The first [`DETECTION_SAMPLE_BYTES`] of `text`, cut at a character boundary.
#[cfg(feature = "detect")]
fn detection_sample(text: &str) -> &str {
    let mut end = text.len().min(DETECTION_SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The language settings one document is analysed with.
pub(crate) struct Resolved<'s> {
    pub(crate) analysis: Analysis,
    pub(crate) splitter: Cow<'s, SentenceSplitter>,
    pub(crate) language: Option<Language>,
    pub(crate) source: LanguageSource,
}

impl Summarizer {
    /// The analysis settings when no language is detected.
    pub(crate) fn analysis(&self) -> Analysis {
        if self.neutral {
            Analysis::NEUTRAL
        } else {
            self.analysis
        }
    }

    /// The language settings for `text`: the configured ones, or those of its detected
    /// language; with a splitter that takes lines as units when the configured [`Units`] say
    /// so for this text.
    ///
    /// [`Units`]: crate::segment::transcript::Units
    pub(crate) fn resolve(&self, text: &str) -> Resolved<'_> {
        let mut resolved = self.resolve_language(text);
        if self.units.lines_for(text) {
            resolved.splitter = Cow::Owned(resolved.splitter.into_owned().one_per_line(true));
        }
        resolved
    }

    /// The language settings for `text`.
    fn resolve_language(&self, text: &str) -> Resolved<'_> {
        #[cfg(feature = "detect")]
        if self.detect {
            return match Language::detect(detection_sample(text)) {
                Some(language) => Resolved {
                    analysis: Analysis {
                        language,
                        ..self.analysis
                    },
                    splitter: Cow::Owned(SentenceSplitter::new(language)),
                    language: Some(language),
                    source: LanguageSource::Detected,
                },
                None => Resolved {
                    analysis: Analysis::NEUTRAL,
                    splitter: Cow::Owned(SentenceSplitter::neutral()),
                    language: None,
                    source: LanguageSource::Fallback,
                },
            };
        }
        #[cfg(not(feature = "detect"))]
        let _ = text;
        Resolved {
            analysis: self.analysis(),
            splitter: Cow::Borrowed(&self.splitter),
            language: (!self.neutral).then_some(self.analysis.language),
            source: LanguageSource::Configured,
        }
    }
}
