//! HTML extraction: the article body of a page, headings kept apart, spans into the source, and
//! hostile pages.
#![cfg(feature = "html")]

use std::time::{Duration, Instant};

use salient::{Format, Language, SentenceSplitter, Span, extract};

#[path = "common/extraction.rs"]
mod extraction;

const ARTICLE: &str = r#"<!DOCTYPE html>
<html><head><title>Harbour news</title>
<style>p { color: red }</style>
<script>var paragraphs = "<p>Not text</p>";</script></head>
<body>
<header><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></header>
<nav class="menu"><ul><li><a href="/a">World</a></li><li><a href="/b">Business</a></li></ul></nav>
<div class="page-wrapper with-sidebar">
<article>
<h1>The harbour reopens</h1>
<p class="byline">By A. Writer</p>
<p>The old harbour reopened on Monday after two years of repairs, and the first ferries
arrived before dawn, carrying workers and a few curious visitors.</p>
<h2>Repairs took longer</h2>
<p>Engineers found that the sea wall was weaker than expected, so the council approved
a second phase of work, which doubled the cost &amp; the time needed.</p>
<p>Local traders said business had already picked up, with caf&eacute;s opening early
and fishermen selling <b>fresh</b> catch on the quay.</p>
<figure><img src="x.jpg"><figcaption>The quay at dawn.</figcaption></figure>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/1">Bridge closes for a week</a></li>
<li><a href="/2">Ferry prices rise again</a></li></ul></aside>
<div class="comments"><p>Great news, finally the harbour is open again for everyone, said a reader.</p></div>
</div>
<footer><p>Copyright 2024 Harbour Times. All rights reserved, no reproduction.</p></footer>
</body></html>"#;

fn checked(input: &str) -> salient::Extracted<'_> {
    let extracted = extract(input, Format::Html);
    extraction::check_extraction(input, &extracted);
    extracted
}

#[test]
fn article_body_without_furniture() {
    let extracted = checked(ARTICLE);
    let text = extracted.text();
    for kept in [
        "first ferries",
        "sea wall",
        "fresh catch",
        "Repairs took longer",
    ] {
        assert!(text.contains(kept), "{kept:?} missing from {text:?}");
    }
    for dropped in [
        "Home",
        "Business",
        "Related",
        "Bridge closes",
        "Great news",
        "Copyright",
        "Not text",
        "color",
        "The quay at dawn",
        "By A. Writer",
    ] {
        assert!(!text.contains(dropped), "{dropped:?} kept in {text:?}");
    }
    assert_eq!(extracted.format(), Format::Html);
}

#[test]
fn headings_are_titles_on_their_own_lines() {
    let extracted = checked(ARTICLE);
    let text = extracted.text();
    let headings: Vec<&str> = extracted.headings().iter().map(|h| h.slice(text)).collect();
    assert!(headings.contains(&"Repairs took longer"), "{headings:?}");
    assert!(text.contains("\n\nRepairs took longer\n\n"), "{text:?}");
    let splitter = SentenceSplitter::new(Language::English);
    let heading = splitter
        .split(text)
        .find(|s| s.slice(text) == "Repairs took longer")
        .expect("the heading is a sentence of its own");
    assert!(extracted.is_heading(heading));
}

#[test]
fn paragraphs_are_separated_by_blank_lines() {
    let extracted = checked(ARTICLE);
    let paragraphs: Vec<&str> = extracted.text().split("\n\n").collect();
    assert!(
        paragraphs
            .iter()
            .any(|p| p.starts_with("The old harbour reopened"))
    );
    assert!(
        paragraphs
            .iter()
            .any(|p| p.starts_with("Local traders said"))
    );
    assert!(paragraphs.iter().all(|p| !p.contains('\n')));
}

#[test]
fn references_map_to_their_source_bytes() {
    let extracted = checked(ARTICLE);
    let text = extracted.text();
    let at = text.find("cost & the").unwrap();
    let spans = extracted.original_spans(Span::new(at, at + "cost & the".len()));
    assert_eq!(spans.len(), 1);
    assert_eq!(spans[0].slice(ARTICLE), "cost &amp; the");
    let at = text.find("cafés").unwrap();
    let spans = extracted.original_spans(Span::new(at, at + "cafés".len()));
    assert_eq!(spans[0].slice(ARTICLE), "caf&eacute;s");
}

#[test]
fn a_sentence_across_tags_reports_each_piece() {
    let extracted = checked(ARTICLE);
    let text = extracted.text();
    let start = text.find("fishermen selling").unwrap();
    let end = text[start..].find("quay.").unwrap() + start + "quay.".len();
    let pieces: Vec<&str> = extracted
        .original_spans(Span::new(start, end))
        .iter()
        .map(|s| s.slice(ARTICLE))
        .collect();
    assert_eq!(
        pieces,
        ["fishermen selling ", "fresh", " catch on the quay."]
    );
}

#[test]
fn pages_without_paragraphs_give_their_text() {
    let page = "<html><body><div>Short note without paragraphs.</div></body></html>";
    assert_eq!(checked(page).text(), "Short note without paragraphs.");
}

#[test]
fn text_moved_by_the_parser_is_handled() {
    // Text inside a table but outside its cells is moved before the table.
    let page = "<body><p>Intro text that is long enough to count as a paragraph here.</p>\
                <table>stray words<tr><td>A cell with, some, commas, in it and more words to score.</td></tr></table></body>";
    checked(page);
    // Misnested formatting is rebuilt by the adoption agency algorithm.
    checked(
        "<body><p>one <b>two <i>three</b> four</i> five, six, seven, eight and nine.</p></body>",
    );
}

#[test]
fn broken_markup_gives_a_best_effort() {
    for page in [
        "<p>Unclosed paragraph with enough words, commas, and more words to be the body",
        "<div><p>Text <b>bold <i>italic</p></div></span></b> tail",
        "<<<>>> <p <p> &amp &#; &#99999999; &unknown; <!-- unclosed comment",
        "</p></div></body></html>",
        "<script>never closed",
        "<p>\0nul\r\nline\rbreaks</p>",
    ] {
        checked(page);
    }
}

#[test]
fn binary_junk_does_not_panic() {
    let junk: Vec<u8> = (0..20_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    checked(&String::from_utf8_lossy(&junk));
}

#[test]
fn deep_nesting_is_linear() {
    for tag in ["div", "b", "span", "table", "p", "li"] {
        let depth = 100_000;
        let page = format!(
            "{}Deep text, with commas, inside many tags.{}",
            format!("<{tag}>").repeat(depth),
            format!("</{tag}>").repeat(depth)
        );
        let start = Instant::now();
        checked(&page);
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "{tag}: {:?}",
            start.elapsed()
        );
    }
}

#[test]
fn a_large_page_is_read_whole() {
    // 50 MB in an optimised build (about 5 s); a debug build, ten times slower, reads 4 MB.
    let size = if cfg!(debug_assertions) {
        4 << 20
    } else {
        50 << 20
    };
    let paragraph = "<p>The report, which runs to many pages, describes the year in detail.</p>\n";
    let page = format!(
        "<html><body><nav><a href='/'>Home</a></nav><article>{}</article></body></html>",
        paragraph.repeat(size / paragraph.len())
    );
    let start = Instant::now();
    let extracted = checked(&page);
    assert!(extracted.text().len() > size * 8 / 10);
    assert!(
        start.elapsed() < Duration::from_secs(120),
        "{:?}",
        start.elapsed()
    );
}
