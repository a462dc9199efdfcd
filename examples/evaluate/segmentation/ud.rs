//! Sentence F1 on documents with gold sentences (`ud-sentences`): the CoNLL 2018 shared task's
//! "Sentences" score, micro-averaged per treebank and over all.
//!
//! A predicted sentence is correct when its span over the document's non-white-space
//! characters equals a gold sentence's: white space around or inside a boundary does not
//! matter, the characters each side of it do.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Write;

use salient::SentenceSplitter;
use serde_json::Value;
use unicode_segmentation::UnicodeSegmentation;

/// One document with its gold sentences.
pub struct Document {
    id: String,
    lang: String,
    /// The treebank (or any group name) whose figures the document counts towards.
    group: String,
    text: String,
    gold: Vec<String>,
}

/// Correct, predicted and gold sentence counts.
#[derive(Clone, Copy, Debug, Default)]
struct Counts {
    correct: usize,
    predicted: usize,
    gold: usize,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.correct += other.correct;
        self.predicted += other.predicted;
        self.gold += other.gold;
    }

    fn precision(self) -> f64 {
        ratio(self.correct, self.predicted)
    }

    fn recall(self) -> f64 {
        ratio(self.correct, self.gold)
    }

    fn f1(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Whether the records of `content` carry gold sentences per document (a `treebank` field).
pub fn is_ud(content: &str) -> bool {
    let first = content.lines().find(|line| !line.trim().is_empty());
    first
        .and_then(|line| serde_json::from_str::<Value>(line).ok())
        .is_some_and(|record| record.get("treebank").is_some())
}

/// Reads the documents of `content`, one JSON record a line.
pub fn documents(content: &str) -> Result<Vec<Document>, String> {
    let mut documents = Vec::new();
    for (number, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = |message: String| format!("line {}: {message}", number + 1);
        let record: Value = serde_json::from_str(line).map_err(|e| at(e.to_string()))?;
        let string = |name: &str| -> Result<String, String> {
            record
                .get(name)
                .and_then(Value::as_str)
                .map(str::to_owned)
                .ok_or_else(|| at(format!("`{name}` is missing or not a string")))
        };
        let gold = record
            .get("sentences")
            .and_then(Value::as_array)
            .ok_or_else(|| at("`sentences` is missing or not a list".into()))?
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect();
        let lang = string("lang")?;
        let group = string("treebank").unwrap_or_else(|_| lang.clone());
        documents.push(Document {
            id: string("id")?,
            lang,
            group,
            text: string("text")?,
            gold,
        });
    }
    Ok(documents)
}

/// The splitter the evaluation uses for `lang`: its own rules, or the neutral splitter for a
/// code the splitter does not know (what the summariser picks when detection finds no
/// language it has).
pub fn splitter_for(lang: &str) -> SentenceSplitter {
    SentenceSplitter::for_code(lang).unwrap_or_else(SentenceSplitter::neutral)
}

/// Where the sentences come from.
pub enum Source {
    /// This crate's splitter for each document's language ([`splitter_for`]).
    Salient,
    /// Unicode's default sentence boundaries (UAX #29, unicode-segmentation), as ICU's root
    /// locale splits.
    Uax29,
    /// Sentences read from a JSON Lines file of `{"id", "sentences"}` records (the output of
    /// another splitter), located in each document by forward search.
    File(HashMap<String, Vec<String>>),
}

impl Source {
    /// Reads predictions from `content`, one `{"id", "sentences"}` record a line.
    pub fn from_predictions(content: &str) -> Result<Source, String> {
        let mut predictions = HashMap::new();
        for (number, line) in content.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let record: Value = serde_json::from_str(line)
                .map_err(|e| format!("predictions line {}: {e}", number + 1))?;
            let id = record.get("id").and_then(Value::as_str);
            let sentences = record.get("sentences").and_then(Value::as_array);
            let (Some(id), Some(sentences)) = (id, sentences) else {
                return Err(format!(
                    "predictions line {}: needs `id` and `sentences`",
                    number + 1
                ));
            };
            let sentences = sentences
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned);
            predictions.insert(id.to_owned(), sentences.collect());
        }
        Ok(Source::File(predictions))
    }

    /// The label of the rules used for `lang`, for the table.
    fn label(&self, lang: &str) -> &'static str {
        match self {
            Source::Salient => splitter_for(lang).code(),
            Source::Uax29 => "uax29",
            Source::File(_) => "file",
        }
    }

    /// The byte spans of the predicted sentences of `document` (`None` for one not found in the
    /// text).
    fn spans(&self, document: &Document) -> Vec<Option<(usize, usize)>> {
        let text = document.text.as_str();
        match self {
            Source::Salient => splitter_for(&document.lang)
                .split(text)
                .map(|span| Some((span.start, span.end)))
                .collect(),
            Source::Uax29 => text
                .split_sentence_bound_indices()
                .filter_map(|(start, sentence)| {
                    let trimmed = sentence.trim_start();
                    let start = start + sentence.len() - trimmed.len();
                    let trimmed = trimmed.trim_end();
                    (!trimmed.is_empty()).then_some(Some((start, start + trimmed.len())))
                })
                .collect(),
            Source::File(predictions) => {
                let sentences = predictions.get(&document.id).map_or(&[][..], Vec::as_slice);
                locate(text, sentences.iter().map(String::as_str))
            }
        }
    }
}

/// Scores every document with sentences from `source` and prints the table; with
/// `show_failures`, the sentences each document got wrong. With `output`, writes the predicted
/// sentences there as `{"id", "sentences"}` records.
pub fn run(
    documents: &[Document],
    source: &Source,
    show_failures: bool,
    mut output: Option<&mut dyn Write>,
) -> Result<(), String> {
    let mut tally: BTreeMap<&str, (Counts, &'static str)> = BTreeMap::new();
    for document in documents {
        let predicted = source.spans(document);
        if let Some(out) = output.as_mut() {
            let sentences: Vec<&str> = predicted
                .iter()
                .flatten()
                .map(|&(start, end)| &document.text[start..end])
                .collect();
            let record = serde_json::json!({ "id": document.id, "sentences": sentences });
            writeln!(out, "{record}").map_err(|e| e.to_string())?;
        }
        let (counts, failures) = score(document, &predicted);
        let entry = tally.entry(&document.group).or_default();
        entry.0.add(counts);
        entry.1 = source.label(&document.lang);
        if show_failures && !failures.is_empty() {
            println!("--- {} ({})", document.id, document.lang);
            for line in failures {
                println!("{line}");
            }
        }
    }
    println!(
        "{:<20} {:>5} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}",
        "treebank", "rules", "gold", "pred", "right", "P", "R", "F1"
    );
    let mut all = Counts::default();
    for (group, (counts, code)) in &tally {
        print_row(group, code, *counts);
        all.add(*counts);
    }
    print_row("all (micro)", "", all);
    Ok(())
}

/// The byte spans of `sentences` in `text`, each found (trimmed) by forward search from the
/// end of the one before; `None` for one not found.
fn locate<'a>(text: &str, sentences: impl Iterator<Item = &'a str>) -> Vec<Option<(usize, usize)>> {
    let mut cursor = 0;
    sentences
        .map(|sentence| {
            let sentence = sentence.trim();
            let start = cursor + text[cursor..].find(sentence)?;
            cursor = start + sentence.len();
            Some((start, cursor))
        })
        .collect()
}

fn print_row(name: &str, code: &str, c: Counts) {
    println!(
        "{name:<20} {code:>5} {:>6} {:>6} {:>6} {:>7.2} {:>7.2} {:>7.2}",
        c.gold,
        c.predicted,
        c.correct,
        100.0 * c.precision(),
        100.0 * c.recall(),
        100.0 * c.f1()
    );
}

/// The counts of one document, and a line per wrong sentence (`-` gold missed, `+` predicted
/// wrongly).
fn score(document: &Document, predicted: &[Option<(usize, usize)>]) -> (Counts, Vec<String>) {
    let text = &document.text;
    let offsets = NonSpaceOffsets::new(text);
    let in_characters = |spans: Vec<Option<(usize, usize)>>| -> Vec<(usize, usize)> {
        spans
            .into_iter()
            .flatten()
            .map(|(start, end)| (offsets.at(start), offsets.at(end)))
            .collect()
    };
    let gold = in_characters(locate(text, document.gold.iter().map(String::as_str)));
    let found = in_characters(predicted.to_vec());
    let gold_set: HashSet<_> = gold.iter().copied().collect();
    let found_set: HashSet<_> = found.iter().copied().collect();
    let correct = found.iter().filter(|s| gold_set.contains(s)).count();
    let mut failures = Vec::new();
    for (sentences, set, mark) in [(&gold, &found_set, '-'), (&found, &gold_set, '+')] {
        for &(start, end) in sentences {
            if !set.contains(&(start, end)) {
                let slice = &text[offsets.byte(start)..offsets.byte(end)];
                failures.push(format!("{mark} {}", slice.trim().replace('\n', "⏎")));
            }
        }
    }
    let counts = Counts {
        correct,
        predicted: predicted.len(),
        gold: document.gold.len(),
    };
    (counts, failures)
}

/// Maps byte offsets of a text to counts of the non-white-space characters before them, and
/// back.
struct NonSpaceOffsets {
    /// For each byte offset (and the end), the non-white-space characters before it.
    before: Vec<usize>,
    /// For each count, the byte offset of that non-white-space character (and the end).
    bytes: Vec<usize>,
}

impl NonSpaceOffsets {
    fn new(text: &str) -> NonSpaceOffsets {
        let mut before = Vec::with_capacity(text.len() + 1);
        let mut bytes = Vec::new();
        let mut count = 0;
        for (offset, c) in text.char_indices() {
            for _ in 0..c.len_utf8() {
                before.push(count);
            }
            if !c.is_whitespace() {
                bytes.push(offset);
                count += 1;
            }
        }
        before.push(count);
        bytes.push(text.len());
        NonSpaceOffsets { before, bytes }
    }

    fn at(&self, byte: usize) -> usize {
        self.before[byte]
    }

    fn byte(&self, count: usize) -> usize {
        self.bytes[count.min(self.bytes.len() - 1)]
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}
