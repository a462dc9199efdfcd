//! `evaluate rouge`: summarise every record of a JSONL data set and score the summaries, and the
//! Lead-k baseline on the same budget, with ROUGE against the references.
//!
//! ```text
//! evaluate rouge FILE.jsonl [--algorithm NAME] [--k N | --match-reference] [--output FILE]
//!                [--lang CODE] [--limit N] [--no-stemming]
//! ```
//!
//! Records are `{"id", "lang", "text", "summary", "summary_sentences"?}`. Summaries and
//! references are scored one sentence per line, as ROUGE-Lsum needs: the reference is
//! `summary_sentences` when present, else `summary` split by our own sentence splitter.
//! Stemming (Porter, as `rouge-score`'s `use_stemmer=True`) is on for every language by default:
//! tokens are ASCII fragments anyway (see `salient::eval::Rouge`), it is the setting most
//! published ROUGE figures use, and one setting keeps the sets comparable.

#[cfg(feature = "eval")]
mod evaluation;

#[cfg(feature = "eval")]
pub use evaluation::run;

/// Without the `eval` feature there is no scorer: say how to get one instead of failing to build.
#[cfg(not(feature = "eval"))]
pub fn run(_args: Vec<std::ffi::OsString>) -> Result<(), String> {
    Err("`evaluate rouge` needs the `eval` feature: \
         cargo run --release --all-features --example evaluate -- rouge FILE.jsonl"
        .into())
}
