//! The summariser: the configuration, and the orchestration that runs a text through the
//! stages of the pipeline (split, analysis, scores, combination, selection) into a
//! [`Summary`].

mod bench;
mod builder;
mod cluster;
mod focus;
mod inputs;
mod keyphrases;
mod resolve;
mod stages;
mod workspace;

#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::sync::Arc;

use crate::algorithm::Algorithm;
use crate::analysis::Analysis;
use crate::combine::weights::Weights;
use crate::corpus::IdfModel;
use crate::extract::Format;
use crate::language::Language;
use crate::segment::SentenceSplitter;
use crate::segment::transcript::Units;
use crate::select::length::{Length, Order};
use crate::select::{Unit, take};
use crate::summary::{Sentence, Summary};

pub use bench::AnalysedDocument;
pub use builder::SummarizerBuilder;
pub use cluster::ClusterDocument;
pub use focus::Focused;
use inputs::Inputs;
use workspace::{Workspace, with_workspace};

/// The default minimum number of words (numbers not counted) for a sentence to be scored.
const DEFAULT_MIN_WORDS: usize = 6;

/// Extracts the most salient sentences of texts.
///
/// Build one with [`Summarizer::new`] or [`Summarizer::builder`], then reuse it for any number
/// of documents, from any number of threads (it is `Send + Sync` and summarising takes `&self`).
///
/// ```
/// use salient::{Language, Length, Summarizer};
///
/// let summarizer = Summarizer::builder()
///     .language(Language::English)
///     .length(Length::sentences(1))
///     .build()?;
/// let text = "The council approved the new budget on Monday. The budget raises school \
///             funding by 4%. Critics said the budget ignores roads. It rained.";
/// let summary = summarizer.summarize(text);
/// assert_eq!(summary.len(), 1);
/// assert_eq!(summary.sentences()[0].text, "The council approved the new budget on Monday.");
/// # Ok::<(), salient::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Summarizer {
    /// The configured language and the user's stemming and stopword settings.
    analysis: Analysis,
    splitter: SentenceSplitter,
    /// Language-neutral mode: no stemming, no stopwords, the neutral splitter.
    neutral: bool,
    /// Detect each document's language (feature `detect`).
    detect: bool,
    /// Sentences or lines as units.
    units: Units,
    /// The input format to extract text from; `None` reads the input as it is.
    format: Option<Format>,
    length: Length,
    order: Order,
    weights: Weights,
    min_words: usize,
    redundancy: f32,
    idf: Option<Arc<IdfModel>>,
    algorithm: Algorithm,
}

impl Summarizer {
    /// A summariser for `language` with every other setting at its default.
    pub fn new(language: Language) -> Summarizer {
        Summarizer {
            analysis: Analysis::full(language),
            splitter: SentenceSplitter::new(language),
            neutral: false,
            detect: false,
            units: Units::default(),
            format: None,
            length: Length::default(),
            order: Order::default(),
            weights: Weights::default(),
            min_words: DEFAULT_MIN_WORDS,
            redundancy: 0.0,
            idf: None,
            algorithm: Algorithm::Default,
        }
    }

    /// A builder starting from the defaults.
    pub fn builder() -> SummarizerBuilder {
        SummarizerBuilder::default()
    }

    /// The configured scoring method.
    pub fn algorithm(&self) -> &Algorithm {
        &self.algorithm
    }

    /// The weights of the default scorer.
    pub fn weights(&self) -> &Weights {
        &self.weights
    }

    /// The configured language. It is not used in [neutral](SummarizerBuilder::neutral) mode,
    /// and only by [`fit_idf`](Summarizer::fit_idf) when
    /// [detecting languages](SummarizerBuilder::detect_language).
    pub fn language(&self) -> Language {
        self.analysis.language
    }

    /// Whether this summariser is in the [language-neutral mode](SummarizerBuilder::neutral).
    pub fn is_neutral(&self) -> bool {
        self.neutral
    }

    /// Whether this summariser [detects each document's
    /// language](SummarizerBuilder::detect_language).
    pub fn detects_language(&self) -> bool {
        self.detect
    }

    /// Whether sentences or lines are the units (see [`SummarizerBuilder::units`]).
    pub fn units(&self) -> Units {
        self.units
    }

    /// The input format texts are extracted from, `None` when they are read as they are (see
    /// [`SummarizerBuilder::format`]).
    pub fn format(&self) -> Option<Format> {
        self.format
    }

    /// The configured summary length.
    pub fn length(&self) -> Length {
        self.length
    }

    /// The configured sentence order.
    pub fn order(&self) -> Order {
        self.order
    }

    /// The minimum number of words of a scored sentence (see
    /// [`SummarizerBuilder::min_words`]).
    pub fn min_words(&self) -> usize {
        self.min_words
    }

    /// The weight of redundancy control, 0 when it is off (see
    /// [`SummarizerBuilder::redundancy`]). When it is on, ranks follow the order in which
    /// sentences were taken rather than the scores alone.
    pub fn redundancy(&self) -> f32 {
        self.redundancy
    }

    /// The sentence splitter this summariser uses.
    pub fn splitter(&self) -> &SentenceSplitter {
        &self.splitter
    }

    /// The sentence splitter this summariser uses for `text`: with [language
    /// detection](SummarizerBuilder::detect_language), that of the language detected in `text`
    /// (the neutral one when none is), else [`splitter`](Self::splitter). It cuts `text` exactly
    /// as [`summarize`](Self::summarize) does.
    ///
    /// ```
    /// let summarizer = salient::Summarizer::new(salient::Language::German);
    /// let text = "Am 3. Oktober ist Feiertag. Die Läden sind zu.";
    /// assert_eq!(summarizer.splitter_for(text).sentences(text).count(), 2);
    /// ```
    pub fn splitter_for(&self, text: &str) -> Cow<'_, SentenceSplitter> {
        self.resolve(text).splitter
    }

    /// Summarises `text` with the configured length.
    ///
    /// Never fails and never panics: empty or white-space-only text gives an empty summary.
    pub fn summarize<'t>(&self, text: &'t str) -> Summary<'t> {
        self.summarize_with(text, self.length)
    }

    /// Summarises `text` with `length` instead of the configured length. The default scorer
    /// weighs the budget (a one-sentence summary favours the sentence covering most of the
    /// document), so scores can differ from [`score`](Self::score)'s, which are for the
    /// configured length.
    pub fn summarize_with<'t>(&self, text: &'t str, length: Length) -> Summary<'t> {
        self.summarize_for(text, None, length)
    }

    /// Summarises `text` with `length`, for `query` when given.
    fn summarize_for<'t>(&self, text: &'t str, query: Option<&str>, length: Length) -> Summary<'t> {
        self.summarize_all(&[text], query, length, &[0])
    }

    /// Summarises `texts` (one, or the documents of a cluster) as one document with `length`,
    /// for `query` when given. In document order, sentences follow `chronology`: the place
    /// of each text in time (texts of equal place in their given order).
    fn summarize_all<'t>(
        &self,
        texts: &[&'t str],
        query: Option<&str>,
        length: Length,
        chronology: &[usize],
    ) -> Summary<'t> {
        let inputs = Inputs::new(texts, self.format);
        with_workspace(|workspace| {
            let language = self.score_all_into(&inputs, query, length, workspace);
            self.rank(workspace, |sentences| length.max_sentences(sentences));
            let Workspace {
                document,
                scores,
                breakdowns,
                ranking,
                selected,
                ..
            } = workspace;
            let analysed = inputs.texts();
            let text_of =
                |i: usize| document.spans[i].slice(analysed[document.sources[i] as usize]);
            take(
                ranking,
                length,
                |i, unit| match unit {
                    Unit::Words => document.word_counts[i] as usize,
                    Unit::Chars => text_of(i).chars().count(),
                },
                selected,
            );
            let mut sentences: Vec<Sentence<'t>> = selected
                .iter()
                .enumerate()
                .map(|(rank, &i)| inputs.sentence(document, i, rank, scores[i], breakdowns[i]))
                .collect();
            if self.order == Order::Document {
                sentences.sort_unstable_by_key(|s| (chronology[s.document], s.index));
            }
            Summary::new(sentences, document.len(), language)
        })
    }

    /// Every sentence of `text` with its score, rank and breakdown, in document order, scored
    /// for a summary of the configured length.
    ///
    /// ```
    /// let summarizer = salient::Summarizer::new(salient::Language::English);
    /// let all = summarizer.score("First point. Second point here. Third.");
    /// assert_eq!(all.len(), 3);
    /// assert_eq!(all.iter().filter(|s| s.rank == 0).count(), 1);
    /// ```
    pub fn score<'t>(&self, text: &'t str) -> Vec<Sentence<'t>> {
        self.score_for(text, None)
    }

    /// Every sentence of `text` scored, for `query` when given.
    fn score_for<'t>(&self, text: &'t str, query: Option<&str>) -> Vec<Sentence<'t>> {
        self.score_all(&[text], query)
    }

    /// Every sentence of `texts` (one, or the documents of a cluster) scored as one document,
    /// for `query` when given.
    fn score_all<'t>(&self, texts: &[&'t str], query: Option<&str>) -> Vec<Sentence<'t>> {
        let inputs = Inputs::new(texts, self.format);
        with_workspace(|workspace| {
            self.score_all_into(&inputs, query, self.length, workspace);
            self.rank(workspace, |sentences| sentences);
            let Workspace {
                document,
                scores,
                breakdowns,
                ranking,
                selected,
                ..
            } = workspace;
            // selected[i] = rank of sentence i
            selected.clear();
            selected.resize(ranking.len(), 0);
            for (rank, &i) in ranking.iter().enumerate() {
                selected[i] = rank;
            }
            (0..document.len())
                .map(|i| inputs.sentence(document, i, selected[i], scores[i], breakdowns[i]))
                .collect()
        })
    }

    /// Summarises every text, in parallel when the `parallel` feature is on. The result is in
    /// input order and identical to summarising each text in turn.
    pub fn summarize_batch<'t, S>(&self, texts: &'t [S]) -> Vec<Summary<'t>>
    where
        S: AsRef<str> + Sync,
    {
        #[cfg(feature = "parallel")]
        {
            use rayon::prelude::*;
            texts
                .par_iter()
                .map(|t| self.summarize(t.as_ref()))
                .collect()
        }
        #[cfg(not(feature = "parallel"))]
        {
            texts.iter().map(|t| self.summarize(t.as_ref())).collect()
        }
    }

    /// Fits an [`IdfModel`] on `texts` with this summariser's language, stemming and stopword
    /// settings (the neutral ones in [neutral](SummarizerBuilder::neutral) mode), in parallel
    /// when the `parallel` feature is on. Each text counts as one document; the result is the
    /// same whatever the number of threads.
    ///
    /// ```
    /// use std::sync::Arc;
    /// use salient::{Language, Summarizer};
    ///
    /// let unstemmed = Summarizer::builder().stemming(false).build()?;
    /// let model = unstemmed.fit_idf(&["Stocks fell.", "Stocks rose."]);
    /// assert_eq!(model.document_frequency("stocks"), 2);
    /// let summarizer = Summarizer::builder()
    ///     .stemming(false)
    ///     .idf_model(Arc::new(model))
    ///     .build()?;
    /// # Ok::<(), salient::Error>(())
    /// ```
    pub fn fit_idf<S>(&self, texts: &[S]) -> IdfModel
    where
        S: AsRef<str> + Sync,
    {
        IdfModel::fit_with(self.analysis(), texts)
    }
}
