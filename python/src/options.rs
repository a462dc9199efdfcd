//! The keyword arguments of `summarize()` and `Summarizer()`, turned into the library's
//! `SummarizerBuilder`: every name maps onto one builder method, and the builder validates.
//!
//! A new builder option is a field of [`SummarizerOptions`], a line in [`SummarizerOptions::build`],
//! and the same keyword in the two signatures that fill it (`summarize` and `Summarizer.__new__`).
//! The length options are read in `length.rs`.
//!
//! The weights keep the library's field names, but for one: the `query` weight is
//! `query_weight` here, since `query=` is the query itself ([`PYTHON_NAMES`]).

use std::sync::{Arc, OnceLock};

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyInt};
use salient::{Algorithm, Format, IdfModel, Language, Order, Summarizer, Units, Weights};
use serde::Deserialize;

use crate::errors::{config_error, invalid};
use crate::float::shortest;
use crate::length::LengthArgs;

/// Every option of a summariser, as the keyword arguments gave them.
pub struct SummarizerOptions<'a, 'py> {
    /// The summary's length (default 3 sentences).
    pub length: LengthArgs<'a, 'py>,
    /// `"auto"`, `"neutral"` or a language code or English name.
    pub language: &'a str,
    /// One of `Algorithm::NAMES`.
    pub algorithm: &'a str,
    /// `"document"` or `"rank"`.
    pub order: &'a str,
    /// Redundancy control's weight, `None` for the library's default.
    pub redundancy: Option<f32>,
    /// Minimum words of a scored sentence, `None` for the library's default.
    pub min_words: Option<&'a Bound<'py, PyAny>>,
    /// Stem words.
    pub stemming: bool,
    /// Leave stopwords out.
    pub stopwords: bool,
    /// `"auto"`, `"sentences"` or `"lines"`.
    pub units: &'a str,
    /// An input format to extract the text from (`"text"`, `"html"`, `"markdown"`, `"auto"`),
    /// `None` to read it as it is.
    pub format: Option<&'a str>,
    /// Corpus IDF instead of the document's own.
    pub idf_model: Option<Arc<IdfModel>>,
    /// The remaining keyword arguments: fields of `Weights`.
    pub weights: Option<&'a Bound<'py, PyDict>>,
}

impl SummarizerOptions<'_, '_> {
    /// The summariser these options describe, validated by the library's builder.
    pub fn build(self) -> PyResult<Summarizer> {
        let mut builder = match language(self.language)? {
            LanguageChoice::Auto => Summarizer::builder().detect_language(true),
            LanguageChoice::Neutral => Summarizer::builder().neutral(),
            LanguageChoice::Fixed(language) => Summarizer::builder().language(language),
        };
        if let Some(length) = self.length.length()? {
            builder = builder.length(length);
        }
        builder = builder
            .algorithm(algorithm(self.algorithm)?)
            .order(order(self.order)?)
            .stemming(self.stemming)
            .stopwords(self.stopwords)
            .units(units(self.units)?);
        if let Some(name) = self.format {
            builder = builder.format(name.parse::<Format>().map_err(config_error)?);
        }
        if let Some(weight) = self.redundancy {
            builder = builder.redundancy(weight);
        }
        if let Some(words) = self.min_words.filter(|value| !value.is_none()) {
            builder = builder.min_words(count("min_words", words)?);
        }
        if let Some(model) = self.idf_model {
            builder = builder.idf_model(model);
        }
        if let Some(weights) = self.weights {
            builder = builder.weights(weights_from(weights)?);
        }
        builder.build().map_err(config_error)
    }
}

/// What the `language` option asks for.
pub enum LanguageChoice {
    /// Detect each document's language (`"auto"`).
    Auto,
    /// The language-neutral mode (`"neutral"`).
    Neutral,
    /// One language.
    Fixed(Language),
}

/// Reads the `language` option: `"auto"`, `"neutral"`, or what `Language`'s parser accepts (an
/// ISO 639-1 code or an English name), whose error names the value.
pub fn language(code: &str) -> PyResult<LanguageChoice> {
    let code = code.trim();
    if code.eq_ignore_ascii_case("auto") {
        Ok(LanguageChoice::Auto)
    } else if code.eq_ignore_ascii_case("neutral") {
        Ok(LanguageChoice::Neutral)
    } else {
        code.parse()
            .map(LanguageChoice::Fixed)
            .map_err(config_error)
    }
}

fn algorithm(name: &str) -> PyResult<Algorithm> {
    Algorithm::from_name(&name.trim().to_ascii_lowercase()).ok_or_else(|| {
        invalid(format!(
            "unknown algorithm '{name}': expected one of {}",
            Algorithm::NAMES.join(", ")
        ))
    })
}

/// Reads the `units` option by the library's serde names of `Units` (lower case), so a unit
/// the library adds is accepted here at once; serde's message lists the names.
fn units(name: &str) -> PyResult<Units> {
    let lower = name.trim().to_ascii_lowercase();
    let deserializer = serde::de::value::StrDeserializer::<serde::de::value::Error>::new(&lower);
    Units::deserialize(deserializer).map_err(|e| invalid(format!("invalid units '{name}': {e}")))
}

/// The name of a `units` value, as `units()` reads it.
pub fn units_name(units: Units) -> String {
    match serde_json::to_value(units) {
        Ok(serde_json::Value::String(name)) => name,
        _ => format!("{units:?}").to_lowercase(),
    }
}

fn order(name: &str) -> PyResult<Order> {
    match name.trim().to_ascii_lowercase().as_str() {
        "document" => Ok(Order::Document),
        "rank" => Ok(Order::Rank),
        _ => Err(invalid(format!(
            "unknown order '{name}': expected document or rank"
        ))),
    }
}

/// Fields of `Weights` whose keyword argument has another name, as (field, keyword): the
/// names that an option of the functions already takes.
const PYTHON_NAMES: &[(&str, &str)] = &[("query", "query_weight")];

/// The keyword argument of the `Weights` field `field`.
fn python_name(field: String) -> String {
    match PYTHON_NAMES.iter().find(|(name, _)| *name == field) {
        Some((_, keyword)) => (*keyword).to_owned(),
        None => field,
    }
}

/// The `Weights` field of the keyword argument `keyword`.
fn field_name(keyword: &str) -> &str {
    PYTHON_NAMES
        .iter()
        .find(|(_, name)| *name == keyword)
        .map_or(keyword, |(field, _)| field)
}

/// The keyword names and defaults of the fields of `Weights`, as the library serialises
/// `Weights::DEFAULT` (sorted by field name).
pub fn weight_defaults() -> &'static [(String, f64)] {
    static DEFAULTS: OnceLock<Vec<(String, f64)>> = OnceLock::new();
    DEFAULTS.get_or_init(|| match serde_json::to_value(Weights::DEFAULT) {
        Ok(serde_json::Value::Object(fields)) => fields
            .into_iter()
            .filter_map(|(name, value)| Some((python_name(name), shortest(value.as_f64()? as f32))))
            .collect(),
        _ => Vec::new(),
    })
}

/// `Weights` with the fields named in `kwargs` set and the others at their defaults. A name that
/// is not a field is a `TypeError`, as Python reports any unexpected keyword argument; values are
/// checked by the builder, whose error names them.
fn weights_from(kwargs: &Bound<'_, PyDict>) -> PyResult<Weights> {
    let known = weight_defaults();
    let mut fields: Vec<(String, f32)> = Vec::with_capacity(kwargs.len());
    for (key, value) in kwargs.iter() {
        let name: String = key.extract()?;
        if !known.iter().any(|(field, _)| *field == name) {
            let names: Vec<&str> = known.iter().map(|(field, _)| field.as_str()).collect();
            return Err(PyTypeError::new_err(format!(
                "unexpected keyword argument '{name}': not an option, nor a weight ({})",
                names.join(", ")
            )));
        }
        if value.is_none() {
            continue;
        }
        let number: f64 = value
            .extract()
            .map_err(|_| wrong_type(&name, "a float", &value))?;
        // Out-of-range values become infinities here, which the builder names.
        fields.push((field_name(&name).to_owned(), number as f32));
    }
    let fields = serde::de::value::MapDeserializer::new(fields.into_iter());
    Weights::deserialize(fields)
        .map_err(|e: serde::de::value::Error| PyTypeError::new_err(e.to_string()))
}

/// A count option (`sentences`, `words`, `chars`, `min_words`): an `int` >= 0. Counts beyond
/// what the machine can address mean "no limit".
pub fn count(name: &str, value: &Bound<'_, PyAny>) -> PyResult<usize> {
    // bool is a subclass of int in Python, and `sentences=True` is surely a mistake.
    if value.is_instance_of::<PyBool>() {
        return Err(wrong_type(name, "an int", value));
    }
    let int = value
        .cast::<PyInt>()
        .map_err(|_| wrong_type(name, "an int", value))?;
    match int.extract::<i64>() {
        Ok(n) if n >= 0 => Ok(usize::try_from(n).unwrap_or(usize::MAX)),
        Ok(n) => Err(negative(name, &n.to_string())),
        Err(_) if int.lt(0)? => Err(negative(name, &int.to_string())),
        Err(_) => Ok(usize::MAX),
    }
}

fn negative(name: &str, value: &str) -> PyErr {
    invalid(format!(
        "invalid {name} {value}: expected a whole number >= 0"
    ))
}

/// A `TypeError` naming the option, the type it takes and the type it got.
pub fn wrong_type(name: &str, expected: &str, value: &Bound<'_, PyAny>) -> PyErr {
    let got = type_name(value);
    PyTypeError::new_err(format!("{name} must be {expected}, not {got}"))
}

/// The name of `value`'s type, for messages.
pub fn type_name(value: &Bound<'_, PyAny>) -> String {
    value
        .get_type()
        .name()
        .map_or_else(|_| "?".to_owned(), |name| name.to_string())
}
