//! Finds the bytes of the page source that each text node of the parsed tree was read from.
//!
//! html5ever does not report source positions, so the text nodes are matched against the source
//! in document order: a cursor moves through the text between tags, comments and raw-text
//! elements (`<script>`, `<style>`), and each node is aligned character by character, character
//! references (`&amp;`, `&#8217;`) standing for what they decode to, `\r\n` for `\n`.

use crate::span::Span;

/// How many stretches of source text a node is looked for in before it is given up as moved
/// (html5ever moves text out of tables it does not belong in).
const LOOKAHEAD: usize = 48;
/// Longest character reference looked for.
const LONGEST_REFERENCE: usize = 40;

/// Elements whose content is raw text up to their end tag.
pub(super) const RAW_TEXT: &[&str] = &[
    "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title",
];

/// A piece of an aligned text node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Part {
    /// Source bytes that read as themselves.
    Verbatim(Span),
    /// A character reference (or a `\r\n` or NUL, which the parser rewrites): the node's bytes
    /// `decoded` stand for the source bytes `source`.
    Decoded { decoded: Span, source: Span },
}

/// Locates text nodes in the source, in document order.
pub(super) struct Locator<'s> {
    source: &'s str,
    cursor: usize,
}

impl<'s> Locator<'s> {
    pub(super) fn new(source: &'s str) -> Locator<'s> {
        Locator { source, cursor: 0 }
    }

    /// Where `text`, the next text node in document order, starts and ends in the source.
    pub(super) fn locate(&mut self, text: &str) -> Option<Span> {
        let mut from = self.cursor;
        for _ in 0..LOOKAHEAD {
            let start = next_text(self.source, from)?;
            if let Some(end) = align(self.source, start, text, |_| {}) {
                self.cursor = end;
                return Some(Span::new(start, end));
            }
            from = text_end(self.source, start);
        }
        None
    }
}

/// Calls `part` for each piece of `text` aligned with the source from `start`; returns where the
/// node ends in the source, or `None` if `text` does not read there.
pub(super) fn align(
    source: &str,
    start: usize,
    text: &str,
    mut part: impl FnMut(Part),
) -> Option<usize> {
    let src = source.as_bytes();
    let txt = text.as_bytes();
    let (mut i, mut j) = (0, start);
    let mut run = (0, start);
    while i < txt.len() {
        if j >= src.len() {
            return None;
        }
        if src[j] == b'<'
            && let Some(after) = markup_end(source, j)
        {
            flush(&mut part, run, i, j);
            j = after;
            run = (i, j);
            continue;
        }
        let (decoded_len, source_len) = match src[j] {
            // A literal `&` reads as itself.
            b'&' => match reference(source, j, text, i)? {
                (1, 1) => {
                    i += 1;
                    j += 1;
                    continue;
                }
                lengths => lengths,
            },
            b'\r' if txt[i] == b'\n' => (1, if src.get(j + 1) == Some(&b'\n') { 2 } else { 1 }),
            0 if text[i..].starts_with('\u{FFFD}') => (3, 1),
            b if b == txt[i] => {
                i += 1;
                j += 1;
                continue;
            }
            _ => return None,
        };
        flush(&mut part, run, i, j);
        part(Part::Decoded {
            decoded: Span::new(i, i + decoded_len),
            source: Span::new(j, j + source_len),
        });
        i += decoded_len;
        j += source_len;
        run = (i, j);
    }
    flush(&mut part, run, i, j);
    Some(j)
}

fn flush(part: &mut impl FnMut(Part), run: (usize, usize), i: usize, j: usize) {
    if i > run.0 {
        debug_assert_eq!(i - run.0, j - run.1);
        part(Part::Verbatim(Span::new(run.1, j)));
    }
}

/// The character reference at `source[j]` against the node text at `text[i]`: how many bytes
/// of the text it decodes to and how many source bytes it takes. A `&` that the text holds
/// literally (`&` then a space, an unknown name) matches as itself.
fn reference(source: &str, j: usize, text: &str, i: usize) -> Option<(usize, usize)> {
    let src = source.as_bytes();
    let limit = (j + LONGEST_REFERENCE).min(src.len());
    let mut k = j + 1;
    if src.get(k) == Some(&b'#') {
        k += 1;
    }
    while k < limit && src[k].is_ascii_alphanumeric() {
        k += 1;
    }
    if k < limit && src[k] == b';' {
        k += 1;
    }
    let raw = &source[j..k];
    if k == j + 1 || text[i..].starts_with(raw) {
        // A literal `&`.
        return (text.as_bytes()[i] == b'&').then_some((1, 1));
    }
    let mut decoded = text[i..].chars();
    let first = decoded.next()?.len_utf8();
    if raw == "&fjlig;" {
        return Some((2, k - j));
    }
    // A few named references decode to a character and a combining mark, a variation
    // selector or a hair space (`&NotEqualTilde;`, `&nvlt;`); numeric ones to one character.
    let second = decoded.next().filter(|&c| {
        !raw.starts_with("&#")
            && !source[k..].starts_with(c)
            && matches!(
                c as u32,
                0x0331 | 0x0338 | 0x200A | 0x20D2 | 0x20E5 | 0xFE00
            )
    });
    Some((first + second.map_or(0, char::len_utf8), k - j))
}

/// The first byte of source text at or after `from`: outside tags, comments and raw text.
fn next_text(source: &str, mut from: usize) -> Option<usize> {
    let src = source.as_bytes();
    while from < src.len() {
        if src[from] == b'<'
            && let Some(after) = markup_end(source, from)
        {
            from = after;
            continue;
        }
        if !src[from].is_ascii_whitespace() {
            // Back to the start of this stretch of text, white space included.
            let mut start = from;
            while start > 0 && src[start - 1].is_ascii_whitespace() {
                start -= 1;
            }
            return Some(start);
        }
        from += 1;
    }
    None
}

/// The end of the stretch of text that starts at `start`.
fn text_end(source: &str, start: usize) -> usize {
    let src = source.as_bytes();
    let mut j = start + 1;
    while j < src.len() && !(src[j] == b'<' && markup_end(source, j).is_some()) {
        j += 1;
    }
    j
}

/// If markup (a tag, a comment, a doctype) starts at `source[j]`, where it ends, raw-text
/// content included.
fn markup_end(source: &str, j: usize) -> Option<usize> {
    let src = source.as_bytes();
    let next = *src.get(j + 1)?;
    if source[j..].starts_with("<!--") {
        return Some(find_from(source, j + 4, "-->").map_or(src.len(), |p| p + 3));
    }
    if next == b'!' || next == b'?' {
        return Some(find_from(source, j, ">").map_or(src.len(), |p| p + 1));
    }
    let closing = next == b'/';
    let name_start = j + 1 + usize::from(closing);
    if !src.get(name_start)?.is_ascii_alphabetic() {
        return None;
    }
    let mut k = name_start;
    while k < src.len() && !matches!(src[k], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>') {
        k += 1;
    }
    let name = source[name_start..k].to_ascii_lowercase();
    let end = tag_end(src, k);
    if !closing && RAW_TEXT.contains(&name.as_str()) {
        let close = format!("</{name}");
        return Some(find_ignore_case(source, end, &close).map_or(src.len(), |p| tag_end(src, p)));
    }
    Some(end)
}

/// One past the `>` that closes the tag whose attributes start at `k`, skipping quoted values.
fn tag_end(src: &[u8], mut k: usize) -> usize {
    let mut quote = None;
    while k < src.len() {
        match (quote, src[k]) {
            (None, b'>') => return k + 1,
            (None, b'"' | b'\'') if src[k - 1] == b'=' => quote = Some(src[k]),
            (Some(q), b) if b == q => quote = None,
            _ => {}
        }
        k += 1;
    }
    src.len()
}

fn find_from(source: &str, from: usize, needle: &str) -> Option<usize> {
    source.get(from..)?.find(needle).map(|p| from + p)
}

fn find_ignore_case(source: &str, from: usize, needle: &str) -> Option<usize> {
    let src = source.as_bytes();
    let needle = needle.as_bytes();
    (from..src.len().saturating_sub(needle.len() - 1))
        .find(|&p| src[p..p + needle.len()].eq_ignore_ascii_case(needle))
}

/// Elements that never nest: void elements, and those whose start tag closes an open one of
/// their kind (`<p>`, `<li>`, `<td>`).
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "p", "li", "dt", "dd", "tr", "td", "th", "option",
];

/// Whether elements open more than `limit` deep somewhere in `source`, counting start and end
/// tags as they come. html5ever checks scopes by walking its stack of open elements, so each
/// tag costs time in proportion to the depth: past a limit, parsing would be quadratic.
pub(super) fn nests_deeper_than(source: &str, limit: usize) -> bool {
    let src = source.as_bytes();
    let mut depth = 0usize;
    let mut j = 0;
    while let Some(at) = find_from(source, j, "<") {
        let Some(end) = markup_end(source, at) else {
            j = at + 1;
            continue;
        };
        let closing = src.get(at + 1) == Some(&b'/');
        let name_start = at + 1 + usize::from(closing);
        let name_end = src[name_start..end]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .map_or(end, |p| name_start + p);
        let name = source[name_start..name_end].to_ascii_lowercase();
        let self_closing = src[..end].ends_with(b"/>");
        if name.is_empty() || NOT_NESTING.contains(&name.as_str()) || self_closing {
        } else if closing {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            if depth > limit {
                return true;
            }
        }
        j = end;
    }
    false
}

/// The stretches of text between markup, for pages too deeply nested to parse.
pub(super) fn text_stretches(source: &str) -> impl Iterator<Item = Span> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        let start = next_text(source, from)?;
        let end = text_end(source, start);
        from = end;
        Some(Span::new(start, end))
    })
}
