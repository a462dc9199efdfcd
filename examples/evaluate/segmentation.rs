//! `evaluate segmentation FILE.jsonl [--failures]`: the sentence splitter against gold splits,
//! in one of two formats, told apart by the first record.
//!
//! - Documents with a `treebank` field (`ud-sentences`): sentence F1 per treebank and micro
//!   over all ([`ud`]). `--uax29` scores Unicode's default boundaries instead, `--predictions
//!   FILE` another splitter's output (`{"id", "sentences"}` records), and `--output FILE`
//!   writes the sentences scored.
//! - Golden rules (`pysbd-golden-rules`): exact-match pass rate per language and overall.
//!
//! Each line of the file is a JSON record with `id`, `lang`, `text` and `sentences`. Of the
//! golden rules, by default only plain cases are scored (`requires_clean == false` and
//! `doc_type == null`). With `--clean`, only the others are: they expect cleaned text (line
//! breaks of hard-wrapped or PDF text joined, HTML remnants and dot leaders removed), so the
//! text goes through `salient::extract` as `Format::Text` before the splitter. A case passes
//! when the splitter's sentences, each trimmed, equal the gold list exactly.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::PathBuf;

use salient::{Format, extract};
use serde_json::Value;

mod ud;

/// One scored case.
struct Case {
    id: String,
    lang: String,
    text: String,
    expected: Vec<String>,
}

pub fn run(args: Vec<OsString>) -> Result<(), String> {
    let options = parse_args(args)?;
    let Options {
        path,
        show_failures,
        ..
    } = &options;
    let read = |path: &PathBuf| {
        std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let content = read(path)?;
    if ud::is_ud(&content) {
        return run_ud(&options, &content);
    }
    if options.uax29 || options.predictions.is_some() || options.output.is_some() {
        return Err("--uax29, --predictions and --output need documents (ud-sentences)".into());
    }
    let clean = options.clean;
    let cases = cases(&content, clean)?;
    if cases.is_empty() {
        let kind = if clean { "cleaning" } else { "plain" };
        return Err(format!("{}: no {kind} cases", path.display()));
    }

    // language → (passed, total)
    let mut tally: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    for case in &cases {
        let splitter = ud::splitter_for(&case.lang);
        let extracted = clean.then(|| extract(&case.text, Format::Text));
        let text = extracted.as_ref().map_or(case.text.as_str(), |e| e.text());
        let got: Vec<String> = splitter
            .sentences(text)
            .map(|s| s.trim().to_owned())
            .collect();
        let passed = got == case.expected;
        let entry = tally.entry(&case.lang).or_default();
        entry.1 += 1;
        if passed {
            entry.0 += 1;
        } else if *show_failures {
            failures.push((case, got));
        }
    }

    for (case, got) in &failures {
        print_failure(case, got);
    }
    println!("{:<8} {:>6} {:>6} {:>8}", "lang", "pass", "cases", "rate");
    let (mut passed, mut total) = (0, 0);
    for (lang, (p, t)) in &tally {
        println!("{lang:<8} {p:>6} {t:>6} {:>7.1}%", percent(*p, *t));
        passed += p;
        total += t;
    }
    println!(
        "{:<8} {passed:>6} {total:>6} {:>7.1}%",
        "overall",
        percent(passed, total)
    );
    Ok(())
}

/// Sentence F1 on documents (`ud-sentences`), of this crate's splitter or a peer's.
fn run_ud(options: &Options, content: &str) -> Result<(), String> {
    let path = &options.path;
    let documents = ud::documents(content).map_err(|e| format!("{}: {e}", path.display()))?;
    if documents.is_empty() {
        return Err(format!("{}: no documents", path.display()));
    }
    let source = match (&options.predictions, options.uax29) {
        (Some(_), true) => return Err("--uax29 and --predictions exclude each other".into()),
        (Some(file), false) => {
            let predictions =
                std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
            ud::Source::from_predictions(&predictions)?
        }
        (None, true) => ud::Source::Uax29,
        (None, false) => ud::Source::Salient,
    };
    let mut output = match &options.output {
        Some(file) => Some(std::io::BufWriter::new(
            std::fs::File::create(file).map_err(|e| format!("{}: {e}", file.display()))?,
        )),
        None => None,
    };
    let writer = output.as_mut().map(|w| w as &mut dyn std::io::Write);
    ud::run(&documents, &source, options.show_failures, writer)
}

/// The command line.
struct Options {
    path: PathBuf,
    show_failures: bool,
    /// Score Unicode's default sentence boundaries instead of this crate's splitter.
    uax29: bool,
    /// Score the sentences of this file (`{"id", "sentences"}` records) instead.
    predictions: Option<PathBuf>,
    /// Write the predicted sentences to this file.
    output: Option<PathBuf>,
    /// Score the golden rules that need text cleaning, after `extract`'s cleaning.
    clean: bool,
}

fn parse_args(args: Vec<OsString>) -> Result<Options, String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_args(args);
    let mut path = None;
    let mut options = Options {
        path: PathBuf::new(),
        show_failures: false,
        uax29: false,
        predictions: None,
        output: None,
        clean: false,
    };
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("failures") => options.show_failures = true,
            Long("uax29") => options.uax29 = true,
            Long("clean") => options.clean = true,
            Long("predictions") => {
                options.predictions = Some(parser.value().map_err(|e| e.to_string())?.into());
            }
            Long("output") => {
                options.output = Some(parser.value().map_err(|e| e.to_string())?.into());
            }
            Value(value) if path.is_none() => path = Some(PathBuf::from(value)),
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    options.path = path.ok_or("missing FILE.jsonl")?;
    Ok(options)
}

/// The plain records, or with `clean` the records that need text cleaning first.
fn cases(content: &str, clean: bool) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    for (number, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let record: Value =
            serde_json::from_str(line).map_err(|e| format!("line {}: {e}", number + 1))?;
        let field = |name: &str| {
            record
                .get(name)
                .ok_or_else(|| format!("line {}: missing `{name}`", number + 1))
        };
        let requires_clean = field("requires_clean")?.as_bool().unwrap_or(false);
        let doc_type = record.get("doc_type").unwrap_or(&Value::Null);
        if (requires_clean || !doc_type.is_null()) != clean {
            continue;
        }
        let string = |name: &str| -> Result<String, String> {
            field(name)?
                .as_str()
                .map(str::to_owned)
                .ok_or_else(|| format!("line {}: `{name}` is not a string", number + 1))
        };
        let expected = field("sentences")?
            .as_array()
            .ok_or_else(|| format!("line {}: `sentences` is not a list", number + 1))?
            .iter()
            .filter_map(|s| s.as_str())
            .map(|s| s.trim().to_owned())
            .collect();
        cases.push(Case {
            id: string("id")?,
            lang: string("lang")?,
            text: string("text")?,
            expected,
        });
    }
    Ok(cases)
}

/// Prints expected and produced sentences in two columns, marking the rows that differ.
fn print_failure(case: &Case, got: &[String]) {
    const WIDTH: usize = 60;
    println!("--- {} ({})", case.id, case.lang);
    let rows = case.expected.len().max(got.len());
    for row in 0..rows {
        let expected = case.expected.get(row).map_or("", String::as_str);
        let produced = got.get(row).map_or("", String::as_str);
        let marker = if expected == produced { ' ' } else { '≠' };
        let left = flatten(expected);
        let right = flatten(produced);
        println!("{marker} {left:<WIDTH$} | {right}");
    }
}

/// `text` on one line, line feeds shown as `⏎`.
fn flatten(text: &str) -> String {
    text.replace('\n', "⏎")
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}
