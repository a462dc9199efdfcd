//! Edmundson (1969), "New methods in automatic extracting": a weighted sum of four methods,
//! each scaled so the document's best eligible sentence has 1 (the cue method by its largest
//! absolute value, as stigma words make it negative).
//!
//! - **cue**: +1 per bonus word, −1 per stigma word in the sentence (whole words, compared in
//!   lower case without stemming; null words count 0);
//! - **key**: the sum, over the sentence's terms, of the document frequency of the key terms,
//!   those occurring at least [`KEY_MIN_COUNT`] times;
//! - **title**: how many of the sentence's terms occur in a heading (title or section heading);
//! - **location**: 1 for the first and for the last sentence of a paragraph, plus 1 inside the
//!   document's first or last paragraph (paragraphs end at blank lines and headings).

use std::collections::HashMap;

use foldhash::fast::RandomState;

use crate::analysis::words::{for_each_word, lowercase_into};
use crate::error::Error;

use super::{DocumentView, SentenceScorer};

/// Occurrences in the document that make a term a key word.
pub(crate) const KEY_MIN_COUNT: u32 = 2;

/// Default bonus words: words that announce a conclusion or an important point.
const BONUS_WORDS: &[&str] = &[
    "according",
    "announced",
    "chief",
    "concluded",
    "conclusion",
    "confirmed",
    "crucial",
    "essential",
    "finally",
    "findings",
    "first",
    "important",
    "key",
    "main",
    "major",
    "new",
    "overall",
    "primary",
    "result",
    "results",
    "reveal",
    "revealed",
    "said",
    "show",
    "showed",
    "shows",
    "significant",
    "summary",
];

/// Default stigma words: hedges, asides and pointers to elsewhere.
const STIGMA_WORDS: &[&str] = &[
    "anyway",
    "apparently",
    "arguably",
    "believe",
    "example",
    "hardly",
    "however",
    "impossible",
    "incidentally",
    "maybe",
    "might",
    "perhaps",
    "possibly",
    "probably",
    "seems",
    "somewhat",
    "supposedly",
];

/// Settings of [`Algorithm::Edmundson`](crate::Algorithm::Edmundson): the cue dictionaries
/// and the weight of each method (default 1 each). The default dictionaries are short English
/// lists; give your own for other languages or domains.
///
/// ```
/// use salient::algorithm::Edmundson;
/// use salient::{Algorithm, Summarizer};
///
/// let edmundson = Edmundson::default()
///     .bonus_words(["significant", "conclude", "results"])
///     .stigma_words(["perhaps", "hardly"])
///     .weights(1.0, 0.5, 1.0, 1.0);
/// let summarizer = Summarizer::builder()
///     .algorithm(Algorithm::Edmundson(edmundson))
///     .build()?;
/// # Ok::<(), salient::Error>(())
/// ```
///
/// With the `serde` feature: `{"bonus_words": [...], "stigma_words": [...], "cue_weight",
/// "key_weight", "title_weight", "location_weight"}`, each field optional (a missing one keeps
/// its default).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(from = "Settings", into = "Settings")
)]
pub struct Edmundson {
    bonus: Vec<String>,
    stigma: Vec<String>,
    /// Each cue word's value: +1 bonus, −1 stigma (bonus wins if a word is in both lists).
    cues: HashMap<String, f32, RandomState>,
    cue_weight: f32,
    key_weight: f32,
    title_weight: f32,
    location_weight: f32,
}

impl Default for Edmundson {
    fn default() -> Edmundson {
        let (bonus, stigma) = (normalise(BONUS_WORDS), normalise(STIGMA_WORDS));
        Edmundson {
            cues: cues(&bonus, &stigma),
            bonus,
            stigma,
            cue_weight: 1.0,
            key_weight: 1.0,
            title_weight: 1.0,
            location_weight: 1.0,
        }
    }
}

impl Edmundson {
    /// Replaces the bonus words (compared whole and in lower case).
    pub fn bonus_words<I: IntoIterator<Item = S>, S: AsRef<str>>(mut self, words: I) -> Self {
        self.bonus = normalise(words);
        self.cues = cues(&self.bonus, &self.stigma);
        self
    }

    /// Replaces the stigma words (compared whole and in lower case).
    pub fn stigma_words<I: IntoIterator<Item = S>, S: AsRef<str>>(mut self, words: I) -> Self {
        self.stigma = normalise(words);
        self.cues = cues(&self.bonus, &self.stigma);
        self
    }

    /// Weights of the cue, key, title and location methods; each finite and `>= 0`, not all 0
    /// (checked by the builder).
    pub fn weights(mut self, cue: f32, key: f32, title: f32, location: f32) -> Self {
        self.cue_weight = cue;
        self.key_weight = key;
        self.title_weight = title;
        self.location_weight = location;
        self
    }

    pub(crate) fn validate(&self) -> Result<(), Error> {
        let weights = [
            self.cue_weight,
            self.key_weight,
            self.title_weight,
            self.location_weight,
        ];
        for w in weights {
            if !w.is_finite() || w < 0.0 {
                return Err(Error::parameter(
                    "Edmundson weight",
                    f64::from(w),
                    "a finite number >= 0",
                ));
            }
        }
        if weights.iter().all(|&w| w == 0.0) {
            return Err(Error::parameter(
                "Edmundson weights",
                0.0,
                "at least one weight > 0",
            ));
        }
        Ok(())
    }
}

/// The serialised form of [`Edmundson`]: its settings without the derived cue table.
#[cfg(feature = "serde")]
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
struct Settings {
    bonus_words: Vec<String>,
    stigma_words: Vec<String>,
    cue_weight: f32,
    key_weight: f32,
    title_weight: f32,
    location_weight: f32,
}

#[cfg(feature = "serde")]
impl Default for Settings {
    fn default() -> Settings {
        Settings::from(Edmundson::default())
    }
}

#[cfg(feature = "serde")]
impl From<Edmundson> for Settings {
    fn from(edmundson: Edmundson) -> Settings {
        Settings {
            bonus_words: edmundson.bonus,
            stigma_words: edmundson.stigma,
            cue_weight: edmundson.cue_weight,
            key_weight: edmundson.key_weight,
            title_weight: edmundson.title_weight,
            location_weight: edmundson.location_weight,
        }
    }
}

#[cfg(feature = "serde")]
impl From<Settings> for Edmundson {
    fn from(settings: Settings) -> Edmundson {
        Edmundson::default()
            .bonus_words(settings.bonus_words)
            .stigma_words(settings.stigma_words)
            .weights(
                settings.cue_weight,
                settings.key_weight,
                settings.title_weight,
                settings.location_weight,
            )
    }
}

fn cues(bonus: &[String], stigma: &[String]) -> HashMap<String, f32, RandomState> {
    let stigma = stigma.iter().map(|w| (w.clone(), -1.0));
    stigma
        .chain(bonus.iter().map(|w| (w.clone(), 1.0)))
        .collect()
}

fn normalise<I: IntoIterator<Item = S>, S: AsRef<str>>(words: I) -> Vec<String> {
    let mut out: Vec<String> = words
        .into_iter()
        .map(|w| {
            // As the words of the text are lower-cased, so that they compare equal.
            let mut lower = String::new();
            lowercase_into(w.as_ref().trim(), &mut lower);
            lower
        })
        .filter(|w| !w.is_empty())
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

impl SentenceScorer for Edmundson {
    fn score(&self, document: &DocumentView<'_>, scores: &mut [f32]) {
        let n = document.len();

        let mut counts = vec![0u32; document.term_count()];
        let mut in_heading = vec![false; document.term_count()];
        for i in 0..n {
            for &t in document.terms(i) {
                counts[t as usize] = counts[t as usize].saturating_add(1);
                if document.is_heading(i) {
                    in_heading[t as usize] = true;
                }
            }
        }

        let mut cue = vec![0f32; n];
        let mut key = vec![0f32; n];
        let mut title = vec![0f32; n];
        let mut lower = String::new();
        for i in (0..n).filter(|&i| document.is_eligible(i)) {
            if self.cue_weight > 0.0 && !self.cues.is_empty() {
                for_each_word(document.sentence(i), |word| {
                    lowercase_into(word, &mut lower);
                    if let Some(value) = self.cues.get(lower.as_str()) {
                        cue[i] += value;
                    }
                });
            }
            for &t in document.terms(i) {
                let count = counts[t as usize];
                if count >= KEY_MIN_COUNT {
                    key[i] += count as f32;
                }
                if in_heading[t as usize] {
                    title[i] += 1.0;
                }
            }
        }
        let location = location(document);

        let scale = |values: &[f32]| {
            let best = (0..n)
                .filter(|&i| document.is_eligible(i))
                .map(|i| values[i].abs())
                .fold(0f32, f32::max);
            if best > 0.0 { 1.0 / best } else { 0.0 }
        };
        let (cue_scale, key_scale, title_scale, location_scale) =
            (scale(&cue), scale(&key), scale(&title), scale(&location));
        for i in (0..n).filter(|&i| document.is_eligible(i)) {
            scores[i] = self.cue_weight * cue[i] * cue_scale
                + self.key_weight * key[i] * key_scale
                + self.title_weight * title[i] * title_scale
                + self.location_weight * location[i] * location_scale;
        }
    }
}

/// The location method's value of each sentence.
fn location(document: &DocumentView<'_>) -> Vec<f32> {
    let n = document.len();
    // Paragraph number of each sentence; headings are paragraphs of their own, and every
    // document of a cluster starts a paragraph.
    let mut paragraph = vec![0usize; n];
    let mut current = 0usize;
    for i in 0..n {
        if i > 0 {
            let new_document = document.document(i) != document.document(i - 1);
            let blank_line = !new_document && {
                let text = document.text_of(document.document(i));
                let gap = &text[document.span(i - 1).end..document.span(i).start];
                gap.split('\n').skip(1).any(|line| line.trim().is_empty())
                    && gap.matches('\n').count() >= 2
            };
            if new_document || blank_line || document.is_heading(i) || document.is_heading(i - 1) {
                current += 1;
            }
        }
        paragraph[i] = current;
    }
    // First and last body paragraphs.
    let body: Vec<usize> = (0..n).filter(|&i| !document.is_heading(i)).collect();
    let first = body.first().map(|&i| paragraph[i]);
    let last = body.last().map(|&i| paragraph[i]);
    (0..n)
        .map(|i| {
            let starts = i == 0 || paragraph[i - 1] != paragraph[i];
            let ends = i + 1 == n || paragraph[i + 1] != paragraph[i];
            let edge = Some(paragraph[i]) == first || Some(paragraph[i]) == last;
            f32::from(u8::from(starts || ends)) + f32::from(u8::from(edge))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::algorithm::testing::{assert_total, scores};

    const TEXT: &str = "Budget report\n\nThe budget grows. Perhaps rain falls.\n\n\
                        Trains run late. Buses run late too. The results show a budget surplus.";

    #[test]
    fn each_method_by_hand() {
        let only = |cue, key, title, location| {
            scores(
                &Edmundson::default().weights(cue, key, title, location),
                TEXT,
                0,
            )
        };
        // Cue: "perhaps" −1, "results" and "show" +2; scaled by 2.
        assert_eq!(only(1.0, 0.0, 0.0, 0.0), [0.0, 0.0, -0.5, 0.0, 0.0, 1.0]);
        // Title terms (budget, report): 1, 0, 0, 0, 1 — scaled by 1.
        assert_eq!(only(0.0, 0.0, 1.0, 0.0), [0.0, 1.0, 0.0, 0.0, 0.0, 1.0]);
        // Location: paragraph 1 = {1, 2} (first), paragraph 2 = {3, 4, 5} (last); starts and
        // ends get 1 more. Scaled by 2.
        assert_eq!(only(0.0, 0.0, 0.0, 1.0), [0.0, 1.0, 1.0, 1.0, 0.5, 1.0]);
        // Key: budget occurs 3 times, run 2, late 2. Sentence 1: 3; 3: 4; 4: 4; 5: 3. Scaled by 4.
        assert_eq!(only(0.0, 1.0, 0.0, 0.0), [0.0, 0.75, 0.0, 1.0, 1.0, 0.75]);
    }

    #[test]
    fn cue_words_are_configurable() {
        let custom = Edmundson::default()
            .bonus_words(["Trains"])
            .stigma_words(Vec::<String>::new())
            .weights(1.0, 0.0, 0.0, 0.0);
        assert_eq!(scores(&custom, TEXT, 0), [0.0, 0.0, 0.0, 1.0, 0.0, 0.0]);
    }

    #[test]
    fn cue_words_are_lower_cased_as_the_text_is() {
        // `str::to_lowercase` would make the cue `νομος`, with a final sigma, while the text's
        // `ΝΟΜΟΣ` is lower-cased letter by letter to `νομοσ`: the cue would never match.
        let greek = Edmundson::default()
            .bonus_words(["ΝΟΜΟΣ"])
            .stigma_words(Vec::<String>::new())
            .weights(1.0, 0.0, 0.0, 0.0);
        let s = scores(&greek, "Rain fell. The ΝΟΜΟΣ passed today.", 0);
        assert_eq!(s, [0.0, 1.0]);
    }

    #[test]
    fn weights_are_validated() {
        assert!(Edmundson::default().validate().is_ok());
        assert!(
            Edmundson::default()
                .weights(0.0, 0.0, 0.0, 0.0)
                .validate()
                .is_err()
        );
        assert!(
            Edmundson::default()
                .weights(f32::NAN, 1.0, 1.0, 1.0)
                .validate()
                .is_err()
        );
    }

    #[test]
    fn total_on_odd_input() {
        assert_total(&Edmundson::default());
    }
}
