//! Query relevance: how well each sentence answers a query.
//!
//! BM25 (Robertson et al.) of each sentence against the query's terms, the query expanded
//! through the document's own vocabulary by pseudo-relevance feedback (the terms that weigh most
//! in the sentences BM25 ranks first join the query at a lower weight, as in RM3), and the
//! relevance of each sentence blended with that of its neighbours: the answer to a question
//! about a text is usually a passage, not a lone sentence, so a sentence between two relevant
//! ones is likelier relevant than one that only shares a word with the query.

use crate::analysis::document::Document;

/// BM25's term-frequency saturation: a term counted twice is worth less than twice once.
const K1: f32 = 1.2;
/// BM25's length normalisation: 0 ignores sentence length, 1 divides by it fully.
const B: f32 = 0.75;

/// A query term: a local term id of the document and its weight.
pub(crate) type QueryTerm = (u32, f32);

/// Settings of query relevance.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Relevance {
    /// Sentences whose terms feed the expansion: the first this many by BM25.
    pub(crate) feedback_sentences: usize,
    /// Expansion terms added to the query.
    pub(crate) expansion_terms: usize,
    /// Weight of all the expansion terms together, relative to the query's own (1).
    pub(crate) expansion_weight: f32,
    /// Share of a sentence's relevance that comes from its neighbours.
    pub(crate) context: f32,
    /// How many sentences on each side count as neighbours.
    pub(crate) window: usize,
}

impl Relevance {
    /// The settings measured on QMSum's validation meetings (`evaluate query`): two sentences
    /// on each side against four changed R-1 from 24.05 to 24.64, with the gain on both halves
    /// of the meetings; a context share of 0.6 or an expansion weight of 0.3 lost on both.
    pub(crate) const DEFAULT: Relevance = Relevance {
        feedback_sentences: 10,
        expansion_terms: 10,
        expansion_weight: 0.5,
        context: 0.5,
        window: 4,
    };
}

/// Scratch buffers of [`relevance`].
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    counts: Vec<u32>,
    bm25: Vec<f32>,
    weights: Vec<f32>,
    order: Vec<usize>,
    query: Vec<QueryTerm>,
}

/// Writes to `out[i]` the relevance of sentence `i` to `query`, in `0..`, 0 for a sentence
/// sharing no term with the (expanded) query. `idf` weighs each local term (plain IDF: the
/// query's rare words are what tells the relevant passage).
pub(crate) fn relevance(
    doc: &Document,
    idf: &[f32],
    query: &[QueryTerm],
    settings: Relevance,
    out: &mut Vec<f32>,
    scratch: &mut Scratch,
) {
    out.clear();
    out.resize(doc.len(), 0.0);
    if query.is_empty() || doc.len() == 0 {
        return;
    }
    let Scratch {
        counts,
        bm25: first,
        weights,
        order,
        query: expanded,
    } = scratch;
    bm25(doc, idf, query, first, counts);
    expanded.clear();
    expanded.extend_from_slice(query);
    if settings.expansion_terms > 0 && settings.expansion_weight > 0.0 {
        expand(doc, idf, first, settings, expanded, weights, order, counts);
    }
    bm25(doc, idf, expanded, out, counts);
    if settings.context > 0.0 && settings.window > 0 {
        first.clear();
        first.extend_from_slice(out);
        blend_neighbours(first, settings.context, settings.window, out);
    }
}

/// BM25 of every sentence against `query`, into `out`. `counts` is scratch, zero on return.
fn bm25(
    doc: &Document,
    idf: &[f32],
    query: &[QueryTerm],
    out: &mut Vec<f32>,
    counts: &mut Vec<u32>,
) {
    counts.clear();
    counts.resize(doc.term_count(), 0);
    let sentences = doc.len().max(1);
    let average = (doc.terms.len() as f32 / sentences as f32).max(1.0);
    out.clear();
    for i in 0..doc.len() {
        let terms = doc.sentence_terms(i);
        for &t in terms {
            counts[t as usize] += 1;
        }
        let norm = K1 * (1.0 - B + B * terms.len() as f32 / average);
        let mut score = 0.0;
        for &(t, weight) in query {
            let tf = counts[t as usize] as f32;
            if tf > 0.0 {
                score += weight * idf[t as usize] * tf * (K1 + 1.0) / (tf + norm);
            }
        }
        for &t in terms {
            counts[t as usize] = 0;
        }
        out.push(score);
    }
}

/// Adds to `query` the `expansion_terms` terms that weigh most in the first
/// `feedback_sentences` sentences by `first` (each sentence's term frequencies, normalised by
/// its length, times its share of the feedback's relevance, times IDF), sharing
/// `expansion_weight` in proportion to those weights. Ties go to the lower term id (the first
/// to appear), so the expansion is deterministic.
#[allow(clippy::too_many_arguments)]
fn expand(
    doc: &Document,
    idf: &[f32],
    first: &[f32],
    settings: Relevance,
    query: &mut Vec<QueryTerm>,
    weights: &mut Vec<f32>,
    order: &mut Vec<usize>,
    counts: &mut Vec<u32>,
) {
    order.clear();
    order.extend((0..doc.len()).filter(|&i| first[i] > 0.0));
    order.sort_unstable_by(|&a, &b| first[b].total_cmp(&first[a]).then(a.cmp(&b)));
    order.truncate(settings.feedback_sentences);
    let total: f32 = order.iter().map(|&i| first[i]).sum();
    if total <= 0.0 {
        return;
    }
    weights.clear();
    weights.resize(doc.term_count(), 0.0);
    for &i in order.iter() {
        let terms = doc.sentence_terms(i);
        let share = first[i] / total / terms.len().max(1) as f32;
        for &t in terms {
            weights[t as usize] += share * idf[t as usize];
        }
    }
    for &(t, _) in query.iter() {
        weights[t as usize] = 0.0;
    }
    // The best terms, by weight then id: reuse `counts` as the candidate list.
    counts.clear();
    counts.extend((0..weights.len() as u32).filter(|&t| weights[t as usize] > 0.0));
    counts.sort_unstable_by(|&a, &b| {
        weights[b as usize]
            .total_cmp(&weights[a as usize])
            .then(a.cmp(&b))
    });
    counts.truncate(settings.expansion_terms);
    let chosen: f32 = counts.iter().map(|&t| weights[t as usize]).sum();
    if chosen > 0.0 {
        for &t in counts.iter() {
            query.push((t, settings.expansion_weight * weights[t as usize] / chosen));
        }
    }
    counts.clear();
}

/// `out[i] = (1 − context) × relevance[i] + context × the mean relevance of the sentences within
/// `window` of `i` (itself excluded; fewer at the edges).
fn blend_neighbours(relevance: &[f32], context: f32, window: usize, out: &mut [f32]) {
    let n = relevance.len();
    // Prefix sums keep it linear whatever the window.
    let mut prefix = Vec::with_capacity(n + 1);
    prefix.push(0f64);
    for &r in relevance {
        prefix.push(prefix.last().copied().unwrap_or(0.0) + f64::from(r));
    }
    for (i, value) in out.iter_mut().enumerate() {
        let low = i.saturating_sub(window);
        let high = (i + window + 1).min(n);
        let neighbours = (high - low - 1) as f64;
        let around = prefix[high] - prefix[low] - f64::from(relevance[i]);
        let mean = if neighbours > 0.0 {
            around / neighbours
        } else {
            0.0
        };
        *value = ((1.0 - f64::from(context)) * f64::from(relevance[i]) + f64::from(context) * mean)
            as f32;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::idf::sentence_idf;

    /// The document of `text`, its plain sentence IDF, and the local ids of `words` (each a
    /// stem of the document).
    fn setup(text: &str, words: &[&str]) -> (Document, Vec<f32>, Vec<QueryTerm>) {
        let doc = Document::english(text);
        let mut idf = Vec::new();
        sentence_idf(&doc, 1.0, &mut idf, &mut Vec::new());
        let mut lexicon = crate::analysis::lexicon::Lexicon::new(crate::analysis::Analysis::full(
            crate::language::Language::English,
        ));
        // A fresh lexicon maps stems in order of first appearance, as the document's local ids.
        let mut ids = Vec::new();
        crate::analysis::words::for_each_word(text, |w| {
            lexicon.term_id(w);
        });
        for word in words {
            let global = lexicon.term_id(word).expect("not a stopword");
            let local = doc.lexicon_ids.iter().position(|&g| g == global).unwrap();
            ids.push((local as u32, 1.0));
        }
        (doc, idf, ids)
    }

    const NO_EXPANSION: Relevance = Relevance {
        expansion_terms: 0,
        context: 0.0,
        ..Relevance::DEFAULT
    };

    fn scores(text: &str, words: &[&str], settings: Relevance) -> Vec<f32> {
        let (doc, idf, query) = setup(text, words);
        let mut out = Vec::new();
        relevance(
            &doc,
            &idf,
            &query,
            settings,
            &mut out,
            &mut Scratch::default(),
        );
        out
    }

    #[test]
    fn bm25_by_hand() {
        // Terms per sentence: {cat, purr}, {dog, bark}, {cat, cat, chase, dog}: average 8 / 3.
        let text = "Cats purr. Dogs bark. Cats chase the cat dog.";
        let r = scores(text, &["cat"], NO_EXPANSION);
        let idf = (4f32 / 3.0).ln() + 1.0; // cat in 2 of 3 sentences
        let average = 8.0 / 3.0;
        let bm25 =
            |tf: f32, len: f32| idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * len / average));
        assert!((r[0] - bm25(1.0, 2.0)).abs() < 1e-5, "{r:?}");
        assert_eq!(r[1], 0.0);
        assert!((r[2] - bm25(2.0, 4.0)).abs() < 1e-5, "{r:?}");
    }

    #[test]
    fn expansion_reaches_sentences_without_the_query_words() {
        // Only sentence 0 says "flood"; its other words (river, bank) lead to sentence 2.
        let text = "The flood reached the river bank. Markets rose on Monday. The river burst \
                    its bank again. Football scores came late.";
        let plain = scores(text, &["flood"], NO_EXPANSION);
        assert_eq!(plain[2], 0.0);
        let expanded = scores(
            text,
            &["flood"],
            Relevance {
                context: 0.0,
                ..Relevance::DEFAULT
            },
        );
        assert!(
            expanded[2] > 0.0 && expanded[2] < expanded[0],
            "{expanded:?}"
        );
        assert_eq!((expanded[1], expanded[3]), (0.0, 0.0));
    }

    #[test]
    fn neighbours_share_their_relevance() {
        let mut out = vec![0.0; 5];
        blend_neighbours(&[0.0, 0.0, 4.0, 0.0, 0.0], 0.5, 1, &mut out);
        assert_eq!(out, [0.0, 1.0, 2.0, 1.0, 0.0]);
        // At the edges the mean is over the neighbours there are.
        blend_neighbours(&[2.0, 0.0, 0.0], 0.5, 2, &mut out[..3]);
        assert_eq!(&out[..3], [1.0, 0.5, 0.5]);
    }

    #[test]
    fn no_query_or_no_text_gives_zeros() {
        assert_eq!(
            scores("Cats purr. Dogs bark.", &[], Relevance::DEFAULT),
            [0.0, 0.0]
        );
        let doc = Document::english("");
        let mut out = vec![1.0];
        relevance(
            &doc,
            &[],
            &[(0, 1.0)],
            Relevance::DEFAULT,
            &mut out,
            &mut Scratch::default(),
        );
        assert!(out.is_empty());
    }
}
