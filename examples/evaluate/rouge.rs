//! `evaluate rouge`: summarise every record of a JSONL data set and score the summaries, and the
//! Lead-k baseline on the same budget, with ROUGE against the references.
//!
//! ```text
//! cargo run --release --all-features --example evaluate -- rouge FILE.jsonl [OPTIONS]
//!
//! --algorithm NAME   summariser to evaluate: default, lead, textrank, lexrank, luhn, edmundson,
//!                    sumbasic, klsum or lsa (salient::Algorithm); default: default
//! --k N              N sentences for every document
//! --match-reference  as many sentences as the reference has (the default)
//! --output FILE      write JSONL: id, summary (one sentence a line), reference (as scored,
//!                    one sentence a line), rouge1 / rouge2 / rougeLsum (our F1 for the system)
//! --lang CODE        language of every record, instead of each record's "lang"
//! --neutral          summarise in the language-neutral mode (no stemming, no stopwords, the
//!                    neutral splitter), as for a language salient does not know
//! --redundancy W     redundancy control with weight W in 0..=1 (SummarizerBuilder::redundancy)
//! --limit N          only the first N records
//! --no-stemming      score without the stemmer
//! --unicode          score with `salient::eval::Convention::Unicode`: whole Unicode words,
//!                    Han and Kana one token per character, no stemming
//! ```
//!
//! Records are `{"id", "lang", "text", "summary", "summary_sentences"?}`. With
//! `--match-reference`, k is `len(summary_sentences)` when present, else the number of runs of
//! `.`, `!`, `?` followed by white space or the end of `summary`, and at least 1.
//!
//! Summaries and references are scored one sentence per line, as ROUGE-Lsum needs: the reference
//! is `summary_sentences` when present, else `summary` split by our own sentence splitter.
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
