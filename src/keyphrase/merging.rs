//! Merging: occurrences with the same sequence of terms (stems) are one phrase, whatever their
//! case or inflection (`Neural Networks`, `neural network`); a phrase inside a better one is
//! left out of the ranking; a phrase is shown in its most frequent written form.

use std::collections::{HashMap, HashSet};

use foldhash::fast::RandomState;

use super::candidates::Words;
use crate::span::Span;

/// One distinct candidate phrase of a document.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Phrase {
    /// Word range of the first occurrence.
    pub(crate) start: u32,
    pub(crate) end: u32,
    /// Occurrences anywhere, also inside longer runs.
    pub(crate) count: u32,
    /// Occurrences as a whole run of content words.
    pub(crate) whole: u32,
    pub(crate) score: f32,
}

impl Phrase {
    fn terms<'w>(&self, words: &'w Words) -> &'w [u32] {
        &words.terms[self.start as usize..self.end as usize]
    }
}

/// The distinct phrases of a document and where each occurs.
#[derive(Debug, Default)]
pub(crate) struct Phrases {
    pub(crate) list: Vec<Phrase>,
    /// `(phrase, first word)` of every occurrence: by first word as collected, by phrase
    /// once [`best`](Self::best) has ranked them.
    occurrences: Vec<(u32, u32)>,
    /// Phrase indices, best first.
    ranking: Vec<u32>,
}

impl Phrases {
    /// Groups the candidates `(start, end, whole)` that `for_each` yields by their terms.
    pub(crate) fn collect(
        &mut self,
        words: &Words,
        for_each: impl FnOnce(&mut dyn FnMut(usize, usize, bool)),
    ) {
        self.list.clear();
        self.occurrences.clear();
        let mut ids: HashMap<&[u32], u32, RandomState> = HashMap::default();
        let Phrases {
            list, occurrences, ..
        } = self;
        for_each(&mut |start, end, whole| {
            let next = list.len() as u32;
            let id = *ids.entry(&words.terms[start..end]).or_insert(next);
            if id == next {
                list.push(Phrase {
                    start: start as u32,
                    end: end as u32,
                    count: 0,
                    whole: 0,
                    score: 0.0,
                });
            }
            let phrase = &mut list[id as usize];
            phrase.count += 1;
            phrase.whole += u32::from(whole);
            occurrences.push((id, start as u32));
        });
    }

    /// The indices of the `n` best phrases that `eligible` accepts, best first, ties by first
    /// occurrence. A phrase whose terms lie inside a better phrase already taken (`network` after
    /// `neural network`) is left out: it would say the same thing twice.
    pub(crate) fn best(
        &mut self,
        words: &Words,
        n: usize,
        eligible: impl Fn(&Phrase) -> bool,
    ) -> Vec<u32> {
        let Phrases {
            list,
            ranking,
            occurrences,
        } = self;
        ranking.clear();
        ranking.extend((0..list.len() as u32).filter(|&id| eligible(&list[id as usize])));
        ranking.sort_unstable_by(|&a, &b| {
            let (a, b) = (&list[a as usize], &list[b as usize]);
            b.score.total_cmp(&a.score).then(a.start.cmp(&b.start))
        });
        // Every contiguous part of the phrases taken: a phrase is inside one of them if its
        // terms are one of these parts. A set keeps the check constant-time however many are
        // asked for.
        let mut parts: HashSet<&[u32], RandomState> = HashSet::default();
        let mut chosen: Vec<u32> = Vec::new();
        for &id in ranking.iter() {
            if chosen.len() >= n {
                break;
            }
            let terms = list[id as usize].terms(words);
            if !parts.contains(terms) {
                chosen.push(id);
                for start in 0..terms.len() {
                    for end in start + 1..=terms.len() {
                        parts.insert(&terms[start..end]);
                    }
                }
            }
        }
        // Occurrences by phrase, each phrase's in document order, for `spans`.
        occurrences.sort_unstable();
        chosen
    }

    /// The spans of the occurrences of phrase `id`, in document order, without overlaps (a
    /// repeated word can make a phrase overlap itself: `data data` in `data data data`). Call
    /// after [`best`](Self::best).
    pub(crate) fn spans(&self, words: &Words, id: u32) -> Vec<Span> {
        let phrase = &self.list[id as usize];
        let length = (phrase.end - phrase.start) as usize;
        // `best` sorted the occurrences by phrase, then by first word.
        let first = self.occurrences.partition_point(|&(other, _)| other < id);
        let last = self.occurrences.partition_point(|&(other, _)| other <= id);
        let mut spans: Vec<Span> = Vec::with_capacity(last - first);
        for &(_, start) in &self.occurrences[first..last] {
            let start = start as usize;
            let span = Span::new(
                words.spans[start].start,
                words.spans[start + length - 1].end,
            );
            if spans.last().is_none_or(|last| last.end <= span.start) {
                spans.push(span);
            }
        }
        spans
    }
}

/// The span among `spans` to show a phrase by: of the forms that are equal ignoring case, the
/// one that occurs most often, and of its spellings the most frequent; ties go to the first.
/// `neural networks` twice and `Neural Network` once give `neural networks`.
pub(crate) fn most_frequent_form(text: &str, spans: &[Span]) -> Option<Span> {
    // (count ignoring case, count as written, first index) by form, case folded and as written.
    let mut folded: HashMap<String, (usize, usize), RandomState> = HashMap::default();
    let mut written: HashMap<&str, (usize, usize), RandomState> = HashMap::default();
    for (i, span) in spans.iter().enumerate() {
        folded
            .entry(span.slice(text).to_lowercase())
            .or_insert((0, i))
            .0 += 1;
        written.entry(span.slice(text)).or_insert((0, i)).0 += 1;
    }
    let by_count = |a: &(usize, usize), b: &(usize, usize)| a.0.cmp(&b.0).then(b.1.cmp(&a.1));
    let (_, group) = folded.into_iter().max_by(|a, b| by_count(&a.1, &b.1))?;
    let first = group.1;
    let lower = spans[first].slice(text).to_lowercase();
    written
        .into_iter()
        .filter(|(form, _)| form.to_lowercase() == lower)
        .max_by(|a, b| by_count(&a.1, &b.1))
        .map(|(_, (_, i))| spans[i])
}
