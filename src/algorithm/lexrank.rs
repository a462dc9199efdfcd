//! LexRank (Erkan & Radev 2004): PageRank over a graph of TF-IDF cosine similarities between
//! sentences, damping 0.85 (the paper's jump probability 0.15).
//!
//! - *Thresholded* (the paper's "LexRank with threshold", the default at 0.1): an edge of
//!   weight 1 joins sentences whose cosine exceeds the threshold, so a sentence's score follows
//!   its degree in the similarity graph;
//! - *continuous* (`threshold: None`): edges weigh the cosine itself.
//!
//! The paper's similarity matrix has 1 on its diagonal; the graph here has no self-loops, as a
//! self-loop lets a sentence similar to nothing keep its own rank and outrank the sentences
//! that connect the document. The graph is sparse (see `graph.rs`).

use super::graph;
use super::{DocumentView, SentenceScorer, tfidf_vectors};
use crate::error::Error;

/// Settings of [`Algorithm::LexRank`](crate::Algorithm::LexRank).
///
/// ```
/// use salient::algorithm::LexRank;
/// use salient::{Algorithm, Summarizer};
///
/// let continuous = Algorithm::LexRank(LexRank::continuous());
/// let strict = Algorithm::LexRank(LexRank::thresholded(0.3));
/// let summarizer = Summarizer::builder().algorithm(strict).build()?;
/// # let _ = continuous;
/// # Ok::<(), salient::Error>(())
/// ```
///
/// With the `serde` feature: `{"threshold": 0.1}`, or `{"threshold": null}` for continuous
/// LexRank.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(deny_unknown_fields)
)]
pub struct LexRank {
    threshold: Option<f32>,
}

impl Default for LexRank {
    /// Thresholded at [`LexRank::DEFAULT_THRESHOLD`].
    fn default() -> LexRank {
        LexRank::thresholded(LexRank::DEFAULT_THRESHOLD)
    }
}

impl LexRank {
    /// The default cosine threshold, 0.1: the paper's best setting.
    pub const DEFAULT_THRESHOLD: f32 = 0.1;

    /// Unweighted edges between sentences whose cosine similarity exceeds `threshold`, which
    /// must be in `0..1` (checked by the builder).
    pub fn thresholded(threshold: f32) -> LexRank {
        LexRank {
            threshold: Some(threshold),
        }
    }

    /// Edges weighted by cosine similarity (continuous LexRank).
    pub fn continuous() -> LexRank {
        LexRank { threshold: None }
    }

    /// The cosine threshold, or `None` for continuous LexRank.
    pub fn threshold(&self) -> Option<f32> {
        self.threshold
    }

    /// Checks the threshold (the builder calls this).
    pub(crate) fn validate(&self) -> Result<(), Error> {
        match self.threshold {
            Some(t) if !(0.0..1.0).contains(&t) => Err(Error::parameter(
                "LexRank threshold",
                f64::from(t),
                "a cosine similarity in 0..1",
            )),
            _ => Ok(()),
        }
    }
}

impl SentenceScorer for LexRank {
    fn score(&self, document: &DocumentView<'_>, scores: &mut [f32]) {
        let nodes = document.eligible_sentences();
        let vectors = tfidf_vectors(document, &nodes);
        let norms: Vec<f64> = vectors
            .iter()
            .map(|v| v.iter().map(|&(_, w)| w * w).sum::<f64>().sqrt())
            .collect();
        let threshold = self.threshold.map(f64::from);
        let graph = graph::build(&vectors, document.term_count(), |i, j, dot| {
            let cosine = dot / (norms[i] * norms[j]);
            match threshold {
                Some(threshold) if cosine > threshold => 1.0,
                Some(_) => 0.0,
                None => cosine,
            }
        });
        let rank = graph::pagerank(&graph);
        for (&i, &r) in nodes.iter().zip(&rank) {
            scores[i] = r as f32;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::algorithm::testing::{assert_total, scores};

    const TEXT: &str = "Cats chase mice. Cats and dogs chase mice and bark. Dogs bark. Rain falls.";

    #[test]
    fn central_sentence_ranks_first_in_both_variants() {
        for lexrank in [LexRank::default(), LexRank::continuous()] {
            let s = scores(&lexrank, TEXT, 0);
            assert!(
                s[1] > s[0] && s[1] > s[2] && s[0] > s[3],
                "{lexrank:?} {s:?}"
            );
        }
    }

    #[test]
    fn thresholded_ranks_follow_degree() {
        // Edges 0 – 1 and 1 – 2; sentence 3 stands alone. Sentences 0 and 2 are symmetric, so
        // they rank equally; the lone sentence only gets the teleport share plus its own rank
        // spread evenly.
        let s = scores(&LexRank::default(), TEXT, 0);
        assert!((s[0] - s[2]).abs() < 1e-7, "{s:?}");
        // A threshold above every cosine leaves no edge: all ranks equal.
        let s = scores(&LexRank::thresholded(0.99), TEXT, 0);
        assert!(s.iter().all(|&x| (x - 0.25).abs() < 1e-6), "{s:?}");
    }

    #[test]
    fn total_on_odd_input() {
        assert_total(&LexRank::default());
        assert_total(&LexRank::continuous());
    }
}
