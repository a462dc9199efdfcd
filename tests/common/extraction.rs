//! What must hold for every extraction, whatever the input: the checks shared by the cargo-fuzz
//! targets of `fuzz/` (`extract_*`) and the stable tests `tests/extract_*.rs`.
//!
//! The piece-map invariant, precisely: pieces are sorted and disjoint in the clean text and in
//! the original alike, and lie on `char` boundaries. A verbatim piece holds the same bytes on both
//! sides. Any other piece is one of three things: white space on both sides (a run of white space
//! that became one space, a line end joined); a character reference (`&…;`) on the original side
//! and what it decodes to on the clean side (one space for a reference to white space); a Markdown backslash escape (`\*`) and the character
//! it escapes. Clean-text bytes that no piece covers are white space the extractor inserted.

#![allow(dead_code)]

use salient::{Extracted, Span};

/// Checks `extracted`, made from `input`, and returns nothing: any broken promise panics.
pub fn check_extraction(input: &str, extracted: &Extracted<'_>) {
    let text = extracted.text();
    let mut covered = 0;
    let mut original_end = 0;
    for piece in extracted.pieces() {
        assert!(
            piece.clean.start >= covered,
            "pieces overlap in the clean text: {piece:?}"
        );
        assert!(
            piece.original.start >= original_end,
            "pieces overlap in the original: {piece:?}"
        );
        assert!(
            !piece.clean.is_empty() && !piece.original.is_empty(),
            "empty piece {piece:?}"
        );
        let (clean, original) = (
            text.get(piece.clean.range())
                .expect("clean side on char boundaries"),
            input
                .get(piece.original.range())
                .expect("original side on char boundaries"),
        );
        let gap = &text[covered..piece.clean.start];
        assert!(
            gap.chars().all(char::is_whitespace),
            "unmapped clean text {gap:?}"
        );
        if piece.is_verbatim() {
            assert_eq!(clean, original, "verbatim piece {piece:?}");
        } else {
            assert!(
                reads_as(original, clean),
                "piece {piece:?}: original {original:?} does not read as {clean:?}"
            );
        }
        covered = piece.clean.end;
        original_end = piece.original.end;
    }
    let rest = &text[covered..];
    assert!(
        rest.chars().all(char::is_whitespace),
        "unmapped clean text {rest:?}"
    );
    assert_eq!(text, text.trim(), "clean text is trimmed");
    let mut previous_end = 0;
    for heading in extracted.headings() {
        assert!(
            heading.start >= previous_end && heading.end <= text.len(),
            "{heading:?}"
        );
        let line = heading.slice(text);
        assert!(
            !line.trim().is_empty() && !line.contains('\n'),
            "heading {line:?}"
        );
        assert!(extracted.is_heading(*heading));
        previous_end = heading.end;
    }
    let whole = extracted.original_spans(Span::new(0, text.len()));
    for pair in whole.windows(2) {
        assert!(
            pair[0].end < pair[1].start,
            "spans touch or overlap: {pair:?}"
        );
    }
    for span in &whole {
        assert!(
            input.get(span.range()).is_some(),
            "span {span:?} outside the input"
        );
    }
}

/// Whether `original`, a non-verbatim piece's source, reads as `clean`.
fn reads_as(original: &str, clean: &str) -> bool {
    if clean.chars().all(char::is_whitespace) {
        // A run of white space, or a reference to white space (`&nbsp;`).
        let reference = original.starts_with('&') && original.len() > 1;
        return original.chars().all(char::is_whitespace) || reference;
    }
    if let Some(escaped) = original.strip_prefix('\\') {
        return escaped == clean;
    }
    if original == "\0" {
        return clean == "\u{FFFD}";
    }
    let Some(name) = original.strip_prefix('&') else {
        return false;
    };
    let name = name.strip_suffix(';').unwrap_or(name);
    if let Some(number) = name.strip_prefix('#') {
        let value = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => number.parse().ok(),
        };
        // Out-of-range and C1 references decode to replacements the parser picks.
        return value.is_some_and(|v| {
            char::from_u32(v).is_some_and(|c| c.to_string() == clean)
                || v == 0
                || v > 0x10FFFF
                || (0x80..0xA0).contains(&v)
                || (0xD800..0xE000).contains(&v)
        }) || value.is_none();
    }
    // Named references: a name of letters and digits standing for one or two characters.
    !name.is_empty()
        && name.bytes().all(|b| b.is_ascii_alphanumeric())
        && (1..=2).contains(&clean.chars().count())
}
