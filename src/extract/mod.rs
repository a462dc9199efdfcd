//! Extraction: clean, splittable text from the formats people actually hold (a saved web page,
//! a Markdown file, text pulled out of a PDF, a mail with quoted replies), with a map from every
//! piece of the clean text back to the bytes of the original input.
//!
//! One file per format: [`text`] (plain text, PDF and mail clean-up), `markdown` (feature
//! `markdown`), `html` (feature `html`); [`detect`] recognises the format for
//! [`Format::Auto`]. All of them write through one [`builder`], which keeps the piece map.

mod builder;
mod detect;
mod extracted;
#[cfg(feature = "html")]
mod html;
#[cfg(feature = "markdown")]
mod markdown;
mod text;

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, ErrorKind};

pub use extracted::{Extracted, Piece};

/// The format of an input to [`extract`].
///
/// Parsed from its name (ASCII case ignored): `text` (also `txt`, `plain`), `html` (also
/// `htm`), `markdown` (also `md`) and `auto`. A format whose cargo feature is off is unknown:
///
/// ```
/// use salient::Format;
///
/// assert_eq!("Markdown".parse::<Format>().unwrap(), Format::Markdown);
/// let err = "pdf".parse::<Format>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "unknown input format \"pdf\": expected one of text, html, markdown, auto"
/// );
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// Plain text, cleaned: lines hard-wrapped inside a paragraph are joined, end-of-line
    /// hyphenation is undone, page numbers, running headers and dot leaders are dropped, and so
    /// are quoted reply lines (`> `) and signatures of mail.
    Text,
    /// A web page: the main article body, without navigation, footers, comments, related links,
    /// scripts and styles. Headings become headings, paragraphs paragraphs.
    #[cfg(feature = "html")]
    Html,
    /// CommonMark: prose only; code blocks, tables, link targets and images never become
    /// sentences, headings become headings.
    #[cfg(feature = "markdown")]
    Markdown,
    /// Recognise the format from the content.
    #[default]
    Auto,
}

impl Format {
    /// The names [`Format::from_str`] accepts, one per format.
    pub const NAMES: &'static [&'static str] = &[
        "text",
        #[cfg(feature = "html")]
        "html",
        #[cfg(feature = "markdown")]
        "markdown",
        "auto",
    ];

    /// The format's name, as [`Format::from_str`] reads it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            #[cfg(feature = "html")]
            Format::Html => "html",
            #[cfg(feature = "markdown")]
            Format::Markdown => "markdown",
            Format::Auto => "auto",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = Error;

    fn from_str(name: &str) -> Result<Format, Error> {
        match name.trim().to_ascii_lowercase().as_str() {
            "text" | "txt" | "plain" => Ok(Format::Text),
            #[cfg(feature = "html")]
            "html" | "htm" => Ok(Format::Html),
            #[cfg(feature = "markdown")]
            "markdown" | "md" => Ok(Format::Markdown),
            "auto" => Ok(Format::Auto),
            _ => Err(Error::new(ErrorKind::UnknownFormat {
                name: name.to_owned(),
                known: Format::NAMES,
            })),
        }
    }
}

/// Extracts clean text from `input` read as `format`.
///
/// Never fails and never panics: broken markup and binary junk give a best-effort result. Time
/// and memory grow linearly with the input.
///
/// ```
/// use salient::{extract, Format, SentenceSplitter, Language};
///
/// let pdf_text = "The survey was carried out in\nthree regions of the coun-\ntry. Results follow.\n12\x0c";
/// let extracted = extract(pdf_text, Format::Text);
/// assert_eq!(
///     extracted.text(),
///     "The survey was carried out in three regions of the country. Results follow."
/// );
/// let splitter = SentenceSplitter::new(Language::English);
/// let first = splitter.split(extracted.text()).next().unwrap();
/// // "country" comes from two lines of the original: two spans.
/// let spans = extracted.original_spans(first);
/// assert_eq!(spans.len(), 2);
/// assert_eq!(spans[1].slice(pdf_text), "try.");
/// ```
pub fn extract(input: &str, format: Format) -> Extracted<'_> {
    match format {
        Format::Auto => extract(input, detect::format_of(input)),
        Format::Text => text::extract(input),
        #[cfg(feature = "html")]
        Format::Html => html::extract(input),
        #[cfg(feature = "markdown")]
        Format::Markdown => markdown::extract(input),
    }
}
