//! The texts a summariser reads: the inputs as given, or the clean text extracted from them (a
//! web page, Markdown, PDF or mail text) with the map back to the input's bytes.

use std::borrow::Cow;

use crate::analysis::document::Document;
use crate::combine::breakdown::ScoreBreakdown;
use crate::extract::{Extracted, Format, extract};
use crate::span::Span;
use crate::summary::Sentence;

/// The inputs of one summary, and what the stages read of them.
pub(super) struct Inputs<'t> {
    originals: Vec<&'t str>,
    /// With an input format: each input's extraction.
    extracted: Option<Vec<Extracted<'t>>>,
}

impl<'t> Inputs<'t> {
    /// The inputs `originals`, extracted as `format` when one is set.
    pub(super) fn new(originals: &[&'t str], format: Option<Format>) -> Inputs<'t> {
        Inputs {
            originals: originals.to_vec(),
            extracted: format.map(|format| {
                originals
                    .iter()
                    .map(|original| extract(original, format))
                    .collect()
            }),
        }
    }

    /// The texts the stages analyse: the clean texts, or the inputs themselves.
    pub(super) fn texts(&self) -> Vec<&str> {
        match &self.extracted {
            Some(extracted) => extracted.iter().map(Extracted::text).collect(),
            None => self.originals.clone(),
        }
    }

    /// Marks as headings the sentences that the extraction found to be titles (a web page's
    /// `<h2>`, a Markdown `#` line), whatever their punctuation.
    pub(super) fn mark_headings(&self, document: &mut Document) {
        let Some(extracted) = &self.extracted else {
            return;
        };
        for i in 0..document.len() {
            let source = &extracted[document.sources[i] as usize];
            if source.is_heading(document.spans[i]) {
                document.headings[i] = true;
            }
        }
    }

    /// Sentence `i` of `document` as the summary gives it: borrowed from the input, or for
    /// extracted input the clean text with the input spans it was read from.
    pub(super) fn sentence(
        &self,
        document: &Document,
        i: usize,
        rank: usize,
        score: f32,
        breakdown: ScoreBreakdown,
    ) -> Sentence<'t> {
        let source = document.sources[i] as usize;
        let span = document.spans[i];
        let (span, text, pieces) = match &self.extracted {
            None => (
                span,
                Cow::Borrowed(span.slice(self.originals[source])),
                Vec::new(),
            ),
            Some(extracted) => {
                let extracted = &extracted[source];
                let pieces = extracted.original_spans(span);
                let covering = match (pieces.first(), pieces.last()) {
                    (Some(first), Some(last)) => Span::new(first.start, last.end),
                    _ => Span::new(0, 0),
                };
                let text = Cow::Owned(span.slice(extracted.text()).to_owned());
                (covering, text, pieces)
            }
        };
        Sentence {
            document: source,
            index: i,
            span,
            text,
            pieces,
            score,
            rank,
            breakdown,
        }
    }
}
