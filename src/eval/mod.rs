//! Measuring summaries against references with ROUGE (feature `eval`).
//!
//! [`Rouge`] computes ROUGE-1, ROUGE-2 and ROUGE-Lsum exactly as Google's `rouge-score` Python
//! package does (tokens, Porter stemming, the summary-level LCS), so figures can be compared with
//! published ones; [`RougeScores::mean`] averages over a corpus.
//!
//! ```
//! use salient::eval::{Rouge, RougeScores};
//!
//! let rouge = Rouge::new().stemming(true);
//! let scores = [
//!     rouge.score("The council approved the budget.", "Council approves budget."),
//!     rouge.score("It rained.", "Council approves budget."),
//! ];
//! let mean = RougeScores::mean(&scores);
//! println!("ROUGE-1 F1 {:.2}", 100.0 * mean.rouge1.f1);
//! assert!(mean.rouge1.f1 > 0.0 && mean.rouge1.f1 < 1.0);
//! ```

mod keyphrase;
mod porter;
mod rouge;
mod tokenize;

pub use keyphrase::{keyphrase_key, score_keyphrases};
pub use rouge::{Fmeasure, Rouge, RougeScores};
