//! Evaluation of salient against gold data (paths given on the command line).
//!
//! ```text
//! cargo run --release --example evaluate -- segmentation FILE.jsonl [--clean] [--failures]
//! cargo run --release --example evaluate -- ud FILE.jsonl [--failures] [--uax29 | --predictions FILE] [--output FILE]
//! cargo run --release --all-features --example evaluate -- rouge FILE.jsonl [OPTIONS]
//! cargo run --release --all-features --example evaluate -- matrix FILE.jsonl... [OPTIONS]
//! cargo run --release --example evaluate -- detect FILE.jsonl [--min-chars N]
//! cargo run --release --example evaluate -- extract FILE.jsonl [--extractor ours|rs-trafilatura]
//! cargo run --release --all-features --example evaluate -- keyphrases FILE.jsonl [OPTIONS]
//! ```

mod cluster;
#[cfg(feature = "detect")]
mod detect;
#[cfg(feature = "html")]
mod extract;
mod keyphrases;
mod query;
mod rouge;
mod segmentation;

use std::process::ExitCode;

const USAGE: &str = "usage: evaluate segmentation FILE.jsonl [--clean] [--failures]
       evaluate ud FILE.jsonl [--failures] [--uax29 | --predictions FILE] [--output FILE]
         (`ud` and `segmentation` are one mode: golden rules or UD documents, told by format)
       evaluate rouge FILE.jsonl [--algorithm NAME] [--k N | --match-reference | --budget SPEC] [--output FILE]
       evaluate matrix FILE.jsonl... [--algorithms A,B] [--budgets k=1,k=3,k=ref,words=ref] [--markdown]
       evaluate detect FILE.jsonl [--min-chars N]
       evaluate query FILE.jsonl [--algorithm NAME] [--min-words N] [--half 0|1]
       evaluate cluster FILE.jsonl [--algorithm NAME] [--redundancy W] [--rank]
       evaluate extract FILE.jsonl [--extractor ours|rs-trafilatura] [--failures N]
       evaluate keyphrases FILE.jsonl [--idf MODEL | --fit-idf] [--lang CODE] [--limit N] [--output FILE]";

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let Some(mode) = args.next() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let rest: Vec<_> = args.collect();
    let result = match mode.to_str() {
        Some("segmentation" | "ud") => segmentation::run(rest),
        Some("rouge") => rouge::run(rest),
        Some("matrix") => rouge::run_matrix(rest),
        Some("query") => query::run(rest),
        Some("cluster") => cluster::run(rest),
        #[cfg(feature = "html")]
        Some("extract") => extract::run(rest),
        Some("keyphrases") => keyphrases::run(rest),
        #[cfg(feature = "detect")]
        Some("detect") => detect::run(rest),
        #[cfg(not(feature = "detect"))]
        Some("detect") => Err("`evaluate detect` needs the `detect` feature".into()),
        Some("-h" | "--help") => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => Err(format!("unknown mode {mode:?}\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("evaluate: {message}");
            ExitCode::from(2)
        }
    }
}
