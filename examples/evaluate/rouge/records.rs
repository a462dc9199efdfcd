//! Records of a single-document summary set, with their references prepared for ROUGE.

use std::path::Path;

use salient::eval::{Convention, Rouge, RougeScores};
use salient::{Language, SentenceSplitter};

/// Which convention scores the records (`--convention`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConventionChoice {
    /// `Convention::for_language` of each record's language.
    Auto,
    /// The same convention for every record.
    Fixed(Convention),
}

impl ConventionChoice {
    pub fn parse(name: &str) -> Result<ConventionChoice, String> {
        if name.trim().eq_ignore_ascii_case("auto") {
            return Ok(ConventionChoice::Auto);
        }
        Convention::from_name(name)
            .map(ConventionChoice::Fixed)
            .ok_or_else(|| {
                let names: Vec<&str> = Convention::ALL.iter().map(|c| c.name()).collect();
                format!(
                    "unknown convention {name:?}; known: auto, {}",
                    names.join(", ")
                )
            })
    }
}

/// Which of several references a record is scored against (`--references`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum References {
    /// The first (`summary`).
    First,
    /// Per metric, the best of all `references` (SciTLDR's SOURCE.md asks for it; it is the only
    /// public single-document set whose records have more than one).
    Best,
}

impl References {
    pub fn parse(name: &str) -> Result<References, String> {
        match name {
            "first" => Ok(References::First),
            "max" => Ok(References::Best),
            _ => Err(format!("unknown --references {name:?}; known: first, max")),
        }
    }
}

/// How records are read: the same for `evaluate rouge` and `evaluate matrix`.
#[derive(Clone, Debug)]
pub struct ReadOptions {
    /// Language code of every record, instead of each record's `lang`.
    pub lang: Option<String>,
    pub limit: Option<usize>,
    pub convention: ConventionChoice,
    pub stemming: bool,
    pub references: References,
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions {
            lang: None,
            limit: None,
            convention: ConventionChoice::Auto,
            stemming: true,
            references: References::Best,
        }
    }
}

/// One record, ready to summarise and score.
pub struct Record {
    pub id: String,
    /// The record's language code (`lang`, or `--lang`).
    pub code: String,
    /// The `Language` of `code`; `None` for languages salient does not know, which are
    /// summarised in the language-neutral mode.
    pub language: Option<Language>,
    pub text: String,
    /// Each reference scored against, one sentence a line; the first is `summary`.
    pub references: Vec<String>,
    /// Sentences of the first reference (k = ref): `len(summary_sentences)` when present, else
    /// the runs of `.`, `!` and `?` ending at white space or at the end; at least 1.
    pub reference_sentences: usize,
    /// Words of the first reference (words = ref), counted as `word_count` does.
    pub reference_words: usize,
    pub convention: Convention,
    rouge: Rouge,
}

impl Record {
    /// ROUGE of `summary` (one sentence a line) against the record's references: the best per
    /// metric when there are several.
    pub fn score(&self, summary: &str) -> RougeScores {
        RougeScores::best(
            self.references
                .iter()
                .map(|reference| self.rouge.score(summary, reference)),
        )
    }

    /// The splitter the summarisers use for this record: the language's, or the neutral one.
    pub fn splitter(&self) -> SentenceSplitter {
        splitter(self.language)
    }
}

/// The words of `text` for word budgets, in every language: the tokens of the Unicode ROUGE
/// convention (runs of letters and digits, each Han or Kana character one word), close to
/// what `salient::Length::words` counts.
pub fn word_count(text: &str) -> usize {
    Convention::Unicode.rouge().tokenize(text).len()
}

/// A sentence on one line, so that joining sentences with '\n' keeps one sentence a line.
pub fn one_line(sentence: &str) -> String {
    sentence.trim().replace(['\n', '\r'], " ")
}

pub fn read(path: &Path, options: &ReadOptions) -> Result<Vec<Record>, String> {
    let data = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut records = Vec::new();
    for (number, line) in data.lines().enumerate() {
        if options.limit.is_some_and(|limit| records.len() >= limit) {
            break;
        }
        if line.trim().is_empty() {
            continue;
        }
        let at = format!("{}:{}", path.display(), number + 1);
        let value: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{at}: {e}"))?;
        records.push(record(&value, number, options).map_err(|e| format!("{at}: {e}"))?);
    }
    Ok(records)
}

fn record(
    value: &serde_json::Value,
    number: usize,
    options: &ReadOptions,
) -> Result<Record, String> {
    let field = |name: &str| value.get(name).and_then(|v| v.as_str());
    let strings = |name: &str| -> Option<Vec<String>> {
        let items = value.get(name)?.as_array()?;
        Some(
            items
                .iter()
                .filter_map(|item| item.as_str().map(str::to_owned))
                .collect(),
        )
    };
    let id = field("id").map_or_else(|| (number + 1).to_string(), str::to_owned);
    let code = match options.lang.as_deref().or_else(|| field("lang")) {
        Some(code) => code.trim().to_owned(),
        None => return Err(format!("record {id} has no \"lang\"; pass --lang CODE")),
    };
    let language = Language::from_code(&code);
    let text = field("text").ok_or("no \"text\"")?.to_owned();
    let summary = field("summary").ok_or("no \"summary\"")?;
    let summary_sentences = strings("summary_sentences");
    let convention = match options.convention {
        ConventionChoice::Auto => Convention::for_language(&code),
        ConventionChoice::Fixed(convention) => convention,
    };
    let splitter = splitter(language);
    let lines = |text: &str| splitter.sentences(text).collect::<Vec<_>>().join("\n");
    let mut references = vec![match &summary_sentences {
        Some(sentences) => sentences.join("\n"),
        None => lines(summary),
    }];
    if options.references == References::Best {
        // `references[0]` is `summary` in every set that has both; the others are split by
        // our splitter, as `summary` is when it comes without its sentences.
        let others = strings("references").unwrap_or_default();
        references.extend(others.iter().skip(1).map(|r| lines(r)));
    }
    Ok(Record {
        reference_sentences: reference_sentence_count(summary, summary_sentences.as_deref()),
        reference_words: word_count(summary),
        rouge: if options.stemming {
            convention.rouge()
        } else {
            convention.rouge().stemming(false)
        },
        id,
        code,
        language,
        text,
        references,
        convention,
    })
}

fn splitter(language: Option<Language>) -> SentenceSplitter {
    match language {
        Some(language) => SentenceSplitter::new(language),
        None => SentenceSplitter::neutral(),
    }
}

fn reference_sentence_count(summary: &str, sentences: Option<&[String]>) -> usize {
    let count = match sentences {
        Some(sentences) => sentences.len(),
        None => {
            let mut count = 0;
            let mut chars = summary.chars().peekable();
            while let Some(c) = chars.next() {
                if matches!(c, '.' | '!' | '?') {
                    while chars.next_if(|c| matches!(c, '.' | '!' | '?')).is_some() {}
                    if chars.peek().is_none_or(|c| c.is_whitespace()) {
                        count += 1;
                    }
                }
            }
            count
        }
    };
    count.max(1)
}
