//! `evaluate segmentation FILE.jsonl [--clean] [--failures]`: exact-match accuracy of the
//! sentence splitter against gold splits, per language and overall.
//!
//! Each line of the file is a JSON record with `id`, `lang`, `text` and `sentences`. By default
//! only plain cases are scored (`requires_clean == false` and `doc_type == null`). With
//! `--clean`, only the others are: they expect cleaned text (line breaks of hard-wrapped or
//! PDF text joined, HTML remnants and dot leaders removed), so the text goes through
//! `salient::extract` as `Format::Text` before the splitter. A case passes when the splitter's
//! sentences, each trimmed, equal the gold list exactly.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::PathBuf;

use salient::{Format, SentenceSplitter, extract};
use serde_json::Value;

/// One scored case.
struct Case {
    id: String,
    lang: String,
    text: String,
    expected: Vec<String>,
}

pub fn run(args: Vec<OsString>) -> Result<(), String> {
    let (path, show_failures, clean) = parse_args(args)?;
    let content = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let cases = cases(&content, clean)?;
    if cases.is_empty() {
        let kind = if clean { "cleaning" } else { "plain" };
        return Err(format!("{}: no {kind} cases", path.display()));
    }

    // language → (passed, total)
    let mut tally: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    for case in &cases {
        let splitter =
            SentenceSplitter::for_code(&case.lang).unwrap_or_else(SentenceSplitter::neutral);
        let extracted = clean.then(|| extract(&case.text, Format::Text));
        let text = extracted.as_ref().map_or(case.text.as_str(), |e| e.text());
        let got: Vec<&str> = splitter.sentences(text).map(str::trim).collect();
        let passed = got == case.expected;
        let entry = tally.entry(&case.lang).or_default();
        entry.1 += 1;
        if passed {
            entry.0 += 1;
        } else if show_failures {
            failures.push((case, got.iter().map(|s| s.to_string()).collect::<Vec<_>>()));
        }
    }

    for (case, got) in &failures {
        let got: Vec<&str> = got.iter().map(String::as_str).collect();
        print_failure(case, &got);
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

fn parse_args(args: Vec<OsString>) -> Result<(PathBuf, bool, bool), String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_args(args);
    let mut path = None;
    let mut show_failures = false;
    let mut clean = false;
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("failures") => show_failures = true,
            Long("clean") => clean = true,
            Value(value) if path.is_none() => path = Some(PathBuf::from(value)),
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    let path = path.ok_or("missing FILE.jsonl")?;
    Ok((path, show_failures, clean))
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
fn print_failure(case: &Case, got: &[&str]) {
    const WIDTH: usize = 60;
    println!("--- {} ({})", case.id, case.lang);
    let rows = case.expected.len().max(got.len());
    for row in 0..rows {
        let expected = case.expected.get(row).map_or("", String::as_str);
        let produced = got.get(row).copied().unwrap_or("");
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
