//! The results as Python objects: `Summary`, `Sentence` and `ScoreBreakdown`.
//!
//! A summary is made in two steps: [`SummaryData::new`] copies what Python needs out of the
//! library's borrowed `Summary` and adds character offsets, without the GIL (so batches run it in
//! parallel); [`SummaryData::into_py`] then makes the Python objects.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use salient::{Language, LanguageSource, ScoreBreakdown, Sentence};

use crate::float::shortest;
use crate::offsets::char_spans;

/// One sentence, owned, with its byte and character offsets in the input.
#[derive(Clone, Debug, PartialEq)]
pub struct SentenceData {
    document: usize,
    index: usize,
    rank: usize,
    score: f32,
    breakdown: ScoreBreakdown,
    bytes: (usize, usize),
    chars: (usize, usize),
    /// With an input format: the input spans the sentence was read from, in bytes and in
    /// characters.
    byte_pieces: Vec<(usize, usize)>,
    char_pieces: Vec<(usize, usize)>,
    text: Box<str>,
}

/// The sentences that `sentences` lists, owned, with their character offsets in the text of
/// their document: `texts[sentence.document]` (one text, or the documents of a cluster).
///
/// Each document's characters are counted once, whatever the number and order of its
/// sentences.
pub fn sentence_data(texts: &[&str], sentences: &[Sentence<'_>]) -> Vec<SentenceData> {
    let mut chars = vec![(0, 0); sentences.len()];
    let mut char_pieces: Vec<Vec<(usize, usize)>> = vec![Vec::new(); sentences.len()];
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    order.sort_by_key(|&i| sentences[i].document);
    for group in order.chunk_by(|&a, &b| sentences[a].document == sentences[b].document) {
        let document = sentences[group[0]].document;
        let text = texts.get(document).copied().unwrap_or_default();
        // Each sentence's span, then its pieces, all converted in one pass over the text.
        let spans: Vec<salient::Span> = group
            .iter()
            .flat_map(|&i| {
                std::iter::once(sentences[i].span).chain(sentences[i].pieces.iter().copied())
            })
            .collect();
        let mut converted = char_spans(text, &spans).into_iter();
        for &i in group {
            chars[i] = converted.next().unwrap_or_default();
            char_pieces[i] = converted.by_ref().take(sentences[i].pieces.len()).collect();
        }
    }
    sentences
        .iter()
        .zip(chars)
        .zip(char_pieces)
        .map(|((sentence, chars), char_pieces)| SentenceData {
            document: sentence.document,
            index: sentence.index,
            rank: sentence.rank,
            score: sentence.score,
            breakdown: sentence.breakdown,
            bytes: (sentence.span.start, sentence.span.end),
            chars,
            byte_pieces: sentence.pieces.iter().map(|p| (p.start, p.end)).collect(),
            char_pieces,
            text: sentence.text.as_ref().into(),
        })
        .collect()
}

/// One summary, owned: what `Summary` shows.
pub struct SummaryData {
    sentences: Vec<SentenceData>,
    document_sentences: usize,
    language: Option<Language>,
    language_source: LanguageSource,
}

impl SummaryData {
    /// Copies `summary`, a summary of `texts` (one text, or a cluster's documents), out of the
    /// borrowed input.
    pub fn new(texts: &[&str], summary: &salient::Summary<'_>) -> SummaryData {
        SummaryData {
            sentences: sentence_data(texts, summary.sentences()),
            document_sentences: summary.document_sentences(),
            language: summary.language(),
            language_source: summary.language_source(),
        }
    }

    /// The Python `Summary`.
    pub fn into_py(self, py: Python<'_>) -> PyResult<PySummary> {
        let sentences = self
            .sentences
            .into_iter()
            .map(|data| Py::new(py, PySentence(data)))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(PySummary {
            sentences: PyTuple::new(py, sentences)?.unbind(),
            document_sentences: self.document_sentences,
            language: self.language.map(Language::code),
            // `LanguageSource` may grow variants; its lower-cased name is its serde name.
            language_source: format!("{:?}", self.language_source).to_lowercase(),
        })
    }
}

/// The selected sentences of one document.
///
/// Iterate over it for its `Sentence`s (in document order unless `order="rank"`), index it,
/// take its `len()`, or `str()` it for the sentences joined by spaces.
#[pyclass(frozen, name = "Summary", module = "salient")]
pub struct PySummary {
    sentences: Py<PyTuple>,
    /// Number of sentences in the whole document.
    #[pyo3(get)]
    document_sentences: usize,
    /// The language code whose rules analysed the document (`"en"`), or None in the
    /// language-neutral mode.
    #[pyo3(get)]
    language: Option<&'static str>,
    /// Where `language` came from: `"configured"`, `"detected"`, or `"fallback"` (detection
    /// found no supported language, so the neutral mode was used).
    #[pyo3(get)]
    language_source: String,
}

#[pymethods]
impl PySummary {
    /// The selected sentences, as a list.
    #[getter]
    fn sentences<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.sentences.bind(py).iter())
    }

    fn __len__(&self, py: Python<'_>) -> usize {
        self.sentences.bind(py).len()
    }

    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(self.sentences.bind(py).as_any().try_iter()?.into_any())
    }

    fn __getitem__<'py>(
        &self,
        py: Python<'py>,
        key: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        self.sentences.bind(py).as_any().get_item(key)
    }

    /// The sentences' text joined by `separator`.
    #[pyo3(signature = (separator = " "))]
    fn join(&self, py: Python<'_>, separator: &str) -> String {
        let sentences = self.sentences.bind(py);
        let mut out = String::new();
        for (i, sentence) in sentences.iter().enumerate() {
            if i > 0 {
                out.push_str(separator);
            }
            if let Ok(sentence) = sentence.cast::<PySentence>() {
                out.push_str(&sentence.get().0.text);
            }
        }
        out
    }

    fn __str__(&self, py: Python<'_>) -> String {
        self.join(py, " ")
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "<Summary: {} of {} sentences, language {:?} ({})>",
            self.__len__(py),
            self.document_sentences,
            self.language.unwrap_or("neutral"),
            self.language_source
        )
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let Ok(other) = other.cast::<PySummary>() else {
            return Ok(false);
        };
        let other = other.get();
        Ok(self.document_sentences == other.document_sentences
            && self.language == other.language
            && self.language_source == other.language_source
            && self.sentences.bind(py).eq(other.sentences.bind(py))?)
    }

    /// The summary as plain data: `{"sentences": [...], "document_sentences", "language",
    /// "language_source"}`, each sentence as `Sentence.to_dict()` gives it.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let sentences = self
            .sentences
            .bind(py)
            .iter()
            .map(|sentence| sentence.cast::<PySentence>()?.get().to_dict(py))
            .collect::<PyResult<Vec<_>>>()?;
        let dict = PyDict::new(py);
        dict.set_item("sentences", sentences)?;
        dict.set_item("document_sentences", self.document_sentences)?;
        dict.set_item("language", self.language)?;
        dict.set_item("language_source", &self.language_source)?;
        Ok(dict)
    }
}

/// One sentence of a document, as an exact slice of the input.
///
/// `start` and `end` count characters (code points), as Python indexes strings, so
/// `text[s.start:s.end] == s.text`; `byte_start` and `byte_end` count bytes of the UTF-8
/// encoding, so `text.encode()[s.byte_start:s.byte_end].decode() == s.text`. In a cluster's
/// summary, `text` is the sentence's document: `docs[s.document]`.
#[pyclass(frozen, eq, name = "Sentence", module = "salient")]
#[derive(PartialEq)]
pub struct PySentence(pub SentenceData);

#[pymethods]
impl PySentence {
    /// The sentence, trimmed of surrounding white space.
    #[getter]
    fn text<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        PyString::new(py, &self.0.text)
    }

    /// The document the sentence comes from: 0, or its position in the list given to
    /// `summarize_cluster`, whose text its offsets index.
    #[getter]
    fn document(&self) -> usize {
        self.0.document
    }

    /// 0-based position among the document's sentences (in a cluster: among all the
    /// cluster's sentences, document after document).
    #[getter]
    fn index(&self) -> usize {
        self.0.index
    }

    /// 0-based rank among all the document's sentences (0 = best).
    #[getter]
    fn rank(&self) -> usize {
        self.0.rank
    }

    /// The sentence's score, higher is more salient; always finite.
    #[getter]
    fn score(&self) -> f64 {
        shortest(self.0.score)
    }

    /// How `score` was built.
    #[getter]
    fn breakdown(&self) -> PyScoreBreakdown {
        PyScoreBreakdown(self.0.breakdown)
    }

    /// Character offset of the sentence's first character in the input.
    #[getter]
    fn start(&self) -> usize {
        self.0.chars.0
    }

    /// Character offset just past the sentence's last character.
    #[getter]
    fn end(&self) -> usize {
        self.0.chars.1
    }

    /// Byte offset of the sentence in the input's UTF-8 encoding.
    #[getter]
    fn byte_start(&self) -> usize {
        self.0.bytes.0
    }

    /// Byte offset just past the sentence in the input's UTF-8 encoding.
    #[getter]
    fn byte_end(&self) -> usize {
        self.0.bytes.1
    }

    /// With an input `format`: the `(start, end)` character spans of the input the sentence was
    /// read from, in order (several when it crosses markup or a hyphenated line end); `start`
    /// and `end` then cover them all, and `text` is the clean text. Empty for plain text.
    #[getter]
    fn pieces(&self) -> Vec<(usize, usize)> {
        self.0.char_pieces.clone()
    }

    /// `pieces` in bytes of the input's UTF-8 encoding.
    #[getter]
    fn byte_pieces(&self) -> Vec<(usize, usize)> {
        self.0.byte_pieces.clone()
    }

    /// The sentence as plain data: `document`, `index`, `rank`, `text`, `score`, `start`,
    /// `end`, `byte_start`, `byte_end`, `breakdown` (a dict), and with an input format `pieces`
    /// and `byte_pieces`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let data = &self.0;
        let dict = PyDict::new(py);
        dict.set_item("document", data.document)?;
        dict.set_item("index", data.index)?;
        dict.set_item("rank", data.rank)?;
        dict.set_item("text", &*data.text)?;
        dict.set_item("score", shortest(data.score))?;
        dict.set_item("start", data.chars.0)?;
        dict.set_item("end", data.chars.1)?;
        dict.set_item("byte_start", data.bytes.0)?;
        dict.set_item("byte_end", data.bytes.1)?;
        dict.set_item("breakdown", self.breakdown().to_dict(py)?)?;
        if !data.byte_pieces.is_empty() {
            dict.set_item("pieces", data.char_pieces.clone())?;
            dict.set_item("byte_pieces", data.byte_pieces.clone())?;
        }
        Ok(dict)
    }

    fn __repr__(&self) -> String {
        format!(
            "<Sentence {} [{}:{}] score {:.4}: {:?}>",
            self.0.index, self.0.chars.0, self.0.chars.1, self.0.score, self.0.text
        )
    }
}

/// How a sentence's score was built: each number is one factor's weighted share, and they add up
/// to the score (`total()`).
#[pyclass(frozen, eq, name = "ScoreBreakdown", module = "salient")]
#[derive(PartialEq)]
pub struct PyScoreBreakdown(ScoreBreakdown);

#[pymethods]
impl PyScoreBreakdown {
    /// TF-IDF centrality's share: similarity to the rest of the document.
    #[getter]
    fn tfidf(&self) -> f64 {
        shortest(self.0.tfidf)
    }

    /// Word frequency's share: how often the sentence's content words occur in the document.
    #[getter]
    fn frequency(&self) -> f64 {
        shortest(self.0.frequency)
    }

    /// The position prior's share: the lead bonus.
    #[getter]
    fn position(&self) -> f64 {
        shortest(self.0.position)
    }

    /// The length prior's share.
    #[getter]
    fn length(&self) -> f64 {
        shortest(self.0.length)
    }

    /// Headline overlap's share (0 unless the `title` weight is set).
    #[getter]
    fn title(&self) -> f64 {
        shortest(self.0.title)
    }

    /// Query relevance's share (0 without a query).
    #[getter]
    fn query(&self) -> f64 {
        shortest(self.0.query)
    }

    /// Coverage's share: for a one-sentence summary, how much of the text's repeated vocabulary
    /// the sentence holds (0 for longer summaries).
    #[getter]
    fn coverage(&self) -> f64 {
        shortest(self.0.coverage)
    }

    /// In a transcript summarised for a query that names speakers, the lift given to each
    /// utterance of theirs (the best score of any utterance); 0 otherwise.
    #[getter]
    fn speaker(&self) -> f64 {
        shortest(self.0.speaker)
    }

    /// The score from an algorithm other than the default, which leaves the shares above 0.
    #[getter]
    fn algorithm(&self) -> f64 {
        shortest(self.0.algorithm)
    }

    /// Whether the sentence is a heading, scored 0.
    #[getter]
    fn heading(&self) -> bool {
        self.0.heading
    }

    /// Whether the sentence has fewer words than `min_words`, scored 0.
    #[getter]
    fn too_short(&self) -> bool {
        self.0.too_short
    }

    /// The score the shares add up to.
    fn total(&self) -> f64 {
        shortest(self.0.total())
    }

    /// The breakdown as a dict of its fields.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("tfidf", self.tfidf())?;
        dict.set_item("frequency", self.frequency())?;
        dict.set_item("position", self.position())?;
        dict.set_item("length", self.length())?;
        dict.set_item("title", self.title())?;
        dict.set_item("query", self.query())?;
        dict.set_item("coverage", self.coverage())?;
        dict.set_item("speaker", self.speaker())?;
        dict.set_item("algorithm", self.algorithm())?;
        dict.set_item("heading", self.heading())?;
        dict.set_item("too_short", self.too_short())?;
        Ok(dict)
    }

    fn __repr__(&self) -> String {
        format!("<ScoreBreakdown {:?}>", self.0)
    }
}
