//! `Summarizer` and `summarize()`: the library's summariser, built once from keyword arguments and
//! run without the GIL.

use std::sync::Arc;

use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyDict, PyList};
use rayon::prelude::*;
use salient::{Length, Summarizer};

use crate::idf::PyIdfModel;
use crate::length::LengthArgs;
use crate::options::SummarizerOptions;
use crate::pool::thread_pool;
use crate::summary::{PySentence, PySummary, SummaryData, sentence_data};

/// Summarises `text`: the few sentences that matter, as exact slices of it.
///
/// Builds a `Summarizer` from the options and summarises one text; build a `Summarizer` once to
/// summarise many. Options: one length (`sentences`, default 3; `ratio`; `words`; `chars`),
/// `language` (`"auto"` detects each text's language, `"neutral"` suits any language and script,
/// or a code such as `"en"`), `algorithm`, `order` (`"document"` or `"rank"`), `redundancy`
/// (0 to 1), `min_words`, `stemming`, `stopwords`, `idf_model`, and the default scorer's weights
/// by name (`position=0.0`; see `default_weights()`). A bad value raises `salient.Error`, a
/// `ValueError`; an unknown name raises `TypeError`.
#[pyfunction]
#[pyo3(signature = (
    text, *, sentences=None, ratio=None, words=None, chars=None, language="auto",
    algorithm="default", order="document", redundancy=None, min_words=None, stemming=true,
    stopwords=true, idf_model=None, **weights
))]
#[allow(clippy::too_many_arguments)] // Python's keyword arguments, one per option
pub fn summarize(
    py: Python<'_>,
    text: PyBackedStr,
    sentences: Option<&Bound<'_, PyAny>>,
    ratio: Option<&Bound<'_, PyAny>>,
    words: Option<&Bound<'_, PyAny>>,
    chars: Option<&Bound<'_, PyAny>>,
    language: &str,
    algorithm: &str,
    order: &str,
    redundancy: Option<f32>,
    min_words: Option<&Bound<'_, PyAny>>,
    stemming: bool,
    stopwords: bool,
    idf_model: Option<PyRef<'_, PyIdfModel>>,
    weights: Option<&Bound<'_, PyDict>>,
) -> PyResult<PySummary> {
    let summarizer = SummarizerOptions {
        length: LengthArgs {
            sentences,
            ratio,
            words,
            chars,
        },
        language,
        algorithm,
        order,
        redundancy,
        min_words,
        stemming,
        stopwords,
        idf_model: idf_model.map(|model| model.model()),
        weights,
    }
    .build()?;
    let length = summarizer.length();
    py.detach(|| summary(&summarizer, &text, length))
        .into_py(py)
}

/// Summarises `text` with `length` into owned data (no GIL needed).
fn summary(summarizer: &Summarizer, text: &str, length: Length) -> SummaryData {
    SummaryData::new(text, &summarizer.summarize_with(text, length))
}

/// A summariser, built once from the options of `summarize()` and reused for any number of
/// texts, from any number of threads.
///
/// `summarize(text)` summarises one text, `score(text)` scores every sentence, and
/// `summarize_batch(texts, threads=None)` summarises many in parallel without the GIL. Building
/// checks every option: a bad value raises `salient.Error` (a `ValueError`) naming it.
#[pyclass(frozen, name = "Summarizer", module = "salient")]
pub struct PySummarizer {
    inner: Summarizer,
}

#[pymethods]
impl PySummarizer {
    #[new]
    #[pyo3(signature = (
        *, sentences=None, ratio=None, words=None, chars=None, language="auto",
        algorithm="default", order="document", redundancy=None, min_words=None, stemming=true,
        stopwords=true, idf_model=None, **weights
    ))]
    #[allow(clippy::too_many_arguments)] // Python's keyword arguments, one per option
    fn new(
        sentences: Option<&Bound<'_, PyAny>>,
        ratio: Option<&Bound<'_, PyAny>>,
        words: Option<&Bound<'_, PyAny>>,
        chars: Option<&Bound<'_, PyAny>>,
        language: &str,
        algorithm: &str,
        order: &str,
        redundancy: Option<f32>,
        min_words: Option<&Bound<'_, PyAny>>,
        stemming: bool,
        stopwords: bool,
        idf_model: Option<PyRef<'_, PyIdfModel>>,
        weights: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<PySummarizer> {
        let inner = SummarizerOptions {
            length: LengthArgs {
                sentences,
                ratio,
                words,
                chars,
            },
            language,
            algorithm,
            order,
            redundancy,
            min_words,
            stemming,
            stopwords,
            idf_model: idf_model.map(|model| model.model()),
            weights,
        }
        .build()?;
        Ok(PySummarizer { inner })
    }

    /// Summarises `text`. A length given here (one of `sentences`, `ratio`, `words`, `chars`)
    /// replaces the summariser's for this call.
    #[pyo3(signature = (text, *, sentences=None, ratio=None, words=None, chars=None))]
    fn summarize(
        &self,
        py: Python<'_>,
        text: PyBackedStr,
        sentences: Option<&Bound<'_, PyAny>>,
        ratio: Option<&Bound<'_, PyAny>>,
        words: Option<&Bound<'_, PyAny>>,
        chars: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PySummary> {
        let length = self.length(LengthArgs {
            sentences,
            ratio,
            words,
            chars,
        })?;
        py.detach(|| summary(&self.inner, &text, length))
            .into_py(py)
    }

    /// Every sentence of `text` with its score, rank and breakdown, in document order.
    fn score<'py>(&self, py: Python<'py>, text: PyBackedStr) -> PyResult<Bound<'py, PyList>> {
        let sentences = py.detach(|| sentence_data(&text, &self.inner.score(&text)));
        let sentences = sentences
            .into_iter()
            .map(|data| Py::new(py, PySentence(data)))
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, sentences)
    }

    /// Summarises every text of the iterable `texts`, in parallel and without the GIL; the
    /// summaries are in input order and equal to summarising each text in turn, whatever the
    /// number of threads.
    ///
    /// `threads`: None uses rayon's global pool (every core, or `RAYON_NUM_THREADS`); a number
    /// runs on a pool of that many threads. A length given here (`sentences`, `ratio`, `words`
    /// or `chars`) replaces the summariser's: one number for every text, or a list with one per
    /// text. An item that is not a `str` raises `TypeError` naming its index, before any text is
    /// summarised.
    #[pyo3(signature = (texts, threads=None, *, sentences=None, ratio=None, words=None, chars=None))]
    #[allow(clippy::too_many_arguments)] // Python's keyword arguments, one per option
    fn summarize_batch(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        threads: Option<&Bound<'_, PyAny>>,
        sentences: Option<&Bound<'_, PyAny>>,
        ratio: Option<&Bound<'_, PyAny>>,
        words: Option<&Bound<'_, PyAny>>,
        chars: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Vec<PySummary>> {
        let pool = thread_pool(threads)?;
        let texts = crate::texts::texts(texts)?;
        let lengths = LengthArgs {
            sentences,
            ratio,
            words,
            chars,
        }
        .lengths(texts.len())?
        .unwrap_or_else(|| vec![self.inner.length(); texts.len()]);
        let run = || -> Vec<SummaryData> {
            texts
                .par_iter()
                .zip(&lengths)
                .map(|(text, &length)| summary(&self.inner, text, length))
                .collect()
        };
        let summaries = py.detach(|| match &pool {
            Some(pool) => pool.install(run),
            None => run(),
        });
        summaries.into_iter().map(|data| data.into_py(py)).collect()
    }

    /// Fits an `IdfModel` on `texts` with this summariser's language, stemming and stopword
    /// settings, so the model suits it.
    fn fit_idf(&self, py: Python<'_>, texts: &Bound<'_, PyAny>) -> PyResult<PyIdfModel> {
        let texts = crate::texts::texts(texts)?;
        let model = py.detach(|| self.inner.fit_idf(&texts));
        Ok(PyIdfModel::new(Arc::new(model)))
    }

    fn __repr__(&self) -> String {
        let language = if self.inner.detects_language() {
            "auto"
        } else if self.inner.is_neutral() {
            "neutral"
        } else {
            self.inner.language().code()
        };
        format!(
            "Summarizer(language='{language}', algorithm='{}', order='{}', redundancy={}, \
             min_words={})",
            self.inner.algorithm().name(),
            format!("{:?}", self.inner.order()).to_lowercase(),
            self.inner.redundancy(),
            self.inner.min_words()
        )
    }
}

impl PySummarizer {
    /// The length a call asked for, or the summariser's own.
    fn length(&self, args: LengthArgs<'_, '_>) -> PyResult<Length> {
        Ok(args.length()?.unwrap_or(self.inner.length()))
    }
}
