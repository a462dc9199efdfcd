//! `evaluate query`: query-focused summaries of transcripts, scored as the QMSum set's
//! SOURCE.md says: utterances ranked for the query, whole utterances taken in rank order until
//! their words reach the answer's word count (the last may overshoot), output in transcript
//! order one a line, ROUGE-1/2/L F1 against the answer with rouge-score's English conventions
//! (ROUGE-L over the whole text, not sentence by sentence). Lead (the first utterances) and the
//! annotators' evidence utterances are scored on the same budget beside it.
//!
//! ```text
//! cargo run --release --all-features --example evaluate -- query FILE.jsonl [OPTIONS]
//!
//! --algorithm NAME   the summariser to evaluate (salient::Algorithm), biased toward the query
//! --min-words N      SummarizerBuilder::min_words (default 6)
//! --redundancy W     SummarizerBuilder::redundancy (default 0)
//! --half N           only the meetings at even (N = 0) or odd (N = 1) positions in the file,
//!                    to check that a change helps on both halves
//! --limit N          only the first N records
//! ```
//!
//! Records: `{"id", "text", "query", "summary", "relevant_spans"?}`, `text` one utterance a line.

#[cfg(feature = "eval")]
mod evaluation {
    use std::ffi::OsString;
    use std::path::PathBuf;
    use std::time::Instant;

    use rayon::prelude::*;
    use salient::eval::{Convention, RougeScores};
    use salient::{Algorithm, Language, Summarizer, Units};

    const USAGE: &str = "usage: evaluate query FILE.jsonl [--algorithm NAME] [--min-words N] \
                         [--redundancy W] [--half 0|1] [--limit N]";

    struct Record {
        text: String,
        query: String,
        summary: String,
        spans: Vec<(usize, usize)>,
    }

    /// Whole utterances from `ranking` (best first) until their words reach `budget`, in
    /// transcript order.
    fn take_until(ranking: &[usize], words: &[usize], budget: usize) -> Vec<usize> {
        let mut taken = Vec::new();
        let mut total = 0;
        for &i in ranking {
            if total >= budget {
                break;
            }
            taken.push(i);
            total += words[i];
        }
        taken.sort_unstable();
        taken
    }

    pub fn run(args: Vec<OsString>) -> Result<(), String> {
        use lexopt::prelude::*;
        let mut parser = lexopt::Parser::from_args(args);
        let mut path: Option<PathBuf> = None;
        let mut algorithm = Algorithm::Default;
        let mut limit = usize::MAX;
        let mut min_words = 6;
        let mut redundancy = 0.0;
        let mut half: Option<usize> = None;
        let error = |e: lexopt::Error| format!("{e}\n{USAGE}");
        while let Some(arg) = parser.next().map_err(error)? {
            match arg {
                Long("algorithm") => {
                    let name = parser.value().map_err(error)?.string().map_err(error)?;
                    algorithm = Algorithm::from_name(&name)
                        .ok_or_else(|| format!("unknown algorithm {name:?}"))?;
                }
                Long("limit") => limit = parser.value().map_err(error)?.parse().map_err(error)?,
                Long("min-words") => {
                    min_words = parser.value().map_err(error)?.parse().map_err(error)?
                }
                Long("redundancy") => {
                    redundancy = parser.value().map_err(error)?.parse().map_err(error)?
                }
                Long("half") => half = Some(parser.value().map_err(error)?.parse().map_err(error)?),
                Value(value) if path.is_none() => path = Some(value.into()),
                _ => return Err(error(arg.unexpected())),
            }
        }
        let path = path.ok_or_else(|| format!("missing FILE.jsonl\n{USAGE}"))?;
        let data = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let mut records = Vec::new();
        let mut meetings: Vec<String> = Vec::new();
        for line in data.lines().filter(|l| !l.trim().is_empty()).take(limit) {
            let value: serde_json::Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
            if let Some(half) = half {
                let meeting = value["meeting"].as_str().unwrap_or_default().to_owned();
                if !meetings.contains(&meeting) {
                    meetings.push(meeting.clone());
                }
                let index = meetings.iter().position(|m| *m == meeting).unwrap_or(0);
                if index % 2 != half {
                    continue;
                }
            }
            let field = |name: &str| value[name].as_str().unwrap_or_default().to_owned();
            let spans = value["relevant_spans"]
                .as_array()
                .map(|spans| {
                    spans
                        .iter()
                        .filter_map(|s| Some((s[0].as_u64()? as usize, s[1].as_u64()? as usize)))
                        .collect()
                })
                .unwrap_or_default();
            records.push(Record {
                text: field("text"),
                query: field("query"),
                summary: field("summary"),
                spans,
            });
        }
        let summarizer = Summarizer::builder()
            .language(Language::English)
            .units(Units::Lines)
            .algorithm(algorithm)
            .redundancy(redundancy)
            .min_words(min_words)
            .build()
            .map_err(|e| e.to_string())?;
        // QMSum is English: the English ROUGE convention (rouge-score with Porter stemming).
        let rouge = Convention::English.rouge();
        // Scoring alone, on one thread: the time a user waits for an answer.
        let started = Instant::now();
        for record in &records {
            std::hint::black_box(summarizer.focus(&record.query).score(&record.text));
        }
        let per_query = started.elapsed().as_secs_f64() / records.len().max(1) as f64;
        let mean_words = records
            .iter()
            .map(|r| r.text.split_whitespace().count())
            .sum::<usize>() as f64
            / records.len().max(1) as f64;
        let results: Vec<[RougeScores; 3]> = records
            .par_iter()
            .map(|record| {
                let scored = summarizer.focus(&record.query).score(&record.text);
                let lines: Vec<&str> = scored.iter().map(|s| s.text.as_ref()).collect();
                let words: Vec<usize> =
                    lines.iter().map(|l| l.split_whitespace().count()).collect();
                let mut ranking: Vec<usize> = (0..scored.len()).collect();
                ranking.sort_by_key(|&i| scored[i].rank);
                let budget = record.summary.split_whitespace().count();
                let as_text = |taken: Vec<usize>| {
                    taken
                        .iter()
                        .map(|&i| lines[i])
                        .collect::<Vec<_>>()
                        .join(" ")
                };
                let system = as_text(take_until(&ranking, &words, budget));
                let lead_order: Vec<usize> = (0..lines.len()).collect();
                let lead = as_text(take_until(&lead_order, &words, budget));
                let gold_order: Vec<usize> = (0..lines.len())
                    .filter(|i| record.spans.iter().any(|&(a, b)| (a..=b).contains(i)))
                    .collect();
                let gold = as_text(take_until(&gold_order, &words, budget));
                [system, lead, gold].map(|candidate| rouge.score(&candidate, &record.summary))
            })
            .collect();
        println!("{}: {} queries", path.display(), records.len());
        println!(
            "{:<10} {:>7} {:>7} {:>7}   (F1 x 100, ROUGE-L over the whole text)",
            "", "R-1", "R-2", "R-L"
        );
        for (k, name) in ["salient", "lead", "evidence"].iter().enumerate() {
            let mean = RougeScores::mean(results.iter().map(|r| &r[k]));
            println!(
                "{name:<10} {:>7.2} {:>7.2} {:>7.2}",
                100.0 * mean.rouge1.f1,
                100.0 * mean.rouge2.f1,
                100.0 * mean.rouge_lsum.f1
            );
        }
        println!(
            "{:.2} ms to score a transcript of {mean_words:.0} words on average for a query, one thread",
            1000.0 * per_query
        );
        Ok(())
    }
}

#[cfg(feature = "eval")]
pub use evaluation::run;

/// Without the `eval` feature there is no scorer: say how to get one instead of failing to build.
#[cfg(not(feature = "eval"))]
pub fn run(_args: Vec<std::ffi::OsString>) -> Result<(), String> {
    Err("`evaluate query` needs the `eval` feature: \
         cargo run --release --all-features --example evaluate -- query FILE.jsonl"
        .into())
}
