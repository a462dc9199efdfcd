//! Byte spans into the summarised text.

use std::ops::Range;

/// A half-open byte range `start..end` into the text it was produced from.
///
/// Spans always lie on `char` boundaries, so slicing the original text never panics:
///
/// ```
/// use salient::Span;
/// let text = "Grüße. Bye.";
/// let span = Span::new(0, 8); // "ü" and "ß" take two bytes each
/// assert_eq!(span.slice(text), "Grüße.");
/// assert_eq!(&text[span.range()], "Grüße.");
/// ```
///
/// With the `serde` feature a span is `{"start": 0, "end": 8}`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates the span `start..end`.
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    #[inline]
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The span as a `Range<usize>`, for indexing.
    #[inline]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The slice of `text` this span covers.
    ///
    /// # Panics
    ///
    /// Panics if the span does not lie within `text` on `char` boundaries, which cannot happen
    /// for a span produced from the same `text` by this crate.
    #[inline]
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.range()]
    }
}

impl From<Span> for Range<usize> {
    fn from(span: Span) -> Range<usize> {
        span.range()
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}
