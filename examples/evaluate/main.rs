//! Evaluation of salient against gold data (paths given on the command line).
//!
//! ```text
//! cargo run --release --example evaluate -- segmentation FILE.jsonl [--failures]
//! cargo run --release --all-features --example evaluate -- rouge FILE.jsonl [OPTIONS]
//! cargo run --release --example evaluate -- detect FILE.jsonl [--min-chars N]
//! cargo run --release --all-features --example evaluate -- keyphrases FILE.jsonl [OPTIONS]
//! ```

#[cfg(feature = "detect")]
mod detect;
mod keyphrases;
mod rouge;
mod segmentation;

use std::process::ExitCode;

const USAGE: &str = "usage: evaluate segmentation FILE.jsonl [--failures]
       evaluate rouge FILE.jsonl [--algorithm NAME] [--k N | --match-reference] [--output FILE]
       evaluate detect FILE.jsonl [--min-chars N]
       evaluate keyphrases FILE.jsonl [--idf MODEL | --fit-idf] [--lang CODE] [--limit N] [--output FILE]";

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let Some(mode) = args.next() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let rest: Vec<_> = args.collect();
    let result = match mode.to_str() {
        Some("segmentation") => segmentation::run(rest),
        Some("rouge") => rouge::run(rest),
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
