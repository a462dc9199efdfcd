//! `evaluate detect`: how often `Language::detect` names each record's language.
//!
//! ```text
//! cargo run --release --example evaluate -- detect FILE.jsonl [--min-chars N]
//! ```
//!
//! Records are `{"lang", "text"}`; only texts longer than `--min-chars` characters (default 100)
//! count. A record is right when detection returns its language, or `None` when its language is
//! not a `salient::Language` (the summariser then falls back to the neutral mode, which is the
//! right outcome). Prints one line per language of the data: records, right, undetected (`None`
//! for a supported language), wrong (another language, with the most frequent wrong answers).

use std::collections::BTreeMap;
use std::ffi::OsString;

use salient::Language;
use serde_json::Value;

/// Counts for one language of the data.
#[derive(Default)]
struct Tally {
    records: usize,
    right: usize,
    undetected: usize,
    wrong: BTreeMap<String, usize>,
}

pub fn run(args: Vec<OsString>) -> Result<(), String> {
    let mut path = None;
    let mut min_chars = 100;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--min-chars") => {
                min_chars = args
                    .next()
                    .and_then(|v| v.to_str()?.parse().ok())
                    .ok_or("--min-chars needs a whole number")?;
            }
            _ if path.is_none() => path = Some(arg),
            _ => return Err(format!("unexpected argument {arg:?}")),
        }
    }
    let path = path.ok_or("usage: evaluate detect FILE.jsonl [--min-chars N]")?;
    let data = std::fs::read_to_string(&path).map_err(|e| format!("{path:?}: {e}"))?;
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    for (number, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let record: Value =
            serde_json::from_str(line).map_err(|e| format!("line {}: {e}", number + 1))?;
        let (Some(lang), Some(text)) = (record["lang"].as_str(), record["text"].as_str()) else {
            return Err(format!(
                "line {}: expected \"lang\" and \"text\"",
                number + 1
            ));
        };
        if text.chars().count() <= min_chars {
            continue;
        }
        let expected = Language::from_code(lang);
        let detected = Language::detect(text);
        let tally = tallies.entry(lang.to_owned()).or_default();
        tally.records += 1;
        if detected == expected {
            tally.right += 1;
        } else if detected.is_none() {
            tally.undetected += 1;
        } else {
            let name = detected.map_or("none", Language::code).to_owned();
            *tally.wrong.entry(name).or_default() += 1;
        }
    }
    let mut total = Tally::default();
    println!("lang  supported  records  right  undetected  wrong");
    for (lang, tally) in &tallies {
        let supported = if Language::from_code(lang).is_some() {
            "yes"
        } else {
            "no"
        };
        let wrong: usize = tally.wrong.values().sum();
        let answers: Vec<String> = tally
            .wrong
            .iter()
            .map(|(l, n)| format!("{l}×{n}"))
            .collect();
        println!(
            "{lang:<5} {supported:<10} {:>7}  {:>5}  {:>10}  {wrong:>5} {}",
            tally.records,
            tally.right,
            tally.undetected,
            answers.join(" ")
        );
        total.records += tally.records;
        total.right += tally.right;
        total.undetected += tally.undetected;
        total.wrong.insert(lang.clone(), wrong);
    }
    let wrong: usize = total.wrong.values().sum();
    println!(
        "all   {:<10} {:>7}  {:>5}  {:>10}  {wrong:>5}  accuracy {:.1}%",
        "",
        total.records,
        total.right,
        total.undetected,
        100.0 * total.right as f64 / total.records.max(1) as f64
    );
    Ok(())
}
