//! Keyphrases: `Summarizer.keyphrases()`, `keyphrases()` and the `Keyphrase` class.

use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyDict, PyList, PyString};
use salient::{Span, Summarizer};

use crate::float::shortest;
use crate::idf::PyIdfModel;
use crate::length::LengthArgs;
use crate::offsets::char_spans;
use crate::options::{SummarizerOptions, count};

/// How many keyphrases a call gives when it does not say.
pub const DEFAULT_COUNT: usize = 10;

/// The `n` of a keyphrases call: an `int` >= 0 (huge ones mean all), None for the default.
pub fn keyphrase_count(n: Option<&Bound<'_, PyAny>>) -> PyResult<usize> {
    match n.filter(|value| !value.is_none()) {
        Some(n) => count("n", n),
        None => Ok(DEFAULT_COUNT),
    }
}

/// The `n` best keyphrases of `text`, owned, with character offsets (no GIL needed).
pub fn keyphrase_data(summarizer: &Summarizer, text: &str, n: usize) -> Vec<PyKeyphrase> {
    let keyphrases = summarizer.keyphrases(text, n);
    // Every occurrence of every keyphrase, converted in one pass over the text.
    let spans: Vec<Span> = keyphrases
        .iter()
        .flat_map(|k| k.spans.iter().copied())
        .collect();
    let mut chars = char_spans(text, &spans).into_iter();
    keyphrases
        .into_iter()
        .map(|keyphrase| PyKeyphrase {
            chars: chars.by_ref().take(keyphrase.spans.len()).collect(),
            bytes: keyphrase.spans.iter().map(|s| (s.start, s.end)).collect(),
            text: keyphrase.text.into_owned(),
            score: keyphrase.score,
        })
        .collect()
}

/// The keyphrases of `text`: the phrases that say what it is about, best first, each with the
/// spans of all its occurrences.
///
/// A shortcut for `Summarizer(language=..., ...).keyphrases(text, n)`; build a `Summarizer` once
/// for many texts. `language`, `stemming`, `stopwords` and `idf_model` are as for
/// `summarize()`; `n` (default 10) is the most keyphrases to return. A bad value raises
/// `salient.Error`.
#[pyfunction]
#[pyo3(
    signature = (text, n=None, *, language="auto", stemming=true, stopwords=true, idf_model=None),
    text_signature = "(text, n=10, *, language='auto', stemming=True, stopwords=True, idf_model=None)"
)]
pub fn keyphrases(
    py: Python<'_>,
    text: PyBackedStr,
    n: Option<&Bound<'_, PyAny>>,
    language: &str,
    stemming: bool,
    stopwords: bool,
    idf_model: Option<PyRef<'_, PyIdfModel>>,
) -> PyResult<Vec<PyKeyphrase>> {
    let summarizer = SummarizerOptions {
        length: LengthArgs::default(),
        language,
        algorithm: "default",
        order: "document",
        redundancy: None,
        min_words: None,
        stemming,
        stopwords,
        units: "auto",
        format: None,
        idf_model: idf_model.map(|model| model.model()),
        weights: None,
    }
    .build()?;
    let n = keyphrase_count(n)?;
    Ok(py.detach(|| keyphrase_data(&summarizer, &text, n)))
}

/// A keyphrase of a text: the phrase as written, its score and where it occurs.
///
/// Occurrences with the same words after lower-casing and stemming are one keyphrase
/// (`neural network` and `Neural Networks`); `text` is the form written most often. `spans`
/// are the `(start, end)` character offsets of every occurrence, in order and never
/// overlapping, so `source[start:end]` is the occurrence and equals `text` for at least one of
/// them; `byte_spans` are the same in bytes of the UTF-8 encoding.
#[pyclass(frozen, eq, name = "Keyphrase", module = "salient")]
#[derive(Clone, Debug, PartialEq)]
pub struct PyKeyphrase {
    text: String,
    score: f32,
    bytes: Vec<(usize, usize)>,
    chars: Vec<(usize, usize)>,
}

#[pymethods]
impl PyKeyphrase {
    /// The phrase as written at one of its occurrences (the most frequent form).
    #[getter]
    fn text(&self) -> &str {
        &self.text
    }

    /// The phrase's score, higher is more salient; always finite and positive.
    #[getter]
    fn score(&self) -> f64 {
        shortest(self.score)
    }

    /// `(start, end)` character offsets of every occurrence, in document order.
    #[getter]
    fn spans<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, &self.chars)
    }

    /// `(start, end)` byte offsets of every occurrence in the UTF-8 encoding, in document order.
    #[getter]
    fn byte_spans<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, &self.bytes)
    }

    /// The keyphrase as plain data: `text`, `score`, `spans` and `byte_spans` (lists of
    /// `[start, end]` pairs, as JSON has them).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let pairs = |spans: &[(usize, usize)]| -> Vec<[usize; 2]> {
            spans.iter().map(|&(start, end)| [start, end]).collect()
        };
        let dict = PyDict::new(py);
        dict.set_item("text", &self.text)?;
        dict.set_item("score", shortest(self.score))?;
        dict.set_item("spans", pairs(&self.chars))?;
        dict.set_item("byte_spans", pairs(&self.bytes))?;
        Ok(dict)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        // Python's quoting of the text, as a user reads strings.
        let text = PyString::new(py, &self.text).repr()?;
        Ok(format!(
            "<Keyphrase {text} score {:.4}, {} occurrences>",
            self.score,
            self.chars.len()
        ))
    }
}
