//! How long a summary may be, and in which order its sentences come.

use crate::error::{Error, ErrorKind};

/// How long a summary may be. Budgets never cut a sentence.
///
/// ```
/// use salient::Length;
/// let three = Length::sentences(3);
/// let third = Length::ratio(0.3)?;
/// let short = Length::words(50);
/// let tweet = Length::chars(280);
/// assert!(Length::ratio(1.5).is_err());
/// # Ok::<(), salient::Error>(())
/// ```
///
/// With the `serde` feature a length is `{"sentences": 3}`, `{"ratio": 0.3}`, `{"words": 50}`
/// or `{"chars": 280}`; a ratio outside `0..=1` is rejected as [`Length::ratio`] rejects it.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "Budget", into = "Budget")
)]
pub struct Length {
    pub(crate) budget: Budget,
}

#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "lowercase")
)]
pub(crate) enum Budget {
    Sentences(usize),
    Ratio(f64),
    Words(usize),
    Chars(usize),
}

impl Length {
    /// At most `n` sentences.
    pub const fn sentences(n: usize) -> Length {
        Length {
            budget: Budget::Sentences(n),
        }
    }

    /// A share of the document's sentences, rounded to the nearest whole sentence and at least
    /// one when `ratio > 0`.
    ///
    /// # Errors
    ///
    /// If `ratio` is not a number in `0..=1`.
    pub fn ratio(ratio: f64) -> Result<Length, Error> {
        if (0.0..=1.0).contains(&ratio) {
            Ok(Length {
                budget: Budget::Ratio(ratio),
            })
        } else {
            Err(Error::new(ErrorKind::Ratio(ratio)))
        }
    }

    /// Best sentences while their words add up to at most `n`.
    ///
    /// Selection goes down the ranking and stops at the first sentence that would exceed the
    /// budget; if even the best sentence exceeds it (and `n > 0`), that sentence alone is
    /// returned, so non-empty text always gets a summary.
    pub const fn words(n: usize) -> Length {
        Length {
            budget: Budget::Words(n),
        }
    }

    /// Like [`Length::words`] but counting characters (Unicode scalar values) of the sentences.
    pub const fn chars(n: usize) -> Length {
        Length {
            budget: Budget::Chars(n),
        }
    }
}

impl Length {
    /// The most sentences this budget can take from a document of `total` sentences: exact for
    /// sentence counts and ratios, `total` for word and character budgets.
    pub(crate) fn max_sentences(self, total: usize) -> usize {
        match self.budget {
            Budget::Sentences(n) => n.min(total),
            Budget::Ratio(ratio) if ratio > 0.0 && total > 0 => {
                ((ratio * total as f64).round() as usize).clamp(1, total)
            }
            Budget::Ratio(_) => 0,
            Budget::Words(_) | Budget::Chars(_) => total,
        }
    }
}

impl Default for Length {
    /// Three sentences.
    fn default() -> Length {
        Length::sentences(3)
    }
}

/// The order of the sentences in a summary (with the `serde` feature, `"document"` or
/// `"rank"`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "lowercase")
)]
pub enum Order {
    /// As they appear in the document (the default: summaries read naturally).
    #[default]
    Document,
    /// Best first.
    Rank,
}

impl From<Length> for Budget {
    fn from(length: Length) -> Budget {
        length.budget
    }
}

impl TryFrom<Budget> for Length {
    type Error = Error;

    fn try_from(budget: Budget) -> Result<Length, Error> {
        match budget {
            Budget::Ratio(ratio) => Length::ratio(ratio),
            budget => Ok(Length { budget }),
        }
    }
}
