//! The error returned when a configuration is invalid.
//!
//! Summarising never fails; only building a [`Summarizer`](crate::Summarizer), a
//! [`Length`](crate::Length) or an [`IdfModel`](crate::IdfModel), or parsing a [`Format`](crate::Format) or a
//! [`Language`](crate::Language) can. The error is an opaque struct around a private kind so that
//! new kinds of mistakes can be reported without breaking users who match on it.

use std::fmt;

/// A configuration value was rejected. The message names the value and the accepted range.
///
/// ```
/// let err = salient::Length::ratio(1.5).unwrap_err();
/// assert_eq!(err.to_string(), "invalid ratio 1.5: expected a number in 0..=1");
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum ErrorKind {
    /// A ratio outside `0..=1` or not a number.
    Ratio(f64),
    /// A weight that is negative, infinite or NaN.
    Weight { name: &'static str, value: f32 },
    /// Every weight of the scorer is zero, so no sentence could ever be preferred.
    AllWeightsZero,
    /// A tuning parameter outside its documented range.
    Parameter {
        name: &'static str,
        value: f64,
        expected: &'static str,
    },
    /// A language code or name that is not supported.
    UnknownLanguage(String),
    /// An IDF model fitted with other text-analysis settings than the summariser's.
    IdfModelMismatch { model: String, summarizer: String },
    /// Two IDF models fitted with different text-analysis settings cannot be merged.
    IdfModelMerge { model: String, other: String },
    /// An input format name that is not known, or whose cargo feature is off.
    UnknownFormat {
        name: String,
        known: &'static [&'static str],
    },
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error { kind }
    }

    pub(crate) fn parameter(name: &'static str, value: f64, expected: &'static str) -> Error {
        Error::new(ErrorKind::Parameter {
            name,
            value,
            expected,
        })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Ratio(value) => {
                write!(f, "invalid ratio {value}: expected a number in 0..=1")
            }
            ErrorKind::Weight { name, value } => write!(
                f,
                "invalid {name} weight {value}: expected a finite number >= 0"
            ),
            ErrorKind::AllWeightsZero => {
                f.write_str("invalid weights: at least one weight must be greater than 0")
            }
            ErrorKind::Parameter {
                name,
                value,
                expected,
            } => write!(f, "invalid {name} {value}: expected {expected}"),
            ErrorKind::UnknownLanguage(code) => write!(
                f,
                "unknown language {code:?}: expected an ISO 639-1 or 639-3 code or an \
                 English name, such as \"de\", \"deu\" or \"german\""
            ),
            ErrorKind::IdfModelMismatch { model, summarizer } => write!(
                f,
                "IDF model fitted with {model} cannot serve a summarizer with {summarizer}"
            ),
            ErrorKind::IdfModelMerge { model, other } => write!(
                f,
                "cannot merge an IDF model fitted with {other} into one fitted with {model}"
            ),
            ErrorKind::UnknownFormat { name, known } => write!(
                f,
                "unknown input format {name:?}: expected one of {}",
                known.join(", ")
            ),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_bad_value() {
        let weight = Error::new(ErrorKind::Weight {
            name: "position",
            value: f32::NAN,
        });
        assert_eq!(
            weight.to_string(),
            "invalid position weight NaN: expected a finite number >= 0"
        );
        let lang = Error::new(ErrorKind::UnknownLanguage("xx".into()));
        assert!(lang.to_string().contains("\"xx\""));
        let param = Error::parameter("position decay", -1.0, "a finite number > 0");
        assert_eq!(
            param.to_string(),
            "invalid position decay -1: expected a finite number > 0"
        );
    }
}
