//! Corpus IDF: document frequencies fitted over many texts, to weight terms by how rare they are
//! in a whole collection rather than within one document; saved and loaded in a small text
//! format, and merged across shards.

use std::collections::HashMap;
use std::io::{self, BufRead, Write};
use std::path::Path;

use foldhash::fast::RandomState;

use crate::analysis::Analysis;
use crate::analysis::document::Document;
use crate::analysis::idf::{sentence_idf, smoothed_idf};
use crate::analysis::lexicon::Lexicon;
use crate::analysis::words::for_each_word;
use crate::error::{Error, ErrorKind};
use crate::language::Language;

/// Document frequencies of terms over a corpus, for [`SummarizerBuilder::idf_model`].
///
/// Fit one with [`IdfModel::fit`], or with [`Summarizer::fit_idf`] for the settings of a
/// summariser; the model remembers the language, stemming and stopword settings it was fitted
/// with, and only a summariser with the same settings accepts it.
///
/// ```
/// use std::sync::Arc;
/// use salient::{Language, Summarizer};
///
/// let corpus = ["Stocks fell sharply.", "Stocks rose.", "The match ended in a draw."];
/// let base = Summarizer::new(Language::English);
/// let model = base.fit_idf(&corpus);
/// assert_eq!(model.documents(), 3);
/// assert_eq!(model.document_frequency("stock"), 2);
/// assert!(model.idf("draw") > model.idf("stock"));
///
/// let summarizer = Summarizer::builder().idf_model(Arc::new(model)).build()?;
/// let summary = summarizer.summarize("Stocks fell. The draw was dull. Stocks rose again.");
/// assert!(!summary.is_empty());
/// # Ok::<(), salient::Error>(())
/// ```
///
/// # File format
///
/// [`IdfModel::write_to`] and [`IdfModel::read_from`] use a line-oriented UTF-8 text format, so
/// models can be inspected with `head` and compared with `diff`. Six header lines, then one line
/// per term sorted by the term's bytes, so the same model always gives the same file:
///
/// ```text
/// salient-idf 1
/// language en
/// stemming on
/// stopwords on
/// documents 2225
/// terms 24917
/// aaa\t2
/// abandon\t14
/// ...
/// ```
///
/// `1` is the format version; each term line is the term (a stem, as the settings produce it),
/// a tab, and its document frequency (at most `documents`). Lines end with `\n`.
///
/// # Merging
///
/// Document frequencies add up, so models fitted on shards of a corpus and
/// [merged](IdfModel::merge) equal the model fitted on the whole corpus.
///
/// [`SummarizerBuilder::idf_model`]: crate::SummarizerBuilder::idf_model
/// [`Summarizer::fit_idf`]: crate::Summarizer::fit_idf
#[derive(Clone, Debug)]
pub struct IdfModel {
    analysis: Analysis,
    documents: u64,
    frequencies: HashMap<Box<str>, u64, RandomState>,
}

impl PartialEq for IdfModel {
    fn eq(&self, other: &IdfModel) -> bool {
        self.analysis == other.analysis
            && self.documents == other.documents
            && self.frequencies == other.frequencies
    }
}

impl IdfModel {
    /// Number of documents the model was fitted on.
    pub fn documents(&self) -> u64 {
        self.documents
    }

    /// Number of distinct terms.
    pub fn terms(&self) -> usize {
        self.frequencies.len()
    }

    /// Number of documents containing `term` (a stem, as the model's settings produce it).
    pub fn document_frequency(&self, term: &str) -> u64 {
        self.frequencies.get(term).copied().unwrap_or(0)
    }

    /// Smoothed IDF of `term`: `ln((1 + documents) / (1 + df)) + 1`, finite and at least 1.
    pub fn idf(&self, term: &str) -> f32 {
        smoothed_idf(self.documents, self.document_frequency(term))
    }

    /// The language the model was fitted for.
    pub fn language(&self) -> Language {
        self.analysis.language
    }

    /// Whether terms were stemmed (never for a language without a stemmer).
    pub fn stemming(&self) -> bool {
        self.analysis.stemming
    }

    /// Whether stopwords were left out (never for a language without a stopword list).
    pub fn stopwords(&self) -> bool {
        self.analysis.stopwords
    }

    pub(crate) fn analysis(&self) -> Analysis {
        self.analysis
    }

    fn empty(analysis: Analysis) -> IdfModel {
        IdfModel {
            // The settings applied, so that the accessors and the file state them.
            analysis: analysis.effective(),
            documents: 0,
            frequencies: HashMap::default(),
        }
    }

    /// Adds `other`'s counts into `self` (both must share settings). Used to combine the
    /// per-thread models of a parallel fit.
    #[cfg(feature = "parallel")]
    fn absorb(&mut self, other: IdfModel) {
        self.documents += other.documents;
        for (term, count) in other.frequencies {
            *self.frequencies.entry(term).or_insert(0) += count;
        }
    }

    /// Adds the documents and document frequencies of `other` to this model, as if this model
    /// had been fitted on both corpora: models fitted on shards merge into exactly the model
    /// fitted on the whole.
    ///
    /// ```
    /// use salient::{IdfModel, Language};
    ///
    /// let fit = |texts: &[&str]| IdfModel::fit(Language::English, texts);
    /// let mut model = fit(&["Stocks fell.", "Rain fell."]);
    /// model.merge(&fit(&["Stocks rose."]))?;
    /// assert_eq!(model, fit(&["Stocks fell.", "Rain fell.", "Stocks rose."]));
    /// # Ok::<(), salient::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// If `other` was fitted with another language, stemming or stopword setting; `self` is
    /// left unchanged then.
    pub fn merge(&mut self, other: &IdfModel) -> Result<(), Error> {
        if other.analysis != self.analysis {
            return Err(Error::new(ErrorKind::IdfModelMerge {
                model: self.analysis.describe(),
                other: other.analysis.describe(),
            }));
        }
        self.documents = self.documents.saturating_add(other.documents);
        for (term, &count) in &other.frequencies {
            match self.frequencies.get_mut(term) {
                Some(total) => *total = total.saturating_add(count),
                None => {
                    self.frequencies.insert(term.clone(), count);
                }
            }
        }
        Ok(())
    }

    /// Writes the model in the text format described [above](IdfModel#file-format).
    ///
    /// ```
    /// use salient::{IdfModel, Language};
    ///
    /// let model = IdfModel::fit(Language::English, &["Stocks fell.", "Stocks rose."]);
    /// let mut file = Vec::new();
    /// model.write_to(&mut file)?;
    /// assert_eq!(
    ///     String::from_utf8_lossy(&file),
    ///     "salient-idf 1\nlanguage en\nstemming on\nstopwords on\ndocuments 2\nterms 3\n\
    ///      fell\t1\nrose\t1\nstock\t2\n"
    /// );
    /// assert_eq!(IdfModel::read_from(file.as_slice())?, model);
    /// # Ok::<(), std::io::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// Any error from writing to `out`.
    pub fn write_to(&self, mut out: impl Write) -> io::Result<()> {
        let mut terms: Vec<(&str, u64)> = self
            .frequencies
            .iter()
            .map(|(term, &df)| (&**term, df))
            .collect();
        terms.sort_unstable_by(|a, b| a.0.cmp(b.0));
        writeln!(out, "{FORMAT_MAGIC} {FORMAT_VERSION}")?;
        writeln!(out, "language {}", self.analysis.language.code())?;
        writeln!(out, "stemming {}", on_off(self.analysis.stemming))?;
        writeln!(out, "stopwords {}", on_off(self.analysis.stopwords))?;
        writeln!(out, "documents {}", self.documents)?;
        writeln!(out, "terms {}", terms.len())?;
        for (term, df) in terms {
            writeln!(out, "{term}\t{df}")?;
        }
        out.flush()
    }

    /// Reads a model written by [`IdfModel::write_to`].
    ///
    /// # Errors
    ///
    /// Any error from reading `input`, or an error of kind [`io::ErrorKind::InvalidData`] naming
    /// the line if the input is not a model in a known format version: a missing or malformed
    /// header, an unknown language, a term line without a tab or with a count above the number
    /// of documents, terms out of order or repeated, or a term count that does not match.
    pub fn read_from(input: impl BufRead) -> io::Result<IdfModel> {
        let mut lines = input.lines().enumerate();
        let mut header = |key: &str| -> io::Result<String> {
            match lines.next() {
                Some((number, line)) => {
                    let line = line?;
                    match line
                        .strip_prefix(key)
                        .and_then(|rest| rest.strip_prefix(' '))
                    {
                        Some(value) => Ok(value.to_owned()),
                        None => Err(invalid(number, format!("expected \"{key} ...\""))),
                    }
                }
                None => Err(invalid_data(format!(
                    "not an IDF model: ends before the \"{key}\" header line"
                ))),
            }
        };
        let version = header(FORMAT_MAGIC)?;
        if version != FORMAT_VERSION.to_string() {
            return Err(invalid_data(format!(
                "IDF model format version {version:?} is not supported: expected {FORMAT_VERSION}"
            )));
        }
        let code = header("language")?;
        let language = Language::from_code(&code)
            .ok_or_else(|| invalid(1, format!("unknown language {code:?}")))?;
        let stemming = parse_on_off(&header("stemming")?, 2)?;
        let stopwords = parse_on_off(&header("stopwords")?, 3)?;
        let documents = parse_count(&header("documents")?, 4)?;
        let terms = parse_count(&header("terms")?, 5)?;
        let mut model = IdfModel::empty(Analysis {
            language,
            stemming,
            stopwords,
        });
        model.documents = documents;
        let mut previous: Option<Box<str>> = None;
        for (number, line) in lines {
            let line = line?;
            let Some((term, df)) = line.split_once('\t') else {
                return Err(invalid(number, "expected TERM<tab>COUNT".into()));
            };
            let df = parse_count(df, number)?;
            if term.is_empty() || df > documents {
                return Err(invalid(
                    number,
                    format!("expected a term and a count <= {documents}"),
                ));
            }
            if previous.as_deref().is_some_and(|previous| previous >= term) {
                return Err(invalid(
                    number,
                    format!("term {term:?} out of order or repeated"),
                ));
            }
            let term: Box<str> = term.into();
            model.frequencies.insert(term.clone(), df);
            previous = Some(term);
        }
        if model.frequencies.len() as u64 != terms {
            return Err(invalid_data(format!(
                "IDF model announces {terms} terms but holds {}",
                model.frequencies.len()
            )));
        }
        Ok(model)
    }

    /// Writes the model to the file at `path` (see [`IdfModel::write_to`]).
    ///
    /// # Errors
    ///
    /// If the file cannot be created or written.
    pub fn save(&self, path: impl AsRef<Path>) -> io::Result<()> {
        let file = std::fs::File::create(path)?;
        self.write_to(io::BufWriter::new(file))
    }

    /// Reads a model from the file at `path` (see [`IdfModel::read_from`]).
    ///
    /// # Errors
    ///
    /// If the file cannot be read or is not a model.
    pub fn load(path: impl AsRef<Path>) -> io::Result<IdfModel> {
        let file = std::fs::File::open(path)?;
        IdfModel::read_from(io::BufReader::new(file))
    }
}

/// First word of a model file.
const FORMAT_MAGIC: &str = "salient-idf";
/// Version of the model file format written by this crate.
const FORMAT_VERSION: u32 = 1;

fn on_off(on: bool) -> &'static str {
    if on { "on" } else { "off" }
}

fn parse_on_off(value: &str, line: usize) -> io::Result<bool> {
    match value {
        "on" => Ok(true),
        "off" => Ok(false),
        _ => Err(invalid(line, format!("expected on or off, got {value:?}"))),
    }
}

fn parse_count(value: &str, line: usize) -> io::Result<u64> {
    value
        .parse()
        .map_err(|_| invalid(line, format!("expected a whole number, got {value:?}")))
}

/// A format error at the 0-based line index `line`.
fn invalid(line: usize, message: String) -> io::Error {
    invalid_data(format!("IDF model line {}: {message}", line + 1))
}

fn invalid_data(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, message)
}

/// Per-thread state while fitting: counts by lexicon id, turned into strings at the end.
struct Fitter {
    lexicon: Lexicon,
    documents: u64,
    counts: Vec<u64>,
    /// Document number in which each lexicon id was last counted.
    last_seen: Vec<u64>,
}

impl Fitter {
    fn new(analysis: Analysis) -> Fitter {
        Fitter {
            lexicon: Lexicon::new(analysis),
            documents: 0,
            counts: Vec::new(),
            last_seen: Vec::new(),
        }
    }

    fn add(mut self, text: &str) -> Fitter {
        self.documents += 1;
        let document = self.documents;
        let Fitter {
            lexicon,
            counts,
            last_seen,
            ..
        } = &mut self;
        for_each_word(text, |word| {
            if let Some(id) = lexicon.term_id(word) {
                let id = id as usize;
                if id >= counts.len() {
                    counts.resize(id + 1, 0);
                    last_seen.resize(id + 1, 0);
                }
                if last_seen[id] != document {
                    last_seen[id] = document;
                    counts[id] += 1;
                }
            }
        });
        self
    }

    fn into_model(self) -> IdfModel {
        let mut model = IdfModel::empty(self.lexicon.analysis());
        model.documents = self.documents;
        for (id, &count) in self.counts.iter().enumerate() {
            if count > 0 {
                model
                    .frequencies
                    .insert(self.lexicon.term(id as u32).into(), count);
            }
        }
        model
    }
}

impl IdfModel {
    /// Fits a model on `texts` for `language`, with stemming and stopword removal as a
    /// summariser does by default, in parallel when the `parallel` feature is on. Each text
    /// counts as one document; the result is the same whatever the number of threads. For
    /// other settings, fit with [`Summarizer::fit_idf`](crate::Summarizer::fit_idf).
    ///
    /// ```
    /// use salient::{IdfModel, Language};
    ///
    /// let model = IdfModel::fit(Language::English, &["Stocks fell.", "Stocks rose."]);
    /// assert_eq!((model.documents(), model.document_frequency("stock")), (2, 2));
    /// ```
    pub fn fit<S>(language: Language, texts: &[S]) -> IdfModel
    where
        S: AsRef<str> + Sync,
    {
        IdfModel::fit_with(Analysis::full(language), texts)
    }

    /// Fits a model on `texts` with the `analysis` settings.
    pub(crate) fn fit_with<S>(analysis: Analysis, texts: &[S]) -> IdfModel
    where
        S: AsRef<str> + Sync,
    {
        #[cfg(feature = "parallel")]
        {
            use rayon::prelude::*;
            texts
                .par_iter()
                .fold(
                    || Fitter::new(analysis),
                    |fitter, text| fitter.add(text.as_ref()),
                )
                .map(Fitter::into_model)
                .reduce(
                    || IdfModel::empty(analysis),
                    |mut a, b| {
                        a.absorb(b);
                        a
                    },
                )
        }
        #[cfg(not(feature = "parallel"))]
        {
            texts
                .iter()
                .fold(Fitter::new(analysis), |fitter, text| {
                    fitter.add(text.as_ref())
                })
                .into_model()
        }
    }
}

/// The IDF of every term of `document`, raised to `exponent`: from `model` when given (it must
/// have been fitted with the lexicon's settings), else from the document's own sentences.
pub(crate) fn document_idf(
    document: &Document,
    lexicon: &Lexicon,
    model: Option<&IdfModel>,
    exponent: f32,
    idf: &mut Vec<f32>,
    scratch: &mut Vec<u32>,
) {
    match model {
        Some(model) => {
            debug_assert!(model.analysis == lexicon.analysis());
            idf.clear();
            idf.extend(
                document
                    .lexicon_ids
                    .iter()
                    .map(|&id| model.idf(lexicon.term(id))),
            );
            if exponent != 1.0 {
                for weight in idf.iter_mut() {
                    *weight = weight.powf(exponent);
                }
            }
        }
        None => sentence_idf(document, exponent, idf, scratch),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english<S: AsRef<str> + Sync>(texts: &[S]) -> IdfModel {
        IdfModel::fit(Language::English, texts)
    }

    #[test]
    fn counts_each_term_once_per_document() {
        let model = english(&["cat cat cat", "cats and dogs", "birds"]);
        assert_eq!(model.documents(), 3);
        assert_eq!(model.document_frequency("cat"), 2);
        assert_eq!(model.document_frequency("dog"), 1);
        assert_eq!(model.document_frequency("and"), 0, "stopword");
        assert_eq!(model.terms(), 3);
        assert!((model.idf("bird") - ((4.0f32 / 2.0).ln() + 1.0)).abs() < 1e-6);
        assert!((model.idf("unseen") - (4.0f32.ln() + 1.0)).abs() < 1e-6);
    }

    #[cfg(feature = "parallel")]
    #[test]
    fn fitting_is_identical_on_any_number_of_threads() {
        let texts: Vec<String> = (0..200)
            .map(|i| format!("word{} shared term{} text{}", i % 7, i % 13, i))
            .collect();
        let one = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap()
            .install(|| english(&texts));
        let four = rayon::ThreadPoolBuilder::new()
            .num_threads(4)
            .build()
            .unwrap()
            .install(|| english(&texts));
        assert_eq!(one, four);
    }

    fn corpus() -> Vec<String> {
        (0..300)
            .map(|i| {
                format!(
                    "Report {i}: markets moved {} points. Analysts named term{} and Köln{} again.",
                    i % 11,
                    i % 17,
                    i % 5
                )
            })
            .collect()
    }

    fn saved(model: &IdfModel) -> Vec<u8> {
        let mut bytes = Vec::new();
        model.write_to(&mut bytes).unwrap();
        bytes
    }

    #[test]
    fn models_round_trip_through_the_file_format() {
        let model = english(&corpus());
        let bytes = saved(&model);
        let loaded = IdfModel::read_from(bytes.as_slice()).unwrap();
        assert_eq!(loaded, model);
        assert_eq!(saved(&loaded), bytes, "saving is deterministic");
        let text = String::from_utf8(bytes).unwrap();
        assert!(text.starts_with("salient-idf 1\nlanguage en\nstemming on\nstopwords on\n"));
        assert!(
            text.contains("\nköln0\t60\n"),
            "non-ASCII terms kept as UTF-8"
        );

        let bare = Analysis {
            language: Language::German,
            stemming: false,
            stopwords: false,
        };
        let german = IdfModel::fit_with(bare, &["Die Katze", "die Hunde"]);
        let loaded = IdfModel::read_from(saved(&german).as_slice()).unwrap();
        assert_eq!(loaded, german);
        assert!(!loaded.stemming() && !loaded.stopwords());
        assert_eq!(loaded.language(), Language::German);
    }

    #[test]
    fn malformed_model_files_are_rejected_with_the_line() {
        let header = "salient-idf 1\nlanguage en\nstemming on\nstopwords on\ndocuments 3\n";
        let cases = [
            ("", "ends before"),
            ("salient-idf 2\n", "version \"2\" is not supported"),
            ("salient-idf 1\nlanguage xx\n", "line 2: unknown language"),
            (
                &format!("{header}terms 1\ncat 2\n"),
                "line 7: expected TERM<tab>COUNT",
            ),
            (
                &format!("{header}terms 1\ncat\t4\n"),
                "line 7: expected a term and a count <= 3",
            ),
            (
                &format!("{header}terms 2\ndog\t1\ncat\t1\n"),
                "line 8: term \"cat\" out of order",
            ),
            (&format!("{header}terms 2\ncat\t1\ncat\t1\n"), "repeated"),
            (
                &format!("{header}terms 2\ncat\t1\n"),
                "announces 2 terms but holds 1",
            ),
        ];
        for (file, expected) in cases {
            let err = IdfModel::read_from(file.as_bytes()).unwrap_err();
            assert_eq!(err.kind(), io::ErrorKind::InvalidData);
            assert!(err.to_string().contains(expected), "{file:?}: {err}");
        }
    }

    #[test]
    fn shards_merge_into_the_model_of_the_whole_corpus() {
        let texts = corpus();
        let whole = english(&texts);
        let mut merged = english(&texts[..70]);
        merged.merge(&english(&texts[70..71])).unwrap();
        merged.merge(&english(&texts[71..])).unwrap();
        merged.merge(&english::<&str>(&[])).unwrap();
        assert_eq!(merged, whole);
        assert_eq!(saved(&merged), saved(&whole));
    }

    #[test]
    fn merging_models_with_other_settings_fails_and_changes_nothing() {
        let mut model = english(&["Cats purr."]);
        let before = model.clone();
        let unstemmed = Analysis {
            stemming: false,
            ..Analysis::full(Language::English)
        };
        let err = model
            .merge(&IdfModel::fit_with(unstemmed, &["Dogs bark."]))
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "cannot merge an IDF model fitted with language en, stemming off, stopwords on into \
             one fitted with language en, stemming on, stopwords on"
        );
        assert_eq!(model, before);
    }

    #[cfg(feature = "parallel")]
    #[test]
    fn fitted_files_are_identical_on_one_and_two_threads() {
        let texts = corpus();
        let on = |threads| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap()
                .install(|| saved(&english(&texts)))
        };
        assert_eq!(on(1), on(2));
    }
}
