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
/// of its occurrences. Made by [`Summarizer::keyphrases`](crate::Summarizer::keyphrases).
///
/// Occurrences with the same words after lower-casing and stemming are one keyphrase (`neural
/// network` and `Neural Networks`); `text` is the form that occurs most often, borrowed from the
/// input. For the keyphrases of an input `input`:
///
/// - every span lies within `input` on `char` boundaries, the spans are in document order and
///   do not overlap, and `text` equals `&input[span.range()]` for at least one of them;
/// - every span holds the same words as `text`, one for one, each equal to its counterpart after
///   lower-casing and stemming with the summariser's settings (so, without stemming, equal
///   ignoring case); what lies between the words may differ (`multi-step` and `multi step`,
///   a space and a line break);
/// - `score` is finite and positive, and keyphrases come best first.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Analysis;
    use crate::analysis::words::{for_each_word, lowercase_into};
    use crate::language::Language;
    use crate::segment::SentenceSplitter;

    fn english(text: &str, n: usize) -> (Vec<Keyphrase<'_>>, Lexicon) {
        let mut lexicon = Lexicon::new(Analysis::full(Language::English));
        let sentences: Vec<Span> = SentenceSplitter::new(Language::English)
            .split(text)
            .collect();
        let mut scratch = Scratch::default();
        let keyphrases = extract(text, &sentences, &mut lexicon, None, n, &mut scratch);
        (keyphrases, lexicon)
    }

    /// The words of `phrase` as the lexicon sees them: a term, or a stopword's lower-case form.
    fn analysed(phrase: &str, lexicon: &mut Lexicon) -> Vec<String> {
        let mut words = Vec::new();
        for_each_word(phrase, |word| words.push(word));
        let mut lower = String::new();
        words
            .into_iter()
            .map(|word| match lexicon.term_id(word) {
                Some(id) => lexicon.term(id).to_owned(),
                None => {
                    lowercase_into(word, &mut lower);
                    format!("({lower})")
                }
            })
            .collect()
    }

    #[test]
    fn every_span_holds_the_terms_of_the_text() {
        let text = "Multi-step matrix games\n\nThe multi step matrix game of ship control. \
                    Ship controls use end-to-end planning; end-to-end planning and the \
                    multistep matrix games of ships, on-line. Ship control, again.";
        let (keyphrases, mut lexicon) = english(text, 20);
        assert!(keyphrases.len() >= 3);
        for keyphrase in &keyphrases {
            let expected = analysed(&keyphrase.text, &mut lexicon);
            for span in &keyphrase.spans {
                assert_eq!(analysed(span.slice(text), &mut lexicon), expected);
            }
        }
        let first = &keyphrases[0];
        // `Multi-step` and `multi step` are the same terms.
        assert_eq!(first.text, "Multi-step matrix games");
        assert_eq!(first.spans.len(), 2);
    }

    #[test]
    fn ties_rank_by_first_occurrence() {
        let (keyphrases, _) = english("Red apples. Green pears. Blue plums.", 3);
        let found: Vec<&str> = keyphrases.iter().map(|k| &*k.text).collect();
        assert_eq!(found, ["Red apples", "Green pears", "Blue plums"]);
    }

    #[test]
    fn the_most_frequent_form_folds_case_first() {
        let text = "Data Model, data models, data models, Data Model, data model";
        let spans: Vec<Span> = [(0, 10), (12, 23), (25, 36), (38, 48), (50, 60)]
            .into_iter()
            .map(|(start, end)| Span::new(start, end))
            .collect();
        // `data model(s)` ignoring case: 3 against 2; of those, `Data Model` twice.
        let form = merging::most_frequent_form(text, &spans).unwrap();
        assert_eq!(form.slice(text), "Data Model");
        assert_eq!(merging::most_frequent_form(text, &[]), None);
    }
}
