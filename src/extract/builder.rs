//! Builds the clean text and its piece map, one stretch of the original at a time.
//!
//! Every extractor feeds the builder stretches of the original input in order, plus layout
//! (spaces, paragraph breaks, heading bounds); the builder collapses white space, drops it at
//! the edges of paragraphs, and records where each byte of the clean text came from.

use std::borrow::Cow;

use crate::extract::Format;
use crate::extract::extracted::{Extracted, Piece};
use crate::span::Span;

/// White space waiting for the next content, so that runs collapse and trailing space vanishes.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Pending {
    Nothing,
    /// One space, read from these original bytes if any.
    Space(Option<Span>),
    /// A line break inside a paragraph.
    Line,
    /// A blank line between paragraphs.
    Paragraph,
}

/// The clean text under construction.
pub(crate) struct Builder<'input> {
    original: &'input str,
    text: String,
    pieces: Vec<Piece>,
    headings: Vec<Span>,
    pending: Pending,
    /// Where the open heading starts in the clean text, if one is open.
    heading: Option<usize>,
    /// Keep runs of spaces and tabs inside a line as they are, rather than as one space.
    keep_inline_spaces: bool,
}

impl<'input> Builder<'input> {
    pub(crate) fn new(original: &'input str) -> Builder<'input> {
        Builder {
            original,
            text: String::with_capacity(original.len().min(1 << 20)),
            pieces: Vec::new(),
            headings: Vec::new(),
            pending: Pending::Nothing,
            heading: None,
            keep_inline_spaces: false,
        }
    }

    /// A builder that keeps runs of spaces and tabs inside a line, for plain text, whose
    /// spacing is the author's (`Tel.  (57-1)`); line breaks and runs around them still become
    /// one space.
    pub(crate) fn keeping_inline_spaces(original: &'input str) -> Builder<'input> {
        Builder {
            keep_inline_spaces: true,
            ..Builder::new(original)
        }
    }

    /// Appends the original bytes `start..end`, collapsing their white space.
    pub(crate) fn original(&mut self, start: usize, end: usize) {
        let slice = &self.original[start..end];
        let mut run_start = 0;
        let mut in_space = false;
        for (i, c) in slice.char_indices() {
            let space = c.is_whitespace();
            if space != in_space {
                self.flush_run(start, run_start, i, in_space);
                run_start = i;
                in_space = space;
            }
        }
        self.flush_run(start, run_start, slice.len(), in_space);
    }

    fn flush_run(&mut self, base: usize, from: usize, to: usize, space: bool) {
        if from == to {
            return;
        }
        let original = Span::new(base + from, base + to);
        if space {
            self.space(Some(original));
        } else {
            self.content(&self.original[original.range()], original, true);
        }
    }

    /// Appends `decoded`, read from the original bytes `original` (a character reference, an
    /// escaped character): it maps as a whole.
    pub(crate) fn decoded(&mut self, decoded: &str, original: Span) {
        let content = decoded.trim();
        if content.is_empty() {
            self.space(Some(original));
            return;
        }
        // White space at the edges stays a word break, so it can collapse and be trimmed.
        if content.len() < decoded.len() && decoded.starts_with(char::is_whitespace) {
            self.space(None);
        }
        let content = if content.contains(char::is_whitespace) {
            collapse_whitespace(content)
        } else {
            content.to_owned()
        };
        self.content(&content, original, false);
        if decoded.ends_with(char::is_whitespace) {
            self.space(None);
        }
    }

    /// A word boundary: one space unless a line or paragraph break is already pending.
    pub(crate) fn space(&mut self, original: Option<Span>) {
        match self.pending {
            Pending::Nothing => self.pending = Pending::Space(original),
            Pending::Space(None) if original.is_some() => self.pending = Pending::Space(original),
            _ => {}
        }
    }

    /// A line break inside a paragraph (a list item, a line of verse). Inside a heading, which
    /// stays on one line, a space.
    pub(crate) fn line_break(&mut self) {
        if self.heading.is_some() {
            self.space(None);
        } else if self.pending != Pending::Paragraph {
            self.pending = Pending::Line;
        }
    }

    /// A blank line: the end of a paragraph. Inside a heading, a space.
    pub(crate) fn paragraph_break(&mut self) {
        if self.heading.is_some() {
            self.space(None);
        } else {
            self.pending = Pending::Paragraph;
        }
    }

    /// Starts a heading on a paragraph of its own.
    pub(crate) fn begin_heading(&mut self) {
        self.end_heading();
        self.paragraph_break();
        self.heading = Some(usize::MAX);
    }

    /// Ends the open heading, if any.
    pub(crate) fn end_heading(&mut self) {
        if let Some(start) = self.heading.take() {
            if start < self.text.len() {
                self.headings.push(Span::new(start, self.text.len()));
            }
            self.paragraph_break();
        }
    }

    fn content(&mut self, content: &str, original: Span, verbatim: bool) {
        match std::mem::replace(&mut self.pending, Pending::Nothing) {
            _ if self.text.is_empty() => {}
            Pending::Nothing => {}
            Pending::Space(space) => {
                let start = self.text.len();
                let run = space.map_or("", |space| &self.original[space.range()]);
                let inline = !run.is_empty() && run.bytes().all(|b| b == b' ' || b == b'\t');
                if self.keep_inline_spaces && inline {
                    self.text.push_str(run);
                } else {
                    self.text.push(' ');
                }
                if let Some(space) = space {
                    let written = &self.text[start..];
                    let verbatim = written == run;
                    self.push_piece(Span::new(start, self.text.len()), space, verbatim);
                }
            }
            Pending::Line => self.text.push('\n'),
            Pending::Paragraph => self.text.push_str("\n\n"),
        }
        if self.heading == Some(usize::MAX) {
            self.heading = Some(self.text.len());
        }
        let start = self.text.len();
        self.text.push_str(content);
        self.push_piece(Span::new(start, self.text.len()), original, verbatim);
    }

    fn push_piece(&mut self, clean: Span, original: Span, verbatim: bool) {
        if let Some(last) = self.pieces.last_mut()
            && verbatim
            && last.is_verbatim()
            && last.clean.end == clean.start
            && last.original.end == original.start
        {
            last.clean.end = clean.end;
            last.original.end = original.end;
            return;
        }
        self.pieces.push(Piece::new(clean, original, verbatim));
    }

    /// The finished extraction; the clean text borrows the input when it equals it.
    pub(crate) fn finish(mut self, format: Format) -> Extracted<'input> {
        self.end_heading();
        let text = if self.text == self.original {
            Cow::Borrowed(self.original)
        } else {
            Cow::Owned(self.text)
        };
        Extracted {
            text,
            format,
            headings: self.headings,
            pieces: self.pieces,
        }
    }
}

/// `text` with each run of white space replaced by one space.
fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
