//! The summariser: configuration, validation, and the glue from text to [`Summary`].

use std::cell::RefCell;
use std::sync::Arc;

use crate::algorithm::Algorithm;
use crate::corpus::IdfModel;
use crate::document::Document;
use crate::error::{Error, ErrorKind};
use crate::score::{ScoreBreakdown, idf, position, tfidf};
use crate::segment::SentenceSplitter;
use crate::select::{self, Length, Order, Unit};
use crate::token::{Analysis, Lexicon};
use crate::{Language, Sentence, Summary};

/// Default weight of the TF-IDF centrality factor.
pub const DEFAULT_TFIDF_WEIGHT: f32 = 1.0;
/// Default weight of the position prior.
pub const DEFAULT_POSITION_WEIGHT: f32 = 0.4;
/// Default half-life of the position prior, in sentences.
pub const DEFAULT_POSITION_HALF_LIFE: f32 = 1.0;
/// Default weight of the overlap with the document's headline.
pub const DEFAULT_TITLE_WEIGHT: f32 = 0.0;
/// Default minimum number of words (not counting numbers) for a sentence to be scored.
pub const DEFAULT_MIN_WORDS: usize = 6;

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
    analysis: Analysis,
    splitter: SentenceSplitter,
    length: Length,
    order: Order,
    tfidf_weight: f32,
    position_weight: f32,
    position_half_life: f32,
    title_weight: f32,
    min_words: usize,
    idf: Option<Arc<IdfModel>>,
    algorithm: Algorithm,
}

mod algorithms;

/// Configures and validates a [`Summarizer`]; see each method for the default.
#[derive(Clone, Debug)]
#[must_use]
pub struct SummarizerBuilder {
    config: Summarizer,
}

impl Default for SummarizerBuilder {
    fn default() -> SummarizerBuilder {
        SummarizerBuilder {
            config: Summarizer::new(Language::default()),
        }
    }
}

impl SummarizerBuilder {
    /// The language of the texts (default English): sets the stemmer, stopwords and sentence
    /// splitting rules.
    pub fn language(mut self, language: Language) -> Self {
        self.config.analysis.language = language;
        self.config.splitter = SentenceSplitter::new(language);
        self
    }

    /// Summary length (default [`Length::sentences(3)`](Length::sentences)).
    pub fn length(mut self, length: Length) -> Self {
        self.config.length = length;
        self
    }

    /// Sentence order in the summary (default [`Order::Document`]).
    pub fn order(mut self, order: Order) -> Self {
        self.config.order = order;
        self
    }

    /// Whether to reduce words to their stems, so `run`, `runs` and `running` count as one term
    /// (default on).
    pub fn stemming(mut self, on: bool) -> Self {
        self.config.analysis.stemming = on;
        self
    }

    /// Whether to ignore the language's stopwords (default on).
    pub fn stopwords(mut self, on: bool) -> Self {
        self.config.analysis.stopwords = on;
        self
    }

    /// Weight of TF-IDF centrality: how close a sentence is to the document's overall TF-IDF
    /// vector (default [`DEFAULT_TFIDF_WEIGHT`]). Must be finite and `>= 0`.
    pub fn tfidf_weight(mut self, weight: f32) -> Self {
        self.config.tfidf_weight = weight;
        self
    }

    /// Weight of the position prior (default [`DEFAULT_POSITION_WEIGHT`]). News puts the most
    /// important facts first, so early sentences get a bonus. Must be finite and `>= 0`; 0 turns
    /// the prior off (for texts without a lead, such as transcripts).
    pub fn position_weight(mut self, weight: f32) -> Self {
        self.config.position_weight = weight;
        self
    }

    /// Number of sentences after which the position prior has halved (default
    /// [`DEFAULT_POSITION_HALF_LIFE`]). Must be finite and `> 0`.
    pub fn position_half_life(mut self, sentences: f32) -> Self {
        self.config.position_half_life = sentences;
        self
    }

    /// Weight of the overlap with the document's headline (default [`DEFAULT_TITLE_WEIGHT`]):
    /// cosine similarity of TF-IDF vectors between a sentence and the first heading line before
    /// the body, if the text has one. Must be finite and `>= 0`.
    pub fn title_weight(mut self, weight: f32) -> Self {
        self.config.title_weight = weight;
        self
    }

    /// Sentences with fewer words than this (numbers not counted) score 0 and are picked only if
    /// nothing else is left (default [`DEFAULT_MIN_WORDS`]); this keeps datelines, bylines and
    /// fragments out of summaries. 0 scores every sentence.
    pub fn min_words(mut self, words: usize) -> Self {
        self.config.min_words = words;
        self
    }

    /// Use IDF from a corpus instead of from the document's own sentences. The model must have
    /// been fitted with the same language, stemming and stopword settings.
    pub fn idf_model(mut self, model: Arc<IdfModel>) -> Self {
        self.config.idf = Some(model);
        self
    }

    /// The scoring method (default [`Algorithm::Default`]); see [`Algorithm`] for the
    /// catalogue and [`SentenceScorer`](crate::SentenceScorer) to plug in your own. The weights
    /// above only apply to [`Algorithm::Default`]; `min_words`, stemming, stopwords and the IDF
    /// model apply to every algorithm.
    pub fn algorithm(mut self, algorithm: Algorithm) -> Self {
        self.config.algorithm = algorithm;
        self
    }

    /// Validates the configuration.
    ///
    /// # Errors
    ///
    /// If a weight is negative, infinite or NaN, if every weight is 0, if the half-life is not a
    /// finite positive number, or if the IDF model was fitted with other settings.
    pub fn build(self) -> Result<Summarizer, Error> {
        let config = self.config;
        for (name, value) in [
            ("tfidf", config.tfidf_weight),
            ("position", config.position_weight),
            ("title", config.title_weight),
        ] {
            if !value.is_finite() || value < 0.0 {
                return Err(Error::new(ErrorKind::Weight { name, value }));
            }
        }
        if config.tfidf_weight == 0.0 && config.position_weight == 0.0 && config.title_weight == 0.0
        {
            return Err(Error::new(ErrorKind::AllWeightsZero));
        }
        if !config.position_half_life.is_finite() || config.position_half_life <= 0.0 {
            return Err(Error::parameter(
                "position half-life",
                f64::from(config.position_half_life),
                "a finite number of sentences > 0",
            ));
        }
        algorithms::validate(&config.algorithm)?;
        if let Some(model) = &config.idf
            && model.analysis() != config.analysis
        {
            return Err(Error::new(ErrorKind::IdfModelMismatch {
                model: model.describe_settings(),
                summarizer: IdfModel::settings_of(config.analysis),
            }));
        }
        Ok(config)
    }
}

/// Per-thread scratch space, reused across documents so summarising allocates little.
#[derive(Default)]
pub(crate) struct Workspace {
    lexicon: Option<Lexicon>,
    document: Document,
    idf: Vec<f32>,
    centrality: Vec<f32>,
    title: Vec<f32>,
    vector: Vec<f32>,
    scratch: Vec<u32>,
    scores: Vec<f32>,
    breakdowns: Vec<ScoreBreakdown>,
    ranking: Vec<usize>,
    selected: Vec<usize>,
}

impl Workspace {
    /// Takes the lexicon out (so it and the document can be borrowed together), creating a new
    /// one if the last was for other settings. Give it back with `self.lexicon = Some(..)`.
    pub(crate) fn take_lexicon(&mut self, analysis: Analysis) -> Lexicon {
        self.lexicon
            .take()
            .filter(|lexicon| lexicon.analysis() == analysis)
            .unwrap_or_else(|| Lexicon::new(analysis))
    }
}

thread_local! {
    static WORKSPACE: RefCell<Workspace> = RefCell::new(Workspace::default());
}

/// Runs `f` with this thread's workspace, or with a fresh one if it is already in use (a
/// summariser called from inside another's callback).
pub(crate) fn with_workspace<R>(f: impl FnOnce(&mut Workspace) -> R) -> R {
    WORKSPACE.with(|cell| match cell.try_borrow_mut() {
        Ok(mut workspace) => f(&mut workspace),
        Err(_) => f(&mut Workspace::default()),
    })
}

impl Summarizer {
    /// A summariser for `language` with every other setting at its default.
    pub fn new(language: Language) -> Summarizer {
        Summarizer {
            analysis: Analysis {
                language,
                stemming: true,
                stopwords: true,
            },
            splitter: SentenceSplitter::new(language),
            length: Length::default(),
            order: Order::default(),
            tfidf_weight: DEFAULT_TFIDF_WEIGHT,
            position_weight: DEFAULT_POSITION_WEIGHT,
            position_half_life: DEFAULT_POSITION_HALF_LIFE,
            title_weight: DEFAULT_TITLE_WEIGHT,
            min_words: DEFAULT_MIN_WORDS,
            idf: None,
            algorithm: Algorithm::Default,
        }
    }

    /// The configured scoring method.
    pub fn algorithm(&self) -> &Algorithm {
        &self.algorithm
    }

    /// A builder starting from the defaults.
    pub fn builder() -> SummarizerBuilder {
        SummarizerBuilder::default()
    }

    /// The configured language.
    pub fn language(&self) -> Language {
        self.analysis.language
    }

    /// The configured summary length.
    pub fn length(&self) -> Length {
        self.length
    }

    /// The sentence splitter this summariser uses.
    pub fn splitter(&self) -> &SentenceSplitter {
        &self.splitter
    }

    pub(crate) fn analysis(&self) -> Analysis {
        self.analysis
    }

    /// Summarises `text` with the configured length.
    ///
    /// Never fails and never panics: empty or white-space-only text gives an empty summary.
    pub fn summarize<'t>(&self, text: &'t str) -> Summary<'t> {
        self.summarize_with(text, self.length)
    }

    /// Summarises `text` with `length` instead of the configured length.
    pub fn summarize_with<'t>(&self, text: &'t str, length: Length) -> Summary<'t> {
        with_workspace(|workspace| {
            self.score_into(text, workspace);
            let Workspace {
                document,
                scores,
                breakdowns,
                ranking,
                selected,
                ..
            } = workspace;
            select::rank(scores, ranking);
            select::take(
                ranking,
                length,
                |i, unit| match unit {
                    Unit::Words => document.word_counts[i] as usize,
                    Unit::Chars => document.spans[i].slice(text).chars().count(),
                },
                selected,
            );
            let mut sentences: Vec<Sentence<'t>> = selected
                .iter()
                .enumerate()
                .map(|(rank, &i)| make_sentence(text, document, scores, breakdowns, i, rank))
                .collect();
            if self.order == Order::Document {
                sentences.sort_unstable_by_key(|s| s.index);
            }
            Summary::new(sentences, document.len())
        })
    }

    /// Every sentence of `text` with its score, rank and breakdown, in document order.
    ///
    /// ```
    /// let summarizer = salient::Summarizer::new(salient::Language::English);
    /// let all = summarizer.score("First point. Second point here. Third.");
    /// assert_eq!(all.len(), 3);
    /// assert_eq!(all.iter().filter(|s| s.rank == 0).count(), 1);
    /// ```
    pub fn score<'t>(&self, text: &'t str) -> Vec<Sentence<'t>> {
        with_workspace(|workspace| {
            self.score_into(text, workspace);
            let Workspace {
                document,
                scores,
                breakdowns,
                ranking,
                selected,
                ..
            } = workspace;
            select::rank(scores, ranking);
            // selected[i] = rank of sentence i
            selected.clear();
            selected.resize(ranking.len(), 0);
            for (rank, &i) in ranking.iter().enumerate() {
                selected[i] = rank;
            }
            (0..document.len())
                .map(|i| make_sentence(text, document, scores, breakdowns, i, selected[i]))
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

    /// Analyses `text` and fills the workspace's scores and breakdowns.
    fn score_into(&self, text: &str, workspace: &mut Workspace) {
        if let Some(scorer) = self.algorithm.scorer() {
            return self.score_with(scorer, text, workspace);
        }
        let mut lexicon = workspace.take_lexicon(self.analysis);
        workspace
            .document
            .analyse(text, &self.splitter, &mut lexicon);
        let Workspace {
            document,
            idf,
            centrality,
            title,
            vector,
            scratch,
            scores,
            breakdowns,
            ..
        } = workspace;
        match &self.idf {
            Some(model) => {
                idf.clear();
                idf.extend(
                    document
                        .lexicon_ids
                        .iter()
                        .map(|&id| model.idf(lexicon.term(id))),
                );
            }
            None => idf::sentence_idf(document, idf, scratch),
        }
        workspace.lexicon = Some(lexicon);

        // Headings and fragments are not summary sentences; the first heading before any body
        // sentence is the document's title.
        let eligible = |i: usize| {
            !document.headings[i] && document.lettered_word_counts[i] as usize >= self.min_words
        };
        let first_body = (0..document.len()).find(|&i| eligible(i));
        let title_index = (0..first_body.unwrap_or(0)).find(|&i| document.headings[i]);

        tfidf::centroid_similarity(document, idf, centrality, vector, scratch);
        tfidf::title_similarity(document, idf, title_index, title, vector, scratch);
        let best_of = |values: &[f32]| {
            (0..document.len())
                .filter(|&i| eligible(i))
                .map(|i| values[i])
                .fold(0f32, f32::max)
        };
        let best_centrality = best_of(centrality);
        let best_title = best_of(title);
        let scaled = |value: f32, best: f32| if best > 0.0 { value / best } else { 0.0 };

        scores.clear();
        breakdowns.clear();
        let mut body_index = 0;
        for i in 0..document.len() {
            let breakdown = if eligible(i) {
                let prior = position::position_prior(body_index, self.position_half_life);
                body_index += 1;
                ScoreBreakdown {
                    tfidf: self.tfidf_weight * scaled(centrality[i], best_centrality),
                    position: self.position_weight * prior,
                    title: self.title_weight * scaled(title[i], best_title),
                    ..ScoreBreakdown::default()
                }
            } else {
                ScoreBreakdown {
                    heading: document.headings[i],
                    too_short: !document.headings[i],
                    ..ScoreBreakdown::default()
                }
            };
            scores.push(breakdown.total());
            breakdowns.push(breakdown);
        }
    }
}

fn make_sentence<'t>(
    text: &'t str,
    document: &Document,
    scores: &[f32],
    breakdowns: &[ScoreBreakdown],
    i: usize,
    rank: usize,
) -> Sentence<'t> {
    let span = document.spans[i];
    Sentence {
        text: span.slice(text),
        index: i,
        span,
        score: scores[i],
        rank,
        breakdown: breakdowns[i],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builder_rejects_bad_values_with_a_message() {
        let err = Summarizer::builder()
            .position_weight(f32::NAN)
            .build()
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid position weight NaN: expected a finite number >= 0"
        );
        let err = Summarizer::builder()
            .tfidf_weight(-1.0)
            .build()
            .unwrap_err();
        assert!(err.to_string().contains("tfidf weight -1"));
        let err = Summarizer::builder()
            .tfidf_weight(0.0)
            .position_weight(0.0)
            .title_weight(0.0)
            .build()
            .unwrap_err();
        assert!(err.to_string().contains("at least one weight"));
        let err = Summarizer::builder()
            .position_half_life(0.0)
            .build()
            .unwrap_err();
        assert!(err.to_string().contains("position half-life 0"));
    }

    #[test]
    fn summarizer_is_send_sync_and_unwind_safe() {
        fn check<T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}
        check::<Summarizer>();
        check::<SentenceSplitter>();
        check::<Summary<'static>>();
    }

    #[test]
    fn headings_and_fragments_score_zero() {
        let summarizer = Summarizer::new(Language::English);
        let all = summarizer
            .score("date 2022-02-25\n\nYes indeed. The minister met the president in Moscow.");
        assert!(all[0].breakdown.heading);
        assert!(all[1].breakdown.too_short);
        assert_eq!((all[0].score, all[1].score), (0.0, 0.0));
        assert!(all[2].score > 0.0);
        // The first body sentence gets the full position prior.
        assert_eq!(all[2].breakdown.position, DEFAULT_POSITION_WEIGHT);
    }

    #[test]
    fn headline_overlap_counts_toward_the_score() {
        let summarizer = Summarizer::new(Language::English);
        let all = summarizer.score(
            "Floods close schools\n\nRain fell all week. Floods closed twelve schools on Monday.",
        );
        assert!(all[0].breakdown.heading);
        assert_eq!(all[1].breakdown.title, 0.0);
        assert!((all[2].breakdown.title - DEFAULT_TITLE_WEIGHT).abs() < 1e-6);
    }

    #[test]
    fn empty_text_gives_empty_summary() {
        let summarizer = Summarizer::new(Language::English);
        assert!(summarizer.summarize("").is_empty());
        assert!(summarizer.summarize(" \n ").is_empty());
        assert!(summarizer.score("").is_empty());
    }
}
