//! A document analysed for scoring: its sentences, and each sentence's terms as dense ids.
//!
//! Term ids here are *local*: `0..term_count` in order of first appearance, so scoring works on
//! small dense arrays and its arithmetic runs in the same order whatever the thread's lexicon
//! held before (which keeps results identical on 1 or N threads).

use super::lexicon::Lexicon;
use super::words::for_each_word;
use crate::segment::SentenceSplitter;
use crate::segment::chars::{ends_thai_lao_word, is_closer, is_strong_terminator};
use crate::segment::transcript::speaker_label_end;
use crate::span::Span;

/// The analysed form of one text.
#[derive(Debug, Default)]
pub(crate) struct Document {
    /// Sentence spans in document order.
    pub(crate) spans: Vec<Span>,
    /// Local term ids of all sentences, concatenated; sentence `i` owns
    /// `terms[term_offsets[i]..term_offsets[i + 1]]`.
    pub(crate) terms: Vec<u32>,
    pub(crate) term_offsets: Vec<usize>,
    /// Words per sentence, stopwords included.
    pub(crate) word_counts: Vec<u32>,
    /// Words per sentence that do not start with a digit, to spot fragments like datelines.
    pub(crate) lettered_word_counts: Vec<u32>,
    /// Whether each sentence is a heading: a line of its own without final punctuation
    /// (headlines, section titles, datelines, bylines).
    pub(crate) headings: Vec<bool>,
    /// Local term id → lexicon term id.
    pub(crate) lexicon_ids: Vec<u32>,
    /// Local term id → number of times the term occurs in the document.
    pub(crate) term_counts: Vec<u32>,
    /// The index of the first sentence of each text: `[0]` for one text, one entry per
    /// document of a cluster.
    pub(crate) starts: Vec<usize>,
    /// The text each sentence comes from (its index in the analysed texts).
    pub(crate) sources: Vec<u32>,
    /// Lexicon term id → local id + 1 (0: not in this document). Grown on demand, kept until the
    /// next document (a query is looked up in it) and then reset by walking `lexicon_ids`, so
    /// it costs nothing per document.
    local_of: Vec<u32>,
}

impl Document {
    /// The document's title: the first heading before the first sentence that `eligible`
    /// accepts (the first body sentence), if any.
    pub(crate) fn title_index(&self, eligible: impl Fn(usize) -> bool) -> Option<usize> {
        let first_body = (0..self.len()).find(|&i| eligible(i));
        (0..first_body.unwrap_or(0)).find(|&i| self.headings[i])
    }

    /// Splits and tokenises `text` into `self`, reusing its buffers (the summariser analyses
    /// every text with [`analyse_all`](Self::analyse_all); tests use this).
    ///
    /// With a splitter that takes each line as a unit (a transcript), a line's speaker label
    /// (`Anna:`) is not part of its words, and no line is a heading.
    #[cfg(test)]
    pub(crate) fn analyse(
        &mut self,
        text: &str,
        splitter: &SentenceSplitter,
        lexicon: &mut Lexicon,
    ) {
        self.analyse_all(&[text], splitter, lexicon);
    }

    /// Splits and tokenises several texts (the documents of a cluster) into `self` as one
    /// document whose sentences follow each other text by text: terms are shared, each
    /// sentence's span is into its own text, and [`starts`](Self::starts) tells where each
    /// text's sentences begin.
    pub(crate) fn analyse_all(
        &mut self,
        texts: &[&str],
        splitter: &SentenceSplitter,
        lexicon: &mut Lexicon,
    ) {
        // The previous document's map from lexicon ids is cleared before the lexicon may
        // forget them.
        for &global in &self.lexicon_ids {
            self.local_of[global as usize] = 0;
        }
        self.clear();
        lexicon.trim();
        self.term_offsets.push(0);
        for (number, text) in texts.iter().enumerate() {
            let first = self.spans.len();
            self.starts.push(first);
            splitter.split_into(text, &mut self.spans);
            let added = self.spans.len() - first;
            self.sources
                .extend(std::iter::repeat_n(number as u32, added));
            self.analyse_sentences(text, first, splitter.is_one_per_line(), lexicon);
        }
    }

    /// Tokenises the sentences of `text` from `first` on.
    fn analyse_sentences(&mut self, text: &str, first: usize, lines: bool, lexicon: &mut Lexicon) {
        let Document {
            spans,
            terms,
            term_offsets,
            word_counts,
            lettered_word_counts,
            headings,
            lexicon_ids,
            term_counts,
            local_of,
            ..
        } = self;
        for span in &spans[first..] {
            let mut sentence = span.slice(text);
            if lines {
                headings.push(false);
                sentence = &sentence[speaker_label_end(sentence).unwrap_or(0)..];
            } else {
                headings.push(is_heading(text, *span));
            }
            let mut words = 0u32;
            let mut lettered = 0u32;
            for_each_word(sentence, |word| {
                words = words.saturating_add(1);
                if !word.as_bytes()[0].is_ascii_digit() {
                    lettered = lettered.saturating_add(1);
                }
                let Some(global) = lexicon.term_id(word) else {
                    return;
                };
                let global = global as usize;
                if global >= local_of.len() {
                    local_of.resize(global + 1, 0);
                }
                let local = match local_of[global] {
                    0 => {
                        lexicon_ids.push(global as u32);
                        term_counts.push(0);
                        let local = lexicon_ids.len() as u32;
                        local_of[global] = local;
                        local
                    }
                    local => local,
                };
                term_counts[local as usize - 1] += 1;
                terms.push(local - 1);
            });
            word_counts.push(words);
            lettered_word_counts.push(lettered);
            term_offsets.push(terms.len());
        }
    }

    /// Appends to `out` the local ids of the terms of `text` (a query) that occur in this
    /// document, in order, repeats included; terms the document lacks are left out. `lexicon`
    /// must be the one the document was analysed with.
    pub(crate) fn local_terms_of(&self, text: &str, lexicon: &mut Lexicon, out: &mut Vec<u32>) {
        for_each_word(text, |word| {
            let local = lexicon
                .term_id(word)
                .and_then(|global| self.local_of.get(global as usize))
                .copied()
                .unwrap_or(0);
            if local > 0 {
                out.push(local - 1);
            }
        });
    }

    fn clear(&mut self) {
        self.starts.clear();
        self.sources.clear();
        self.spans.clear();
        self.terms.clear();
        self.term_offsets.clear();
        self.word_counts.clear();
        self.headings.clear();
        self.lettered_word_counts.clear();
        self.lexicon_ids.clear();
        self.term_counts.clear();
    }

    /// Number of sentences.
    pub(crate) fn len(&self) -> usize {
        self.spans.len()
    }

    /// Number of distinct terms.
    pub(crate) fn term_count(&self) -> usize {
        self.lexicon_ids.len()
    }

    /// Local term ids of sentence `i`, in order, with repeats.
    pub(crate) fn sentence_terms(&self, i: usize) -> &[u32] {
        &self.terms[self.term_offsets[i]..self.term_offsets[i + 1]]
    }

    /// `text` analysed as English with stemming and stopwords, as the default summariser does:
    /// the document the scoring tests work on.
    #[cfg(test)]
    pub(crate) fn english(text: &str) -> Document {
        let language = crate::language::Language::English;
        let splitter = SentenceSplitter::new(language);
        let mut lexicon = Lexicon::new(super::Analysis::full(language));
        let mut doc = Document::default();
        doc.analyse(text, &splitter, &mut lexicon);
        doc
    }
}

/// Whether the sentence at `span` ends its line without final punctuation, like a headline.
/// Thai and Lao have no final punctuation, so a sentence ending in their letters is never taken
/// for a heading: every sentence of a text written one per line would be.
fn is_heading(text: &str, span: Span) -> bool {
    let sentence = span.slice(text).trim_end_matches(is_closer);
    let ends_with_stop = sentence
        .chars()
        .next_back()
        .is_some_and(|c| c == '.' || c == ':' || is_strong_terminator(c) || ends_thai_lao_word(c));
    if ends_with_stop {
        return false;
    }
    let after = &text[span.end..];
    let rest_of_line = &after[..after.find('\n').unwrap_or(after.len())];
    rest_of_line.trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Analysis;
    use crate::language::Language;

    #[test]
    fn local_ids_follow_first_appearance_and_reset_between_documents() {
        let splitter = SentenceSplitter::new(Language::English);
        let mut lexicon = Lexicon::new(Analysis {
            language: Language::English,
            stemming: true,
            stopwords: true,
        });
        let mut doc = Document::default();
        doc.analyse("Zebras run. The zebra runs fast.", &splitter, &mut lexicon);
        assert_eq!(doc.len(), 2);
        assert_eq!(doc.sentence_terms(0), [0, 1]);
        assert_eq!(doc.sentence_terms(1), [0, 1, 2]);
        assert_eq!(doc.word_counts, [2, 4]);
        assert_eq!(doc.headings, [false, false]);

        // A second document sees fresh local ids even though the lexicon remembers more.
        doc.analyse("Fast cars. Zebras.", &splitter, &mut lexicon);
        assert_eq!(doc.sentence_terms(0), [0, 1]);
        assert_eq!(doc.sentence_terms(1), [2]);
        assert_eq!(doc.term_count(), 3);
    }
}

#[cfg(test)]
mod heading_tests {
    use super::*;

    fn headings(text: &str) -> Vec<bool> {
        let splitter = SentenceSplitter::new(crate::language::Language::English);
        splitter
            .split(text)
            .map(|span| is_heading(text, span))
            .collect()
    }

    #[test]
    fn lines_without_final_punctuation_are_headings() {
        assert_eq!(
            headings(
                "Ad sales boost profit\n\nProfits rose. They said so.\n\n\u{2018}Quote title\u{2019}\n\nEnd."
            ),
            [true, false, false, true, false]
        );
        assert_eq!(headings("no punctuation at all"), [true]);
        // A line ending in a colon continues into the next line.
        assert_eq!(headings("Why?\nBecause:\nReasons."), [false, false]);
        // Thai has no final punctuation to tell a heading by.
        assert_eq!(headings("ฝนตกหนักในกรุงเทพ\nน้ำท่วมถนน"), [false, false]);
    }
}
