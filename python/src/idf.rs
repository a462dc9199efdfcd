//! `IdfModel`: the library's corpus IDF, fitted, saved, loaded and merged from Python.

use std::io;
use std::path::PathBuf;
use std::sync::Arc;

use pyo3::prelude::*;
use pyo3::types::PyType;
use salient::{IdfModel, Summarizer};

use crate::errors::{config_error, invalid};
use crate::float::shortest;
use crate::options::LanguageChoice;

/// Document frequencies of terms over a corpus, to weight terms by how rare they are in a whole
/// collection rather than within one document: pass it as `idf_model=` to `summarize()` or
/// `Summarizer()`.
///
/// The model remembers the language, stemming and stopword settings it was fitted with, and
/// only a summariser with the same settings accepts it. Saved models are small text files, the
/// same as the Rust crate and its command line write.
#[pyclass(name = "IdfModel", module = "salient")]
pub struct PyIdfModel {
    // Shared with the summarisers built with it; `merge` copies it first if one still holds it,
    // so a summariser keeps the model it was built with.
    model: Arc<IdfModel>,
}

impl PyIdfModel {
    /// Wraps a fitted or loaded model.
    pub fn new(model: Arc<IdfModel>) -> PyIdfModel {
        PyIdfModel { model }
    }

    /// The model, shared, for a summariser.
    pub fn model(&self) -> Arc<IdfModel> {
        Arc::clone(&self.model)
    }
}

#[pymethods]
impl PyIdfModel {
    /// Fits a model on the iterable of str `texts`, each one document, in parallel without the
    /// GIL; the result is the same whatever the number of threads.
    ///
    /// `language` is a code or English name, or `"neutral"` (no stemming, no stopwords: the
    /// neutral mode's model); `stemming` and `stopwords` must match the summariser that will use
    /// the model. `Summarizer.fit_idf(texts)` fits with a summariser's own settings.
    #[classmethod]
    #[pyo3(signature = (texts, *, language = "en", stemming = true, stopwords = true))]
    fn fit(
        _cls: &Bound<'_, PyType>,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        language: &str,
        stemming: bool,
        stopwords: bool,
    ) -> PyResult<PyIdfModel> {
        let builder = match crate::options::language(language)? {
            LanguageChoice::Auto => {
                return Err(invalid(
                    "an IDF model is fitted for one language: give its code, or \"neutral\"".into(),
                ));
            }
            LanguageChoice::Neutral => Summarizer::builder().neutral(),
            LanguageChoice::Fixed(language) => Summarizer::builder().language(language),
        };
        let summarizer = builder
            .stemming(stemming)
            .stopwords(stopwords)
            .build()
            .map_err(config_error)?;
        let texts = crate::texts::texts(texts)?;
        let model = py.detach(|| summarizer.fit_idf(&texts));
        Ok(PyIdfModel::new(Arc::new(model)))
    }

    /// Writes the model to the file at `path` (a line-oriented UTF-8 text format).
    fn save(&self, py: Python<'_>, path: PathBuf) -> PyResult<()> {
        let model = self.model();
        py.detach(|| model.save(&path))?;
        Ok(())
    }

    /// Reads a model written by `save` (or by the Rust crate). A file that is not a model raises
    /// `salient.Error` naming the line; a file that cannot be read raises `OSError`.
    #[classmethod]
    fn load(_cls: &Bound<'_, PyType>, py: Python<'_>, path: PathBuf) -> PyResult<PyIdfModel> {
        match py.detach(|| IdfModel::load(&path)) {
            Ok(model) => Ok(PyIdfModel::new(Arc::new(model))),
            Err(e) if e.kind() == io::ErrorKind::InvalidData => {
                Err(invalid(format!("{}: {e}", path.display())))
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Adds the documents and document frequencies of `other` to this model, as if it had been
    /// fitted on both corpora. Raises `salient.Error` if `other` was fitted with other settings.
    /// Summarisers built with this model before keep the model as it was.
    fn merge(slf: &Bound<'_, Self>, other: &Bound<'_, Self>) -> PyResult<()> {
        // Read `other` before borrowing `self` mutably: they may be the same object.
        let other = other.borrow().model();
        let mut this = slf.borrow_mut();
        Arc::make_mut(&mut this.model)
            .merge(&other)
            .map_err(config_error)
    }

    /// Number of documents the model was fitted on.
    #[getter]
    fn documents(&self) -> u64 {
        self.model.documents()
    }

    /// Number of distinct terms.
    #[getter]
    fn terms(&self) -> usize {
        self.model.terms()
    }

    /// The code of the language the model was fitted for.
    #[getter]
    fn language(&self) -> &'static str {
        self.model.language().code()
    }

    /// Whether terms were stemmed.
    #[getter]
    fn stemming(&self) -> bool {
        self.model.stemming()
    }

    /// Whether stopwords were left out.
    #[getter]
    fn stopwords(&self) -> bool {
        self.model.stopwords()
    }

    /// Number of documents containing `term` (a stem, as the model's settings make it).
    fn document_frequency(&self, term: &str) -> u64 {
        self.model.document_frequency(term)
    }

    /// Smoothed IDF of `term`: `ln((1 + documents) / (1 + df)) + 1`.
    fn idf(&self, term: &str) -> f64 {
        shortest(self.model.idf(term))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyIdfModel>()
            .is_ok_and(|other| *other.borrow().model == *self.model)
    }

    fn __repr__(&self) -> String {
        format!(
            "<IdfModel language {:?}, stemming {}, stopwords {}: {} documents, {} terms>",
            self.model.language().code(),
            on_off(self.model.stemming()),
            on_off(self.model.stopwords()),
            self.model.documents(),
            self.model.terms()
        )
    }
}

fn on_off(on: bool) -> &'static str {
    if on { "on" } else { "off" }
}
