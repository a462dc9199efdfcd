//! The algorithm catalogue: classic extractive methods behind one small interface.
//!
//! Every algorithm is a [`SentenceScorer`]: it reads a [`DocumentView`] (the analysed document)
//! and writes one finite score per sentence. The summariser then ranks sentences by score (ties
//! by index) and applies the length budget, so greedy methods such as SumBasic and KL-Sum
//! express their pick order as decreasing scores.
//!
//! Determinism: every iterative method (PageRank, SVD) runs sequentially with a fixed start,
//! a fixed iteration cap and a fixed tolerance (the `*_ITERATIONS` / `*_TOLERANCE` constants of
//! each file), so results are identical on one thread or many.

use std::fmt;
use std::panic::RefUnwindSafe;
use std::sync::Arc;

use crate::analysis::document::Document;
use crate::error::Error;
use crate::span::Span;

mod edmundson;
mod graph;
mod klsum;
mod lead;
mod lexrank;
mod lsa;
mod luhn;
#[cfg(feature = "serde")]
mod serialize;
mod sumbasic;
mod svd;
mod textrank;

pub use edmundson::Edmundson;
pub use lexrank::LexRank;

/// Which method scores sentences; choose with
/// [`SummarizerBuilder::algorithm`](crate::SummarizerBuilder::algorithm).
///
/// Headings and sentences shorter than the builder's `min_words` are never picked while an
/// eligible sentence is left (they rank below every eligible sentence), except that
/// [`Algorithm::Lead`] keeps short sentences (it skips headings only).
///
/// ```
/// use salient::{Algorithm, Length, Summarizer};
///
/// let summarizer = Summarizer::builder()
///     .algorithm(Algorithm::TextRank)
///     .length(Length::sentences(1))
///     .build()?;
/// let text = "The council approved the new school budget on Monday evening. \
///             The school budget raises teacher pay across the city by four percent. \
///             Critics of the council said the budget ignores the city roads.";
/// assert_eq!(summarizer.summarize(text).len(), 1);
/// assert_eq!(Algorithm::from_name("lexrank").map(|a| a.name()), Some("lexrank"));
/// # Ok::<(), salient::Error>(())
/// ```
#[non_exhaustive]
#[derive(Clone, Debug, Default)]
pub enum Algorithm {
    /// The built-in scorer: TF-IDF centrality, word frequency, position and length priors and
    /// title overlap (see [`ScoreBreakdown`](crate::ScoreBreakdown)).
    #[default]
    Default,
    /// The baseline: the first sentences of the body in document order. Headings (a headline,
    /// a dateline) are skipped, short sentences are not.
    Lead,
    /// TextRank (Mihalcea & Tarau 2004): PageRank with damping 0.85 over a sentence graph
    /// weighted by word overlap normalised by `ln |Si| + ln |Sj|`.
    ///
    /// Graph methods stay linear in memory on long texts: the graph is built from an inverted
    /// index over terms, each sentence keeps its 64 strongest neighbours, and terms found in
    /// more than 1,000 sentences do not connect sentences (shorter texts get the exact graph).
    /// PageRank runs at most 100 iterations from the uniform vector and stops once the L1
    /// change is below 1e-6.
    TextRank,
    /// LexRank (Erkan & Radev 2004): PageRank over a TF-IDF cosine graph, thresholded or
    /// continuous; sparse and capped as for [`Algorithm::TextRank`].
    LexRank(LexRank),
    /// Luhn (1958): the densest cluster of significant (frequent) words in each sentence.
    Luhn,
    /// Edmundson (1969): a weighted sum of the cue, key, title and location methods.
    Edmundson(Edmundson),
    /// SumBasic (Nenkova & Vanderwende 2005): word probabilities, squared after each pick.
    /// The pick order is the ranking; after 1,000 picks the rest rank by their remaining mean
    /// word probability.
    SumBasic,
    /// KL-Sum (Haghighi & Vanderwende 2009): greedily the sentence that keeps the summary's
    /// word distribution closest (KL divergence) to the document's. The pick order is the
    /// ranking (at most 1,000 greedy picks, as for SumBasic).
    KlSum,
    /// LSA (Steinberger & Ježek 2004): length of each sentence's vector in the space of the top
    /// singular vectors of the term-sentence matrix (3 topics, TF-IDF cells). The truncated
    /// SVD is computed here, deterministically: exactly (Jacobi, on the Gram matrix) for up to
    /// 64 eligible sentences, else by subspace iteration from a fixed start, at most 100
    /// iterations, stopping at a relative change of 1e-5.
    Lsa,
    /// Your own scorer.
    Custom(Arc<dyn SentenceScorer>),
}

impl Algorithm {
    /// The names [`Algorithm::from_name`] accepts, in catalogue order.
    pub const NAMES: &'static [&'static str] = &[
        "default",
        "lead",
        "textrank",
        "lexrank",
        "luhn",
        "edmundson",
        "sumbasic",
        "klsum",
        "lsa",
    ];

    /// The algorithm called `name` (one of [`Algorithm::NAMES`]) with its default settings.
    ///
    /// ```
    /// use salient::Algorithm;
    /// assert!(matches!(Algorithm::from_name("klsum"), Some(Algorithm::KlSum)));
    /// assert!(Algorithm::from_name("nope").is_none());
    /// ```
    pub fn from_name(name: &str) -> Option<Algorithm> {
        Some(match name {
            "default" => Algorithm::Default,
            "lead" => Algorithm::Lead,
            "textrank" => Algorithm::TextRank,
            "lexrank" => Algorithm::LexRank(LexRank::default()),
            "luhn" => Algorithm::Luhn,
            "edmundson" => Algorithm::Edmundson(Edmundson::default()),
            "sumbasic" => Algorithm::SumBasic,
            "klsum" => Algorithm::KlSum,
            "lsa" => Algorithm::Lsa,
            _ => return None,
        })
    }

    /// The algorithm's name on the command line; `"custom"` for [`Algorithm::Custom`].
    pub fn name(&self) -> &'static str {
        match self {
            Algorithm::Default => "default",
            Algorithm::Lead => "lead",
            Algorithm::TextRank => "textrank",
            Algorithm::LexRank(_) => "lexrank",
            Algorithm::Luhn => "luhn",
            Algorithm::Edmundson(_) => "edmundson",
            Algorithm::SumBasic => "sumbasic",
            Algorithm::KlSum => "klsum",
            Algorithm::Lsa => "lsa",
            Algorithm::Custom(_) => "custom",
        }
    }

    /// The scorer behind this algorithm; `None` for [`Algorithm::Default`], which the
    /// summariser scores itself.
    pub(crate) fn scorer(&self) -> Option<&dyn SentenceScorer> {
        Some(match self {
            Algorithm::Default => return None,
            Algorithm::Lead => &lead::Lead,
            Algorithm::TextRank => &textrank::TextRank,
            Algorithm::LexRank(lexrank) => lexrank,
            Algorithm::Luhn => &luhn::Luhn,
            Algorithm::Edmundson(edmundson) => edmundson,
            Algorithm::SumBasic => &sumbasic::SumBasic,
            Algorithm::KlSum => &klsum::KlSum,
            Algorithm::Lsa => &lsa::Lsa,
            Algorithm::Custom(scorer) => scorer.as_ref(),
        })
    }

    /// Checks the algorithm's own settings (a LexRank threshold, Edmundson weights).
    pub(crate) fn validate(&self) -> Result<(), Error> {
        match self {
            Algorithm::Edmundson(edmundson) => edmundson.validate(),
            Algorithm::LexRank(lexrank) => lexrank.validate(),
            _ => Ok(()),
        }
    }

    /// Whether sentences below the minimum word count stay eligible (only Lead keeps them).
    pub(crate) fn keeps_short_sentences(&self) -> bool {
        matches!(self, Algorithm::Lead)
    }
}

/// Scores the sentences of an analysed document: plug your own method into the summariser with
/// [`Algorithm::Custom`].
///
/// `scores` has one slot per sentence, all 0 on entry. Write any finite number to the eligible
/// sentences' slots ([`DocumentView::is_eligible`]); higher is better. The summariser replaces
/// NaN and infinities with 0 and ranks ineligible sentences below every eligible one, whatever
/// was written to them.
///
/// The bounds keep [`Summarizer`](crate::Summarizer) `Send + Sync` and unwind-safe: plain data,
/// `Arc`, `Mutex` and atomics qualify; a `RefCell` or `Cell` does not.
///
/// ```
/// use std::sync::Arc;
/// use salient::{Algorithm, DocumentView, Length, SentenceScorer, Summarizer};
///
/// /// Prefers sentences with many distinct terms.
/// #[derive(Debug)]
/// struct Variety;
///
/// impl SentenceScorer for Variety {
///     fn score(&self, document: &DocumentView<'_>, scores: &mut [f32]) {
///         for (i, score) in scores.iter_mut().enumerate() {
///             let mut terms = document.terms(i).to_vec();
///             terms.sort_unstable();
///             terms.dedup();
///             *score = terms.len() as f32;
///         }
///     }
/// }
///
/// let summarizer = Summarizer::builder()
///     .algorithm(Algorithm::Custom(Arc::new(Variety)))
///     .length(Length::sentences(1))
///     .min_words(0)
///     .build()?;
/// let summary = summarizer.summarize("Cats purr. Dogs bark at cats, birds and the postman.");
/// assert_eq!(summary.sentences()[0].index, 1);
/// # Ok::<(), salient::Error>(())
/// ```
pub trait SentenceScorer: Send + Sync + RefUnwindSafe {
    /// Writes one score per sentence of `document` to `scores` (same length, zeros on entry).
    fn score(&self, document: &DocumentView<'_>, scores: &mut [f32]);
}

impl fmt::Debug for dyn SentenceScorer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("dyn SentenceScorer")
    }
}

/// A read-only view of an analysed document, given to every [`SentenceScorer`].
///
/// Sentences are numbered `0..len()` in document order. Terms are the sentence's words after
/// lower-casing, stopword removal and stemming, as dense *local* ids `0..term_count()` in order
/// of first appearance, so per-term data fits in a plain slice indexed by term id.
#[derive(Clone, Copy)]
pub struct DocumentView<'a> {
    texts: &'a [&'a str],
    document: &'a Document,
    idf: &'a [f32],
    eligible: &'a [bool],
    title: Option<usize>,
}

impl fmt::Debug for DocumentView<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DocumentView")
            .field("sentences", &self.len())
            .field("terms", &self.term_count())
            .field("title", &self.title)
            .finish()
    }
}

impl<'a> DocumentView<'a> {
    pub(crate) fn new(
        texts: &'a [&'a str],
        document: &'a Document,
        idf: &'a [f32],
        eligible: &'a [bool],
        title: Option<usize>,
    ) -> DocumentView<'a> {
        DocumentView {
            texts,
            document,
            idf,
            eligible,
            title,
        }
    }

    /// Number of sentences.
    pub fn len(&self) -> usize {
        self.document.len()
    }

    /// Whether the document has no sentence.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The whole input text; for a cluster of documents, the first document's (see
    /// [`document`](Self::document) and [`text_of`](Self::text_of)).
    pub fn text(&self) -> &'a str {
        self.texts.first().copied().unwrap_or("")
    }

    /// Number of documents: 1, or the documents of a cluster
    /// ([`Summarizer::summarize_cluster`](crate::Summarizer::summarize_cluster)).
    pub fn documents(&self) -> usize {
        self.texts.len()
    }

    /// The document sentence `i` comes from: 0, or its index in a cluster. Sentences are
    /// numbered across the cluster, document after document.
    pub fn document(&self, i: usize) -> usize {
        self.document.sources[i] as usize
    }

    /// The text of document `d`, which [`span`](Self::span)s of its sentences index.
    pub fn text_of(&self, d: usize) -> &'a str {
        self.texts[d]
    }

    /// Sentence `i` as written. Panics if `i >= len()`, as slice indexing does.
    pub fn sentence(&self, i: usize) -> &'a str {
        self.document.spans[i].slice(self.texts[self.document.sources[i] as usize])
    }

    /// Byte span of sentence `i` in the text of its [`document`](Self::document).
    pub fn span(&self, i: usize) -> Span {
        self.document.spans[i]
    }

    /// Local term ids of sentence `i`, in order, repeats included.
    pub fn terms(&self, i: usize) -> &'a [u32] {
        self.document.sentence_terms(i)
    }

    /// Number of distinct terms in the document (local ids are `0..term_count()`).
    pub fn term_count(&self) -> usize {
        self.document.term_count()
    }

    /// Inverse document frequency of each local term (indexed by term id): from the document's
    /// own sentences, or from the summariser's [`IdfModel`](crate::IdfModel). Always finite and
    /// at least 1.
    pub fn idf(&self) -> &'a [f32] {
        self.idf
    }

    /// Words in sentence `i`, stopwords and numbers included.
    pub fn word_count(&self, i: usize) -> usize {
        self.document.word_counts[i] as usize
    }

    /// Whether sentence `i` is a heading: a line of its own without final punctuation.
    pub fn is_heading(&self, i: usize) -> bool {
        self.document.headings[i]
    }

    /// Whether sentence `i` may be picked: not a heading and (except for Lead) at least the
    /// summariser's minimum number of words.
    pub fn is_eligible(&self, i: usize) -> bool {
        self.eligible[i]
    }

    /// The document's title: the first heading before the first eligible sentence, if any.
    pub fn title(&self) -> Option<usize> {
        self.title
    }

    /// Indices of the eligible sentences, in document order.
    pub(crate) fn eligible_sentences(&self) -> Vec<usize> {
        (0..self.len()).filter(|&i| self.eligible[i]).collect()
    }
}

/// An inverted index in one allocation: the lists of items (candidate numbers) holding each
/// term, in the order the items were given.
pub(crate) struct Postings {
    starts: Vec<usize>,
    items: Vec<u32>,
}

impl Postings {
    /// Indexes `lists[item]`, the distinct terms of each item, over `term_count` terms.
    pub(crate) fn new(lists: &[Vec<u32>], term_count: usize) -> Postings {
        let mut starts = vec![0usize; term_count + 1];
        for list in lists {
            for &t in list {
                starts[t as usize + 1] += 1;
            }
        }
        for t in 0..term_count {
            starts[t + 1] += starts[t];
        }
        let mut fill = starts.clone();
        let mut items = vec![0u32; starts[term_count]];
        for (item, list) in lists.iter().enumerate() {
            for &t in list {
                items[fill[t as usize]] = item as u32;
                fill[t as usize] += 1;
            }
        }
        Postings { starts, items }
    }

    /// The items holding term `t`.
    pub(crate) fn get(&self, t: usize) -> &[u32] {
        &self.items[self.starts[t]..self.starts[t + 1]]
    }
}

/// Each sentence of `nodes` as a sparse TF-IDF vector: `(term, count × IDF)` sorted by term.
pub(crate) fn tfidf_vectors(document: &DocumentView<'_>, nodes: &[usize]) -> Vec<Vec<(u32, f64)>> {
    let idf = document.idf();
    let mut counts = Vec::new();
    nodes
        .iter()
        .map(|&i| {
            term_counts(document.terms(i), &mut counts);
            counts
                .iter()
                .map(|&(t, c)| (t, f64::from(c) * f64::from(idf[t as usize])))
                .collect()
        })
        .collect()
}

/// Term counts of a sentence as `(term, count)` pairs sorted by term.
pub(crate) fn term_counts(terms: &[u32], out: &mut Vec<(u32, u32)>) {
    out.clear();
    let mut sorted = terms.to_vec();
    sorted.sort_unstable();
    for term in sorted {
        match out.last_mut() {
            Some((last, count)) if *last == term => *count += 1,
            _ => out.push((term, 1)),
        }
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! Runs a scorer on a small text, the way the summariser does.

    use super::*;
    use crate::analysis::idf;

    /// Scores of `scorer` on `text` with every non-heading sentence of at least `min_words`
    /// words eligible; asserts that every score is finite.
    pub(crate) fn scores(scorer: &dyn SentenceScorer, text: &str, min_words: usize) -> Vec<f32> {
        let document = Document::english(text);
        let mut idf = Vec::new();
        idf::sentence_idf(&document, 1.0, &mut idf, &mut Vec::new());
        let eligible: Vec<bool> = (0..document.len())
            .map(|i| {
                !document.headings[i] && document.lettered_word_counts[i] as usize >= min_words
            })
            .collect();
        let title = document.title_index(|i| eligible[i]);
        let texts = [text];
        let view = DocumentView::new(&texts, &document, &idf, &eligible, title);
        let mut out = vec![0.0; document.len()];
        scorer.score(&view, &mut out);
        assert!(out.iter().all(|s| s.is_finite()), "{out:?}");
        out
    }

    /// Texts no scorer may panic on or give non-finite scores for.
    pub(crate) const ODD_TEXTS: &[&str] = &[
        "",
        "   \n  ",
        "One sentence only here.",
        "The. And. Of the. It is.",
        "Headline only",
        "Same words here. Same words here. Same words here.",
        "A\n\nB\n\nC. D. E.",
    ];

    /// Asserts that `scorer` gives finite scores on [`ODD_TEXTS`] with any minimum length.
    pub(crate) fn assert_total(scorer: &dyn SentenceScorer) {
        for text in ODD_TEXTS {
            for min_words in [0, 1, 6] {
                let out = scores(scorer, text, min_words);
                assert!(out.iter().all(|s| s.is_finite()), "{text:?}: {out:?}");
            }
        }
    }
}
