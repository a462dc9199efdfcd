//! Stage 4 of the pipeline, combination: the factor scores of stage 3, weighed and added up into
//! one score per sentence, with a [`ScoreBreakdown`](breakdown::ScoreBreakdown) of each part.
//!
//! The analysed [`Document`] and its term weights come in; out go a score and a breakdown per
//! sentence, which stage 5 ([`crate::select`]) ranks. [`algorithm`] does the same for the
//! scorers of the [`crate::algorithm`] catalogue, which replace stages 3 and 4: their scores
//! are made safe to rank, and ineligible sentences put last.

pub(crate) mod algorithm;
pub(crate) mod breakdown;
pub(crate) mod budget;
pub(crate) mod weights;

use crate::analysis::document::Document;
use crate::score::{coverage, frequency, length, position, tfidf};
use breakdown::ScoreBreakdown;
use budget::{COVERAGE_WORD_LEEWAY, SummarySize};
use weights::Weights;

/// Whether sentence `i` may be picked: not a heading, and at least `min_words` words that do
/// not start with a digit (so a dateline or a figure alone is a fragment).
pub(crate) fn is_eligible(document: &Document, i: usize, min_words: usize) -> bool {
    !document.headings[i] && document.lettered_word_counts[i] as usize >= min_words
}

/// Buffers of the default scorer, kept between documents so scoring allocates little.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    centrality: Vec<f32>,
    frequency: Vec<f32>,
    title: Vec<f32>,
    vector: Vec<f32>,
    counts: Vec<u32>,
    lengths: Vec<u32>,
    coverage: Vec<f32>,
    seen: Vec<bool>,
    /// The values of one factor over the scorable sentences, to find its saturation point.
    ranked: Vec<f32>,
}

/// The default scorer: fills `scores` and `breakdowns` with one entry per sentence of
/// `document`, whose local terms weigh `idf`. `stopwords_removed` tells whether the analysis
/// dropped stopwords (the frequency and coverage factors only count then). `relevance`, when
/// summarising for a query, holds each sentence's relevance to it. `size` is the summary's
/// budget: coverage counts only for a one-sentence summary without a query.
///
/// Headings and sentences under `min_words` score 0; the first heading before any body
/// sentence is the document's title.
#[allow(clippy::too_many_arguments)]
pub(crate) fn combine(
    document: &Document,
    idf: &[f32],
    stopwords_removed: bool,
    relevance: Option<&[f32]>,
    size: SummarySize,
    weights: &Weights,
    min_words: usize,
    scratch: &mut Scratch,
    scores: &mut Vec<f32>,
    breakdowns: &mut Vec<ScoreBreakdown>,
) {
    let Scratch {
        centrality,
        frequency,
        title,
        vector,
        counts,
        lengths,
        coverage,
        seen,
        ranked,
    } = scratch;
    let eligible = |i: usize| is_eligible(document, i, min_words);
    let title_index = document.title_index(eligible);

    tfidf::centroid_similarity(document, idf, centrality, vector, counts);
    // Without weight, title overlap cannot change a score: skip computing it.
    let title_index = title_index.filter(|_| weights.title > 0.0);
    tfidf::title_similarity(document, idf, title_index, title, vector, counts);
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
        tfidf::saturation_point(ranked, weights.centrality_saturation)
    };
    let full_centrality = saturation_point(centrality, ranked);
    // Without stopword removal the most frequent terms are function words: the frequency
    // factor would rank sentences by their grammar, so it stays off.
    let frequency_weight = if stopwords_removed {
        weights.frequency
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
    lengths.clear();
    lengths.extend(
        (0..document.len())
            .filter(|&i| eligible(i))
            .map(|i| document.word_counts[i]),
    );
    let typical_length = length::typical_length(lengths);
    // Coverage favours long sentences: right for a summary of one sentence, which should carry
    // as much of the document as it can, and wrong for longer ones (see `Weights::coverage`).
    // With a query, the sentence should answer it rather than cover the document.
    let coverage_weight =
        if stopwords_removed && relevance.is_none() && size.is_one_sentence(typical_length) {
            weights.coverage
        } else {
            0.0
        };
    let best_coverage = if coverage_weight > 0.0 {
        coverage::term_coverage(document, coverage, seen);
        if let Some(words) = size.words() {
            let max_words = words as f32 * COVERAGE_WORD_LEEWAY;
            coverage::limit_to_words(&document.word_counts, max_words, coverage);
        }
        // Scaled by the best sentence, not saturated like centrality: coverage is meant to
        // tell the top sentences apart.
        best_of(coverage)
    } else {
        coverage.clear();
        coverage.resize(document.len(), 0.0);
        0.0
    };
    let best_title = best_of(title);
    let best_relevance = relevance.map_or(0.0, best_of);
    let scaled = |value: f32, best: f32| {
        if best > 0.0 {
            (value / best).min(1.0)
        } else {
            0.0
        }
    };

    // The lead bonus counts body sentences within each text: every document of a cluster has a
    // lead of its own, and its half-life and strength follow that document.
    let mut half_life = 1.0;
    let mut lead_strength = 1.0;
    let mut body_index = 0;
    scores.clear();
    breakdowns.clear();
    for i in 0..document.len() {
        if i == 0 || document.sources[i] != document.sources[i - 1] {
            let text = document.sources[i] as usize;
            let end = document
                .starts
                .get(text + 1)
                .copied()
                .unwrap_or(document.len());
            let body_sentences = (i..end).filter(|&j| eligible(j)).count();
            half_life = position::half_life(
                weights.position_half_life,
                weights.position_relative_half_life,
                body_sentences,
            );
            lead_strength = position::lead_strength(
                (i..end).filter(|&j| eligible(j)).map(|j| centrality[j]),
                weights.position_opening_ratio,
            );
            body_index = 0;
        }
        let breakdown = if eligible(i) {
            let prior = position::position_prior(body_index, half_life);
            body_index += 1;
            let central = scaled(centrality[i], full_centrality).powf(weights.centrality_exponent);
            let words = document.word_counts[i];
            // Only a short opening sentence is a teaser or fragment; a long one is the lede
            // and keeps the whole bonus (a power 0 of the prior, 1).
            let lead_exponent = if (words as f32) < typical_length {
                weights.position_length_exponent
            } else {
                0.0
            };
            let (length_prior, lead_share) = length::length_prior_and_power(
                words,
                typical_length,
                weights.length_spread,
                lead_exponent,
            );
            ScoreBreakdown {
                tfidf: weights.tfidf * central,
                frequency: frequency_weight * scaled(frequency[i], full_frequency),
                position: weights.position * lead_strength * prior * lead_share,
                coverage: coverage_weight * scaled(coverage[i], best_coverage),
                title: weights.title * scaled(title[i], best_title),
                length: weights.length * length_prior,
                query: relevance.map_or(0.0, |r| weights.query * scaled(r[i], best_relevance)),
                ..ScoreBreakdown::default()
            }
        } else {
            ScoreBreakdown {
                heading: document.headings[i],
                too_short: (document.lettered_word_counts[i] as usize) < min_words,
                ..ScoreBreakdown::default()
            }
        };
        scores.push(breakdown.total());
        breakdowns.push(breakdown);
    }
}
