//! Markdown (CommonMark, with tables) through pulldown-cmark, whose events carry the byte range
//! of the source they came from: prose and headings are kept; code blocks, tables, images, raw
//! HTML and link targets never become sentences.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::extract::Format;
use crate::extract::builder::Builder;
use crate::extract::extracted::Extracted;
use crate::span::Span;

/// Extracts the prose of Markdown `input`.
pub(crate) fn extract(input: &str) -> Extracted<'_> {
    let mut out = Builder::new(input);
    // Open elements whose text is skipped (a code block, a table, an image's alt text).
    let mut skipped = 0usize;
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for (event, range) in Parser::new_ext(input, options).into_offset_iter() {
        let span = Span::new(range.start, range.end);
        match event {
            Event::Start(tag) if skips(&tag) => skipped += 1,
            Event::End(end) if skips_end(end) => skipped = skipped.saturating_sub(1),
            _ if skipped > 0 => {}
            Event::Start(Tag::Heading { .. }) => out.begin_heading(),
            Event::End(TagEnd::Heading(_)) => out.end_heading(),
            Event::Start(Tag::Paragraph | Tag::Item | Tag::BlockQuote(_))
            | Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::BlockQuote(_)) => {
                out.paragraph_break()
            }
            Event::Text(text) => write(&mut out, input, &text, span),
            Event::Code(_) => {
                // What lies between the backticks, its line ends read as spaces, as CommonMark
                // reads them.
                let source = &input[span.range()];
                let inner = source.trim_matches('`');
                let start = span.start + (source.len() - source.trim_start_matches('`').len());
                out.original(start, start + inner.len());
            }
            Event::SoftBreak => out.space(Some(span)),
            Event::HardBreak => out.line_break(),
            Event::Rule => out.paragraph_break(),
            _ => {}
        }
    }
    out.finish(Format::Markdown)
}

/// Whether the text inside `tag` is left out.
fn skips(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::CodeBlock(_) | Tag::Table(_) | Tag::Image { .. } | Tag::HtmlBlock
    )
}

fn skips_end(end: TagEnd) -> bool {
    matches!(
        end,
        TagEnd::CodeBlock | TagEnd::Table | TagEnd::Image | TagEnd::HtmlBlock
    )
}

/// Writes `text`, read from the source bytes `span`: verbatim where the source holds it as is,
/// decoded as a whole otherwise (`&amp;`, `\*`).
fn write(out: &mut Builder<'_>, input: &str, text: &str, span: Span) {
    let source = &input[span.range()];
    let before = &input[..span.start];
    let escaped = source == text
        && source.starts_with(|c: char| c.is_ascii_punctuation())
        && before.ends_with('\\')
        && !before.ends_with("\\\\");
    if escaped {
        // The parser starts the text after the backslash of an escape (`\*`): the escaped
        // character maps to both bytes, the rest as it stands.
        out.decoded(&text[..1], Span::new(span.start - 1, span.start + 1));
        if text.len() > 1 {
            out.original(span.start + 1, span.end);
        }
        return;
    }
    if source
        .strip_prefix(text)
        .is_some_and(|rest| rest.trim().is_empty())
    {
        // As written, perhaps with the line end of a hard break after it.
        out.original(span.start, span.start + text.len());
    } else if !text.is_empty() {
        out.decoded(text, span);
    }
}
