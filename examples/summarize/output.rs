//! Writing sentences: one per line for people, JSON with byte offsets for programs.

use std::borrow::Cow;
use std::io::{self, Write};

use salient::{Language, Sentence, Span};
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

// ---------------------------------------------------------------------------------------------
// JSON output, written by hand around serde_json's string and number encoding so that keys come
// out in the documented order.

/// `{"id":..,"sentences":[{"index","start","end","text","score","rank"},...]}`, without `id`
/// when it is `None`. `base` is added to the offsets.
pub fn write_summary_json(
    out: &mut impl Write,
    id: Option<&Value>,
    sentences: &[Sentence<'_>],
    base: usize,
    lang: Option<Option<Language>>,
) -> io::Result<()> {
    open_object(out, id)?;
    for (i, sentence) in sentences.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        let Span { start, end } = sentence.span;
        write!(
            out,
            "{{\"index\":{},\"start\":{},\"end\":{},\"text\":",
            sentence.index,
            start + base,
            end + base
        )?;
        serde_json::to_writer(&mut *out, sentence.text)?;
        out.write_all(b",\"score\":")?;
        serde_json::to_writer(&mut *out, &sentence.score)?;
        write!(out, ",\"rank\":{}}}", sentence.rank)?;
    }
    out.write_all(b"]")?;
    // With `--lang auto`: the language the document was analysed with, null for neutral.
    if let Some(lang) = lang {
        out.write_all(b",\"lang\":")?;
        serde_json::to_writer(&mut *out, &lang.map(Language::code))?;
    }
    out.write_all(b"}")
}

/// `{"id":..,"sentences":["...",...]}`, without `id` when it is `None`.
pub fn write_split_json<'t>(
    out: &mut impl Write,
    id: Option<&Value>,
    sentences: impl IntoIterator<Item = &'t str>,
) -> io::Result<()> {
    open_object(out, id)?;
    for (i, sentence) in sentences.into_iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        serde_json::to_writer(&mut *out, sentence)?;
    }
    out.write_all(b"]}")
}

/// `{"id":..,"sentences":[` or `{"sentences":[`.
pub fn open_object(out: &mut impl Write, id: Option<&Value>) -> io::Result<()> {
    out.write_all(b"{")?;
    if let Some(id) = id {
        out.write_all(b"\"id\":")?;
        serde_json::to_writer(&mut *out, id)?;
        out.write_all(b",")?;
    }
    out.write_all(b"\"sentences\":[")
}
