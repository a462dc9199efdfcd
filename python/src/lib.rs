//! The Python package `salient`: the salient crate's summariser, sentence splitter and corpus
//! IDF, exposed with PyO3 as the extension module `salient._salient`.
//!
//! Nothing here summarises, splits or scores: each Python call maps its arguments onto the
//! library's API, runs it without the GIL, and turns the owned results into Python objects, with
//! character offsets beside the library's byte offsets. One file per job:
//!
//! - `options.rs`: keyword arguments → `SummarizerBuilder` (a new builder option goes there);
//! - `length.rs`: the length options, one per call or one per text of a batch;
//! - `query.rs`: the queries of a batch, one for all texts or one per text;
//! - `summarizer.rs`: `Summarizer` and `summarize()`;
//! - `cluster.rs`: the documents of `summarize_cluster`, read from Python;
//! - `keyphrase.rs`: `Keyphrase`, `keyphrases()`;
//! - `extract.rs`: `Extracted`, `extract()`: input formats, with a map back to the input;
//! - `pool.rs`: the thread pool of `summarize_batch(threads=N)`;
//! - `summary.rs`: `Summary`, `Sentence`, `ScoreBreakdown`;
//! - `offsets.rs`: byte offsets ↔ character offsets, in one pass per document or indexed;
//! - `float.rs`: the library's `f32`s as Python floats;
//! - `split.rs`: `split_sentences()` and `detect_language()`;
//! - `idf.rs`: `IdfModel`;
//! - `texts.rs`: reading a batch of texts, a bad item named by its index;
//! - `errors.rs`: `salient.Error`, the library's configuration error as a `ValueError`.
//!
//! A later capability of the library is a file of its own here, registered below, plus its stub
//! in `salient/_salient.pyi`.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod cluster;
mod errors;
mod extract;
mod float;
mod idf;
mod keyphrase;
mod length;
mod offsets;
mod options;
mod pool;
mod query;
mod split;
mod summarizer;
mod summary;
mod texts;

use pyo3::prelude::*;
use pyo3::types::PyDict;

/// The names and defaults of the default scorer's weights: every keyword argument of
/// `summarize()` and `Summarizer()` beyond the named options.
#[pyfunction]
fn default_weights(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    let dict = PyDict::new(py);
    for (name, value) in options::weight_defaults() {
        dict.set_item(name, value)?;
    }
    Ok(dict)
}

/// The extension module: what `salient/__init__.py` re-exports.
#[pymodule]
fn _salient(module: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = module.py();
    module.add("__version__", env!("CARGO_PKG_VERSION"))?;
    module.add("Error", py.get_type::<errors::Error>())?;
    module.add_class::<summarizer::PySummarizer>()?;
    module.add_class::<summary::PySummary>()?;
    module.add_class::<summary::PySentence>()?;
    module.add_class::<summary::PyScoreBreakdown>()?;
    module.add_class::<idf::PyIdfModel>()?;
    module.add_class::<keyphrase::PyKeyphrase>()?;
    module.add_class::<extract::PyExtracted>()?;
    module.add_function(wrap_pyfunction!(summarizer::summarize, module)?)?;
    module.add_function(wrap_pyfunction!(keyphrase::keyphrases, module)?)?;
    module.add_function(wrap_pyfunction!(extract::extract, module)?)?;
    module.add_function(wrap_pyfunction!(split::split_sentences, module)?)?;
    module.add_function(wrap_pyfunction!(split::detect_language, module)?)?;
    module.add_function(wrap_pyfunction!(default_weights, module)?)?;
    let languages: Vec<&str> = salient::Language::ALL.iter().map(|l| l.code()).collect();
    module.add("LANGUAGES", languages)?;
    module.add("ALGORITHMS", salient::Algorithm::NAMES.to_vec())?;
    module.add("FORMATS", salient::Format::NAMES.to_vec())?;
    Ok(())
}
