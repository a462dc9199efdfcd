//! The `evaluate rouge` command itself (needs the `eval` feature).

use std::ffi::OsString;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::time::Instant;

use rayon::prelude::*;
use salient::eval::{Convention, Rouge, RougeScores};
use salient::{Language, Length, SentenceSplitter, Summarizer};

const USAGE: &str = "usage: evaluate rouge FILE.jsonl [--algorithm NAME] [--k N | --match-reference] \
[--output FILE] [--lang CODE] [--neutral] [--redundancy W] [--limit N] [--no-stemming] [--unicode]";

/// The names `--algorithm` accepts: the library's catalogue (`lead` is its Lead, which skips
/// headings; the `lead-k` line of the report is this example's own first-k baseline).
const ALGORITHMS: &[&str] = salient::Algorithm::NAMES;

/// A summariser under evaluation: text, language and budget in, sentences out.
type Algorithm = Box<dyn Fn(&str, Language, usize) -> Vec<String> + Sync>;

/// The summariser called `name`: one of the library's [`salient::Algorithm`]s.
fn algorithm(name: &str, neutral: bool, redundancy: f32) -> Result<Algorithm, String> {
    let chosen = salient::Algorithm::from_name(name).ok_or_else(|| {
        format!(
            "unknown algorithm {name:?}; known: {}",
            ALGORITHMS.join(", ")
        )
    })?;
    // One summariser per language, built once: they are Sync and reusable.
    let summarizers = Language::ALL
        .iter()
        .map(|&l| {
            let builder = Summarizer::builder()
                .language(l)
                .algorithm(chosen.clone())
                .redundancy(redundancy);
            if neutral { builder.neutral() } else { builder }.build()
        })
        .collect::<Result<Vec<Summarizer>, _>>()
        .map_err(|e| e.to_string())?;
    Ok(Box::new(move |text, language, k| {
        let index = Language::ALL.iter().position(|&l| l == language);
        let summarizer = &summarizers[index.unwrap_or(0)];
        summarizer
            .summarize_with(text, Length::sentences(k))
            .iter()
            .map(|sentence| one_line(&sentence.text))
            .collect()
    }))
}

/// Lead-k: the first `k` sentences of our own splitter.
fn lead(text: &str, language: Language, k: usize) -> Vec<String> {
    SentenceSplitter::new(language)
        .sentences(text)
        .take(k)
        .map(one_line)
        .collect()
}

/// A sentence on one line, so that joining sentences with '\n' keeps one sentence a line.
fn one_line(sentence: &str) -> String {
    sentence.trim().replace(['\n', '\r'], " ")
}

#[derive(Clone, Copy, Debug)]
enum Budget {
    Fixed(usize),
    MatchReference,
}

struct Options {
    path: PathBuf,
    algorithm: String,
    budget: Budget,
    output: Option<PathBuf>,
    language: Option<Language>,
    limit: Option<usize>,
    stemming: bool,
    unicode: bool,
    neutral: bool,
    redundancy: f32,
}

fn parse(args: Vec<OsString>) -> Result<Options, String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_args(args);
    let mut path = None;
    let mut options = Options {
        path: PathBuf::new(),
        algorithm: "default".into(),
        budget: Budget::MatchReference,
        output: None,
        language: None,
        limit: None,
        stemming: true,
        unicode: false,
        neutral: false,
        redundancy: 0.0,
    };
    let error = |e: lexopt::Error| format!("{e}\n{USAGE}");
    while let Some(arg) = parser.next().map_err(error)? {
        match arg {
            Long("algorithm") => {
                options.algorithm = parser.value().map_err(error)?.string().map_err(error)?
            }
            Long("k") => {
                let k: usize = parser.value().map_err(error)?.parse().map_err(error)?;
                options.budget = Budget::Fixed(k);
            }
            Long("match-reference") => options.budget = Budget::MatchReference,
            Long("output") => options.output = Some(parser.value().map_err(error)?.into()),
            Long("lang") => {
                let code = parser.value().map_err(error)?.string().map_err(error)?;
                let language = Language::from_code(&code)
                    .ok_or_else(|| format!("unknown language {code:?}"))?;
                options.language = Some(language);
            }
            Long("limit") => {
                options.limit = Some(parser.value().map_err(error)?.parse().map_err(error)?)
            }
            Long("no-stemming") => options.stemming = false,
            Long("unicode") => options.unicode = true,
            Long("neutral") => options.neutral = true,
            Long("redundancy") => {
                options.redundancy = parser.value().map_err(error)?.parse().map_err(error)?
            }
            Short('h') | Long("help") => return Err(USAGE.into()),
            Value(value) if path.is_none() => path = Some(PathBuf::from(value)),
            _ => return Err(error(arg.unexpected())),
        }
    }
    options.path = path.ok_or_else(|| format!("missing FILE.jsonl\n{USAGE}"))?;
    Ok(options)
}

struct Record {
    id: String,
    language: Language,
    text: String,
    summary: String,
    summary_sentences: Option<Vec<String>>,
}

fn read_records(options: &Options) -> Result<Vec<Record>, String> {
    let path = &options.path;
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
        let at = || format!("{}:{}", path.display(), number + 1);
        let value: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{}: {e}", at()))?;
        let field = |name: &str| value.get(name).and_then(|v| v.as_str());
        let id = field("id").map_or_else(|| (number + 1).to_string(), str::to_owned);
        let language = match options.language {
            Some(language) => language,
            None => {
                let code = field("lang").ok_or_else(|| {
                    format!("{}: record {id} has no \"lang\"; pass --lang CODE", at())
                })?;
                Language::from_code(code)
                    .ok_or_else(|| format!("{}: unknown language {code:?}", at()))?
            }
        };
        let text = field("text").ok_or_else(|| format!("{}: no \"text\"", at()))?;
        let summary = field("summary").ok_or_else(|| format!("{}: no \"summary\"", at()))?;
        let summary_sentences = value
            .get("summary_sentences")
            .and_then(|v| v.as_array())
            .map(|items| {
                items
                    .iter()
                    .filter_map(|item| item.as_str().map(str::to_owned))
                    .collect()
            });
        records.push(Record {
            id,
            language,
            text: text.to_owned(),
            summary: summary.to_owned(),
            summary_sentences,
        });
    }
    Ok(records)
}

/// The number of sentences in the reference: its listed sentences, or else the runs of `.`,
/// `!` and `?` that end at white space or at the end; at least 1.
fn reference_sentence_count(record: &Record) -> usize {
    let count = match &record.summary_sentences {
        Some(sentences) => sentences.len(),
        None => {
            let mut count = 0;
            let mut chars = record.summary.chars().peekable();
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

/// The reference, one sentence a line.
fn reference_lines(record: &Record) -> String {
    match &record.summary_sentences {
        Some(sentences) => sentences.join("\n"),
        None => SentenceSplitter::new(record.language)
            .sentences(&record.summary)
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

pub fn run(args: Vec<OsString>) -> Result<(), String> {
    let options = parse(args)?;
    let system = algorithm(&options.algorithm, options.neutral, options.redundancy)?;
    let records = read_records(&options)?;
    if records.is_empty() {
        return Err(format!("no records in {}", options.path.display()));
    }
    let budgets: Vec<usize> = records
        .iter()
        .map(|record| match options.budget {
            Budget::Fixed(k) => k,
            Budget::MatchReference => reference_sentence_count(record),
        })
        .collect();

    let started = Instant::now();
    let summaries: Vec<Vec<String>> = records
        .par_iter()
        .zip(&budgets)
        .map(|(record, &k)| system(&record.text, record.language, k))
        .collect();
    let summarising = started.elapsed();

    let started = Instant::now();
    let scored: Vec<(String, RougeScores, RougeScores)> = records
        .par_iter()
        .zip(&budgets)
        .zip(&summaries)
        .map(|((record, &k), summary)| {
            let reference = reference_lines(record);
            let lead = lead(&record.text, record.language, k).join("\n");
            let rouge = if options.unicode {
                Convention::Unicode.rouge()
            } else {
                Rouge::new().stemming(options.stemming)
            };
            let system = rouge.score(&summary.join("\n"), &reference);
            let lead = rouge.score(&lead, &reference);
            (reference, system, lead)
        })
        .collect();
    let scoring = started.elapsed();

    if let Some(path) = &options.output {
        let mut out = String::new();
        for ((record, summary), (reference, scores, _)) in
            records.iter().zip(&summaries).zip(&scored)
        {
            // Beside the summary, the reference as scored (one sentence a line) and our F1s, so
            // scripts/rouge_agreement.py can check us document by document.
            let line = serde_json::json!({
                "id": record.id,
                "summary": summary.join("\n"),
                "reference": reference,
                "rouge1": scores.rouge1.f1,
                "rouge2": scores.rouge2.f1,
                "rougeLsum": scores.rouge_lsum.f1,
            });
            let _ = writeln!(out, "{line}");
        }
        std::fs::write(path, out).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }

    let system_mean = RougeScores::mean(scored.iter().map(|(_, s, _)| s));
    let lead_mean = RougeScores::mean(scored.iter().map(|(_, _, l)| l));
    let n = records.len();
    let mean_k = budgets.iter().sum::<usize>() as f64 / n as f64;
    let budget = match options.budget {
        Budget::Fixed(k) => format!("k = {k}"),
        Budget::MatchReference => format!("k = reference sentences (mean {mean_k:.2})"),
    };
    let scoring_mode = match (options.unicode, options.stemming) {
        (false, true) => "rouge-score tokens, Porter stemming",
        (false, false) => "rouge-score tokens, no stemming",
        (true, _) => "the Unicode convention: Unicode tokens, no stemming (not rouge-score)",
    };
    println!(
        "{}: {n} documents, {budget}, {scoring_mode}",
        options.path.display()
    );
    println!(
        "{:<12} {:>7} {:>7} {:>7}   (F1 x 100)",
        "", "R-1", "R-2", "R-Lsum"
    );
    for (name, mean) in [
        (options.algorithm.as_str(), system_mean),
        ("lead-k", lead_mean),
    ] {
        println!(
            "{name:<12} {:>7.2} {:>7.2} {:>7.2}",
            100.0 * mean.rouge1.f1,
            100.0 * mean.rouge2.f1,
            100.0 * mean.rouge_lsum.f1
        );
    }
    let seconds = summarising.as_secs_f64();
    println!(
        "summarised in {seconds:.2} s: {:.0} documents/s on {} threads; ROUGE (system + lead) in {:.2} s",
        n as f64 / seconds.max(1e-9),
        rayon::current_num_threads(),
        scoring.as_secs_f64()
    );
    Ok(())
}
