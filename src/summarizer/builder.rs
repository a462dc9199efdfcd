//! Configuring a [`Summarizer`]: every setting with its default, checked once by
//! [`SummarizerBuilder::build`].

use std::sync::Arc;

use super::Summarizer;
use crate::algorithm::Algorithm;
use crate::combine::weights::{Weights, shortest_f64};
use crate::corpus::IdfModel;
use crate::error::{Error, ErrorKind};
use crate::extract::Format;
use crate::language::Language;
use crate::segment::SentenceSplitter;
use crate::segment::transcript::Units;
use crate::select::length::{Length, Order};

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
    /// The language of the texts (default English): sets the sentence splitting rules, and the
    /// stemmer and stopwords where the language has them ([`Language::capabilities`]). A
    /// language without stopwords is scored as in the [`neutral`](Self::neutral) mode, with
    /// its own sentence rules.
    ///
    /// Turns off [`neutral`](Self::neutral) mode; with
    /// [`detect_language`](Self::detect_language) it only matters for
    /// [`Summarizer::fit_idf`].
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
    /// [`neutral`](Self::neutral) mode. [`Summary::language`](crate::Summary::language) and
    /// [`Summary::language_source`](crate::Summary::language_source) tell which was used.
    /// [`stemming`](Self::stemming) and [`stopwords`](Self::stopwords) still apply to detected
    /// languages. An [`idf_model`](Self::idf_model) is used for the documents analysed with its
    /// settings (its language) and the others get IDF from their own sentences.
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

    /// What the units of a text are (default [`Units::Auto`]): sentences, or whole lines as in
    /// a transcript with one utterance a line (`Speaker: words`), recognised by default when
    /// most of a text's lines look like that. With lines as units, a line's speaker label is
    /// not counted among its words, and no line is taken for a heading.
    ///
    /// ```
    /// use salient::{Length, Summarizer};
    ///
    /// let meeting = "Anna: ok we're on\nBen: morning all\n\
    ///                Anna: the budget for the new school building is over by a third\n\
    ///                Ben: the school building budget needs a vote next week then\n\
    ///                Carl: sure";
    /// let summarizer = Summarizer::builder().length(Length::sentences(1)).build()?;
    /// let summary = summarizer.summarize(meeting);
    /// assert!(summary.sentences()[0].text.starts_with("Anna: the budget"));
    /// # Ok::<(), salient::Error>(())
    /// ```
    pub fn units(mut self, units: Units) -> Self {
        self.config.units = units;
        self
    }

    /// Read every input as `format` (default: none, the input is plain text as it is): a web
    /// page's article body, a Markdown file's prose, or plain text cleaned of PDF and mail
    /// layout, or [`Format::Auto`] to recognise which (see [`extract`](crate::extract)).
    /// Sentences then hold the clean text, and their [`span`](crate::Sentence::span) and
    /// [`pieces`](crate::Sentence::pieces) point into the input's bytes; the extraction's
    /// headings are never summary sentences.
    ///
    /// ```
    /// use salient::{Format, Length, Summarizer};
    ///
    /// let page = "<html><body><nav>Home | News | Sport</nav><article><h1>Floods close \
    ///             schools</h1><p>Floods closed twelve schools in the valley on \
    ///             <b>Monday</b>, officials said.</p><p>The river rose two metres after a week \
    ///             of rain.</p></article><footer>Copyright 2024</footer></body></html>";
    /// let summarizer = Summarizer::builder()
    ///     .format(Format::Auto)
    ///     .length(Length::sentences(1))
    ///     .build()?;
    /// let summary = summarizer.summarize(page);
    /// let sentence = &summary.sentences()[0];
    /// assert_eq!(sentence.text, "Floods closed twelve schools in the valley on Monday, officials said.");
    /// // Pieces of the page: before, inside and after the <b> tag, which span covers.
    /// let pieces: Vec<&str> = sentence.pieces.iter().map(|p| p.slice(page)).collect();
    /// assert_eq!(pieces.concat(), sentence.text);
    /// assert!(page[sentence.span.range()].starts_with("Floods closed"));
    /// # Ok::<(), salient::Error>(())
    /// ```
    pub fn format(mut self, format: Format) -> Self {
        self.config.format = Some(format);
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

    /// The weights and shape parameters of the default scorer (default [`Weights::default`]);
    /// they apply to [`Algorithm::Default`] only.
    pub fn weights(mut self, weights: Weights) -> Self {
        self.config.weights = weights;
        self
    }

    /// Sentences with fewer words than this (numbers not counted) score 0 and are picked only if
    /// nothing else is left (default 6); this keeps datelines, bylines and fragments out of
    /// summaries. 0 scores every sentence.
    pub fn min_words(mut self, words: usize) -> Self {
        self.config.min_words = words;
        self
    }

    /// Weight of redundancy control (default 0, off): maximal marginal relevance. The summary
    /// takes its sentences one at a time, each time the best by score discounted by its
    /// similarity to those already taken, `score × (1 − weight × similarity)` for a positive
    /// score, where the similarity is the largest cosine between TF-IDF vectors. A sentence that
    /// repeats one already taken then gives way to the next best that says something else. It
    /// reorders the 1,000 best sentences at most (a longer summary takes the rest in score
    /// order), and [`Sentence::rank`](crate::Sentence::rank) is the order in which they were
    /// taken. Must be finite and in `0..=1`.
    ///
    /// It helps where the references are written for the purpose and costs BBC News, whose
    /// references are sentences extracted from the article, so it is off by default. At 0.2,
    /// ROUGE-1 F1 × 100 with k = the reference's sentence count moves on OrangeSum
    /// 29.24 → 29.32 and Klexikon 33.82 → 33.92, and with k = 3 on OrangeSum 27.97 → 28.26,
    /// but on BBC 79.85 → 79.37 (k = 3: 53.07 → 52.52) and on Klexikon with k = 3
    /// 17.33 → 17.20.
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
    /// catalogue and [`SentenceScorer`](crate::SentenceScorer) to plug in your own. The
    /// [`weights`](Self::weights) only apply to [`Algorithm::Default`]; `min_words`, stemming,
    /// stopwords, redundancy control and the IDF model apply to every algorithm.
    pub fn algorithm(mut self, algorithm: Algorithm) -> Self {
        self.config.algorithm = algorithm;
        self
    }

    /// Validates the configuration.
    ///
    /// # Errors
    ///
    /// If a value of the [`Weights`] is outside its documented range (a weight negative,
    /// infinite or NaN, every weight 0, a half-life or spread not a finite positive number, a
    /// saturation outside `0..=1`, ...), if the redundancy weight is outside `0..=1`, if the
    /// algorithm's own settings are invalid (a LexRank threshold, Edmundson weights), or if the
    /// IDF model was fitted with other settings. The error names the value.
    pub fn build(self) -> Result<Summarizer, Error> {
        let config = self.config;
        config.weights.validate()?;
        if !(0.0..=1.0).contains(&config.redundancy) {
            return Err(Error::parameter(
                "redundancy weight",
                shortest_f64(config.redundancy),
                "a number in 0..=1",
            ));
        }
        config.algorithm.validate()?;
        if let Some(model) = &config.idf
            && !config.detect
            && model.analysis() != config.analysis()
        {
            return Err(Error::new(ErrorKind::IdfModelMismatch {
                model: model.analysis().describe(),
                summarizer: config.analysis().describe(),
            }));
        }
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(builder: SummarizerBuilder) -> String {
        builder.build().unwrap_err().to_string()
    }

    #[test]
    fn bad_weights_are_rejected_by_build() {
        let weights = Weights {
            position: f32::NAN,
            ..Weights::default()
        };
        assert_eq!(
            message(Summarizer::builder().weights(weights)),
            "invalid position weight NaN: expected a finite number >= 0"
        );
    }

    #[test]
    fn redundancy_outside_its_range_is_rejected() {
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
        assert!(Summarizer::builder().redundancy(1.0).build().is_ok());
    }

    #[test]
    fn an_idf_model_of_other_settings_is_rejected() {
        let model = IdfModel::fit(Language::German, &["Hallo Welt"]);
        assert_eq!(
            message(Summarizer::builder().idf_model(Arc::new(model))),
            "IDF model fitted with language de, stemming on, stopwords on cannot serve a \
             summarizer with language en, stemming on, stopwords on"
        );
    }

    #[test]
    fn invalid_algorithm_settings_are_rejected() {
        use crate::algorithm::{Edmundson, LexRank};
        for threshold in [1.5, f32::NAN] {
            let lexrank = Algorithm::LexRank(LexRank::thresholded(threshold));
            assert!(Summarizer::builder().algorithm(lexrank).build().is_err());
        }
        let none = Edmundson::default().weights(0.0, 0.0, 0.0, 0.0);
        let edmundson = Algorithm::Edmundson(none);
        assert!(Summarizer::builder().algorithm(edmundson).build().is_err());
    }
}
