//! `evaluate extract FILE.jsonl [--extractor ours|rs-trafilatura] [--failures N]`: article-body
//! extraction scored with the article-extraction benchmark's metric.
//!
//! Each line of the file is a JSON record with `id`, `html` and the gold `text`. Tokens are
//! runs of word characters (`\w+`: Unicode letters, digits, marks and `_`, case kept); each text
//! becomes a multiset of 4-token shingles (one shorter shingle when it has fewer than 4 tokens).
//! Per page, shingles shared with the gold are true positives; precision is averaged over pages
//! with a prediction, recall over pages with a gold body, and F1 is the harmonic mean of the two
//! means. Accuracy is the share of pages whose token list equals the gold's. Time is extraction
//! only, one page after another on one thread.

use std::collections::HashMap;
use std::ffi::OsString;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use salient::{Format, extract};
use serde_json::Value;

/// The extractors that can be measured.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Extractor {
    Ours,
    RsTrafilatura,
}

struct Page {
    id: String,
    html: String,
    gold: String,
}

/// The scores of one page.
struct Score {
    precision: Option<f64>,
    recall: Option<f64>,
    exact: bool,
}

pub fn run(args: Vec<OsString>) -> Result<(), String> {
    let (path, extractor, failures) = parse_args(args)?;
    let content = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let pages = pages(&content)?;
    let mut elapsed = Duration::ZERO;
    let mut scores = Vec::with_capacity(pages.len());
    for page in &pages {
        let start = Instant::now();
        let text = match extractor {
            Extractor::Ours => extract(&page.html, Format::Html).text().to_owned(),
            Extractor::RsTrafilatura => rs_trafilatura::extract(&page.html)
                .map(|result| result.content_text)
                .unwrap_or_default(),
        };
        elapsed += start.elapsed();
        let score = score(&text, &page.gold);
        scores.push((page, score, text));
    }
    if failures > 0 {
        let mut worst: Vec<_> = scores.iter().collect();
        worst.sort_by(|a, b| f1_of(&a.1).total_cmp(&f1_of(&b.1)));
        for (page, score, _) in worst.iter().take(failures) {
            println!(
                "{:<40} P {:.3} R {:.3}",
                page.id,
                score.precision.unwrap_or(0.0),
                score.recall.unwrap_or(0.0)
            );
        }
    }
    let mean = |values: Vec<f64>| values.iter().sum::<f64>() / values.len().max(1) as f64;
    let precision = mean(scores.iter().filter_map(|s| s.1.precision).collect());
    let recall = mean(scores.iter().filter_map(|s| s.1.recall).collect());
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    let exact = scores.iter().filter(|s| s.1.exact).count() as f64 / scores.len().max(1) as f64;
    println!("extractor  pages     F1  precision  recall  accuracy  seconds");
    println!(
        "{:<10} {:>5}  {f1:.3}      {precision:.3}   {recall:.3}     {exact:.3}  {:>7.2}",
        match extractor {
            Extractor::Ours => "ours",
            Extractor::RsTrafilatura => "rs-trafilatura",
        },
        pages.len(),
        elapsed.as_secs_f64()
    );
    Ok(())
}

fn f1_of(score: &Score) -> f64 {
    let (p, r) = (score.precision.unwrap_or(0.0), score.recall.unwrap_or(0.0));
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

fn parse_args(args: Vec<OsString>) -> Result<(PathBuf, Extractor, usize), String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_args(args);
    let mut path = None;
    let mut extractor = Extractor::Ours;
    let mut failures = 0;
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("extractor") => {
                let value = parser.value().map_err(|e| e.to_string())?;
                extractor = match value.to_str() {
                    Some("ours") => Extractor::Ours,
                    Some("rs-trafilatura") => Extractor::RsTrafilatura,
                    _ => {
                        return Err(format!(
                            "unknown extractor {value:?}: expected ours or rs-trafilatura"
                        ));
                    }
                };
            }
            Long("failures") => {
                let value = parser.value().map_err(|e| e.to_string())?;
                failures = value
                    .to_str()
                    .and_then(|v| v.parse().ok())
                    .ok_or_else(|| format!("invalid --failures {value:?}: expected a count"))?;
            }
            Value(value) if path.is_none() => path = Some(PathBuf::from(value)),
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    let path = path.ok_or("missing FILE.jsonl")?;
    Ok((path, extractor, failures))
}

fn pages(content: &str) -> Result<Vec<Page>, String> {
    let mut pages = Vec::new();
    for (number, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let record: Value =
            serde_json::from_str(line).map_err(|e| format!("line {}: {e}", number + 1))?;
        let string = |name: &str| -> Result<String, String> {
            record
                .get(name)
                .and_then(Value::as_str)
                .map(str::to_owned)
                .ok_or_else(|| format!("line {}: `{name}` is missing or not a string", number + 1))
        };
        pages.push(Page {
            id: string("id")?,
            html: string("html")?,
            gold: string("text")?,
        });
    }
    Ok(pages)
}

/// Runs of word characters, as Python's `\w+` finds them.
fn tokens(text: &str) -> Vec<&str> {
    let is_word = |c: char| c.is_alphanumeric() || c == '_' || is_mark(c);
    text.split(|c: char| !is_word(c))
        .filter(|t| !t.is_empty())
        .collect()
}

/// Combining marks, which `\w` also matches (Devanagari vowel signs, Arabic harakat).
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05C7 | 0x0610..=0x061A
        | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x0900..=0x0903 | 0x093A..=0x094F
        | 0x0951..=0x0957 | 0x0962..=0x0963 | 0x0981..=0x0983 | 0x09BC..=0x09D7 | 0x0E31
        | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E | 0x3099..=0x309A)
}

/// 4-token shingles as a multiset; fewer than 4 tokens give one shorter shingle.
fn shingles<'t>(tokens: &[&'t str]) -> HashMap<Vec<&'t str>, usize> {
    const N: usize = 4;
    let mut counts = HashMap::new();
    let windows = tokens.len().saturating_sub(N - 1).max(1);
    for i in 0..windows {
        let end = (i + N).min(tokens.len());
        *counts.entry(tokens[i..end].to_vec()).or_insert(0) += 1;
    }
    counts
}

fn score(predicted: &str, gold: &str) -> Score {
    let (predicted_tokens, gold_tokens) = (tokens(predicted), tokens(gold));
    let (p, g) = (shingles(&predicted_tokens), shingles(&gold_tokens));
    let tp: usize = p
        .iter()
        .map(|(s, &n)| n.min(g.get(s).copied().unwrap_or(0)))
        .sum();
    let fp = p.values().sum::<usize>() - tp;
    let fn_ = g.values().sum::<usize>() - tp;
    let ratio =
        |part: usize, other: usize| (part + other > 0).then(|| part as f64 / (part + other) as f64);
    Score {
        precision: ratio(tp, fp),
        recall: ratio(tp, fn_),
        exact: predicted_tokens == gold_tokens,
    }
}
