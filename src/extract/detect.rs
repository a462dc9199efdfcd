//! Recognises the format of an input from its content, for [`Format::Auto`].

use crate::extract::Format;

/// How much of the input is looked at: formats show themselves early.
const WINDOW: usize = 64 * 1024;

/// The format `input` most likely has.
pub(crate) fn format_of(input: &str) -> Format {
    let mut end = input.len().min(WINDOW);
    while !input.is_char_boundary(end) {
        end -= 1;
    }
    let head = &input[..end];
    #[cfg(feature = "html")]
    if looks_like_html(head) {
        return Format::Html;
    }
    #[cfg(feature = "markdown")]
    if looks_like_markdown(head) {
        return Format::Markdown;
    }
    let _ = head;
    Format::Text
}

/// A document type or `<html>` at the start, or several of the tags that make up pages.
#[cfg(feature = "html")]
fn looks_like_html(head: &str) -> bool {
    const TAGS: &[&str] = &[
        "<p>", "<p ", "</p>", "<div", "</div>", "<br>", "<br/>", "<br />", "<a href", "</a>",
        "<body", "<head", "<span", "</li>", "<h1", "<h2", "<table", "<article",
    ];
    let start = head.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let prefix: String = start
        .chars()
        .take(15)
        .collect::<String>()
        .to_ascii_lowercase();
    if prefix.starts_with("<!doctype html") || prefix.starts_with("<html") {
        return true;
    }
    let lower = head.to_ascii_lowercase();
    let tags: usize = TAGS.iter().map(|tag| lower.matches(tag).count()).sum();
    tags >= 4
}

/// Markdown's own marks: `#` headings, fenced code, links and images, setext underlines,
/// emphasis. List items and `>` quotes alone prove nothing: plain text and mail have them too.
#[cfg(feature = "markdown")]
fn looks_like_markdown(head: &str) -> bool {
    let mut score = 0;
    let mut previous = "";
    for line in head.lines() {
        let trimmed = line.trim_end();
        let hashes = trimmed.bytes().take_while(|&b| b == b'#').count();
        let atx_heading = (1..=6).contains(&hashes) && trimmed[hashes..].starts_with(' ');
        let fence = trimmed.starts_with("```") || trimmed.starts_with("~~~");
        let setext_underline = !previous.trim().is_empty()
            && trimmed.len() >= 3
            && (trimmed.bytes().all(|b| b == b'=') || trimmed.bytes().all(|b| b == b'-'));
        if atx_heading || fence || setext_underline {
            score += 2;
        }
        score += trimmed.matches("](").count();
        score += trimmed.matches("**").count() / 2;
        score += trimmed.matches('`').count() / 2;
        previous = line;
    }
    score >= 3
}
