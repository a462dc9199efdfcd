//! `Summarizer` and `summarize()`: the library's summariser, built once from keyword arguments and
//! run without the GIL.

use std::sync::Arc;

use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyDict, PyList};
use rayon::prelude::*;
use salient::{Length, Summarizer};

use crate::idf::PyIdfModel;
use crate::keyphrase::{PyKeyphrase, keyphrase_count, keyphrase_data};
use crate::length::LengthArgs;
use crate::options::{SummarizerOptions, units_name};
use crate::pool::thread_pool;
use crate::query::queries;
use crate::summary::{PySentence, PySummary, SentenceData, SummaryData, sentence_data};

/// Summarises `text`: the few sentences that matter, as exact slices of it.
///
/// Builds a `Summarizer` from the options and summarises one text; build a `Summarizer` once to
/// summarise many. `query`: a question or a few words to focus the summary on (None: a plain
/// summary). Options: one length (`sentences`, default 3; `ratio`; `words`; `chars`),
/// `language` (`"auto"` detects each text's language, `"neutral"` suits any language and script,
/// or a code such as `"en"`), `algorithm`, `order` (`"document"` or `"rank"`), `redundancy`
/// (0 to 1), `min_words`, `stemming`, `stopwords`, `units` (`"auto"`, `"sentences"`, or
/// `"lines"` for a transcript's one utterance a line), `format` (`"html"`, `"markdown"`,
/// `"text"` or `"auto"`: extract the text from a web page, Markdown, or PDF or mail text
/// first; sentences then have `pieces`), `idf_model`, and the default scorer's
/// weights by name (`position=0.0`, `query_weight=3.0`; see `default_weights()`). A bad value
/// raises `salient.Error`, a `ValueError`; an unknown name raises `TypeError`.
#[pyfunction]
#[pyo3(signature = (
    text, *, query=None, sentences=None, ratio=None, words=None, chars=None, language="auto",
    algorithm="default", order="document", redundancy=None, min_words=None, stemming=true,
    stopwords=true, units="auto", format=None, idf_model=None, **weights
))]
#[allow(clippy::too_many_arguments)] // Python's keyword arguments, one per option
pub fn summarize(
    py: Python<'_>,
    text: PyBackedStr,
    query: Option<PyBackedStr>,
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
    units: &str,
    format: Option<&str>,
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
        units,
        format,
        idf_model: idf_model.map(|model| model.model()),
        weights,
    }
    .build()?;
    let length = summarizer.length();
    py.detach(|| summary(&summarizer, &text, query.as_deref(), length))
        .into_py(py)
}

/// Summarises `text` with `length`, focused on `query` if there is one, into owned data (no
/// GIL needed).
fn summary(
    summarizer: &Summarizer,
    text: &str,
    query: Option<&str>,
    length: Length,
) -> SummaryData {
    let summary = match query {
        Some(query) => summarizer.focus(query).summarize_with(text, length),
        None => summarizer.summarize_with(text, length),
    };
    SummaryData::new(&[text], &summary)
}

/// The Python sentences of `data`.
fn sentence_list(py: Python<'_>, data: Vec<SentenceData>) -> PyResult<Bound<'_, PyList>> {
    let sentences = data
        .into_iter()
        .map(|data| Py::new(py, PySentence(data)))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, sentences)
}

/// A summariser, built once from the options of `summarize()` and reused for any number of
/// texts, from any number of threads.
///
/// `summarize(text, query=None)` summarises one text, `score(text, query=None)` scores every
/// sentence, `summarize_batch(texts, threads=None)` summarises many in parallel without the GIL,
/// `summarize_cluster(documents)` makes one summary of several documents, and
/// `keyphrases(text, n=10)` ranks a text's keyphrases. Building checks every option: a bad
/// value raises `salient.Error` (a `ValueError`) naming it.
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
        stopwords=true, units="auto", format=None, idf_model=None, **weights
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
        units: &str,
        format: Option<&str>,
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
            units,
            format,
            idf_model: idf_model.map(|model| model.model()),
            weights,
        }
        .build()?;
        Ok(PySummarizer { inner })
    }

    /// Summarises `text`, focused on `query` when one is given: a question or a few words, whose
    /// relevance to each sentence is added to its score (`query_weight`), so the summary holds
    /// the sentences that answer it. A length given here (one of `sentences`, `ratio`, `words`,
    /// `chars`) replaces the summariser's for this call.
    #[pyo3(signature = (text, *, query=None, sentences=None, ratio=None, words=None, chars=None))]
    #[allow(clippy::too_many_arguments)] // Python's keyword arguments, one per option
    fn summarize(
        &self,
        py: Python<'_>,
        text: PyBackedStr,
        query: Option<PyBackedStr>,
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
        py.detach(|| summary(&self.inner, &text, query.as_deref(), length))
            .into_py(py)
    }

    /// Every sentence of `text` with its score, rank and breakdown, in document order; with a
    /// `query`, scored for it.
    #[pyo3(signature = (text, *, query=None))]
    fn score<'py>(
        &self,
        py: Python<'py>,
        text: PyBackedStr,
        query: Option<PyBackedStr>,
    ) -> PyResult<Bound<'py, PyList>> {
        let sentences = py.detach(|| {
            let scored = match query.as_deref() {
                Some(query) => self.inner.focus(query).score(&text),
                None => self.inner.score(&text),
            };
            sentence_data(&[&text], &scored)
        });
        sentence_list(py, sentences)
    }

    /// One summary of several documents about one subject (reports of one event, reviews,
    /// search results), analysed together so that a fact several of them report is taken
    /// once.
    ///
    /// `documents`: an iterable of `str`, or of dicts or objects with `text` and optionally
    /// `title` and `date` (a `str` such as `"2024-03-04"` or `"March 4, 2024"`, or a
    /// `datetime.date`). In document order, sentences follow the documents' dates where given,
    /// then the order of the list. Each sentence's `document` is its document's position in
    /// the list, and its offsets index that document's text. A length given here replaces the
    /// summariser's for this call. A document of the wrong shape raises `TypeError` naming its
    /// index.
    #[pyo3(signature = (documents, *, sentences=None, ratio=None, words=None, chars=None))]
    fn summarize_cluster(
        &self,
        py: Python<'_>,
        documents: &Bound<'_, PyAny>,
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
        let documents = crate::cluster::documents(documents)?;
        py.detach(|| crate::cluster::summarize(&self.inner, &documents, length))
            .into_py(py)
    }

    /// Every sentence of the documents of a cluster with its score, rank and breakdown,
    /// document after document (see `summarize_cluster`).
    fn score_cluster<'py>(
        &self,
        py: Python<'py>,
        documents: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyList>> {
        let documents = crate::cluster::documents(documents)?;
        let sentences = py.detach(|| crate::cluster::score(&self.inner, &documents));
        sentence_list(py, sentences)
    }

    /// The `n` best keyphrases of `text` (default 10), best first, as `Keyphrase`s with the
    /// character and byte spans of every occurrence; with this summariser's language, stemming,
    /// stopwords and corpus IDF. A text without words gives none.
    #[pyo3(signature = (text, n=None), text_signature = "(self, text, n=10)")]
    fn keyphrases(
        &self,
        py: Python<'_>,
        text: PyBackedStr,
        n: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Vec<PyKeyphrase>> {
        let n = keyphrase_count(n)?;
        Ok(py.detach(|| keyphrase_data(&self.inner, &text, n)))
    }

    /// Summarises every text of the iterable `texts`, in parallel and without the GIL; the
    /// summaries are in input order and equal to summarising each text in turn, whatever the
    /// number of threads.
    ///
    /// `threads`: None uses rayon's global pool (every core, or `RAYON_NUM_THREADS`); a number
    /// runs on a pool of that many threads. `query`: one `str` for every text, or a list with
    /// one `str` or None per text. A length given here (`sentences`, `ratio`, `words` or
    /// `chars`) replaces the summariser's: one number for every text, or a list with one per
    /// text. An item that is not a `str` raises `TypeError` naming its index, before any text is
    /// summarised.
    #[pyo3(signature = (
        texts, threads=None, *, query=None, sentences=None, ratio=None, words=None, chars=None
    ))]
    #[allow(clippy::too_many_arguments)] // Python's keyword arguments, one per option
    fn summarize_batch(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        threads: Option<&Bound<'_, PyAny>>,
        query: Option<&Bound<'_, PyAny>>,
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
        let queries = queries(query, texts.len())?;
        let run = || -> Vec<SummaryData> {
            texts
                .par_iter()
                .zip(&lengths)
                .enumerate()
                .map(|(i, (text, &length))| summary(&self.inner, text, queries.get(i), length))
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
             min_words={}, units='{}')",
            self.inner.algorithm().name(),
            format!("{:?}", self.inner.order()).to_lowercase(),
            self.inner.redundancy(),
            self.inner.min_words(),
            units_name(self.inner.units())
        )
    }
}

impl PySummarizer {
    /// The length a call asked for, or the summariser's own.
    fn length(&self, args: LengthArgs<'_, '_>) -> PyResult<Length> {
        Ok(args.length()?.unwrap_or(self.inner.length()))
    }
}
