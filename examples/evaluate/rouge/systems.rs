//! The summarisers under evaluation, Lead-k among them, and the budgets they get.

use salient::{Language, Length, Summarizer};

use super::records::{Record, one_line, word_count};

/// The name of the Lead-k baseline, beside the names of `salient::Algorithm::NAMES`.
pub const LEAD_K: &str = "lead-k";

/// Every system `evaluate` knows: the library's algorithms, then Lead-k.
pub fn names() -> Vec<&'static str> {
    let mut names = salient::Algorithm::NAMES.to_vec();
    names.push(LEAD_K);
    names
}

/// How long a summary may be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Budget {
    /// `k=N`: N sentences.
    Sentences(usize),
    /// `k=ref`: as many sentences as the (first) reference.
    ReferenceSentences,
    /// `words=N`: sentences while their words add up to at most N (`salient::Length::words`).
    Words(usize),
    /// `words=ref`: as many words as the (first) reference.
    ReferenceWords,
}

impl Budget {
    /// The budgets of the quality matrix.
    pub const MATRIX: [Budget; 4] = [
        Budget::Sentences(1),
        Budget::Sentences(3),
        Budget::ReferenceSentences,
        Budget::ReferenceWords,
    ];

    /// `k=N`, `k=ref`, `words=N` or `words=ref`.
    pub fn parse(spec: &str) -> Result<Budget, String> {
        let bad = || format!("unknown budget {spec:?}; use k=N, k=ref, words=N or words=ref");
        let (unit, amount) = spec.trim().split_once('=').ok_or_else(bad)?;
        let fixed = || amount.parse::<usize>().map_err(|_| bad());
        Ok(match (unit, amount) {
            ("k", "ref") => Budget::ReferenceSentences,
            ("words", "ref") => Budget::ReferenceWords,
            ("k", _) => Budget::Sentences(fixed()?),
            ("words", _) => Budget::Words(fixed()?),
            _ => return Err(bad()),
        })
    }

    /// The budget as `parse` reads it.
    pub fn label(self) -> String {
        match self {
            Budget::Sentences(k) => format!("k={k}"),
            Budget::ReferenceSentences => "k=ref".into(),
            Budget::Words(n) => format!("words={n}"),
            Budget::ReferenceWords => "words=ref".into(),
        }
    }

    /// The budget for `record`, in sentences or in words.
    pub fn length(self, record: &Record) -> Length {
        match self {
            Budget::Sentences(k) => Length::sentences(k),
            Budget::ReferenceSentences => Length::sentences(record.reference_sentences),
            Budget::Words(n) => Length::words(n),
            Budget::ReferenceWords => Length::words(record.reference_words),
        }
    }

    /// Lead-k's sentence count for `record` when the budget is in sentences; `None` for words.
    fn sentences(self, record: &Record) -> Option<usize> {
        match self {
            Budget::Sentences(k) => Some(k),
            Budget::ReferenceSentences => Some(record.reference_sentences),
            Budget::Words(_) | Budget::ReferenceWords => None,
        }
    }

    fn words(self, record: &Record) -> usize {
        match self {
            Budget::Words(n) => n,
            _ => record.reference_words,
        }
    }
}

/// How the library's algorithms are configured (`--neutral`, `--redundancy`).
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemOptions {
    /// Every record in the language-neutral mode, not only those whose language salient does
    /// not know.
    pub neutral: bool,
    pub redundancy: f32,
}

/// A summariser under evaluation.
pub enum System {
    /// One of `salient::Algorithm::NAMES`: a summariser per `Language`, and a neutral one for
    /// records in other languages.
    Algorithm {
        name: &'static str,
        by_language: Vec<Summarizer>,
        neutral: Box<Summarizer>,
    },
    /// The first sentences of the text as the summarisers' splitter cuts them (headlines and
    /// headings included, unlike the `lead` algorithm, which skips them).
    LeadK,
}

impl System {
    /// The system called `name` (see [`names`]).
    pub fn new(name: &str, options: SystemOptions) -> Result<System, String> {
        if name == LEAD_K {
            return Ok(System::LeadK);
        }
        let unknown = || format!("unknown algorithm {name:?}; known: {}", names().join(", "));
        let name = *salient::Algorithm::NAMES
            .iter()
            .find(|&&known| known == name)
            .ok_or_else(unknown)?;
        let algorithm = salient::Algorithm::from_name(name).ok_or_else(unknown)?;
        let builder = || {
            Summarizer::builder()
                .algorithm(algorithm.clone())
                .redundancy(options.redundancy)
        };
        let by_language = Language::ALL
            .iter()
            .map(|&language| {
                let builder = builder().language(language);
                if options.neutral {
                    builder.neutral()
                } else {
                    builder
                }
                .build()
            })
            .collect::<Result<Vec<Summarizer>, _>>()
            .map_err(|e| e.to_string())?;
        let neutral = Box::new(builder().neutral().build().map_err(|e| e.to_string())?);
        Ok(System::Algorithm {
            name,
            by_language,
            neutral,
        })
    }

    pub fn name(&self) -> &'static str {
        match self {
            System::Algorithm { name, .. } => name,
            System::LeadK => LEAD_K,
        }
    }

    /// The summary of `record` within `budget`, one string per sentence, each on one line.
    pub fn summarize(&self, record: &Record, budget: Budget) -> Vec<String> {
        match self {
            System::Algorithm {
                by_language,
                neutral,
                ..
            } => {
                let index = record
                    .language
                    .and_then(|language| Language::ALL.iter().position(|&l| l == language));
                let summarizer = index.map_or(&**neutral, |i| &by_language[i]);
                summarizer
                    .summarize_with(&record.text, budget.length(record))
                    .iter()
                    .map(|sentence| one_line(&sentence.text))
                    .collect()
            }
            System::LeadK => lead(record, budget),
        }
    }
}

/// Lead-k: the first sentences, `k` of them, or for a word budget those that fit as
/// `salient::Length::words` fits them (stop before the first that would exceed the budget;
/// the first sentence alone when it exceeds it, unless the budget is 0).
fn lead(record: &Record, budget: Budget) -> Vec<String> {
    let splitter = record.splitter();
    let sentences = splitter.sentences(&record.text);
    if let Some(k) = budget.sentences(record) {
        return sentences.take(k).map(one_line).collect();
    }
    let limit = budget.words(record);
    if limit == 0 {
        return Vec::new();
    }
    let mut used = 0usize;
    let mut taken = Vec::new();
    for sentence in sentences {
        let words = word_count(sentence);
        if used.saturating_add(words) > limit && !taken.is_empty() {
            break;
        }
        used = used.saturating_add(words);
        taken.push(one_line(sentence));
        if used > limit {
            // The first sentence alone was over the budget.
            break;
        }
    }
    taken
}
