//! Several documents, one summary: the documents of `Summarizer.summarize_cluster` read from
//! Python (strings, dicts or objects), then summarised or scored without the GIL.

use pyo3::exceptions::PyTypeError;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyMapping, PyString};
use salient::{ClusterDocument, Length, Summarizer};

use crate::options::type_name;
use crate::summary::{SentenceData, SummaryData, sentence_data};

/// One document of a cluster as Python gave it, readable without the GIL.
pub struct Document {
    text: PyBackedStr,
    title: Option<PyBackedStr>,
    date: Option<PyBackedStr>,
}

/// The documents of the iterable `documents`: each a `str` (the text), a mapping with the key
/// `"text"` and optionally `"title"` and `"date"` (other keys are ignored, so records can be
/// passed as they are), or an object with those attributes (a dataclass, a named tuple).
/// `title` is a `str` or None; `date` a `str`, None, or a `datetime.date` or `datetime`
/// (anything with `isoformat()`).
///
/// Everything is read before any work starts: a document of the wrong shape is a `TypeError`
/// naming its index.
pub fn documents(documents: &Bound<'_, PyAny>) -> PyResult<Vec<Document>> {
    if documents.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "documents must be an iterable of documents, not a str: wrap one text in a list",
        ));
    }
    let mut out = Vec::with_capacity(documents.len().unwrap_or(0));
    for (index, item) in documents.try_iter()?.enumerate() {
        out.push(document(index, &item?)?);
    }
    Ok(out)
}

fn document(index: usize, item: &Bound<'_, PyAny>) -> PyResult<Document> {
    let py = item.py();
    if let Ok(text) = item.cast::<PyString>() {
        return Ok(Document {
            text: text_of(index, "text", text)?,
            title: None,
            date: None,
        });
    }
    let Some(text) = field(item, intern!(py, "text"))? else {
        return Err(PyTypeError::new_err(format!(
            "documents[{index}] is {} without a text: expected a str, or a dict or object with \
             'text' (and optionally 'title' and 'date')",
            type_name(item)
        )));
    };
    let title = field(item, intern!(py, "title"))?;
    let mut date = field(item, intern!(py, "date"))?;
    if let Some(value) = &date
        && !value.is_instance_of::<PyString>()
        && value.hasattr(intern!(py, "isoformat"))?
    {
        date = Some(value.call_method0(intern!(py, "isoformat"))?);
    }
    Ok(Document {
        text: string(index, "text", &text)?,
        title: title.map(|t| string(index, "title", &t)).transpose()?,
        date: date.map(|d| string(index, "date", &d)).transpose()?,
    })
}

/// The field `name` of a document given as a mapping or an object; None when it is absent.
fn field<'py>(
    item: &Bound<'py, PyAny>,
    name: &Bound<'py, PyString>,
) -> PyResult<Option<Bound<'py, PyAny>>> {
    let value = if let Ok(mapping) = item.cast::<PyMapping>() {
        if mapping.contains(name)? {
            Some(mapping.get_item(name)?)
        } else {
            None
        }
    } else {
        item.getattr_opt(name)?
    };
    Ok(value.filter(|value| !value.is_none()))
}

/// The field `name` of document `index`, which must be a `str`.
fn string(index: usize, name: &str, value: &Bound<'_, PyAny>) -> PyResult<PyBackedStr> {
    let text = value.cast::<PyString>().map_err(|_| {
        PyTypeError::new_err(format!(
            "documents[{index}].{name} is {}, expected str",
            type_name(value)
        ))
    })?;
    text_of(index, name, text)
}

/// A `str` as UTF-8; a lone surrogate is a `ValueError` naming the document.
fn text_of(index: usize, name: &str, text: &Bound<'_, PyString>) -> PyResult<PyBackedStr> {
    PyBackedStr::try_from(text.clone()).map_err(|e| {
        let err = pyo3::exceptions::PyValueError::new_err(format!(
            "documents[{index}].{name} cannot be read as UTF-8: {e}"
        ));
        err.set_cause(text.py(), Some(e));
        err
    })
}

/// The documents as the library takes them, borrowing `documents`.
fn cluster(documents: &[Document]) -> Vec<ClusterDocument<'_>> {
    documents
        .iter()
        .map(|document| {
            let mut cluster = ClusterDocument::new(&document.text);
            if let Some(title) = &document.title {
                cluster = cluster.title(title);
            }
            if let Some(date) = &document.date {
                cluster = cluster.date(date);
            }
            cluster
        })
        .collect()
}

/// The texts of `documents`, which the sentences' offsets index.
fn texts(documents: &[Document]) -> Vec<&str> {
    documents.iter().map(|document| &*document.text).collect()
}

/// One summary of `documents` with `length` (no GIL needed).
pub fn summarize(summarizer: &Summarizer, documents: &[Document], length: Length) -> SummaryData {
    let summary = summarizer.summarize_cluster_with(&cluster(documents), length);
    SummaryData::new(&texts(documents), &summary)
}

/// Every sentence of `documents`, scored as one cluster (no GIL needed).
pub fn score(summarizer: &Summarizer, documents: &[Document]) -> Vec<SentenceData> {
    let sentences = summarizer.score_cluster(&cluster(documents));
    sentence_data(&texts(documents), &sentences)
}
