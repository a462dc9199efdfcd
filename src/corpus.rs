//! Corpus IDF: document frequencies fitted over many texts, to weight terms by how rare they are
//! in a whole collection rather than within one document.

use std::collections::HashMap;

use foldhash::fast::RandomState;

use crate::score::idf::smoothed_idf;
use crate::token::{Analysis, Lexicon, for_each_word};
use crate::{Language, Summarizer};

/// Document frequencies of terms over a corpus, for [`SummarizerBuilder::idf_model`].
///
/// Fit one with [`Summarizer::fit_idf`]; the model remembers the language, stemming and stopword
/// settings it was fitted with, and only a summariser with the same settings accepts it.
///
/// ```
/// use std::sync::Arc;
/// use salient::{Language, Summarizer};
///
/// let corpus = ["Stocks fell sharply.", "Stocks rose.", "The match ended in a draw."];
/// let base = Summarizer::new(Language::English);
/// let model = base.fit_idf(&corpus);
/// assert_eq!(model.documents(), 3);
/// assert_eq!(model.document_frequency("stock"), 2);
/// assert!(model.idf("draw") > model.idf("stock"));
///
/// let summarizer = Summarizer::builder().idf_model(Arc::new(model)).build()?;
/// let summary = summarizer.summarize("Stocks fell. The draw was dull. Stocks rose again.");
/// assert!(!summary.is_empty());
/// # Ok::<(), salient::Error>(())
/// ```
///
/// [`SummarizerBuilder::idf_model`]: crate::SummarizerBuilder::idf_model
#[derive(Clone, Debug)]
pub struct IdfModel {
    analysis: Analysis,
    documents: u64,
    frequencies: HashMap<Box<str>, u64, RandomState>,
}

impl PartialEq for IdfModel {
    fn eq(&self, other: &IdfModel) -> bool {
        self.analysis == other.analysis
            && self.documents == other.documents
            && self.frequencies == other.frequencies
    }
}

impl IdfModel {
    /// Number of documents the model was fitted on.
    pub fn documents(&self) -> u64 {
        self.documents
    }

    /// Number of distinct terms.
    pub fn terms(&self) -> usize {
        self.frequencies.len()
    }

    /// Number of documents containing `term` (a stem, as the model's settings produce it).
    pub fn document_frequency(&self, term: &str) -> u64 {
        self.frequencies.get(term).copied().unwrap_or(0)
    }

    /// Smoothed IDF of `term`: `ln((1 + documents) / (1 + df)) + 1`, finite and at least 1.
    pub fn idf(&self, term: &str) -> f32 {
        smoothed_idf(self.documents, self.document_frequency(term))
    }

    /// The language the model was fitted for.
    pub fn language(&self) -> Language {
        self.analysis.language
    }

    /// Whether terms were stemmed.
    pub fn stemming(&self) -> bool {
        self.analysis.stemming
    }

    /// Whether stopwords were left out.
    pub fn stopwords(&self) -> bool {
        self.analysis.stopwords
    }

    pub(crate) fn analysis(&self) -> Analysis {
        self.analysis
    }

    pub(crate) fn describe_settings(&self) -> String {
        IdfModel::settings_of(self.analysis)
    }

    pub(crate) fn settings_of(analysis: Analysis) -> String {
        format!(
            "language {}, stemming {}, stopwords {}",
            analysis.language.code(),
            if analysis.stemming { "on" } else { "off" },
            if analysis.stopwords { "on" } else { "off" },
        )
    }

    fn empty(analysis: Analysis) -> IdfModel {
        IdfModel {
            analysis,
            documents: 0,
            frequencies: HashMap::default(),
        }
    }

    /// Adds `other`'s counts into `self` (both must share settings).
    fn absorb(&mut self, other: IdfModel) {
        self.documents += other.documents;
        for (term, count) in other.frequencies {
            *self.frequencies.entry(term).or_insert(0) += count;
        }
    }
}

/// Per-thread state while fitting: counts by lexicon id, turned into strings at the end.
struct Fitter {
    lexicon: Lexicon,
    documents: u64,
    counts: Vec<u64>,
    /// Document number in which each lexicon id was last counted.
    last_seen: Vec<u64>,
}

impl Fitter {
    fn new(analysis: Analysis) -> Fitter {
        Fitter {
            lexicon: Lexicon::new(analysis),
            documents: 0,
            counts: Vec::new(),
            last_seen: Vec::new(),
        }
    }

    fn add(mut self, text: &str) -> Fitter {
        self.documents += 1;
        let document = self.documents;
        let Fitter {
            lexicon,
            counts,
            last_seen,
            ..
        } = &mut self;
        for_each_word(text, |word| {
            if let Some(id) = lexicon.term_id(word) {
                let id = id as usize;
                if id >= counts.len() {
                    counts.resize(id + 1, 0);
                    last_seen.resize(id + 1, 0);
                }
                if last_seen[id] != document {
                    last_seen[id] = document;
                    counts[id] += 1;
                }
            }
        });
        self
    }

    fn into_model(self) -> IdfModel {
        let mut model = IdfModel::empty(self.lexicon.analysis());
        model.documents = self.documents;
        for (id, &count) in self.counts.iter().enumerate() {
            if count > 0 {
                model
                    .frequencies
                    .insert(self.lexicon.term(id as u32).into(), count);
            }
        }
        model
    }
}

impl Summarizer {
    /// Fits an [`IdfModel`] on `texts` with this summariser's language, stemming and stopword
    /// settings, in parallel when the `parallel` feature is on. Each text counts as one
    /// document; the result is the same whatever the number of threads.
    pub fn fit_idf<S>(&self, texts: &[S]) -> IdfModel
    where
        S: AsRef<str> + Sync,
    {
        let analysis = self.analysis();
        #[cfg(feature = "parallel")]
        {
            use rayon::prelude::*;
            texts
                .par_iter()
                .fold(
                    || Fitter::new(analysis),
                    |fitter, text| fitter.add(text.as_ref()),
                )
                .map(Fitter::into_model)
                .reduce(
                    || IdfModel::empty(analysis),
                    |mut a, b| {
                        a.absorb(b);
                        a
                    },
                )
        }
        #[cfg(not(feature = "parallel"))]
        {
            texts
                .iter()
                .fold(Fitter::new(analysis), |fitter, text| {
                    fitter.add(text.as_ref())
                })
                .into_model()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_each_term_once_per_document() {
        let summarizer = Summarizer::new(Language::English);
        let model = summarizer.fit_idf(&["cat cat cat", "cats and dogs", "birds"]);
        assert_eq!(model.documents(), 3);
        assert_eq!(model.document_frequency("cat"), 2);
        assert_eq!(model.document_frequency("dog"), 1);
        assert_eq!(model.document_frequency("and"), 0, "stopword");
        assert_eq!(model.terms(), 3);
        assert!((model.idf("bird") - ((4.0f32 / 2.0).ln() + 1.0)).abs() < 1e-6);
        assert!((model.idf("unseen") - (4.0f32.ln() + 1.0)).abs() < 1e-6);
    }

    #[test]
    fn mismatched_settings_are_rejected() {
        let model = Summarizer::new(Language::German).fit_idf(&["Hallo Welt"]);
        let err = Summarizer::builder()
            .idf_model(std::sync::Arc::new(model))
            .build()
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "IDF model fitted with language de, stemming on, stopwords on cannot serve a \
             summarizer with language en, stemming on, stopwords on"
        );
    }

    #[cfg(feature = "parallel")]
    #[test]
    fn fitting_is_identical_on_any_number_of_threads() {
        let texts: Vec<String> = (0..200)
            .map(|i| format!("word{} shared term{} text{}", i % 7, i % 13, i))
            .collect();
        let summarizer = Summarizer::new(Language::English);
        let one = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap()
            .install(|| summarizer.fit_idf(&texts));
        let four = rayon::ThreadPoolBuilder::new()
            .num_threads(4)
            .build()
            .unwrap()
            .install(|| summarizer.fit_idf(&texts));
        assert_eq!(one, four);
    }
}
