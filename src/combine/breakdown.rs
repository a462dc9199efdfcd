//! The explanation of a combined score: each factor's weighted share.

/// How a sentence's score was built: each field is one factor's weighted contribution, and the
/// sentence's score is their sum.
///
/// ```
/// let summarizer = salient::Summarizer::new(salient::Language::English);
/// let summary = summarizer.summarize(
///     "Cats purr softly when they are happy. Dogs bark loudly at cats in the garden. \
///      Birds sing in the trees every single morning.",
/// );
/// for sentence in summary.sentences() {
///     let parts = sentence.breakdown;
///     let sum = parts.tfidf
///         + parts.frequency
///         + parts.position
///         + parts.coverage
///         + parts.title
///         + parts.length;
///     assert!((sum - sentence.score).abs() < 1e-6);
/// }
/// ```
#[non_exhaustive]
#[derive(Clone, Copy, Debug, Default, PartialEq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(default)
)]
pub struct ScoreBreakdown {
    /// TF-IDF weight × the sentence's cosine similarity to the TF-IDF vector of the rest of the
    /// document, scaled so the most central sentences (the top share set by the centrality
    /// saturation) have 1 and raised to the centrality exponent.
    pub tfidf: f32,
    /// Frequency weight × the mean number of times the sentence's terms occur in the document,
    /// scaled like the TF-IDF centrality (the top share has 1); 0 when stopwords are kept, since
    /// function words would then be the most frequent terms.
    pub frequency: f32,
    /// Position weight × the position prior (1 for the first body sentence, decaying after) ×
    /// the length prior raised to the position-length exponent, so a fragment or run-on does not
    /// take the full lead bonus, × the lead's strength in this text (less than 1 when its
    /// opening sentences are less central than the position opening ratio asks).
    pub position: f32,
    /// Coverage weight × the number of times the sentence's distinct terms occur elsewhere in
    /// the document, scaled so the best sentence has 1 (under a word budget, counted only up to
    /// one and a half times the budget's words); 0 unless the summary is a single sentence,
    /// stopwords are removed and there is no query.
    pub coverage: f32,
    /// Length weight × the length prior (1 for a sentence of the document's median length, less
    /// for fragments and run-ons).
    pub length: f32,
    /// Title weight × the sentence's cosine similarity to the headline, scaled so the best
    /// sentence has 1; 0 when the text has no headline.
    pub title: f32,
    /// Query weight × the sentence's relevance to the query (BM25 with the query expanded
    /// through the document's vocabulary, blended with its neighbours' relevance), scaled so
    /// the most relevant sentence has 1; 0 without a query (see
    /// [`Summarizer::focus`](crate::Summarizer::focus)).
    pub query: f32,
    /// In a transcript summarised for a query that names speakers (`What did the Project
    /// Manager think …?`), the best score of any utterance, added to each utterance of theirs
    /// so that theirs answer before anyone else's; 0 otherwise.
    pub speaker: f32,
    /// The score from an [`Algorithm`](crate::Algorithm) other than the default (which leaves
    /// this 0 and fills the fields above instead).
    pub algorithm: f32,
    /// Whether the sentence is a heading (a line of its own without final punctuation) and was
    /// scored 0.
    pub heading: bool,
    /// Whether the sentence has fewer words than the minimum and was scored 0 (datelines,
    /// bylines, stray fragments).
    pub too_short: bool,
}

impl ScoreBreakdown {
    /// The sentence score these parts add up to.
    pub fn total(&self) -> f32 {
        self.tfidf
            + self.frequency
            + self.position
            + self.coverage
            + self.title
            + self.length
            + self.query
            + self.speaker
            + self.algorithm
    }
}
