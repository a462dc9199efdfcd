//! Properties of extraction over generated inputs of every format: the piece map keeps its
//! invariant (stated in `tests/common/extraction.rs`), `Auto` agrees with the format it picks,
//! and no input panics. A stable, seeded stand-in for the cargo-fuzz targets `extract_*`.

use proptest::prelude::*;
use proptest::test_runner::{Config as ProptestConfig, RngSeed};
use salient::{Format, extract};

#[path = "common/extraction.rs"]
mod extraction;

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        rng_seed: RngSeed::Fixed(0x0E47_AC75),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Pieces of pages, Markdown and PDF text, glued in any order.
const PIECES: &[&str] = &[
    "<p>",
    "</p>",
    "<div class=\"content\">",
    "<div class=\"sidebar\">",
    "</div>",
    "<b>",
    "</b>",
    "<a href=\"/x\">",
    "</a>",
    "<br>",
    "<h2>",
    "</h2>",
    "<script>",
    "</script>",
    "<style>",
    "<!--",
    "-->",
    "<table>",
    "<td>",
    "<pre>",
    "<title>",
    "&amp;",
    "&lt;",
    "&eacute;",
    "&#8217;",
    "&#x2019;",
    "&nbsp;",
    "&copy",
    "&",
    "<",
    ">",
    "# ",
    "## ",
    "```",
    "`",
    "*",
    "**",
    "_",
    "[",
    "](http://a)",
    "![",
    "|",
    "\\*",
    "> ",
    "- ",
    "1. ",
    "• ",
    "-- ",
    "......",
    "12",
    "Page 3",
    "exam-",
    "ple",
    "Rolls-",
    "Royce",
    "the",
    "harbour",
    "reopened,",
    "Monday.",
    "Über",
    "日本",
    "é",
    "\u{0}",
    "\u{feff}",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\x0c",
    "\u{a0}",
];

fn input() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|pieces| pieces.concat())
}

fn formats() -> Vec<Format> {
    let mut formats = vec![Format::Text, Format::Auto];
    #[cfg(feature = "html")]
    formats.push(Format::Html);
    #[cfg(feature = "markdown")]
    formats.push(Format::Markdown);
    formats
}

proptest! {
    #![proptest_config(config(600))]

    #[test]
    fn piece_map_invariant_holds(input in input()) {
        for format in formats() {
            let extracted = extract(&input, format);
            extraction::check_extraction(&input, &extracted);
        }
    }

    #[test]
    fn auto_is_the_format_it_reports(input in input()) {
        let auto = extract(&input, Format::Auto);
        prop_assert_ne!(auto.format(), Format::Auto);
        let direct = extract(&input, auto.format());
        prop_assert_eq!(auto.text(), direct.text());
        prop_assert_eq!(auto.pieces(), direct.pieces());
    }

    #[test]
    fn lossy_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let input = String::from_utf8_lossy(&bytes);
        for format in formats() {
            let extracted = extract(&input, format);
            extraction::check_extraction(&input, &extracted);
        }
    }
}

#[test]
fn auto_recognises_each_format() {
    assert_eq!(
        extract("Plain words.\nMore words.", Format::Auto).format(),
        Format::Text
    );
    #[cfg(feature = "html")]
    assert_eq!(
        extract(
            "<!doctype html><html><body><p>Hi.</p></body></html>",
            Format::Auto
        )
        .format(),
        Format::Html
    );
    #[cfg(feature = "markdown")]
    assert_eq!(
        extract(
            "# Title\n\nSome *text* with a [link](http://x).\n",
            Format::Auto
        )
        .format(),
        Format::Markdown
    );
    // Mail quotes and bullet lists are not Markdown.
    assert_eq!(
        extract("> quoted\n- item\n- item\n", Format::Auto).format(),
        Format::Text
    );
}

#[test]
fn format_names_round_trip() {
    for &name in Format::NAMES {
        let format: Format = name.parse().unwrap();
        assert_eq!(format.name(), name);
        assert_eq!(format.to_string(), name);
    }
    assert_eq!(" TXT ".parse::<Format>().unwrap(), Format::Text);
    assert!(
        "docx"
            .parse::<Format>()
            .unwrap_err()
            .to_string()
            .contains("\"docx\"")
    );
}
