//! Many texts from Python, read before any work starts so that a bad record is reported by its
//! index and nothing else runs.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::PyString;

/// The `str` items of the iterable `texts`, as UTF-8 the library can borrow without the GIL.
///
/// An item that is not a `str` is a `TypeError` naming its index and type; a `str` that has no
/// UTF-8 form (a lone surrogate such as `"\ud800"`) is a `ValueError` naming its index.
pub fn texts(texts: &Bound<'_, PyAny>) -> PyResult<Vec<PyBackedStr>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be an iterable of str, not a str: wrap one text in a list",
        ));
    }
    let mut out = Vec::with_capacity(texts.len().unwrap_or(0));
    for (index, item) in texts.try_iter()?.enumerate() {
        let item = item?;
        let string = item.cast_into::<PyString>().map_err(|e| {
            let got = e
                .into_inner()
                .get_type()
                .name()
                .map_or_else(|_| "?".to_owned(), |name| name.to_string());
            PyTypeError::new_err(format!("texts[{index}] is {got}, expected str"))
        })?;
        let text = PyBackedStr::try_from(string).map_err(|e| {
            let err = PyValueError::new_err(format!("texts[{index}] cannot be read as UTF-8: {e}"));
            err.set_cause(texts.py(), Some(e));
            err
        })?;
        out.push(text);
    }
    Ok(out)
}
