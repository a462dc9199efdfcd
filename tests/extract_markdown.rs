//! Markdown extraction: prose and headings only, spans into the Markdown source.
#![cfg(feature = "markdown")]

use salient::{Format, Span, extract};

#[path = "common/extraction.rs"]
mod extraction;

const README: &str = "# Tidewater

Tidewater predicts **tides** for any harbour,
from a year of readings. See the [manual](https://example.org/manual) for details.

![Tide chart](chart.png)

## Installing

Run the installer, then restart the shell:

```sh
cargo install tidewater
echo \"not a sentence\"
```

| Port | Range |
|------|-------|
| Brest | 7 m |

- Works offline.
- Needs `python3` for plots.

Fish \\& chips &amp; peas.
";

fn checked(input: &str) -> salient::Extracted<'_> {
    let extracted = extract(input, Format::Markdown);
    extraction::check_extraction(input, &extracted);
    extracted
}

#[test]
fn prose_without_code_tables_images_or_targets() {
    let extracted = checked(README);
    let text = extracted.text();
    assert_eq!(
        text,
        "Tidewater\n\nTidewater predicts tides for any harbour, from a year of readings. See the \
         manual for details.\n\nInstalling\n\nRun the installer, then restart the shell:\n\n\
         Works offline.\n\nNeeds python3 for plots.\n\nFish & chips & peas."
    );
    let headings: Vec<&str> = extracted.headings().iter().map(|h| h.slice(text)).collect();
    assert_eq!(headings, ["Tidewater", "Installing"]);
    assert_eq!(extracted.format(), Format::Markdown);
}

#[test]
fn spans_point_into_the_markdown() {
    let extracted = checked(README);
    let text = extracted.text();
    let start = text.find("Tidewater predicts").unwrap();
    let end = text.find("readings.").unwrap() + "readings.".len();
    let pieces: Vec<&str> = extracted
        .original_spans(Span::new(start, end))
        .iter()
        .map(|s| s.slice(README))
        .collect();
    assert_eq!(
        pieces,
        [
            "Tidewater predicts ",
            "tides",
            " for any harbour,\nfrom a year of readings."
        ]
    );
}

#[test]
fn escapes_and_references_map_whole() {
    let extracted = checked(README);
    let text = extracted.text();
    let start = text.find("Fish").unwrap();
    let spans = extracted.original_spans(Span::new(start, text.len()));
    let source: Vec<&str> = spans.iter().map(|s| s.slice(README)).collect();
    assert_eq!(source, ["Fish \\& chips &amp; peas."]);
}

#[test]
fn hostile_markdown_does_not_panic() {
    for input in [
        "[".repeat(100_000),
        ">".repeat(100_000),
        "*".repeat(100_000),
        "- ".repeat(50_000),
        "```\nunclosed fence".to_owned(),
        "<div>\n*html* block".to_owned(),
    ] {
        checked(&input);
    }
}

#[test]
fn a_backslash_before_the_last_line_end_maps_as_written() {
    // Found by the extract_markdown fuzz target: the parser's text range took the line end.
    let input = "23P\u{1}\0\0\0\0\0\0\0 \u{FFFD}?>&T!<m)\u{3}#\\\n\u{b}";
    let extracted = checked(input);
    assert!(extracted.text().ends_with("#\\"), "{:?}", extracted.text());
}
