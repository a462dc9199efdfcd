//! Measuring summaries against references with ROUGE (feature `eval`).
//!
//! [`Rouge`] computes ROUGE-1, ROUGE-2 and ROUGE-Lsum F1; [`RougeScores::mean`] averages over a
//! corpus and [`RougeScores::best`] takes the best of several references.
//!
//! # ROUGE conventions
//!
//! Every ROUGE figure of this project, in the `evaluate` example, the README and the tests,
//! reads text by the [`Convention`] of its language, which [`Convention::for_language`] (or
//! [`Rouge::for_language`]) picks from the language code:
//!
//! - **English** ([`Convention::English`]): exactly Google's `rouge-score` with
//!   `use_stemmer=True`, the scorer of published English figures. Text is lower-cased, tokens
//!   are the runs of ASCII letters and digits, and tokens longer than three characters are
//!   reduced by the Porter stemmer in NLTK's variant. Our figures agree with `rouge-score` to
//!   within 0.1 points (`scripts/rouge_agreement.py`).
//! - **Every other language** ([`Convention::Unicode`]): text is lower-cased, tokens are the
//!   runs of Unicode letters and digits (Python's `[^\W_]+`), and there is no stemming, for
//!   which no standard exists across languages. Chinese and Japanese put no spaces between
//!   words, so each Han, Hiragana and Katakana character is a token of its own (a run would
//!   be a whole clause that never matches). `rouge-score` given a tokenizer that does the same
//!   agrees with us to within 0.1 points. Letters and digits are those of their Unicode
//!   general category, as for Python: the vowel signs of Indic scripts are marks, so they cut
//!   words there too (which makes Hindi and Marathi scores those of word fragments).
//! - **rouge-score's ASCII tokens on other languages** ([`Convention::RougeScoreAscii`]):
//!   what `rouge-score` does to French or German unasked. Its tokenizer drops every accented
//!   letter, so `été` is the token `t` and `Größe` the tokens `gr` and `e`, and text in other
//!   scripts scores 0. It is kept only as an explicit option, to compare with figures published
//!   that way; say so wherever it is used.
//!
//! In every convention ROUGE-Lsum reads each line as one sentence (join summary sentences with
//! `'\n'`), and with several references a record scores, per metric, the best of them where
//! the data set's documentation says so ([`RougeScores::best`], as `rouge-score`'s
//! `score_multi`), else the first.
//!
//! ```
//! use salient::eval::{Convention, Rouge, RougeScores};
//!
//! let rouge = Rouge::for_language("en");
//! assert_eq!(rouge, Convention::English.rouge());
//! let scores = [
//!     rouge.score("The council approved the budget.", "Council approves budget."),
//!     rouge.score("It rained.", "Council approves budget."),
//! ];
//! let mean = RougeScores::mean(&scores);
//! println!("ROUGE-1 F1 {:.2}", 100.0 * mean.rouge1.f1);
//! assert!(mean.rouge1.f1 > 0.0 && mean.rouge1.f1 < 1.0);
//!
//! let german = Rouge::for_language("de");
//! assert_eq!(german.tokenize("Die Größe der Häuser"), ["die", "größe", "der", "häuser"]);
//! ```

mod convention;
mod keyphrase;
mod porter;
mod rouge;
mod scores;
mod tokenize;

pub use convention::Convention;
pub use keyphrase::{keyphrase_key, score_keyphrases};
pub use rouge::Rouge;
pub use scores::{Fmeasure, RougeScores};
