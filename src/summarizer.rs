//! The summariser: configuration, validation, and the glue from text to [`Summary`].

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::Arc;

use crate::algorithm::Algorithm;
use crate::corpus::IdfModel;
use crate::document::Document;
use crate::error::{Error, ErrorKind};
use crate::redundancy;
use crate::score::{ScoreBreakdown, frequency, idf, length, position, tfidf};
use crate::segment::SentenceSplitter;
use crate::select::{self, Length, Order, Unit};
use crate::token::{Analysis, Lexicon};
use crate::{Language, LanguageSource, Sentence, Summary};

/// Default weight of the TF-IDF centrality factor.
pub const DEFAULT_TFIDF_WEIGHT: f32 = 1.0;
/// Default weight of the word-frequency factor: 0.2.
///
/// The mean document frequency of a sentence's content words (SumBasic's signal) finds the
/// sentences about the document's main subject even when they are short, where the cosine of
/// TF-IDF centrality favours sentences that share many words with the rest. Against 0 (with
/// every other default), R-1 with k = the reference's sentence count moves on BBC
/// 79.59 → 79.85, OrangeSum 29.23 → 29.24 and Klexikon 33.52 → 33.82; BBC also gains with
/// k = 1 and 3 (23.08 → 23.18, 52.65 → 53.07), OrangeSum stays within 0.1, and Klexikon loses
/// at those small budgets (7.93 → 7.68, 17.75 → 17.33), where its defining first sentence
/// matters most. 0.1 and 0.3 gave the same pattern, weaker and stronger. It is 0 for text
/// analysed without stopword removal, where the most frequent terms are function words: there
/// it cost R-1 on all three sets.
pub const DEFAULT_FREQUENCY_WEIGHT: f32 = 0.2;
/// Default weight of the position prior.
pub const DEFAULT_POSITION_WEIGHT: f32 = 0.4;
/// Default exponent of the length prior in the position factor: 1, so the lead bonus of a
/// sentence shorter than the document's typical one is multiplied by its length prior (see
/// [`DEFAULT_LENGTH_SPREAD`]).
///
/// News and encyclopedia texts often open with a teaser or a fragment ("Bertrand Cantat a
/// trouvé la parade.") whose few words carry little of the lead's content; at full lead bonus
/// such a sentence displaces the one that states the facts. A sentence of half the typical
/// length keeps 69% of the bonus; one of the typical length or longer keeps all of it, since
/// an opening sentence that runs long (a news lede, an encyclopedia's definition) is the lead.
/// Against 0 (with every other default), R-1 with k = the reference's sentence count moves on
/// BBC 79.83 → 79.85, OrangeSum 28.91 → 29.24 and Klexikon 33.95 → 33.82; with k = 1 on BBC
/// 23.05 → 23.18, OrangeSum 26.55 → 27.22, Klexikon 7.37 → 7.68; with k = 3 on BBC
/// 52.55 → 53.07, OrangeSum 28.20 → 27.97, Klexikon 16.60 → 17.33. Scaling the bonus of long
/// sentences down as well raised Klexikon at its reference's count (34.06) but cost OrangeSum
/// and Klexikon at k = 1 and 3.
pub const DEFAULT_POSITION_LENGTH_EXPONENT: f32 = 1.0;
/// Default half-life of the position prior, in sentences (the shortest it gets; see
/// [`DEFAULT_POSITION_RELATIVE_HALF_LIFE`]).
pub const DEFAULT_POSITION_HALF_LIFE: f32 = 1.0;
/// Default half-life of the position prior as a share of the document's scorable sentences,
/// used when it is longer than [`DEFAULT_POSITION_HALF_LIFE`]: 0.1, so 20 sentences in a
/// 200-sentence article. It changes nothing below ten sentences; against 0 (with every other
/// default) it moves R-1 on OrangeSum 28.97 → 29.24 and on Klexikon 33.78 → 33.82, for BBC
/// 80.12 → 79.85.
pub const DEFAULT_POSITION_RELATIVE_HALF_LIFE: f32 = 0.1;
/// Default exponent applied to the IDF of every term: 0.25, a much flattened IDF.
///
/// Within one document, the terms found in many of its sentences are its topic, which plain
/// IDF pushes down just where centrality should count them. Against 1 (with every other
/// default) it moves R-1 on BBC 78.87 → 79.85, OrangeSum 29.18 → 29.24 and Klexikon
/// 33.75 → 33.82; 0.25 keeps a little of IDF's discount on a document's most frequent words.
pub const DEFAULT_IDF_EXPONENT: f32 = 0.25;
/// Default exponent applied to the IDF of every term when stopwords stay in the text (the
/// neutral mode, `stopwords(false)`, or a language without a stopword list): 1.5, a sharpened
/// IDF.
///
/// With no list to take them out, function words are the commonest terms and IDF is all that
/// keeps them from deciding which sentences look central. In neutral mode against 0.25, R-1
/// moves on BBC 69.05 → 72.04, OrangeSum 29.20 → 29.26 and Klexikon 32.28 → 33.09; 1.0 and 2.0
/// also raised BBC and Klexikon, and all of 1.0 to 2.0 kept OrangeSum within 0.1.
pub const DEFAULT_IDF_EXPONENT_WITH_STOPWORDS: f32 = 1.5;
/// Default exponent applied to the scaled TF-IDF centrality: 0.5 (its square root).
///
/// Centralities bunch near the top, where small differences decide little; the square root
/// spreads them less so position and length can break near-ties. Against 1 (with every other
/// default) it moves R-1 on OrangeSum 28.97 → 29.24 and Klexikon 33.68 → 33.82, for BBC
/// 80.48 → 79.85.
pub const DEFAULT_CENTRALITY_EXPONENT: f32 = 0.5;
/// Default share of a document's scorable sentences whose TF-IDF centrality counts as full:
/// 0.2, so centralities are scaled by the one at the top fifth's edge and capped at 1, rather
/// than scaled by the single most central sentence.
///
/// The most central sentence is an outlier more often than a better summary sentence: scaled by
/// it, every other sentence looks less central than it is, and among the top fifth, cosines a
/// few hundredths apart (noise in a centroid estimated from a dozen sentences) outvote the
/// position and length priors. Against 0 (scaling by the best, with every other default) it
/// moves R-1 on BBC 79.48 → 79.85, OrangeSum 28.67 → 29.24 and Klexikon 33.77 → 33.82, and
/// R-2 up on all three; when it was chosen, every share from 0.05 to 0.25 raised all three
/// sets and 0.3 cost BBC.
pub const DEFAULT_CENTRALITY_SATURATION: f32 = 0.2;
/// Default weight of the length prior (see [`DEFAULT_LENGTH_SPREAD`]): 0.1, a tie-breaker
/// rather than a driver. Against 0 (with every other default) it moves R-1 on BBC
/// 79.79 → 79.85, OrangeSum 29.22 → 29.24 and Klexikon 33.75 → 33.82; a weight of 0.2 cost
/// BBC and OrangeSum (79.71, 29.13) about what it gave Klexikon (33.89).
pub const DEFAULT_LENGTH_WEIGHT: f32 = 0.1;
/// Default spread of the length prior, in natural-log units of the ratio of a sentence's
/// length to the document's median: 0.8, so a sentence of half or twice the median keeps 69%
/// of the prior and one of a quarter or four times keeps 22%.
pub const DEFAULT_LENGTH_SPREAD: f32 = 0.8;
/// Default weight of the overlap with the document's headline.
pub const DEFAULT_TITLE_WEIGHT: f32 = 0.0;
/// Default weight of redundancy control (see [`SummarizerBuilder::redundancy`]): 0, off.
///
/// It helps where the references are written for the purpose and costs BBC, whose references
/// are sentences extracted from the article, so it is not on by default. At 0.2, R-1 with k =
/// the reference's sentence count moves on OrangeSum 29.24 → 29.32 and Klexikon
/// 33.82 → 33.92, and with k = 3 on OrangeSum 27.97 → 28.26, but on BBC 79.85 → 79.37
/// (k = 3: 53.07 → 52.52) and on Klexikon with k = 3 17.33 → 17.20. At 0.5: OrangeSum 29.34,
/// Klexikon 33.98, BBC 78.22.
pub const DEFAULT_REDUNDANCY: f32 = 0.0;
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
    /// The configured language and the user's stemming and stopword settings.
    analysis: Analysis,
    splitter: SentenceSplitter,
    /// Language-neutral mode: no stemming, no stopwords, the neutral splitter.
    neutral: bool,
    /// Detect each document's language (feature `detect`).
    detect: bool,
    length: Length,
    order: Order,
    tfidf_weight: f32,
    frequency_weight: f32,
    position_weight: f32,
    position_length_exponent: f32,
    position_half_life: f32,
    position_relative_half_life: f32,
    title_weight: f32,
    length_weight: f32,
    length_spread: f32,
    idf_exponent: f32,
    idf_exponent_with_stopwords: f32,
    centrality_exponent: f32,
    centrality_saturation: f32,
    min_words: usize,
    redundancy: f32,
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
    ///
    /// Turns off [`neutral`](Self::neutral) mode; with
    /// [`detect_language`](Self::detect_language) it only matters for
    /// [`Summarizer::fit_idf`](Summarizer::fit_idf).
    pub fn language(mut self, language: Language) -> Self {
        self.config.analysis.language = language;
        self.config.splitter = SentenceSplitter::new(language);
        self.config.neutral = false;
        self
    }

    /// Language-neutral mode, for texts in any language and script, including those outside
    /// [`Language`]: no stemming and no stopwords (whatever [`stemming`](Self::stemming) and
    /// [`stopwords`](Self::stopwords) say), and the [`SentenceSplitter::neutral`] rules
    /// (sentence-final punctuation of many scripts, no abbreviation lists).
    ///
    /// Words are runs of letters, digits and marks, as in every mode. Chinese and Japanese are
    /// written without spaces, so every run of Han, Hiragana and Katakana characters is cut into
    /// overlapping character bigrams (`東京都庁` → `東京`, `京都`, `都庁`; a lone character
    /// stays a unit of its own): most words there are one or two characters long, and bigrams
    /// give TF-IDF units shared by the sentences on the same topic without a dictionary.
    ///
    /// Thai, Lao, Khmer and Burmese put no spaces between words either. Thai, Lao and Khmer
    /// runs are cut into overlapping bigrams of clusters, a letter with the vowel signs and marks
    /// that belong to it (`กล่าวว่า` → `กล่า`, `ล่าว`, `วว่า`), and Burmese runs into their
    /// syllables, which the script marks (`မြန်မာ` → `မြန်`, `မာ`). Their sentences end at
    /// `។` and `៕` (Khmer) and `။` (Burmese); Thai and Lao have no full stop and end a sentence
    /// with a space, so white space between two of their letters ends one once it is 16 letters
    /// long (see [`SentenceSplitter::for_code`]).
    ///
    /// ```
    /// use salient::{Length, Summarizer};
    /// let summarizer = Summarizer::builder().neutral().length(Length::sentences(1)).build()?;
    /// let text = "东京今天下雨。东京的地铁因为大雨停运，东京市民只能步行上班。猫在睡觉。";
    /// let summary = summarizer.summarize(text);
    /// assert_eq!(summary.language(), None);
    /// assert_eq!(summary.sentences()[0].text, "东京的地铁因为大雨停运，东京市民只能步行上班。");
    /// # Ok::<(), salient::Error>(())
    /// ```
    pub fn neutral(mut self) -> Self {
        self.config.neutral = true;
        self.config.splitter = SentenceSplitter::neutral();
        self
    }

    /// Whether to detect the language of each document (default off; feature `detect`): its
    /// stemmer, stopwords and sentence rules are then those of the language
    /// [`Language::detect`] finds in the document's first few thousand bytes, and when it finds
    /// none (too short, mixed, or a language outside [`Language`]), those of the
    /// [`neutral`](Self::neutral) mode. [`Summary::language`] and
    /// [`Summary::language_source`] tell which was used. [`stemming`](Self::stemming) and
    /// [`stopwords`](Self::stopwords) still apply to detected languages. An
    /// [`idf_model`](Self::idf_model) is used for the documents analysed with its settings
    /// (its language) and the others get IDF from their own sentences.
    ///
    /// ```
    /// use salient::{Language, LanguageSource, Summarizer};
    /// let summarizer = Summarizer::builder().detect_language(true).build()?;
    /// let text = "Le conseil municipal a voté le nouveau budget lundi soir. \
    ///             Le budget augmente les crédits des écoles de la ville. \
    ///             Les élus de l'opposition ont critiqué le budget pendant des heures.";
    /// let summary = summarizer.summarize(text);
    /// assert_eq!(summary.language(), Some(Language::French));
    /// assert_eq!(summary.language_source(), LanguageSource::Detected);
    /// # Ok::<(), salient::Error>(())
    /// ```
    #[cfg(feature = "detect")]
    pub fn detect_language(mut self, on: bool) -> Self {
        self.config.detect = on;
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

    /// Weight of the word-frequency factor (default [`DEFAULT_FREQUENCY_WEIGHT`]): the mean
    /// number of times a sentence's terms occur in the document, scaled like the centrality
    /// (see [`centrality_saturation`](Self::centrality_saturation)). It counts only when
    /// stopwords are removed. Must be finite and `>= 0`; 0 turns it off.
    pub fn frequency_weight(mut self, weight: f32) -> Self {
        self.config.frequency_weight = weight;
        self
    }

    /// Exponent of the length prior in the position factor (default
    /// [`DEFAULT_POSITION_LENGTH_EXPONENT`]): the lead bonus of a sentence shorter than the
    /// document's typical one is multiplied by its length prior raised to this, so an opening
    /// fragment or teaser does not take the whole bonus. 0 makes the bonus independent of
    /// length. Must be finite and `>= 0`.
    pub fn position_length_exponent(mut self, exponent: f32) -> Self {
        self.config.position_length_exponent = exponent;
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
    /// [`DEFAULT_POSITION_HALF_LIFE`]), at least: long documents get a longer half-life, see
    /// [`position_relative_half_life`](Self::position_relative_half_life). Must be finite and
    /// `> 0`.
    pub fn position_half_life(mut self, sentences: f32) -> Self {
        self.config.position_half_life = sentences;
        self
    }

    /// Half-life of the position prior as a share of the document's scorable sentences
    /// (default [`DEFAULT_POSITION_RELATIVE_HALF_LIFE`]); the prior uses the longer of this and
    /// [`position_half_life`](Self::position_half_life). A long article's opening section
    /// spans many sentences, a short story's lead only one or two. Must be finite and `>= 0`;
    /// 0 keeps the half-life fixed.
    pub fn position_relative_half_life(mut self, share: f32) -> Self {
        self.config.position_relative_half_life = share;
        self
    }

    /// Weight of the overlap with the document's headline (default [`DEFAULT_TITLE_WEIGHT`]):
    /// cosine similarity of TF-IDF vectors between a sentence and the first heading line before
    /// the body, if the text has one. Must be finite and `>= 0`.
    pub fn title_weight(mut self, weight: f32) -> Self {
        self.config.title_weight = weight;
        self
    }

    /// Weight of the length prior (default [`DEFAULT_LENGTH_WEIGHT`]): a bonus of up to this
    /// much for sentences near the document's median length in words, shrinking for fragments
    /// and run-ons. It is relative to the document, so it favours neither long nor short
    /// sentences as such. Must be finite and `>= 0`; 0 turns it off.
    pub fn length_weight(mut self, weight: f32) -> Self {
        self.config.length_weight = weight;
        self
    }

    /// Spread of the length prior (default [`DEFAULT_LENGTH_SPREAD`]): the standard deviation,
    /// in natural-log units, of the ratio between a sentence's length and the document's median.
    /// Smaller is stricter. Must be finite and `> 0`.
    pub fn length_spread(mut self, spread: f32) -> Self {
        self.config.length_spread = spread;
        self
    }

    /// Exponent applied to every IDF value before use (default [`DEFAULT_IDF_EXPONENT`]), from
    /// the document's sentences or from an [`IdfModel`], when stopwords are removed (otherwise
    /// see [`idf_exponent_with_stopwords`](Self::idf_exponent_with_stopwords)). 1 is plain IDF;
    /// below 1 flattens it, so the words a document keeps repeating (its topic) still count
    /// toward centrality; 0 weighs every term alike. Must be finite and `>= 0`.
    pub fn idf_exponent(mut self, exponent: f32) -> Self {
        self.config.idf_exponent = exponent;
        self
    }

    /// Exponent applied to every IDF value instead of
    /// [`idf_exponent`](Self::idf_exponent) when stopwords stay in the text: in the
    /// [`neutral`](Self::neutral) mode, with [`stopwords(false)`](Self::stopwords), or for a
    /// language without a stopword list (default [`DEFAULT_IDF_EXPONENT_WITH_STOPWORDS`]).
    /// Function words are then the commonest terms, and a sharper IDF keeps them from deciding
    /// centrality. Must be finite and `>= 0`.
    pub fn idf_exponent_with_stopwords(mut self, exponent: f32) -> Self {
        self.config.idf_exponent_with_stopwords = exponent;
        self
    }

    /// Exponent applied to the TF-IDF centrality after scaling it to `0..=1` (default
    /// [`DEFAULT_CENTRALITY_EXPONENT`]). Below 1 narrows the gaps between fairly central
    /// sentences, so the position and length priors decide more among them; above 1 widens
    /// them. Must be finite and `> 0`.
    pub fn centrality_exponent(mut self, exponent: f32) -> Self {
        self.config.centrality_exponent = exponent;
        self
    }

    /// Share of the document's scorable sentences whose TF-IDF centrality counts as full
    /// (default [`DEFAULT_CENTRALITY_SATURATION`]): centralities are divided by the one at the
    /// edge of that top share and capped at 1, so the sentences inside it tie on centrality and
    /// the position and length priors choose among them. 0 divides by the single most central
    /// sentence (no sentence but it reaches 1). The word-frequency factor is scaled the same
    /// way. Must be finite and in `0..=1`.
    pub fn centrality_saturation(mut self, share: f32) -> Self {
        self.config.centrality_saturation = share;
        self
    }

    /// Sentences with fewer words than this (numbers not counted) score 0 and are picked only if
    /// nothing else is left (default [`DEFAULT_MIN_WORDS`]); this keeps datelines, bylines and
    /// fragments out of summaries. 0 scores every sentence.
    pub fn min_words(mut self, words: usize) -> Self {
        self.config.min_words = words;
        self
    }

    /// Weight of redundancy control (default [`DEFAULT_REDUNDANCY`], off): maximal marginal
    /// relevance. The summary takes its sentences one at a time, each time the best by score
    /// discounted by its similarity to those already taken, `score × (1 − weight ×
    /// similarity)` for a positive score, where the similarity is the largest cosine between
    /// TF-IDF vectors. A sentence that repeats one already taken then gives way to the next
    /// best that says something else. It reorders the 1,000 best sentences at most (a longer
    /// summary takes the rest in score order), and [`Sentence::rank`] is the order in which
    /// they were taken. Must be finite and in `0..=1`.
    ///
    /// ```
    /// use salient::{Length, Summarizer};
    ///
    /// let text = "Floods closed the schools on Monday. The schools were closed by the floods \
    ///             on Monday. Rain will fall again on Thursday, forecasters said.";
    /// let plain = Summarizer::builder().length(Length::sentences(2)).build()?;
    /// let varied = Summarizer::builder()
    ///     .length(Length::sentences(2))
    ///     .redundancy(1.0)
    ///     .build()?;
    /// let indices = |s: &Summarizer| s.summarize(text).iter().map(|x| x.index).collect::<Vec<_>>();
    /// assert_eq!(indices(&plain), [0, 1]);
    /// assert_eq!(indices(&varied), [0, 2]);
    /// # Ok::<(), salient::Error>(())
    /// ```
    pub fn redundancy(mut self, weight: f32) -> Self {
        self.config.redundancy = weight;
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
    /// If a weight is negative, infinite or NaN, if every weight is 0, if the weights add up to
    /// more than `f32::MAX`, if the half-life, the length spread or the centrality exponent is
    /// not a finite positive number, if the relative half-life, either IDF exponent or the
    /// position-length exponent is negative, infinite or NaN, if the centrality saturation or
    /// the redundancy weight is outside `0..=1`, if the algorithm's own settings are invalid (a
    /// LexRank threshold, Edmundson weights), or if the IDF model was fitted with other
    /// settings.
    pub fn build(self) -> Result<Summarizer, Error> {
        let config = self.config;
        for (name, value) in [
            ("tfidf", config.tfidf_weight),
            ("frequency", config.frequency_weight),
            ("position", config.position_weight),
            ("title", config.title_weight),
            ("length", config.length_weight),
        ] {
            if !value.is_finite() || value < 0.0 {
                return Err(Error::new(ErrorKind::Weight { name, value }));
            }
        }
        if config.tfidf_weight == 0.0
            && config.frequency_weight == 0.0
            && config.position_weight == 0.0
            && config.title_weight == 0.0
            && config.length_weight == 0.0
        {
            return Err(Error::new(ErrorKind::AllWeightsZero));
        }
        // A score is up to the sum of the weights, so two finite weights near `f32::MAX` would
        // still give infinite scores.
        let weight_sum = config.tfidf_weight
            + config.frequency_weight
            + config.position_weight
            + config.title_weight
            + config.length_weight;
        if !weight_sum.is_finite() {
            return Err(Error::parameter(
                "sum of weights",
                f64::from(weight_sum),
                "a finite number (the weights together at most f32::MAX)",
            ));
        }
        let positive = [
            (
                "position half-life",
                config.position_half_life,
                "a finite number of sentences > 0",
            ),
            (
                "length spread",
                config.length_spread,
                "a finite number > 0 (natural-log units)",
            ),
            (
                "centrality exponent",
                config.centrality_exponent,
                "a finite number > 0",
            ),
        ];
        for (name, value, expected) in positive {
            if !value.is_finite() || value <= 0.0 {
                return Err(Error::parameter(name, shortest_f64(value), expected));
            }
        }
        let non_negative = [
            (
                "position relative half-life",
                config.position_relative_half_life,
                "a finite share of the sentences >= 0",
            ),
            ("IDF exponent", config.idf_exponent, "a finite number >= 0"),
            (
                "IDF exponent with stopwords",
                config.idf_exponent_with_stopwords,
                "a finite number >= 0",
            ),
            (
                "position-length exponent",
                config.position_length_exponent,
                "a finite number >= 0",
            ),
        ];
        for (name, value, expected) in non_negative {
            if !value.is_finite() || value < 0.0 {
                return Err(Error::parameter(name, shortest_f64(value), expected));
            }
        }
        if !(0.0..=1.0).contains(&config.redundancy) {
            return Err(Error::parameter(
                "redundancy weight",
                shortest_f64(config.redundancy),
                "a number in 0..=1",
            ));
        }
        if !(0.0..=1.0).contains(&config.centrality_saturation) {
            return Err(Error::parameter(
                "centrality saturation",
                shortest_f64(config.centrality_saturation),
                "a share of the sentences in 0..=1",
            ));
        }
        algorithms::validate(&config.algorithm)?;
        if let Some(model) = &config.idf
            && !config.detect
            && model.analysis() != config.analysis()
        {
            return Err(Error::new(ErrorKind::IdfModelMismatch {
                model: model.describe_settings(),
                summarizer: IdfModel::settings_of(config.analysis()),
            }));
        }
        Ok(config)
    }
}

/// `value` as the `f64` with the same shortest decimal form, so an error message shows the 0.1
/// that was passed rather than 0.10000000149011612.
fn shortest_f64(value: f32) -> f64 {
    value.to_string().parse().unwrap_or(f64::from(value))
}

/// Analysis settings of the language-neutral mode. The language is a placeholder: without
/// stemming and stopwords it changes nothing.
const NEUTRAL_ANALYSIS: Analysis = Analysis {
    language: Language::English,
    stemming: false,
    stopwords: false,
};

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

/// Lexicons a thread keeps, one per analysis setting (language, stemming, stopwords): with
/// [`SummarizerBuilder::detect_language`] a stream that alternates between a few languages keeps
/// each language's stem cache. Each lexicon bounds its own memory (see `token.rs`).
const MAX_LEXICONS: usize = 3;

/// Per-thread scratch space, reused across documents so summarising allocates little.
#[derive(Default)]
pub(crate) struct Workspace {
    /// Lexicons for the analysis settings used last, least recently used first.
    lexicons: Vec<Lexicon>,
    document: Document,
    idf: Vec<f32>,
    centrality: Vec<f32>,
    frequency: Vec<f32>,
    title: Vec<f32>,
    vector: Vec<f32>,
    scratch: Vec<u32>,
    lengths: Vec<u32>,
    /// Scratch for the centralities of the scorable sentences.
    ranked: Vec<f32>,
    scores: Vec<f32>,
    breakdowns: Vec<ScoreBreakdown>,
    ranking: Vec<usize>,
    selected: Vec<usize>,
    redundancy: redundancy::Scratch,
}

impl Workspace {
    /// Takes the lexicon for `analysis` out (so it and the document can be borrowed together),
    /// creating a new one if none is kept for these settings. Give it back with
    /// [`give_back`](Self::give_back).
    pub(crate) fn take_lexicon(&mut self, analysis: Analysis) -> Lexicon {
        match self
            .lexicons
            .iter()
            .position(|lexicon| lexicon.analysis() == analysis)
        {
            Some(i) => self.lexicons.remove(i),
            None => Lexicon::new(analysis),
        }
    }

    /// Keeps `lexicon` for the next document, forgetting the least recently used one if more
    /// than [`MAX_LEXICONS`] are kept.
    pub(crate) fn give_back(&mut self, lexicon: Lexicon) {
        keep_lexicon(&mut self.lexicons, lexicon);
    }
}

/// [`Workspace::give_back`] for when the workspace is borrowed in parts.
pub(crate) fn keep_lexicon(lexicons: &mut Vec<Lexicon>, lexicon: Lexicon) {
    if lexicons.len() >= MAX_LEXICONS {
        lexicons.remove(0);
    }
    lexicons.push(lexicon);
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
            neutral: false,
            detect: false,
            length: Length::default(),
            order: Order::default(),
            tfidf_weight: DEFAULT_TFIDF_WEIGHT,
            frequency_weight: DEFAULT_FREQUENCY_WEIGHT,
            position_weight: DEFAULT_POSITION_WEIGHT,
            position_length_exponent: DEFAULT_POSITION_LENGTH_EXPONENT,
            position_half_life: DEFAULT_POSITION_HALF_LIFE,
            position_relative_half_life: DEFAULT_POSITION_RELATIVE_HALF_LIFE,
            title_weight: DEFAULT_TITLE_WEIGHT,
            length_weight: DEFAULT_LENGTH_WEIGHT,
            length_spread: DEFAULT_LENGTH_SPREAD,
            idf_exponent: DEFAULT_IDF_EXPONENT,
            idf_exponent_with_stopwords: DEFAULT_IDF_EXPONENT_WITH_STOPWORDS,
            centrality_exponent: DEFAULT_CENTRALITY_EXPONENT,
            centrality_saturation: DEFAULT_CENTRALITY_SATURATION,
            min_words: DEFAULT_MIN_WORDS,
            redundancy: DEFAULT_REDUNDANCY,
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

    /// The configured summary length.
    pub fn length(&self) -> Length {
        self.length
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

    /// The analysis settings when no language is detected.
    pub(crate) fn analysis(&self) -> Analysis {
        if self.neutral {
            NEUTRAL_ANALYSIS
        } else {
            self.analysis
        }
    }

    /// The language settings for `text`: the configured ones, or those of its detected language.
    pub(crate) fn resolve(&self, text: &str) -> Resolved<'_> {
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
                    analysis: NEUTRAL_ANALYSIS,
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

    /// Takes the workspace's lexicon for `text`'s language settings and analyses `text` into the
    /// workspace's document. Returns the lexicon (give it back to the workspace) and the
    /// language used.
    pub(crate) fn analyse_into(
        &self,
        text: &str,
        workspace: &mut Workspace,
    ) -> (Lexicon, (Option<Language>, LanguageSource)) {
        let resolved = self.resolve(text);
        let mut lexicon = workspace.take_lexicon(resolved.analysis);
        workspace
            .document
            .analyse(text, &resolved.splitter, &mut lexicon);
        (lexicon, (resolved.language, resolved.source))
    }

    /// The IDF model, if it was fitted with `lexicon`'s settings.
    pub(crate) fn idf_model_for(&self, lexicon: &Lexicon) -> Option<&IdfModel> {
        self.idf
            .as_deref()
            .filter(|model| model.analysis() == lexicon.analysis())
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
            let language = self.score_into(text, workspace);
            self.rank(workspace, |sentences| length.max_sentences(sentences));
            let Workspace {
                document,
                scores,
                breakdowns,
                ranking,
                selected,
                ..
            } = workspace;
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
            Summary::new(sentences, document.len(), language)
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

    /// Analyses `text` and fills the workspace's scores and breakdowns. Returns the language
    /// used.
    fn score_into(
        &self,
        text: &str,
        workspace: &mut Workspace,
    ) -> (Option<Language>, LanguageSource) {
        if let Some(scorer) = self.algorithm.scorer() {
            return self.score_with(scorer, text, workspace);
        }
        let (lexicon, language) = self.analyse_into(text, workspace);
        self.score_analysed(workspace, &lexicon);
        workspace.give_back(lexicon);
        language
    }

    /// Fills the workspace's scores and breakdowns for the document analysed into it.
    fn score_analysed(&self, workspace: &mut Workspace, lexicon: &Lexicon) {
        let Workspace {
            document,
            idf,
            centrality,
            frequency,
            title,
            vector,
            scratch,
            lengths,
            ranked,
            scores,
            breakdowns,
            ..
        } = workspace;
        // Without stopword removal the most frequent terms are function words: IDF must push
        // them down harder, and the frequency factor would rank sentences by their grammar, so
        // it stays off.
        let stopwords_removed = lexicon.removes_stopwords();
        let idf_exponent = if stopwords_removed {
            self.idf_exponent
        } else {
            self.idf_exponent_with_stopwords
        };
        self.document_idf(document, lexicon, idf_exponent, idf, scratch);

        // Headings and fragments are not summary sentences; the first heading before any body
        // sentence is the document's title.
        let eligible = |i: usize| {
            !document.headings[i] && document.lettered_word_counts[i] as usize >= self.min_words
        };
        let title_index = document.title_index(eligible);

        tfidf::centroid_similarity(document, idf, centrality, vector, scratch);
        // Without weight, title overlap cannot change a score: skip computing it.
        let title_index = title_index.filter(|_| self.title_weight > 0.0);
        tfidf::title_similarity(document, idf, title_index, title, vector, scratch);
        let best_of = |values: &[f32]| {
            (0..document.len())
                .filter(|&i| eligible(i))
                .map(|i| values[i])
                .fold(0f32, f32::max)
        };
        // The value that counts as full for a factor: the edge of the top share of the scorable
        // sentences' values.
        let saturation_point = |values: &[f32], ranked: &mut Vec<f32>| {
            ranked.clear();
            ranked.extend(
                (0..document.len())
                    .filter(|&i| eligible(i))
                    .map(|i| values[i]),
            );
            tfidf::saturation_point(ranked, self.centrality_saturation)
        };
        let full_centrality = saturation_point(centrality, ranked);
        let frequency_weight = if stopwords_removed {
            self.frequency_weight
        } else {
            0.0
        };
        let full_frequency = if frequency_weight > 0.0 {
            frequency::mean_term_frequency(document, frequency);
            saturation_point(frequency, ranked)
        } else {
            frequency.clear();
            frequency.resize(document.len(), 0.0);
            0.0
        };
        let best_title = best_of(title);
        let scaled = |value: f32, best: f32| {
            if best > 0.0 {
                (value / best).min(1.0)
            } else {
                0.0
            }
        };

        lengths.clear();
        lengths.extend(
            (0..document.len())
                .filter(|&i| eligible(i))
                .map(|i| document.word_counts[i]),
        );
        let body_sentences = lengths.len();
        let typical_length = length::typical_length(lengths);
        let half_life = position::half_life(
            self.position_half_life,
            self.position_relative_half_life,
            body_sentences,
        );

        scores.clear();
        breakdowns.clear();
        let mut body_index = 0;
        for i in 0..document.len() {
            let breakdown = if eligible(i) {
                let prior = position::position_prior(body_index, half_life);
                body_index += 1;
                let central = scaled(centrality[i], full_centrality).powf(self.centrality_exponent);
                let words = document.word_counts[i];
                // Only a short opening sentence is a teaser or fragment; a long one is the lede
                // and keeps the whole bonus (a power 0 of the prior, 1).
                let lead_exponent = if (words as f32) < typical_length {
                    self.position_length_exponent
                } else {
                    0.0
                };
                let (length_prior, lead_share) = length::length_prior_and_power(
                    words,
                    typical_length,
                    self.length_spread,
                    lead_exponent,
                );
                ScoreBreakdown {
                    tfidf: self.tfidf_weight * central,
                    frequency: frequency_weight * scaled(frequency[i], full_frequency),
                    position: self.position_weight * prior * lead_share,
                    title: self.title_weight * scaled(title[i], best_title),
                    length: self.length_weight * length_prior,
                    ..ScoreBreakdown::default()
                }
            } else {
                ScoreBreakdown {
                    heading: document.headings[i],
                    too_short: (document.lettered_word_counts[i] as usize) < self.min_words,
                    ..ScoreBreakdown::default()
                }
            };
            scores.push(breakdown.total());
            breakdowns.push(breakdown);
        }
    }
}

impl Summarizer {
    /// Ranks the scored sentences of the workspace into its `ranking`, best first, ties by
    /// index; with redundancy control on, the first `picks(sentences)` are then the order in
    /// which it takes them.
    fn rank(&self, workspace: &mut Workspace, picks: impl FnOnce(usize) -> usize) {
        let Workspace {
            document,
            idf,
            scores,
            ranking,
            redundancy,
            ..
        } = workspace;
        select::rank(scores, ranking);
        if self.redundancy > 0.0 {
            // Every scoring path fills the IDF of the document it analysed.
            debug_assert_eq!(idf.len(), document.term_count());
            let picks = picks(ranking.len());
            redundancy::rerank(
                document,
                idf,
                scores,
                self.redundancy,
                picks,
                ranking,
                redundancy,
            );
        }
    }

    /// The IDF of every term of `document`, raised to `exponent`: from the corpus model when one
    /// applies to the lexicon's settings, else from the document's own sentences.
    pub(crate) fn document_idf(
        &self,
        document: &Document,
        lexicon: &Lexicon,
        exponent: f32,
        idf: &mut Vec<f32>,
        scratch: &mut Vec<u32>,
    ) {
        match self.idf_model_for(lexicon) {
            Some(model) => {
                idf.clear();
                idf.extend(
                    document
                        .lexicon_ids
                        .iter()
                        .map(|&id| model.idf(lexicon.term(id))),
                );
                if exponent != 1.0 {
                    for weight in idf.iter_mut() {
                        *weight = weight.powf(exponent);
                    }
                }
            }
            None => idf::sentence_idf(document, exponent, idf, scratch),
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

/// Not part of the API: a document analysed once, so `benches/scoring.rs` can time scoring
/// alone. Made by [`Summarizer::analyse_for_bench`].
#[doc(hidden)]
pub struct AnalysedDocument {
    workspace: Workspace,
    lexicon: Lexicon,
}

impl Summarizer {
    /// Not part of the API: splits and tokenises `text` for
    /// [`Summarizer::score_for_bench`].
    #[doc(hidden)]
    pub fn analyse_for_bench(&self, text: &str) -> AnalysedDocument {
        let mut workspace = Workspace::default();
        self.score_into(text, &mut workspace);
        let lexicon = workspace.take_lexicon(self.resolve(text).analysis);
        AnalysedDocument { workspace, lexicon }
    }

    /// Not part of the API: scores an analysed document again (IDF, similarities, weights) and
    /// returns the sentence scores.
    #[doc(hidden)]
    pub fn score_for_bench<'a>(&self, document: &'a mut AnalysedDocument) -> &'a [f32] {
        self.score_analysed(&mut document.workspace, &document.lexicon);
        &document.workspace.scores
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
            .frequency_weight(0.0)
            .position_weight(0.0)
            .title_weight(0.0)
            .length_weight(0.0)
            .build()
            .unwrap_err();
        assert!(err.to_string().contains("at least one weight"));
        // The length prior alone is a (poor but valid) scorer.
        assert!(
            Summarizer::builder()
                .tfidf_weight(0.0)
                .frequency_weight(0.0)
                .position_weight(0.0)
                .build()
                .is_ok()
        );
        let err = Summarizer::builder()
            .frequency_weight(-0.2)
            .build()
            .unwrap_err();
        assert!(err.to_string().contains("frequency weight -0.2"), "{err}");
        let err = Summarizer::builder()
            .length_weight(f32::INFINITY)
            .build()
            .unwrap_err();
        assert!(err.to_string().contains("length weight inf"), "{err}");
        let err = Summarizer::builder()
            .position_half_life(0.0)
            .build()
            .unwrap_err();
        assert!(err.to_string().contains("position half-life 0"));
    }

    #[test]
    fn builder_rejects_bad_new_parameters_naming_them() {
        let message = |builder: SummarizerBuilder| builder.build().unwrap_err().to_string();
        assert_eq!(
            message(Summarizer::builder().length_spread(0.0)),
            "invalid length spread 0: expected a finite number > 0 (natural-log units)"
        );
        assert!(
            message(Summarizer::builder().length_spread(f32::NAN)).contains("length spread NaN")
        );
        assert_eq!(
            message(Summarizer::builder().centrality_exponent(-0.5)),
            "invalid centrality exponent -0.5: expected a finite number > 0"
        );
        assert_eq!(
            message(Summarizer::builder().idf_exponent(-1.0)),
            "invalid IDF exponent -1: expected a finite number >= 0"
        );
        assert!(
            message(Summarizer::builder().idf_exponent(f32::INFINITY)).contains("IDF exponent inf")
        );
        assert_eq!(
            message(Summarizer::builder().position_relative_half_life(-0.1)),
            "invalid position relative half-life -0.1: expected a finite share of the sentences >= 0"
        );
        assert_eq!(
            message(Summarizer::builder().centrality_saturation(1.5)),
            "invalid centrality saturation 1.5: expected a share of the sentences in 0..=1"
        );
        assert!(
            message(Summarizer::builder().centrality_saturation(f32::NAN))
                .contains("centrality saturation NaN")
        );
        assert_eq!(
            message(Summarizer::builder().position_length_exponent(-1.0)),
            "invalid position-length exponent -1: expected a finite number >= 0"
        );
        for bad in [1.5, -0.1, f32::NAN] {
            assert!(
                message(Summarizer::builder().redundancy(bad))
                    .starts_with("invalid redundancy weight"),
                "{bad}"
            );
        }
        assert_eq!(
            message(Summarizer::builder().redundancy(2.0)),
            "invalid redundancy weight 2: expected a number in 0..=1"
        );
        assert_eq!(
            message(Summarizer::builder().idf_exponent_with_stopwords(f32::NAN)),
            "invalid IDF exponent with stopwords NaN: expected a finite number >= 0"
        );
        // The edges of the accepted ranges.
        assert!(
            Summarizer::builder()
                .idf_exponent(0.0)
                .position_length_exponent(0.0)
                .redundancy(1.0)
                .position_relative_half_life(0.0)
                .centrality_saturation(0.0)
                .length_weight(0.0)
                .build()
                .is_ok()
        );
    }

    #[test]
    fn length_prior_favours_the_median_sentence_and_is_in_the_breakdown() {
        // Word counts 6, 7, 8, 25: median (upper) 8. Only the length prior scores.
        let summarizer = Summarizer::builder()
            .tfidf_weight(0.0)
            .position_weight(0.0)
            .build()
            .unwrap();
        let all = summarizer.score(
            "Cats chase small mice in barns. Dogs chase big cats in the yard. \
             Birds sing in the tall green trees today. Farmers in the valley said on Monday that \
             the long dry summer had cut the harvest of wheat and barley by nearly half this year.",
        );
        let expected = |words: f32| {
            let ratio = (words / 8.0f32).ln();
            DEFAULT_LENGTH_WEIGHT
                * (-(ratio * ratio) / (2.0 * DEFAULT_LENGTH_SPREAD * DEFAULT_LENGTH_SPREAD)).exp()
        };
        let words = [6.0, 7.0, 8.0, 25.0];
        for (sentence, words) in all.iter().zip(words) {
            assert!(
                (sentence.breakdown.length - expected(words)).abs() < 1e-6,
                "{sentence:?}"
            );
            assert!((sentence.score - sentence.breakdown.total()).abs() < 1e-6);
        }
        assert!((all[2].breakdown.length - DEFAULT_LENGTH_WEIGHT).abs() < 1e-6);
        assert!(
            all[3].score < all[0].score,
            "a run-on scores below a short sentence"
        );
    }

    #[test]
    fn frequency_factor_counts_only_without_stopwords() {
        let text = include_str!("../examples/data/pakistan-russia-visit.txt");
        let frequencies = |summarizer: Summarizer| -> Vec<f32> {
            let all = summarizer.score(text);
            for sentence in &all {
                assert!((sentence.score - sentence.breakdown.total()).abs() < 1e-6);
            }
            all.iter().map(|s| s.breakdown.frequency).collect()
        };
        let default = frequencies(Summarizer::new(Language::English));
        let best = default.iter().copied().fold(0f32, f32::max);
        assert_eq!(
            best, DEFAULT_FREQUENCY_WEIGHT,
            "the top share reaches the full weight"
        );
        assert!(default.iter().any(|&f| f > 0.0 && f < best));
        let kept = Summarizer::builder().stopwords(false).build().unwrap();
        assert!(frequencies(kept).iter().all(|&f| f == 0.0));
        let neutral = Summarizer::builder().neutral().build().unwrap();
        assert!(frequencies(neutral).iter().all(|&f| f == 0.0));
        let off = Summarizer::builder().frequency_weight(0.0).build().unwrap();
        assert!(frequencies(off).iter().all(|&f| f == 0.0));
    }

    #[test]
    fn the_idf_exponent_follows_whether_stopwords_are_removed() {
        let text = include_str!("../examples/data/pakistan-russia-visit.txt");
        let scores = |builder: SummarizerBuilder| -> Vec<f32> {
            let summarizer = builder.build().unwrap();
            summarizer.score(text).iter().map(|s| s.score).collect()
        };
        let plain = || Summarizer::builder().frequency_weight(0.0);
        // With stopwords removed, only `idf_exponent` counts.
        assert_eq!(
            scores(plain().idf_exponent_with_stopwords(0.0)),
            scores(plain().idf_exponent_with_stopwords(3.0))
        );
        assert_ne!(
            scores(plain().idf_exponent(0.0)),
            scores(plain().idf_exponent(3.0))
        );
        // With stopwords kept, in either way, only `idf_exponent_with_stopwords` counts.
        for kept in [plain().stopwords(false), plain().neutral()] {
            assert_eq!(
                scores(kept.clone().idf_exponent(0.0)),
                scores(kept.clone().idf_exponent(3.0))
            );
            assert_ne!(
                scores(kept.clone().idf_exponent_with_stopwords(0.0)),
                scores(kept.idf_exponent_with_stopwords(3.0))
            );
        }
    }

    #[test]
    fn an_opening_fragment_takes_less_of_the_lead_bonus() {
        // Word counts 5, 16, 14, 16: median (upper) 16.
        let text = "Floods hit the city again. Heavy rain fell across the region all week and \
                    the rivers rose fast over the banks. Floods closed twelve schools and three \
                    hospitals on Monday, officials in the city said. Parents collected their \
                    children early as the brown water rose near the schools and the houses.";
        let lead = |exponent: f32| {
            let summarizer = Summarizer::builder()
                .min_words(0)
                .position_length_exponent(exponent)
                .build()
                .unwrap();
            summarizer.score(text)[0].breakdown.position
        };
        assert_eq!(lead(0.0), DEFAULT_POSITION_WEIGHT);
        let (prior, _) = length::length_prior_and_power(5, 16.0, DEFAULT_LENGTH_SPREAD, 0.0);
        let expected = DEFAULT_POSITION_WEIGHT * prior.sqrt();
        assert!(
            (lead(0.5) - expected).abs() < 1e-6,
            "{} vs {expected}",
            lead(0.5)
        );
        assert!(lead(1.0) < lead(0.5) && lead(0.5) < lead(0.0));
        // An opening sentence longer than the typical one is a lede, not a fragment: it keeps
        // the whole bonus.
        let long_first = "Floods closed twelve schools and three hospitals across the city on \
                          Monday after the river burst its banks near the old market square. \
                          Heavy rain fell across the region all week. Parents collected \
                          their children early. Officials said more rain would come.";
        let summarizer = Summarizer::builder()
            .position_length_exponent(2.0)
            .build()
            .unwrap();
        let all = summarizer.score(long_first);
        assert_eq!(
            all[0].breakdown.position, DEFAULT_POSITION_WEIGHT,
            "{all:?}"
        );
    }

    #[test]
    fn the_most_central_share_reaches_full_centrality() {
        let text = include_str!("../examples/data/pakistan-russia-visit.txt");
        let full = |share: f32| {
            let all = Summarizer::builder()
                .centrality_saturation(share)
                .build()
                .unwrap()
                .score(text);
            let full = all
                .iter()
                .filter(|s| (s.breakdown.tfidf - DEFAULT_TFIDF_WEIGHT).abs() < 1e-6)
                .count();
            assert!(
                all.iter()
                    .all(|s| s.breakdown.tfidf <= DEFAULT_TFIDF_WEIGHT)
            );
            full
        };
        // Without saturation only the most central sentence reaches the full weight; with the
        // default share, the top fifth of the 31 scorable sentences (round(30 × 0.8) = 24, so
        // the 7 best) does.
        assert_eq!(full(0.0), 1);
        assert_eq!(full(DEFAULT_CENTRALITY_SATURATION), 7);
    }

    #[test]
    fn relative_half_life_stretches_the_prior_in_long_documents() {
        let text: String = (0..40)
            .map(|i| format!("Sentence number {i} tells about the weather today. "))
            .collect();
        let scores = |share: f32| {
            Summarizer::builder()
                .position_relative_half_life(share)
                .build()
                .unwrap()
                .score(&text)
        };
        // 40 body sentences × 0.1 = a half-life of 4 sentences instead of 1.
        let relative = scores(0.1);
        assert!((relative[4].breakdown.position - DEFAULT_POSITION_WEIGHT * 0.5).abs() < 1e-6);
        let fixed = scores(0.0);
        assert!((fixed[1].breakdown.position - DEFAULT_POSITION_WEIGHT * 0.5).abs() < 1e-6);
    }

    #[test]
    fn scores_stay_finite_under_extreme_settings() {
        let text = "Rain. Floods closed twelve schools on Monday in the north of the country. \
                    The floods also closed roads and railways across the whole northern region. \
                    Officials said schools would reopen when the water went down again.";
        for (idf, centrality, spread) in [(0.0, 1e-6, 1e-6), (8.0, 30.0, 1e6), (1.0, 1.0, 0.8)] {
            let summarizer = Summarizer::builder()
                .idf_exponent(idf)
                .centrality_exponent(centrality)
                .length_spread(spread)
                .min_words(0)
                .build()
                .unwrap();
            for sentence in summarizer.score(text) {
                let parts = sentence.breakdown;
                for value in [sentence.score, parts.tfidf, parts.position, parts.length] {
                    assert!(value.is_finite() && value >= 0.0, "{sentence:?}");
                }
            }
        }
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
        // Title overlap is off by default; with a weight, the sentence closest to the headline
        // gets all of it.
        let summarizer = Summarizer::builder()
            .language(Language::English)
            .title_weight(1.0)
            .build()
            .unwrap();
        let all = summarizer.score(
            "Floods close schools\n\nRain fell all week. Floods closed twelve schools on Monday.",
        );
        assert!(all[0].breakdown.heading);
        assert_eq!(all[1].breakdown.title, 0.0);
        assert!((all[2].breakdown.title - 1.0).abs() < 1e-6);
    }

    #[test]
    fn scoring_an_analysed_document_again_gives_the_same_scores() {
        let summarizer = Summarizer::new(Language::English);
        let text = include_str!("../examples/data/pakistan-russia-visit.txt");
        let expected: Vec<f32> = summarizer.score(text).iter().map(|s| s.score).collect();
        let mut analysed = summarizer.analyse_for_bench(text);
        assert_eq!(summarizer.score_for_bench(&mut analysed), expected);
        assert_eq!(summarizer.score_for_bench(&mut analysed), expected);
    }

    #[test]
    fn empty_text_gives_empty_summary() {
        let summarizer = Summarizer::new(Language::English);
        assert!(summarizer.summarize("").is_empty());
        assert!(summarizer.summarize(" \n ").is_empty());
        assert!(summarizer.score("").is_empty());
    }
}
