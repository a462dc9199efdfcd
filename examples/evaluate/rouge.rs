//! `evaluate rouge` and `evaluate matrix`: summarise the records of JSONL data sets and score
//! the summaries with ROUGE against the references, beside the Lead-k baseline.
//!
//! ```text
//! cargo run --release --all-features --example evaluate -- rouge FILE.jsonl [OPTIONS]
//! cargo run --release --all-features --example evaluate -- matrix FILE.jsonl... [OPTIONS]
//! ```
//!
//! `rouge` evaluates one system at one budget on one set:
//!
//! ```text
//! --algorithm NAME   default, lead, textrank, lexrank, luhn, edmundson, sumbasic, klsum, lsa
//!                    (salient::Algorithm::NAMES) or lead-k; default: default
//! --k N              N sentences for every document (same as --budget k=N)
//! --match-reference  as many sentences as the reference has (k=ref, the default)
//! --budget SPEC      k=N, k=ref, words=N or words=ref
//! --output FILE      write JSONL: id, lang, convention, summary (one sentence a line),
//!                    reference and references (as scored, one sentence a line),
//!                    rouge1 / rouge2 / rougeLsum (our F1 for the system)
//! ```
//!
//! `matrix` evaluates every system on every set at every budget and prints one table with a
//! macro-average over the sets:
//!
//! ```text
//! --algorithms A,B   systems to run (default: all of --algorithm's names)
//! --budgets B,C      budgets to run (default: k=1,k=3,k=ref,words=ref)
//! --markdown         print the table as Markdown
//! ```
//!
//! Both take:
//!
//! ```text
//! --limit N          only the first N records of each file
//! --lang CODE        (rouge only) language of every record, instead of each record's "lang"
//! --neutral          summarise every record in the language-neutral mode
//! --redundancy W     redundancy control with weight W in 0..=1 (SummarizerBuilder::redundancy)
//! --convention NAME  auto (the default: salient::eval::Convention::for_language of each
//!                    record's language), english, unicode or rouge-score-ascii (rouge-score's
//!                    own ASCII tokens on every record, only to compare with published figures)
//! --no-stemming      no Porter stemming in the english and rouge-score-ascii conventions
//! --references R     max (the default): per metric, the best of the record's "references"
//!                    (only SciTLDR among the public sets has several, and its SOURCE.md asks
//!                    for the max); first: the first reference ("summary") only
//! ```
//!
//! Records are `{"id", "lang", "text", "summary", "summary_sentences"?, "references"?}`. A
//! record whose language is a `salient::Language` (Chinese too) is summarised with it; any
//! other in the language-neutral mode, which is what language detection would fall back to.
//!
//! Budgets: k=ref is `len(summary_sentences)` when present, else the number of runs of `.`, `!`,
//! `?` followed by white space or the end of `summary`, and at least 1. words=ref is the number
//! of words of `summary`, counted as the Unicode ROUGE convention's tokens (runs of letters
//! and digits, each Han or Kana character one word); the summary then stops before exceeding
//! it, as `salient::Length::words` does.
//!
//! Lead-k is the first sentences as the summarisers' splitter cuts them (the record language's
//! `SentenceSplitter`, or the neutral one), headlines and headings included; the `lead`
//! algorithm instead skips headings. For words=ref it takes sentences while their words fit.
//!
//! Summaries and references are scored one sentence per line, as ROUGE-Lsum needs: a reference
//! is `summary_sentences` when present, else split by our own sentence splitter.

#[cfg(feature = "eval")]
mod evaluation;
#[cfg(feature = "eval")]
mod matrix;
#[cfg(feature = "eval")]
mod options;
#[cfg(feature = "eval")]
mod records;
#[cfg(feature = "eval")]
mod systems;
#[cfg(feature = "eval")]
mod table;

#[cfg(feature = "eval")]
pub use evaluation::run;
#[cfg(feature = "eval")]
pub use matrix::run as run_matrix;

/// Without the `eval` feature there is no scorer: say how to get one instead of failing to build.
#[cfg(not(feature = "eval"))]
pub fn run(_args: Vec<std::ffi::OsString>) -> Result<(), String> {
    Err(needs_eval("rouge"))
}

/// Without the `eval` feature there is no scorer: say how to get one instead of failing to build.
#[cfg(not(feature = "eval"))]
pub fn run_matrix(_args: Vec<std::ffi::OsString>) -> Result<(), String> {
    Err(needs_eval("matrix"))
}

#[cfg(not(feature = "eval"))]
fn needs_eval(mode: &str) -> String {
    format!(
        "`evaluate {mode}` needs the `eval` feature: \
         cargo run --release --all-features --example evaluate -- {mode} FILE.jsonl"
    )
}
