//! Character offsets from byte offsets: the library gives byte spans into UTF-8, and Python
//! indexes `str` by code point.

use salient::Span;

/// The code-point offsets `(start, end)` of each span of `text`, in the order of `spans`.
///
/// Counts the characters of `text` once, up to the last span's end, however many spans there are
/// and in whatever order they come (a summary in rank order, overlapping spans): the boundaries
/// are sorted, walked once, and each span looks its two boundaries up. A per-span count from the
/// start of the text would be quadratic on a document of 100,000 sentences.
pub fn char_spans(text: &str, spans: &[Span]) -> Vec<(usize, usize)> {
    let mut marks: Vec<usize> = spans.iter().flat_map(|s| [s.start, s.end]).collect();
    marks.sort_unstable();
    marks.dedup();
    let mut counts = Vec::with_capacity(marks.len());
    let (mut byte, mut chars) = (0, 0);
    for &mark in &marks {
        // Spans from the library lie on character boundaries; `get` keeps a wrong one from
        // panicking across the Python boundary.
        chars += text
            .get(byte..mark)
            .map_or(0, |piece| piece.chars().count());
        byte = mark;
        counts.push(chars);
    }
    // Every looked-up offset is in `marks`, so the partition point is its position.
    let at = |offset: usize| counts[marks.partition_point(|&m| m < offset)];
    spans.iter().map(|s| (at(s.start), at(s.end))).collect()
}

/// Characters between two checkpoints of a [`CharIndex`]: a lookup walks at most this many.
const STRIDE: usize = 64;

/// Converts between byte and character offsets of one text in either direction, for offsets
/// that come in any order and any number (spans a Python caller asks to map one at a time).
///
/// Keeps the byte offset of every 64th character, so memory is a sixty-fourth of a byte
/// offset per character and a lookup walks at most 64 characters; ASCII text, where the two
/// agree, keeps nothing.
#[derive(Clone, Debug)]
pub struct CharIndex {
    /// Byte offset of characters 0, 64, 128, ...; empty when the text is ASCII.
    checkpoints: Vec<usize>,
    /// The text's length in characters.
    chars: usize,
}

impl CharIndex {
    /// The index of `text`.
    pub fn new(text: &str) -> CharIndex {
        if text.is_ascii() {
            return CharIndex {
                checkpoints: Vec::new(),
                chars: text.len(),
            };
        }
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        let mut chars = 0;
        for (byte, _) in text.char_indices() {
            if chars % STRIDE == 0 {
                checkpoints.push(byte);
            }
            chars += 1;
        }
        CharIndex { checkpoints, chars }
    }

    /// The text's length in characters.
    pub fn len(&self) -> usize {
        self.chars
    }

    /// The byte offset of character offset `char` (`len()` gives the text's byte length), or
    /// `None` past the end.
    pub fn byte(&self, text: &str, char: usize) -> Option<usize> {
        if char > self.chars {
            return None;
        }
        if self.checkpoints.is_empty() {
            return Some(char);
        }
        let from = self.checkpoints[char / STRIDE];
        let rest = char % STRIDE;
        // `rest` < 64 characters after the checkpoint, or the text's end.
        Some(
            text[from..]
                .char_indices()
                .nth(rest)
                .map_or(text.len(), |(offset, _)| from + offset),
        )
    }

    /// The character offset of byte offset `byte`, a character boundary of `text` (an offset
    /// past the end counts as the end; one inside a character counts that character).
    pub fn char(&self, text: &str, byte: usize) -> usize {
        let byte = byte.min(text.len());
        if self.checkpoints.is_empty() {
            return byte;
        }
        // The last checkpoint at or before `byte`; the first is 0, so there is one.
        let k = self.checkpoints.partition_point(|&b| b <= byte).max(1) - 1;
        let from = self.checkpoints[k];
        k * STRIDE
            + text[from..]
                .char_indices()
                .take_while(|&(i, _)| from + i < byte)
                .count()
    }
}
