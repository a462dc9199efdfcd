//! Keyphrases: the phrases that say what a document is about, ranked, with where they occur.
//!
//! A stage beside the sentence scores: the analysis's words and terms come in, ranked phrases
//! go out.
//!
//! - [`candidates`]: the words of the document with their terms, and the candidate phrases
//!   among them (runs of content words between stopwords and punctuation);
//! - [`merging`]: candidates with the same terms (stems) are one phrase;
//! - [`scoring`]: term weights (frequency × IDF) and phrase scores;
//! - [`stopwords`]: per language, the words and cues that cut runs down to noun phrases.

use std::borrow::Cow;

use crate::analysis::lexicon::Lexicon;
use crate::span::Span;

pub(crate) mod candidates;
pub(crate) mod merging;
pub(crate) mod scoring;
pub(crate) mod stopwords;

use candidates::Words;
use merging::{Phrases, most_frequent_form};
use scoring::{phrase_score, term_weights};

/// Longest candidate phrase, in words. Indexers' keyphrases have two or three words on average;
/// one in twenty has more than four.
pub(crate) const MAX_WORDS: usize = 4;

/// A keyphrase of a document: a phrase as it appears in the text, its score and the byte spans
/// of its occurrences.
///
/// Occurrences with the same words after lower-casing and stemming are one keyphrase (`neural
/// network` and `Neural Networks`); `text` is the form that occurs most often, borrowed from the
/// input.
#[non_exhaustive]
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Keyphrase<'t> {
    /// The phrase as written at one of its occurrences (the most frequent form).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub text: Cow<'t, str>,
    /// The phrase's score; higher is more salient. Always finite.
    pub score: f32,
    /// Byte ranges of every occurrence in the input, in document order, never overlapping.
    pub spans: Vec<Span>,
}

impl Keyphrase<'_> {
    /// The same keyphrase owning its text, so it can outlive the input.
    pub fn into_owned(self) -> Keyphrase<'static> {
        Keyphrase {
            text: Cow::Owned(self.text.into_owned()),
            score: self.score,
            spans: self.spans,
        }
    }
}

/// Buffers reused across documents.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    words: Words,
    weights: Vec<f32>,
    phrases: Phrases,
}

/// The `n` best keyphrases of `text`, whose sentences are at `sentences`, best first.
/// `corpus_idf` gives the IDF of a term from a corpus model, when there is one.
///
/// With stopwords, the candidates are the runs of content words ([`candidates`]) and a
/// phrase's count includes its occurrences inside longer runs; without (the language-neutral
/// mode), every part of a run of at most [`MAX_WORDS`] words is a candidate.
pub(crate) fn extract<'t>(
    text: &'t str,
    sentences: &[Span],
    lexicon: &mut Lexicon,
    corpus_idf: Option<&dyn Fn(&str) -> f32>,
    n: usize,
    scratch: &mut Scratch,
) -> Vec<Keyphrase<'t>> {
    let Scratch {
        words,
        weights,
        phrases,
    } = scratch;
    words.read(text, sentences, lexicon);
    term_weights(words, lexicon, sentences.len(), corpus_idf, weights);
    phrases.collect(words, |f| words.for_each_candidate(MAX_WORDS, f));
    for phrase in &mut phrases.list {
        let (start, end) = (phrase.start as usize, phrase.end as usize);
        let score = phrase_score(
            words,
            weights,
            start,
            end,
            phrase.count,
            words.sentences[start],
        );
        phrase.score = if score.is_finite() { score } else { 0.0 };
    }
    let runs_only = lexicon.removes_stopwords();
    let best = phrases.best(words, n, |phrase| {
        (phrase.whole > 0 || !runs_only) && phrase.score > 0.0
    });
    best.into_iter()
        .filter_map(|id| {
            let spans = phrases.spans(words, id);
            let form = most_frequent_form(text, &spans)?;
            Some(Keyphrase {
                text: Cow::Borrowed(form.slice(text)),
                score: phrases.list[id as usize].score,
                spans,
            })
        })
        .collect()
}
