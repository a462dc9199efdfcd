//! Input formats: `extract()` and the `Extracted` class, clean text from a web page, Markdown,
//! or text pulled out of a PDF or a mail, with a map back to the original.

use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyList, PyString};
use salient::{Extracted, Format, Span};

use crate::errors::{config_error, invalid};
use crate::offsets::CharIndex;
use crate::options::count;

/// Extracts clean text from `text` read as `format`: `"auto"` (recognised from the content),
/// `"text"` (plain text, PDF or mail clean-up), `"html"` (a web page's article body) or
/// `"markdown"`; `FORMATS` lists them. An unknown format raises `salient.Error`.
///
/// Never fails on the input itself: broken markup gives a best-effort result. Summarise
/// `extracted.text`, then map a sentence back with
/// `extracted.original_spans(s.start, s.end)`.
#[pyfunction]
#[pyo3(signature = (text, format="auto"))]
pub fn extract(py: Python<'_>, text: PyBackedStr, format: &str) -> PyResult<PyExtracted> {
    let format: Format = format.parse().map_err(config_error)?;
    let (extracted, clean_index, original_index) = py.detach(|| {
        let extracted = salient::extract(&text, format).into_owned();
        let clean_index = CharIndex::new(extracted.text());
        (extracted, clean_index, CharIndex::new(&text))
    });
    Ok(PyExtracted {
        clean: PyString::new(py, extracted.text()).unbind(),
        extracted,
        clean_index,
        original: text,
        original_index,
    })
}

/// Text extracted from an input by `extract()`, ready to summarise, with a map back to the
/// input.
///
/// `text` is the clean text: paragraphs separated by blank lines, each heading on a line of its
/// own. `original_spans(start, end)` maps a span of it (character offsets, such as a
/// `Sentence`'s `start` and `end`) to the spans of the input it was read from, so
/// `source[a:b]` for each `(a, b)` is what the span came from; `original_byte_spans` does the
/// same in bytes of the UTF-8 encodings.
#[pyclass(frozen, name = "Extracted", module = "salient")]
pub struct PyExtracted {
    extracted: Extracted<'static>,
    /// The clean text as a Python string, made once: `text` is read for every summary.
    clean: Py<PyString>,
    clean_index: CharIndex,
    original: PyBackedStr,
    original_index: CharIndex,
}

#[pymethods]
impl PyExtracted {
    /// The clean text.
    #[getter]
    fn text(&self, py: Python<'_>) -> Py<PyString> {
        self.clean.clone_ref(py)
    }

    /// The format the input was read as: `"text"`, `"html"` or `"markdown"`, never `"auto"`.
    #[getter]
    fn format(&self) -> &'static str {
        self.extracted.format().name()
    }

    /// `(start, end)` character offsets in `text` of the headings and titles, in order.
    #[getter]
    fn headings<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let text = self.extracted.text();
        let spans = self.extracted.headings().iter().map(|span| {
            (
                self.clean_index.char(text, span.start),
                self.clean_index.char(text, span.end),
            )
        });
        PyList::new(py, spans)
    }

    /// `(start, end)` byte offsets in `text`'s UTF-8 encoding of the headings, in order.
    #[getter]
    fn heading_byte_spans<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(
            py,
            self.extracted.headings().iter().map(|s| (s.start, s.end)),
        )
    }

    /// The `(start, end)` character offsets of the input that the characters `start:end` of
    /// `text` were read from, in order: one span, or several when the stretch crosses markup,
    /// a line end or a character reference. An empty list means the stretch held only white
    /// space the extractor inserted. Offsets outside `text` raise `salient.Error`.
    fn original_spans<'py>(
        &self,
        py: Python<'py>,
        start: &Bound<'py, PyAny>,
        end: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyList>> {
        let (start, end) = (count("start", start)?, count("end", end)?);
        let text = self.extracted.text();
        let length = self.clean_index.len();
        let (Some(byte_start), Some(byte_end)) = (
            self.clean_index.byte(text, start),
            self.clean_index.byte(text, end),
        ) else {
            return Err(out_of_range(start, end, length, "characters"));
        };
        if start > end {
            return Err(out_of_range(start, end, length, "characters"));
        }
        let original = &*self.original;
        let spans = py.detach(|| {
            self.extracted
                .original_spans(Span::new(byte_start, byte_end))
                .into_iter()
                .map(|span| {
                    (
                        self.original_index.char(original, span.start),
                        self.original_index.char(original, span.end),
                    )
                })
                .collect::<Vec<_>>()
        });
        PyList::new(py, spans)
    }

    /// `original_spans` in bytes: the `(start, end)` byte offsets of the input's UTF-8 encoding
    /// that the bytes `byte_start:byte_end` of `text`'s encoding were read from. Offsets outside
    /// `text` or inside a character raise `salient.Error`.
    fn original_byte_spans<'py>(
        &self,
        py: Python<'py>,
        byte_start: &Bound<'py, PyAny>,
        byte_end: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyList>> {
        let start = count("byte_start", byte_start)?;
        let end = count("byte_end", byte_end)?;
        let text = self.extracted.text();
        if start > end || end > text.len() {
            return Err(out_of_range(start, end, text.len(), "bytes"));
        }
        for offset in [start, end] {
            if !text.is_char_boundary(offset) {
                return Err(invalid(format!(
                    "byte offset {offset} is inside a character of the clean text"
                )));
            }
        }
        let spans = self.extracted.original_spans(Span::new(start, end));
        PyList::new(py, spans.iter().map(|s| (s.start, s.end)))
    }

    fn __str__(&self, py: Python<'_>) -> Py<PyString> {
        self.text(py)
    }

    fn __repr__(&self) -> String {
        format!(
            "<Extracted {}: {} characters, {} headings, from {} characters>",
            self.format(),
            self.clean_index.len(),
            self.extracted.headings().len(),
            self.original_index.len()
        )
    }
}

/// The error for a span `start:end` that is not inside a text of `length` units.
fn out_of_range(start: usize, end: usize, length: usize, units: &str) -> PyErr {
    invalid(format!(
        "invalid span {start}:{end}: expected start <= end <= {length}, the clean text's \
         length in {units}"
    ))
}
