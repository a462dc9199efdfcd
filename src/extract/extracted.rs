//! The result of an extraction: the clean text, which of its lines are headings, and the piece
//! map from clean-text bytes back to the bytes of the original input.

use std::borrow::Cow;

use crate::extract::Format;
use crate::span::Span;

/// A stretch of the clean text and the stretch of the original input it was read from.
///
/// The invariant every extractor keeps: decoding the original bytes (HTML character references,
/// Markdown backslash escapes) and then replacing each run of white space by one space gives
/// exactly the clean bytes, also with each run of white space replaced by one space. Pieces are
/// sorted and do not overlap, in the clean text and in the original alike. Clean-text bytes that
/// no piece covers were inserted by the extractor: only white space (paragraph breaks, the space
/// that joins two lines or two blocks).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    /// Bytes of the clean text.
    pub clean: Span,
    /// Bytes of the original input.
    pub original: Span,
    /// Whether both stretches hold the same bytes, so that any sub-span maps byte for byte.
    verbatim: bool,
}

impl Piece {
    pub(crate) fn new(clean: Span, original: Span, verbatim: bool) -> Piece {
        Piece {
            clean,
            original,
            verbatim,
        }
    }

    /// Whether the clean and original stretches hold the same bytes. A piece that is not
    /// verbatim (a character reference, a run of white space that became one space) maps as a
    /// whole: a span that covers part of it maps to all of its original bytes.
    pub fn is_verbatim(&self) -> bool {
        self.verbatim
    }

    /// The original bytes under the part `start..end` of the clean stretch.
    fn original_part(&self, start: usize, end: usize) -> Span {
        if self.verbatim {
            let offset = start - self.clean.start;
            let original = self.original.start + offset;
            Span::new(original, original + (end - start))
        } else {
            self.original
        }
    }
}

/// Text extracted from an input of some [`Format`], ready for the sentence splitter.
///
/// Paragraphs are separated by blank lines; each heading stands alone between blank lines, so
/// the splitter makes it a sentence of its own, and [`Extracted::headings`] tells which they are.
/// [`Extracted::original_spans`] maps any span of [`Extracted::text`] back to the input.
#[derive(Clone, Debug)]
pub struct Extracted<'input> {
    pub(crate) text: Cow<'input, str>,
    pub(crate) format: Format,
    pub(crate) headings: Vec<Span>,
    pub(crate) pieces: Vec<Piece>,
}

impl<'input> Extracted<'input> {
    /// The clean text: paragraphs separated by blank lines, headings on lines of their own.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The clean text, borrowed from the input when extraction changed nothing.
    pub fn into_text(self) -> Cow<'input, str> {
        self.text
    }

    /// The same extraction owning its text, so it can outlive the input (the Python package
    /// keeps it beside its own copy of the input).
    ///
    /// ```
    /// use salient::{extract, Extracted, Format, Span};
    ///
    /// let kept: Extracted<'static> = {
    ///     let page = String::from("<p>Fish &amp; chips.</p>");
    ///     extract(&page, Format::Html).into_owned()
    /// };
    /// assert_eq!(kept.text(), "Fish & chips.");
    /// assert_eq!(kept.original_spans(Span::new(0, 4)), [Span::new(3, 7)]);
    /// ```
    pub fn into_owned(self) -> Extracted<'static> {
        Extracted {
            text: Cow::Owned(self.text.into_owned()),
            format: self.format,
            headings: self.headings,
            pieces: self.pieces,
        }
    }

    /// The format the input was read as: never [`Format::Auto`], which resolves to another.
    pub fn format(&self) -> Format {
        self.format
    }

    /// Clean-text spans of the headings and titles, in order. They are lines of their own and
    /// should not be taken as summary sentences.
    pub fn headings(&self) -> &[Span] {
        &self.headings
    }

    /// Whether `span` of the clean text lies within a heading.
    pub fn is_heading(&self, span: Span) -> bool {
        let index = self.headings.partition_point(|h| h.end <= span.start);
        self.headings
            .get(index)
            .is_some_and(|h| h.start <= span.start && span.end <= h.end)
    }

    /// The piece map, sorted by clean-text position.
    pub fn pieces(&self) -> &[Piece] {
        &self.pieces
    }

    /// The spans of the original input that `clean` (a span of [`Extracted::text`]) was read
    /// from, in order. Stretches that touch in the original come back as one span; a sentence
    /// that crosses markup or a line end undone by de-hyphenation comes back as several.
    /// Inserted white space maps to nothing, so an empty list means `clean` held only that.
    ///
    /// ```
    /// use salient::{extract, Format, Span};
    ///
    /// let page = "<p>Fish &amp; chips. <b>Salt</b> too.</p>";
    /// let extracted = extract(page, Format::Html);
    /// assert_eq!(extracted.text(), "Fish & chips. Salt too.");
    /// let spans = extracted.original_spans(Span::new(14, 23)); // "Salt too."
    /// let pieces: Vec<&str> = spans.iter().map(|s| s.slice(page)).collect();
    /// assert_eq!(pieces, ["Salt", " too."]);
    /// ```
    pub fn original_spans(&self, clean: Span) -> Vec<Span> {
        let mut spans: Vec<Span> = Vec::new();
        let first = self.pieces.partition_point(|p| p.clean.end <= clean.start);
        for piece in self.pieces[first..]
            .iter()
            .take_while(|p| p.clean.start < clean.end)
        {
            let start = clean.start.max(piece.clean.start);
            let end = clean.end.min(piece.clean.end);
            if start >= end {
                continue;
            }
            let original = piece.original_part(start, end);
            match spans.last_mut() {
                Some(last) if last.end == original.start => last.end = original.end,
                _ => spans.push(original),
            }
        }
        spans
    }
}
