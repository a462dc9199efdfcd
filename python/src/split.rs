//! Sentence splitting and language detection on their own.

use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use salient::{Language, SentenceSplitter, Span, Summarizer};

use crate::errors::config_error;
use crate::offsets::char_spans;

/// The sentences of `text` as `(sentence, start, end)` triples, in order: each sentence trimmed
/// of white space, never empty, and `text[start:end] == sentence` (offsets count characters).
///
/// `language`: `"auto"` (the rules of the language detected in `text`, the neutral ones when
/// none is), `"neutral"` (the stops of every script, no abbreviation list), or a language of
/// `LANGUAGES` by ISO 639-1 or 639-3 code or English name. An unknown code raises
/// `salient.Error`.
#[pyfunction]
#[pyo3(signature = (text, language = "auto"))]
pub fn split_sentences(
    py: Python<'_>,
    text: PyBackedStr,
    language: &str,
) -> PyResult<Vec<(String, usize, usize)>> {
    let code = language.trim();
    let splitter = if code.eq_ignore_ascii_case("auto") {
        // The splitter `summarize(language="auto")` would use for this text.
        let detecting = Summarizer::builder()
            .detect_language(true)
            .build()
            .map_err(config_error)?;
        py.detach(|| detecting.splitter_for(&text).into_owned())
    } else if code.eq_ignore_ascii_case("neutral") {
        SentenceSplitter::neutral()
    } else {
        match SentenceSplitter::for_code(code) {
            Some(splitter) => splitter,
            // `for_code` knows every `Language`, so this only passes on the parser's error,
            // which names the code and what is accepted.
            None => SentenceSplitter::new(code.parse::<Language>().map_err(config_error)?),
        }
    };
    Ok(py.detach(|| {
        let spans: Vec<Span> = splitter.split(&text).collect();
        spans
            .iter()
            .zip(char_spans(&text, &spans))
            .map(|(span, (start, end))| (span.slice(&text).to_owned(), start, end))
            .collect()
    }))
}

/// The code of the language detected in `text` (`"en"`), or None when the text is too short or
/// mixed for a clear answer, or in a language outside `LANGUAGES`.
#[pyfunction]
pub fn detect_language(py: Python<'_>, text: PyBackedStr) -> Option<&'static str> {
    py.detach(|| Language::detect(&text).map(Language::code))
}
