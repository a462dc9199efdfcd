//! `evaluate keyphrases`: extract keyphrases from every record of a JSONL data set and score
//! them against the gold keyphrases, with the field's usual convention.
//!
//! ```text
//! cargo run --release --all-features --example evaluate -- keyphrases FILE.jsonl [OPTIONS]
//!
//! --idf MODEL    weight terms by this corpus IDF model (from `summarize --fit-idf`)
//! --fit-idf      fit an IDF model on the texts of FILE itself first (unsupervised: no gold
//!                is read) and weight terms by it
//! --lang CODE    language of every record, instead of each record's "lang"
//! --limit N      only the first N records
//! --output FILE  write JSONL: id, keyphrases (the 15 best, best first)
//! ```
//!
//! Records are `{"id", "lang", "text", "keyphrases", "keyphrases_present"}`. Each document's 15
//! best keyphrases are scored at 5, 10 and 15 by `salient::eval::score_keyphrases`:
//! lower-cased, letter and digit runs, Porter stems, exact match, predictions and gold
//! deduplicated; every gold phrase counts in the recall denominator, and the "present" line
//! scores against `keyphrases_present` (the gold that occurs in the text) instead. Precision,
//! recall and F1 are averaged over documents. Extraction runs on one thread, timed apart from
//! reading and scoring, five times over the file: documents/s is one core's speed, the median
//! of the five passes.

#[cfg(feature = "eval")]
mod evaluation;

#[cfg(feature = "eval")]
pub use evaluation::run;

/// Without the `eval` feature there is no scorer: say how to get one instead of failing to build.
#[cfg(not(feature = "eval"))]
pub fn run(_args: Vec<std::ffi::OsString>) -> Result<(), String> {
    Err("`evaluate keyphrases` needs the `eval` feature: \
         cargo run --release --all-features --example evaluate -- keyphrases FILE.jsonl"
        .into())
}
