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
