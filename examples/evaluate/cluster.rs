//! `evaluate cluster`: one summary per cluster of news articles (MultiLing 2011), scored with
//! ROUGE against the cluster's reference at the reference's word count, beside the baseline of
//! the data set's SOURCE.md: the first sentence of each document in turn.
//!
//! ```text
//! cargo run --release --all-features --example evaluate -- cluster FILE.jsonl [OPTIONS]
//!
//! --algorithm NAME   the summariser to evaluate (salient::Algorithm)
//! --redundancy W     redundancy control in 0..=1 (clusters use at least 0.7)
//! --rank             sentences in rank order instead of the documents' order
//! --neutral          every language in the language-neutral mode
//! ```
//!
//! Records: `{"id", "lang", "documents": [{"title", "date", "text"}], "summary"}`. Budget: the
//! words of `summary` (whitespace-separated), whole sentences, stopping before the first that
//! would exceed it. ROUGE-1/2/Lsum F1 × 100 against `summary`, one sentence a line: English
//! with rouge-score's tokens and Porter stemming, every other language with runs of Unicode
//! letters and digits, no stemming. Languages outside `salient::Language` are summarised in
//! the neutral mode.

#[cfg(feature = "eval")]
mod evaluation {
    use std::collections::BTreeMap;
    use std::ffi::OsString;
    use std::path::PathBuf;
    use std::time::Instant;

    use rayon::prelude::*;
    use salient::eval::{Rouge, RougeScores};
    use salient::{Algorithm, ClusterDocument, Language, Length, Order, Summarizer};

    const USAGE: &str = "usage: evaluate cluster FILE.jsonl [--algorithm NAME] [--redundancy W] [--rank] [--neutral]";

    struct Document {
        text: String,
        date: Option<String>,
    }

    struct Cluster {
        lang: String,
        documents: Vec<Document>,
        summary: String,
    }

    fn read(path: &PathBuf) -> Result<Vec<Cluster>, String> {
        let data = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let mut clusters = Vec::new();
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let value: serde_json::Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
            let documents = value["documents"]
                .as_array()
                .ok_or("a record without \"documents\"")?
                .iter()
                .map(|d| Document {
                    text: d["text"].as_str().unwrap_or_default().to_owned(),
                    date: d["date"].as_str().map(str::to_owned),
                })
                .collect();
            clusters.push(Cluster {
                lang: value["lang"].as_str().unwrap_or("en").to_owned(),
                documents,
                summary: value["summary"].as_str().unwrap_or_default().to_owned(),
            });
        }
        Ok(clusters)
    }

    /// The first sentence of each document in turn, then the second of each, ..., while the
    /// words stay within `budget`.
    fn lead(cluster: &Cluster, summarizer: &Summarizer, budget: usize) -> Vec<String> {
        let sentences: Vec<Vec<&str>> = cluster
            .documents
            .iter()
            .map(|d| {
                summarizer
                    .splitter_for(&d.text)
                    .sentences(&d.text)
                    .collect()
            })
            .collect();
        let mut taken = Vec::new();
        let mut words = 0;
        for round in 0.. {
            let mut any = false;
            for document in &sentences {
                let Some(sentence) = document.get(round) else {
                    continue;
                };
                any = true;
                let count = sentence.split_whitespace().count();
                if words + count > budget {
                    return taken;
                }
                words += count;
                taken.push(sentence.replace('\n', " "));
            }
            if !any {
                break;
            }
        }
        taken
    }

    pub fn run(args: Vec<OsString>) -> Result<(), String> {
        use lexopt::prelude::*;
        let mut parser = lexopt::Parser::from_args(args);
        let mut path: Option<PathBuf> = None;
        let mut algorithm = Algorithm::Default;
        let mut redundancy = 0.0;
        let mut order = Order::Document;
        let mut neutral = false;
        let error = |e: lexopt::Error| format!("{e}\n{USAGE}");
        while let Some(arg) = parser.next().map_err(error)? {
            match arg {
                Long("algorithm") => {
                    let name = parser.value().map_err(error)?.string().map_err(error)?;
                    algorithm = Algorithm::from_name(&name)
                        .ok_or_else(|| format!("unknown algorithm {name:?}"))?;
                }
                Long("redundancy") => {
                    redundancy = parser.value().map_err(error)?.parse().map_err(error)?
                }
                Long("rank") => order = Order::Rank,
                Long("neutral") => neutral = true,
                Value(value) if path.is_none() => path = Some(value.into()),
                _ => return Err(error(arg.unexpected())),
            }
        }
        let path = path.ok_or_else(|| format!("missing FILE.jsonl\n{USAGE}"))?;
        let clusters = read(&path)?;
        let started = Instant::now();
        let results: Vec<(String, [RougeScores; 2])> = clusters
            .par_iter()
            .map(|cluster| {
                let builder = Summarizer::builder()
                    .algorithm(algorithm.clone())
                    .redundancy(redundancy)
                    .order(order);
                let summarizer = match Language::from_code(&cluster.lang) {
                    Some(language) if !neutral => builder.language(language),
                    _ => builder.neutral(),
                }
                .build()
                .expect("valid settings");
                let budget = cluster.summary.split_whitespace().count();
                let documents: Vec<ClusterDocument<'_>> = cluster
                    .documents
                    .iter()
                    .map(|d| {
                        let document = ClusterDocument::new(&d.text);
                        match &d.date {
                            Some(date) => document.date(date),
                            None => document,
                        }
                    })
                    .collect();
                let summary = summarizer.summarize_cluster_with(&documents, Length::words(budget));
                let system: Vec<String> =
                    summary.iter().map(|s| s.text.replace('\n', " ")).collect();
                let lead = lead(cluster, &summarizer, budget);
                let rouge = Rouge::for_language(&cluster.lang);
                let reference = summarizer
                    .splitter_for(&cluster.summary)
                    .sentences(&cluster.summary)
                    .collect::<Vec<_>>()
                    .join("\n");
                let scores = [system, lead].map(|lines| rouge.score(&lines.join("\n"), &reference));
                (cluster.lang.clone(), scores)
            })
            .collect();
        let seconds = started.elapsed().as_secs_f64();
        let mut by_language: BTreeMap<&str, Vec<&[RougeScores; 2]>> = BTreeMap::new();
        for (lang, scores) in &results {
            by_language.entry(lang).or_default().push(scores);
        }
        println!("{}: {} clusters", path.display(), results.len());
        println!(
            "{:<6} {:>22} {:>22}   (R-1 / R-2 / R-Lsum, F1 x 100)",
            "", "salient", "first sentences"
        );
        let line = |name: &str, scores: &[&[RougeScores; 2]]| {
            let cell = |k: usize| {
                let mean = RougeScores::mean(scores.iter().map(|s| &s[k]));
                format!(
                    "{:.2} / {:.2} / {:.2}",
                    100.0 * mean.rouge1.f1,
                    100.0 * mean.rouge2.f1,
                    100.0 * mean.rouge_lsum.f1
                )
            };
            println!("{name:<6} {:>22} {:>22}", cell(0), cell(1));
        };
        for (lang, scores) in &by_language {
            line(lang, scores);
        }
        let all: Vec<&[RougeScores; 2]> = results.iter().map(|(_, s)| s).collect();
        line("all", &all);
        println!(
            "summarised and scored in {seconds:.2} s on {} threads",
            rayon::current_num_threads()
        );
        Ok(())
    }
}

#[cfg(feature = "eval")]
pub use evaluation::run;

/// Without the `eval` feature there is no scorer: say how to get one instead of failing to build.
#[cfg(not(feature = "eval"))]
pub fn run(_args: Vec<std::ffi::OsString>) -> Result<(), String> {
    Err("`evaluate cluster` needs the `eval` feature: \
         cargo run --release --all-features --example evaluate -- cluster FILE.jsonl"
        .into())
}
