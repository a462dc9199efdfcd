//! How the library's errors reach Python: `salient.Error`, a `ValueError`, carrying the
//! library's message, which names the rejected value.

use pyo3::PyErr;
use pyo3::exceptions::PyValueError;

pyo3::create_exception!(
    salient,
    Error,
    PyValueError,
    "A configuration value was rejected (a ratio of 1.5, a NaN weight, an unknown language).\n\n\
     A subclass of ValueError; the message names the value and the accepted range."
);

/// The library's configuration error as a `salient.Error`.
pub fn config_error(error: salient::Error) -> PyErr {
    Error::new_err(error.to_string())
}

/// A `salient.Error` with a message of the binding's own, for options the library cannot reject
/// because its types rule them out (a negative count where it takes `usize`).
pub fn invalid(message: String) -> PyErr {
    Error::new_err(message)
}
