//! Candidate phrases: runs of content words inside a sentence, cut at stopwords, numbers and
//! punctuation.
//!
//! There is no part-of-speech model: what makes a run noun-phrase-like is what it lacks.
//! Stopwords (articles, prepositions, pronouns, auxiliaries) and punctuation are where noun
//! phrases end in every language with a stopword list, so a maximal run of the words between
//! them is mostly a noun phrase with its modifiers ("adaptive resource management"). Where the
//! language has them ([`super::stopwords`]), more function words and a few cues for verbs cut
//! the runs closer to the noun phrase.

use std::collections::HashMap;

use foldhash::fast::RandomState;

use super::stopwords::{PhraseCues, Role, phrase_cues};
use crate::analysis::lexicon::Lexicon;
use crate::analysis::words::{for_each_word, lowercase_into};
use crate::span::Span;

/// The term of a word that no candidate contains: a stopword, a number, a lone letter.
pub(crate) const BOUNDARY: u32 = u32::MAX;

/// How a word is linked to the word before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Link {
    /// A phrase cannot run on: the first word of a sentence, or punctuation between.
    Break,
    /// White space between: a phrase may run on, or end here.
    Space,
    /// A joiner between, with nothing around it (`multi-step`, `encoding/decoding`): the two
    /// are one compound, which a phrase takes whole.
    Compound,
}

impl Link {
    /// The link that `gap`, the text between two words of a sentence, makes.
    fn of(gap: &str) -> Link {
        if matches!(gap, "-" | "/" | "\u{2010}" | "\u{2011}") {
            Link::Compound
        } else if gap.chars().all(char::is_whitespace) {
            Link::Space
        } else {
            Link::Break
        }
    }
}

/// What a word says about the word next to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    None,
    /// The next word is a verb (`we`, `to`, `can`).
    BeforeVerb,
    /// The previous word is a verb (an article that opens its object).
    AfterVerb,
    /// This word is a participle: after a noun phrase, a verb.
    Participle,
}

/// The words of one document as candidates see them, in document order.
#[derive(Debug, Default)]
pub(crate) struct Words {
    /// Where each word is in the text.
    pub(crate) spans: Vec<Span>,
    /// Each word's local term id (dense, in order of first appearance), or [`BOUNDARY`].
    pub(crate) terms: Vec<u32>,
    /// How each word is linked to the one before it.
    pub(crate) links: Vec<Link>,
    /// What each word says about its neighbours.
    cues: Vec<Cue>,
    /// The sentence each word is in.
    pub(crate) sentences: Vec<u32>,
    /// Local term id → lexicon term id, or [`BOUNDARY`] for a stopword inside a compound
    /// (`to` in `end-to-end`), which has none.
    pub(crate) lexicon_ids: Vec<u32>,
    /// Local term id → occurrences in the document.
    pub(crate) term_counts: Vec<u32>,
    /// Local term id → number of sentences it occurs in.
    pub(crate) sentence_counts: Vec<u32>,
    /// Local term id → the last sentence it was counted in.
    last_sentence: Vec<u32>,
    /// Lexicon term id → local id + 1 (0: not in this document); reset after each document.
    local_of: Vec<u32>,
    /// Lower-case stopword inside a compound → local id.
    inner_stopwords: HashMap<Box<str>, u32, RandomState>,
    /// The words of the sentence being read, with their links.
    sentence: Vec<(Span, Link)>,
    /// Scratch for lower-casing.
    lower: String,
}

/// Whether `word` may be part of a candidate outside a compound: words without a letter
/// (numbers) and lone letters of a cased script (variables, list markers, the `s` of a
/// possessive) may not. A lone Han character is a word of its own.
fn is_content_shaped(word: &str) -> bool {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase(),
        _ => word.chars().any(char::is_alphabetic),
    }
}

impl Words {
    /// Reads the words of the sentences at `sentences` of `text` into `self`, with the terms
    /// of `lexicon`.
    pub(crate) fn read(&mut self, text: &str, sentences: &[Span], lexicon: &mut Lexicon) {
        self.clear();
        let analysis = lexicon.analysis();
        let cues = if analysis.stopwords {
            phrase_cues(analysis.language)
        } else {
            PhraseCues::none()
        };
        for (number, sentence) in sentences.iter().enumerate() {
            let sentence_text = sentence.slice(text);
            let mut words = std::mem::take(&mut self.sentence);
            words.clear();
            let mut previous_end = None;
            for_each_word(sentence_text, |word| {
                // `word` is a slice of `sentence_text`: its offset is the pointers' distance.
                let start =
                    sentence.start + (word.as_ptr() as usize - sentence_text.as_ptr() as usize);
                let end = start + word.len();
                let link = match previous_end {
                    None => Link::Break,
                    // The overlapping units of scripts without spaces (`東京`, `京都`) run on.
                    Some(previous) if previous >= start => Link::Space,
                    Some(previous) => Link::of(&text[previous..start]),
                };
                previous_end = Some(end);
                words.push((Span::new(start, end), link));
            });
            let first = self.terms.len();
            let mut lettered_compound = false;
            for (i, &(span, link)) in words.iter().enumerate() {
                if link != Link::Compound {
                    // A compound of numbers alone (`2022-02-25`, `3/4`) is a number.
                    lettered_compound = words[i..]
                        .iter()
                        .enumerate()
                        .take_while(|&(j, &(_, link))| j == 0 || link == Link::Compound)
                        .any(|(_, &(span, _))| span.slice(text).chars().any(char::is_alphabetic));
                }
                let in_compound = lettered_compound
                    && (link == Link::Compound
                        || words
                            .get(i + 1)
                            .is_some_and(|&(_, next)| next == Link::Compound));
                let (term, cue) = self.classify(span.slice(text), in_compound, lexicon, &cues);
                self.spans.push(span);
                self.terms.push(term);
                self.links.push(link);
                self.cues.push(cue);
                self.sentences.push(number as u32);
            }
            self.sentence = words;
            self.count_sentence(first, number as u32);
        }
        for &global in &self.lexicon_ids {
            if global != BOUNDARY {
                self.local_of[global as usize] = 0;
            }
        }
    }

    /// The term and cue of `word`. Inside a compound every word counts (`end-to-end`,
    /// `on-line`, `X-ray`, `3-D`); elsewhere stopwords, the language's extra stopwords,
    /// numbers and lone letters are boundaries.
    fn classify(
        &mut self,
        word: &str,
        in_compound: bool,
        lexicon: &mut Lexicon,
        cues: &PhraseCues,
    ) -> (u32, Cue) {
        if in_compound {
            let term = match lexicon.term_id(word) {
                Some(global) => self.local(global),
                None => self.inner_stopword(word),
            };
            return (term, Cue::None);
        }
        if cues.is_empty() {
            let term = match lexicon.term_id(word) {
                Some(global) if is_content_shaped(word) => self.local(global),
                _ => BOUNDARY,
            };
            return (term, Cue::None);
        }
        lowercase_into(word, &mut self.lower);
        let cue = match cues.role(&self.lower) {
            Some(Role::Boundary) => return (BOUNDARY, Cue::None),
            Some(Role::BeforeVerb) => return (BOUNDARY, Cue::BeforeVerb),
            Some(Role::AfterVerb) => return (BOUNDARY, Cue::AfterVerb),
            None if cues.is_participle(&self.lower) => Cue::Participle,
            None => Cue::None,
        };
        match lexicon.term_id(word) {
            Some(global) if is_content_shaped(word) => (self.local(global), cue),
            _ => (BOUNDARY, Cue::None),
        }
    }

    /// Adds one to the sentence count of each distinct term of the words from `first` on, the
    /// words of sentence `sentence`.
    fn count_sentence(&mut self, first: usize, sentence: u32) {
        self.sentence_counts.resize(self.term_counts.len(), 0);
        self.last_sentence.resize(self.term_counts.len(), u32::MAX);
        for &term in &self.terms[first..] {
            if term != BOUNDARY && self.last_sentence[term as usize] != sentence {
                self.last_sentence[term as usize] = sentence;
                self.sentence_counts[term as usize] += 1;
            }
        }
    }

    /// The local id of lexicon term `global`, counted once more.
    fn local(&mut self, global: u32) -> u32 {
        let index = global as usize;
        if index >= self.local_of.len() {
            self.local_of.resize(index + 1, 0);
        }
        let local = match self.local_of[index] {
            0 => {
                self.lexicon_ids.push(global);
                self.term_counts.push(0);
                let local = self.lexicon_ids.len() as u32;
                self.local_of[index] = local;
                local - 1
            }
            local => local - 1,
        };
        self.term_counts[local as usize] += 1;
        local
    }

    /// The local id of a stopword inside a compound, by its lower-case form, counted once more.
    fn inner_stopword(&mut self, word: &str) -> u32 {
        lowercase_into(word, &mut self.lower);
        let local = match self.inner_stopwords.get(self.lower.as_str()) {
            Some(&local) => local,
            None => {
                let local = self.lexicon_ids.len() as u32;
                self.lexicon_ids.push(BOUNDARY);
                self.term_counts.push(0);
                self.inner_stopwords
                    .insert(self.lower.as_str().into(), local);
                local
            }
        };
        self.term_counts[local as usize] += 1;
        local
    }

    /// Whether local term `term` is a stopword inside a compound.
    pub(crate) fn is_inner_stopword(&self, term: u32) -> bool {
        self.lexicon_ids[term as usize] == BOUNDARY
    }

    /// Number of distinct terms.
    pub(crate) fn term_count(&self) -> usize {
        self.lexicon_ids.len()
    }

    /// Number of words.
    pub(crate) fn len(&self) -> usize {
        self.terms.len()
    }

    fn clear(&mut self) {
        self.spans.clear();
        self.terms.clear();
        self.links.clear();
        self.cues.clear();
        self.sentences.clear();
        self.lexicon_ids.clear();
        self.term_counts.clear();
        self.sentence_counts.clear();
        self.last_sentence.clear();
        self.inner_stopwords.clear();
    }

    /// Calls `f(start, end, whole)` with the word ranges of the candidates: for each run of
    /// content words ([`runs`](Self::runs)), every part of it of at most `max_words` words that
    /// does not cut a compound, with `whole` set for the run itself.
    pub(crate) fn for_each_candidate(
        &self,
        max_words: usize,
        mut f: impl FnMut(usize, usize, bool),
    ) {
        self.runs(|start, end| {
            for a in (start..end).filter(|&a| self.links[a] != Link::Compound) {
                for b in a + 1..=end.min(a + max_words) {
                    if b == end || self.links[b] != Link::Compound {
                        f(a, b, a == start && b == end);
                    }
                }
            }
        });
    }

    /// Calls `f(start, end)` with the word range of each run of content words: consecutive
    /// words that are not boundaries and are linked by white space or joiners, less a verb at
    /// either end when the language's cues point one out.
    fn runs(&self, mut f: impl FnMut(usize, usize)) {
        let mut i = 0;
        while i < self.len() {
            if self.terms[i] == BOUNDARY {
                i += 1;
                continue;
            }
            let run_end = (i + 1..self.len())
                .find(|&j| self.links[j] == Link::Break || self.terms[j] == BOUNDARY)
                .unwrap_or(self.len());
            let (mut start, mut end) = (i, run_end);
            let stands_alone = |j: usize| {
                self.links[j] != Link::Compound
                    && (j + 1 >= run_end || self.links[j + 1] != Link::Compound)
            };
            // `we propose`, `to solve`, `can help`: a verb opens the run.
            if start > 0
                && self.links[start] == Link::Space
                && self.cues[start - 1] == Cue::BeforeVerb
                && stands_alone(start)
            {
                start += 1;
            }
            // `the method yields a`: a verb ends the run.
            if end > start
                && end < self.len()
                && self.links[end] == Link::Space
                && self.cues[end] == Cue::AfterVerb
                && stands_alone(end - 1)
            {
                end -= 1;
            }
            // `the projections measured by`: a participle after a noun phrase.
            if end > start + 1 && self.cues[end - 1] == Cue::Participle && stands_alone(end - 1) {
                end -= 1;
            }
            if end > start {
                f(start, end);
            }
            i = run_end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_join_compounds_and_break_at_punctuation() {
        assert_eq!(Link::of(" "), Link::Space);
        assert_eq!(Link::of("\n  "), Link::Space);
        assert_eq!(Link::of("-"), Link::Compound);
        assert_eq!(Link::of("/"), Link::Compound);
        assert_eq!(Link::of(" - "), Link::Break);
        assert_eq!(Link::of(", "), Link::Break);
        assert_eq!(Link::of("'"), Link::Break);
        assert_eq!(Link::of(""), Link::Space);
    }

    #[test]
    fn numbers_and_lone_letters_are_not_content() {
        assert!(is_content_shaped("qubit"));
        assert!(is_content_shaped("H264"));
        assert!(is_content_shaped("猫"));
        assert!(!is_content_shaped("2024"));
        assert!(!is_content_shaped("x"));
        assert!(!is_content_shaped("É"));
    }
}
