//! Web pages: the main article body, as paragraphs and headings, with every piece mapped back to
//! the page source.
//!
//! The page is parsed with html5ever (through scraper) and laid out flat ([`dom`]); furniture
//! is dropped by tag, role, class and id ([`cues`]); the article is the best-scoring holder of
//! paragraphs and its strong siblings ([`content`]); inside it, blocks that are mostly links
//! are left out. Text nodes are found in the source ([`source`]) so spans point into the page.

mod content;
mod cues;
mod dom;
mod source;

use crate::extract::Format;
use crate::extract::builder::Builder;
use crate::extract::extracted::Extracted;
use content::Page;
use cues::{is_block, is_heading};
use dom::{Kind, Node};
use source::{Locator, Part, RAW_TEXT, align, nests_deeper_than, text_stretches};

use crate::span::Span;

/// Deepest nesting parsed: real pages stay far below; deeper ones get the plain reading.
const MAX_DEPTH: usize = 4096;

/// Extracts the article body of the page `input`.
pub(crate) fn extract(input: &str) -> Extracted<'_> {
    if nests_deeper_than(input, MAX_DEPTH) {
        return plain_reading(input);
    }
    let nodes = dom::parse(input);
    let page = Page::new(&nodes);
    let located = locate_text(input, &nodes);
    let mut out = Builder::new(input);
    for root in page.article() {
        emit(&page, input, &located, root, &mut out);
    }
    out.finish(Format::Html)
}

/// A best effort for pages too deeply nested to parse in linear time: the text between the
/// tags, as it stands in the source (character references left as written).
fn plain_reading(input: &str) -> Extracted<'_> {
    let mut out = Builder::new(input);
    for stretch in text_stretches(input) {
        out.original(stretch.start, stretch.end);
        out.space(None);
    }
    out.finish(Format::Html)
}

/// Where each text node is in the source, in document order.
fn locate_text(input: &str, nodes: &[Node]) -> Vec<Option<Span>> {
    let mut locator = Locator::new(input);
    let mut located = vec![None; nodes.len()];
    for (i, node) in nodes.iter().enumerate() {
        if let Kind::Text(text) = &node.kind
            && !text.trim().is_empty()
            && !RAW_TEXT.contains(&nodes[node.parent].name())
        {
            located[i] = locator.locate(text);
        }
    }
    located
}

/// Writes the subtree of `root`, skipping dropped parts and blocks that are mostly links.
fn emit(
    page: &Page<'_>,
    input: &str,
    located: &[Option<Span>],
    root: usize,
    out: &mut Builder<'_>,
) {
    let nodes = page.nodes;
    // Ends of the open blocks, innermost last, and whether each is a heading.
    let mut open: Vec<(usize, bool)> = Vec::new();
    let mut i = root;
    let end = nodes[root].end;
    while i < end {
        while open.last().is_some_and(|&(block_end, _)| block_end <= i) {
            close(&mut open, out);
        }
        if page.dropped[i] || is_link_list(page, i) {
            i = nodes[i].end;
            continue;
        }
        let node = &nodes[i];
        match &node.kind {
            Kind::Text(text) => write_text(input, text, located[i], out),
            Kind::Element(element) if &*element.name == "br" => out.line_break(),
            Kind::Element(element) if is_block(&element.name) => {
                let heading = is_heading(&element.name);
                if heading {
                    out.begin_heading();
                } else {
                    out.paragraph_break();
                }
                open.push((node.end, heading));
            }
            _ => {}
        }
        i += 1;
    }
    while !open.is_empty() {
        close(&mut open, out);
    }
}

fn close(open: &mut Vec<(usize, bool)>, out: &mut Builder<'_>) {
    if let Some((_, heading)) = open.pop() {
        if heading {
            out.end_heading();
        } else {
            out.paragraph_break();
        }
    }
}

/// A block that is mostly links: a menu, a list of related articles, a tag cloud.
fn is_link_list(page: &Page<'_>, i: usize) -> bool {
    let name = page.nodes[i].name();
    if !matches!(
        name,
        "div" | "section" | "ul" | "ol" | "li" | "p" | "table" | "dl"
    ) {
        return false;
    }
    let stats = &page.stats[i];
    stats.link_density() > 0.5 && stats.chars < 1000
}

/// Writes one text node through its source location; a node not found in the source is left
/// out, since nothing could be highlighted for it.
fn write_text(input: &str, text: &str, location: Option<Span>, out: &mut Builder<'_>) {
    if text.trim().is_empty() {
        out.space(None);
        return;
    }
    let Some(location) = location else {
        return;
    };
    align(input, location.start, text, |part| match part {
        Part::Verbatim(span) => out.original(span.start, span.end),
        Part::Decoded { decoded, source } => out.decoded(&text[decoded.range()], source),
    });
}
