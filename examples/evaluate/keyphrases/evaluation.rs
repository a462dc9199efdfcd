//! The `evaluate keyphrases` command itself (needs the `eval` feature).

use std::ffi::OsString;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use salient::eval::{Fmeasure, score_keyphrases};
use salient::{IdfModel, Language, Summarizer};

const USAGE: &str = "usage: evaluate keyphrases FILE.jsonl [--idf MODEL | --fit-idf] [--lang CODE] \
[--limit N] [--output FILE]";

/// Keyphrases asked of each document: enough for the largest cut-off.
const TOP: usize = 15;
/// Timed passes of extraction over the whole file; the median is reported.
const PASSES: usize = 5;
/// The cut-offs scored.
const CUT_OFFS: [usize; 3] = [5, 10, 15];

struct Options {
    path: PathBuf,
    idf: Option<PathBuf>,
    fit_idf: bool,
    language: Option<Language>,
    limit: Option<usize>,
    output: Option<PathBuf>,
}

fn parse(args: Vec<OsString>) -> Result<Options, String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_args(args);
    let mut options = Options {
        path: PathBuf::new(),
        idf: None,
        fit_idf: false,
        language: None,
        limit: None,
        output: None,
    };
    let mut path = None;
    let error = |e: lexopt::Error| format!("{e}\n{USAGE}");
    while let Some(arg) = parser.next().map_err(error)? {
        match arg {
            Long("idf") => options.idf = Some(parser.value().map_err(error)?.into()),
            Long("fit-idf") => options.fit_idf = true,
            Long("lang") => {
                let code = parser.value().map_err(error)?.string().map_err(error)?;
                let language = Language::from_code(&code)
                    .ok_or_else(|| format!("unknown language {code:?}"))?;
                options.language = Some(language);
            }
            Long("limit") => {
                options.limit = Some(parser.value().map_err(error)?.parse().map_err(error)?)
            }
            Long("output") => options.output = Some(parser.value().map_err(error)?.into()),
            Value(value) if path.is_none() => path = Some(PathBuf::from(value)),
            _ => return Err(format!("{}\n{USAGE}", arg.unexpected())),
        }
    }
    if options.idf.is_some() && options.fit_idf {
        return Err(format!("give at most one of --idf and --fit-idf\n{USAGE}"));
    }
    options.path = path.ok_or_else(|| format!("missing FILE\n{USAGE}"))?;
    Ok(options)
}

struct Record {
    id: serde_json::Value,
    language: Language,
    text: String,
    gold: Vec<String>,
    present: Vec<String>,
}

fn read_records(options: &Options) -> Result<Vec<Record>, String> {
    let path = &options.path;
    let data = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
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
        let strings = |key: &str| -> Result<Vec<String>, String> {
            value[key]
                .as_array()
                .ok_or_else(|| format!("{}: missing \"{key}\"", at()))?
                .iter()
                .map(|phrase| {
                    phrase
                        .as_str()
                        .map(str::to_owned)
                        .ok_or_else(|| format!("{}: \"{key}\" holds a non-string", at()))
                })
                .collect()
        };
        let language = match options.language {
            Some(language) => language,
            None => value["lang"]
                .as_str()
                .and_then(Language::from_code)
                .ok_or_else(|| format!("{}: missing or unknown \"lang\"", at()))?,
        };
        records.push(Record {
            id: value["id"].clone(),
            language,
            text: value["text"]
                .as_str()
                .ok_or_else(|| format!("{}: missing \"text\"", at()))?
                .to_owned(),
            gold: strings("keyphrases")?,
            present: strings("keyphrases_present")?,
        });
    }
    Ok(records)
}

/// Mean precision, recall and F1 at each cut-off.
#[derive(Default)]
struct Means {
    sums: [Fmeasure; CUT_OFFS.len()],
}

impl Means {
    fn add(&mut self, predicted: &[String], gold: &[String]) {
        for (sum, k) in self.sums.iter_mut().zip(CUT_OFFS) {
            let scores = score_keyphrases(predicted, gold, k);
            sum.precision += scores.precision;
            sum.recall += scores.recall;
            sum.f1 += scores.f1;
        }
    }

    fn line(&self, label: &str, documents: usize) -> String {
        let mut line = format!("{label:<13}");
        let n = documents.max(1) as f64;
        for sum in &self.sums {
            let _ = write!(
                line,
                " {:>5.1} {:>5.1} {:>5.1} |",
                100.0 * sum.precision / n,
                100.0 * sum.recall / n,
                100.0 * sum.f1 / n
            );
        }
        line.pop();
        line
    }
}

pub fn run(args: Vec<OsString>) -> Result<(), String> {
    let options = parse(args)?;
    let records = read_records(&options)?;
    let model = match (&options.idf, options.fit_idf) {
        (Some(path), _) => Some(Arc::new(
            IdfModel::load(path).map_err(|e| format!("{}: {e}", path.display()))?,
        )),
        (None, true) => {
            let language = records.first().map_or(Language::English, |r| r.language);
            let texts: Vec<&str> = records.iter().map(|r| r.text.as_str()).collect();
            Some(Arc::new(IdfModel::fit(language, &texts)))
        }
        (None, false) => None,
    };
    let mut summarizers: Vec<(Language, Summarizer)> = Vec::new();
    for record in &records {
        if summarizers.iter().all(|(l, _)| *l != record.language) {
            let mut builder = Summarizer::builder().language(record.language);
            if let Some(model) = model.as_ref().filter(|m| m.language() == record.language) {
                builder = builder.idf_model(Arc::clone(model));
            }
            let summarizer = builder.build().map_err(|e| e.to_string())?;
            summarizers.push((record.language, summarizer));
        }
    }
    let summarizer_for = |language: Language| {
        &summarizers
            .iter()
            .find(|(l, _)| *l == language)
            .expect("one summariser per language")
            .1
    };

    let extract = || -> Vec<Vec<String>> {
        records
            .iter()
            .map(|record| {
                summarizer_for(record.language)
                    .keyphrases(&record.text, TOP)
                    .into_iter()
                    .map(|keyphrase| keyphrase.text.into_owned())
                    .collect()
            })
            .collect()
    };
    // The machine may be busy: the median of a few passes is a steadier speed than one.
    let mut times = Vec::new();
    let mut predictions = Vec::new();
    for _ in 0..PASSES {
        let started = Instant::now();
        predictions = extract();
        times.push(started.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let seconds = times[times.len() / 2];

    let (mut all, mut present) = (Means::default(), Means::default());
    for (record, predicted) in records.iter().zip(&predictions) {
        all.add(predicted, &record.gold);
        present.add(predicted, &record.present);
    }
    let n = records.len();
    let idf = match (&options.idf, options.fit_idf) {
        (Some(path), _) => format!("model {}", path.display()),
        (None, true) => "model fitted on FILE's texts".to_owned(),
        (None, false) => "the document's own sentences".to_owned(),
    };
    println!("{}: {n} documents, IDF from {idf}", options.path.display());
    println!("               P@5   R@5  F1@5 |  P@10  R@10 F1@10 |  P@15  R@15 F1@15");
    println!("{}", all.line("all gold", n));
    println!("{}", present.line("present gold", n));
    println!(
        "extraction: {:.1} ms, {:.0} documents/s on one thread (median of {PASSES} passes)",
        1000.0 * seconds,
        n as f64 / seconds.max(1e-9)
    );
    if let Some(path) = &options.output {
        let mut out = String::new();
        for (record, predicted) in records.iter().zip(&predictions) {
            let line = serde_json::json!({"id": record.id, "keyphrases": predicted});
            let _ = writeln!(out, "{line}");
        }
        std::fs::write(path, out).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}
