//! The `evaluate rouge` command itself (needs the `eval` feature).

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::time::Instant;

use rayon::prelude::*;
use salient::eval::RougeScores;

use super::options::{self, Arg};
use super::records::{self, ReadOptions, Record};
use super::systems::{Budget, LEAD_K, System, SystemOptions};

const USAGE: &str = "usage: evaluate rouge FILE.jsonl [--algorithm NAME] \
[--k N | --match-reference | --budget SPEC] [--output FILE] [--lang CODE] [--neutral] \
[--redundancy W] [--limit N] [--convention NAME] [--no-stemming] [--references first|max]";

struct Options {
    path: PathBuf,
    algorithm: String,
    budget: Budget,
    output: Option<PathBuf>,
    read: ReadOptions,
    systems: SystemOptions,
}

fn parse(args: Vec<OsString>) -> Result<Options, String> {
    let mut parser = lexopt::Parser::from_args(args);
    let mut path = None;
    let mut options = Options {
        path: PathBuf::new(),
        algorithm: "default".into(),
        budget: Budget::ReferenceSentences,
        output: None,
        read: ReadOptions::default(),
        systems: SystemOptions::default(),
    };
    while let Some(arg) = options::next(&mut parser, USAGE)? {
        if options::shared(&arg, &mut parser, &mut options.read, &mut options.systems)? {
            continue;
        }
        let name = match &arg {
            Arg::Value(value) if path.is_none() => {
                path = Some(PathBuf::from(value));
                continue;
            }
            Arg::Short('h') => "help",
            Arg::Long(name) => name.as_str(),
            _ => return Err(arg.unexpected(USAGE)),
        };
        match name {
            "algorithm" => options.algorithm = options::value(&mut parser)?,
            "k" => options.budget = Budget::Sentences(options::parsed(&mut parser, "k")?),
            "match-reference" => options.budget = Budget::ReferenceSentences,
            "budget" => options.budget = Budget::parse(&options::value(&mut parser)?)?,
            "output" => options.output = Some(options::value(&mut parser)?.into()),
            "lang" => options.read.lang = Some(options::value(&mut parser)?),
            "help" => return Err(USAGE.into()),
            _ => return Err(arg.unexpected(USAGE)),
        }
    }
    options.path = path.ok_or_else(|| format!("missing FILE.jsonl\n{USAGE}"))?;
    Ok(options)
}

pub fn run(args: Vec<OsString>) -> Result<(), String> {
    let options = parse(args)?;
    let system = System::new(&options.algorithm, options.systems)?;
    let records = records::read(&options.path, &options.read)?;
    if records.is_empty() {
        return Err(format!("no records in {}", options.path.display()));
    }

    let started = Instant::now();
    let summaries: Vec<Vec<String>> = records
        .par_iter()
        .map(|record| system.summarize(record, options.budget))
        .collect();
    let summarising = started.elapsed();

    let started = Instant::now();
    let scored: Vec<(RougeScores, RougeScores)> = records
        .par_iter()
        .zip(&summaries)
        .map(|(record, summary)| {
            let lead = System::LeadK.summarize(record, options.budget);
            (
                record.score(&summary.join("\n")),
                record.score(&lead.join("\n")),
            )
        })
        .collect();
    let scoring = started.elapsed();

    if let Some(path) = &options.output {
        write_output(path, &records, &summaries, &scored)?;
    }

    let n = records.len();
    println!(
        "{}: {n} documents, {}, ROUGE {}",
        options.path.display(),
        describe_budget(options.budget, &records),
        describe_conventions(&records, options.read.stemming),
    );
    println!(
        "{:<12} {:>7} {:>7} {:>7}   (F1 x 100)",
        "", "R-1", "R-2", "R-Lsum"
    );
    let mut rows = vec![(
        system.name(),
        RougeScores::mean(scored.iter().map(|(s, _)| s)),
    )];
    if system.name() != LEAD_K {
        rows.push((LEAD_K, RougeScores::mean(scored.iter().map(|(_, l)| l))));
    }
    for (name, mean) in rows {
        println!(
            "{name:<12} {:>7.2} {:>7.2} {:>7.2}",
            100.0 * mean.rouge1.f1,
            100.0 * mean.rouge2.f1,
            100.0 * mean.rouge_lsum.f1
        );
    }
    let seconds = summarising.as_secs_f64();
    println!(
        "summarised in {seconds:.2} s: {:.0} documents/s on {} threads; ROUGE (system + lead-k) in {:.2} s",
        n as f64 / seconds.max(1e-9),
        rayon::current_num_threads(),
        scoring.as_secs_f64()
    );
    Ok(())
}

/// One JSON line per record: id, lang, convention, summary (one sentence a line), the
/// references as scored (one sentence a line; `reference` is the first) and our F1s, so
/// `scripts/rouge_agreement.py` can check us document by document with the same tokens.
fn write_output(
    path: &PathBuf,
    records: &[Record],
    summaries: &[Vec<String>],
    scored: &[(RougeScores, RougeScores)],
) -> Result<(), String> {
    let mut out = String::new();
    for ((record, summary), (scores, _)) in records.iter().zip(summaries).zip(scored) {
        let line = serde_json::json!({
            "id": record.id,
            "lang": record.code,
            "convention": record.convention.name(),
            "summary": summary.join("\n"),
            "reference": record.references[0],
            "references": record.references,
            "rouge1": scores.rouge1.f1,
            "rouge2": scores.rouge2.f1,
            "rougeLsum": scores.rouge_lsum.f1,
        });
        let _ = writeln!(out, "{line}");
    }
    std::fs::write(path, out).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn describe_budget(budget: Budget, records: &[Record]) -> String {
    let mean = |f: fn(&Record) -> usize| {
        records.iter().map(f).sum::<usize>() as f64 / records.len().max(1) as f64
    };
    match budget {
        Budget::ReferenceSentences => format!(
            "k = reference sentences (mean {:.2})",
            mean(|r| r.reference_sentences)
        ),
        Budget::ReferenceWords => format!(
            "words = reference words (mean {:.1})",
            mean(|r| r.reference_words)
        ),
        other => other.label(),
    }
}

/// The conventions the records were scored with, and how many records each.
pub fn describe_conventions(records: &[Record], stemming: bool) -> String {
    let mut counts: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for record in records {
        *counts
            .entry((record.convention.name(), record.convention.description()))
            .or_default() += 1;
    }
    let mut parts: Vec<String> = counts
        .iter()
        .map(|((name, description), n)| {
            if counts.len() == 1 {
                format!("{name} ({description})")
            } else {
                format!("{name} ({description}) on {n}")
            }
        })
        .collect();
    if !stemming {
        parts.push("stemming off".into());
    }
    parts.join("; ")
}
