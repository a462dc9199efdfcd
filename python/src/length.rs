//! The length options (`sentences`, `ratio`, `words`, `chars`): one for a summariser or a call,
//! or one per text for a batch.

use pyo3::prelude::*;
use pyo3::types::{PyList, PyTuple};
use salient::Length;

use crate::errors::{config_error, invalid};
use crate::options::{count, wrong_type};

/// The four ways of giving a summary's length; at most one may be set.
#[derive(Default)]
pub struct LengthArgs<'a, 'py> {
    /// At most this many sentences.
    pub sentences: Option<&'a Bound<'py, PyAny>>,
    /// This share of the document's sentences.
    pub ratio: Option<&'a Bound<'py, PyAny>>,
    /// Sentences while their words add up to at most this.
    pub words: Option<&'a Bound<'py, PyAny>>,
    /// Sentences while their characters add up to at most this.
    pub chars: Option<&'a Bound<'py, PyAny>>,
}

impl<'a, 'py> LengthArgs<'a, 'py> {
    /// The length given, `None` when none was (the summariser's own then applies).
    pub fn length(&self) -> PyResult<Option<Length>> {
        match self.given()? {
            Some((name, value)) => one(name, value).map(Some),
            None => Ok(None),
        }
    }

    /// The lengths of a batch of `texts` texts: the one length given for all of them, or a list
    /// or tuple of one value per text; `None` when no length was given.
    pub fn lengths(&self, texts: usize) -> PyResult<Option<Vec<Length>>> {
        let Some((name, value)) = self.given()? else {
            return Ok(None);
        };
        if !(value.is_instance_of::<PyList>() || value.is_instance_of::<PyTuple>()) {
            return Ok(Some(vec![one(name, value)?; texts]));
        }
        let given = value.len()?;
        if given != texts {
            return Err(invalid(format!(
                "{name} has {given} values for {texts} texts: give one per text, or one number"
            )));
        }
        value
            .try_iter()?
            .enumerate()
            .map(|(i, item)| one(&format!("{name}[{i}]"), &item?))
            .collect::<PyResult<Vec<Length>>>()
            .map(Some)
    }

    /// The one length option given, if any; more than one is an error naming them.
    fn given(&self) -> PyResult<Option<(&'static str, &'a Bound<'py, PyAny>)>> {
        let given: Vec<(&'static str, &'a Bound<'py, PyAny>)> = [
            ("sentences", self.sentences),
            ("ratio", self.ratio),
            ("words", self.words),
            ("chars", self.chars),
        ]
        .into_iter()
        .filter_map(|(name, value)| Some((name, value?)))
        .filter(|(_, value)| !value.is_none())
        .collect();
        match given.as_slice() {
            [] => Ok(None),
            [one] => Ok(Some(*one)),
            several => {
                let names: Vec<&str> = several.iter().map(|(name, _)| *name).collect();
                Err(invalid(format!(
                    "give at most one of sentences, ratio, words and chars, not {}",
                    names.join(" and ")
                )))
            }
        }
    }
}

/// The length that option `name` (`sentences`, or `sentences[3]` in a batch) gives with `value`.
fn one(name: &str, value: &Bound<'_, PyAny>) -> PyResult<Length> {
    let option = name.split('[').next().unwrap_or(name);
    match option {
        "ratio" => {
            let ratio: f64 = value
                .extract()
                .map_err(|_| wrong_type(name, "a float", value))?;
            Length::ratio(ratio).map_err(config_error)
        }
        "sentences" => Ok(Length::sentences(count(name, value)?)),
        "words" => Ok(Length::words(count(name, value)?)),
        _ => Ok(Length::chars(count(name, value)?)),
    }
}
