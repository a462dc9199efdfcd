//! The `query` option of a batch: one query for every text, or one per text.

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyList, PyString, PyTuple};

use crate::errors::invalid;
use crate::options::{type_name, wrong_type};

/// The queries of a batch, readable without the GIL.
pub enum Queries {
    /// No text has a query.
    None,
    /// Every text has this one.
    One(PyBackedStr),
    /// One per text, None for a plain summary.
    Each(Vec<Option<PyBackedStr>>),
}

impl Queries {
    /// The query of text `index`, if it has one.
    pub fn get(&self, index: usize) -> Option<&str> {
        match self {
            Queries::None => None,
            Queries::One(query) => Some(query),
            Queries::Each(queries) => queries.get(index)?.as_deref(),
        }
    }
}

/// The queries of a batch of `texts` texts.
///
/// `query` is None (no text has one), a `str` (every text has it), or a list or tuple of one
/// `str` or None per text; anything else is a `TypeError` naming the position, and a list of
/// the wrong length a `salient.Error`, both before any text is summarised.
pub fn queries(query: Option<&Bound<'_, PyAny>>, texts: usize) -> PyResult<Queries> {
    let Some(query) = query.filter(|value| !value.is_none()) else {
        return Ok(Queries::None);
    };
    if let Ok(one) = query.cast::<PyString>() {
        return Ok(Queries::One(PyBackedStr::try_from(one.clone())?));
    }
    if !(query.is_instance_of::<PyList>() || query.is_instance_of::<PyTuple>()) {
        return Err(wrong_type(
            "query",
            "a str, or a list of one str or None per text",
            query,
        ));
    }
    let given = query.len()?;
    if given != texts {
        return Err(invalid(format!(
            "query has {given} values for {texts} texts: give one per text, or one str"
        )));
    }
    query
        .try_iter()?
        .enumerate()
        .map(|(i, item)| {
            let item = item?;
            if item.is_none() {
                return Ok(None);
            }
            let string = item.cast::<PyString>().map_err(|_| {
                PyTypeError::new_err(format!(
                    "query[{i}] must be a str or None, not {}",
                    type_name(&item)
                ))
            })?;
            PyBackedStr::try_from(string.clone()).map(Some)
        })
        .collect::<PyResult<Vec<_>>>()
        .map(Queries::Each)
}
