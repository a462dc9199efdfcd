//! Writing sentences: one per line for people, JSON with byte offsets for programs.

use std::borrow::Cow;
use std::io::{self, Write};

use salient::{Keyphrase, Language, Sentence, Span};
use serde::Serialize;
use serde_json::Value;

/// Writes `text` and a line feed, keeping a sentence that spans lines on one output line.
pub fn write_text_line(out: &mut impl Write, text: &str) -> io::Result<()> {
    out.write_all(one_line(text).as_bytes())?;
    out.write_all(b"\n")
}

/// Characters that end a line for Unicode (UAX #14 mandatory breaks), and so for pagers and
/// line-oriented tools.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// `text` with each run of white space that contains a line break replaced by one space; other
/// white space is kept as it is.
fn one_line(text: &str) -> Cow<'_, str> {
    if !text.contains(is_line_break) {
        return Cow::Borrowed(text);
    }
    let mut line = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(is_line_break) {
        line.push_str(rest[..at].trim_end());
        line.push(' ');
        // Every line-break character is white space, so this also drops the break itself.
        rest = rest[at..].trim_start();
    }
    line.push_str(rest);
    Cow::Owned(line)
}

// JSON output: each record is a struct serialised by serde, the library's `Sentence` included,
// so the fields and their order are those of the library's documented serde form.

/// `{"id":..,"sentences":[{"document","index","start","end","text","score","rank","breakdown",
/// "pieces"?},...]}`
/// (`id` left out when `None`), with `"lang"` (a code, or null for the neutral mode) when
/// `lang` is given and `"keyphrases":[{"text","score","spans"},...]` when `keyphrases` is.
/// `base` is added to the offsets.
pub fn write_summary_json(
    out: &mut impl Write,
    id: Option<&Value>,
    sentences: &[Sentence<'_>],
    base: usize,
    lang: Option<Option<Language>>,
    keyphrases: Option<&[Keyphrase<'_>]>,
) -> io::Result<()> {
    let shifted: Vec<Sentence<'_>>;
    let sentences = if base == 0 {
        sentences
    } else {
        shifted = sentences
            .iter()
            .map(|sentence| {
                let mut sentence = sentence.clone();
                let shift = |span: Span| Span::new(span.start + base, span.end + base);
                sentence.span = shift(sentence.span);
                for piece in &mut sentence.pieces {
                    *piece = shift(*piece);
                }
                sentence
            })
            .collect();
        &shifted
    };
    let shifted_keyphrases: Vec<Keyphrase<'_>>;
    let keyphrases = match keyphrases {
        Some(keyphrases) if base != 0 => {
            shifted_keyphrases = keyphrases
                .iter()
                .map(|keyphrase| {
                    let mut keyphrase = keyphrase.clone();
                    for span in &mut keyphrase.spans {
                        *span = Span::new(span.start + base, span.end + base);
                    }
                    keyphrase
                })
                .collect();
            Some(&shifted_keyphrases[..])
        }
        keyphrases => keyphrases,
    };
    let record = SummaryRecord {
        id,
        sentences,
        lang,
        keyphrases,
    };
    serde_json::to_writer(out, &record).map_err(io::Error::from)
}

#[derive(Serialize)]
struct SummaryRecord<'a, 't> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a Value>,
    sentences: &'a [Sentence<'t>],
    /// With `--lang auto`: the language the document was analysed with, null for neutral.
    #[serde(skip_serializing_if = "Option::is_none")]
    lang: Option<Option<Language>>,
    /// With `--keyphrases N` or a record's `"keyphrases": N`.
    #[serde(skip_serializing_if = "Option::is_none")]
    keyphrases: Option<&'a [Keyphrase<'t>]>,
}

/// `{"id":..,"sentences":["...",...]}`, without `id` when it is `None`.
pub fn write_split_json<'t>(
    out: &mut impl Write,
    id: Option<&Value>,
    sentences: impl IntoIterator<Item = &'t str>,
) -> io::Result<()> {
    let record = SplitRecord {
        id,
        sentences: sentences.into_iter().collect(),
    };
    serde_json::to_writer(out, &record).map_err(io::Error::from)
}

#[derive(Serialize)]
struct SplitRecord<'a, 't> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a Value>,
    sentences: Vec<&'t str>,
}

/// `{"id":..,"text":..}`: the text extracted from a record (`--extract`).
pub fn write_extract_json(out: &mut impl Write, id: Option<&Value>, text: &str) -> io::Result<()> {
    #[derive(Serialize)]
    struct ExtractRecord<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        id: Option<&'a Value>,
        text: &'a str,
    }
    serde_json::to_writer(out, &ExtractRecord { id, text }).map_err(io::Error::from)
}

/// `{"id":..,"error":..,"line":N}`: a record that could not be summarised.
pub fn write_error_json(
    out: &mut impl Write,
    id: &Value,
    error: &str,
    line: usize,
) -> io::Result<()> {
    let record = ErrorRecord { id, error, line };
    serde_json::to_writer(out, &record).map_err(io::Error::from)
}

#[derive(Serialize)]
struct ErrorRecord<'a> {
    id: &'a Value,
    error: &'a str,
    line: usize,
}
