//! Extractive text summarisation: the few sentences that matter, as exact slices of the input.
//!
//! ```
//! use salient::{Language, Summarizer};
//!
//! let text = "The city council approved a new budget on Monday. \
//!             The budget raises school funding by 4% and cuts road repairs. \
//!             Council members debated the budget for six hours. \
//!             Outside, it rained all day.";
//! let summarizer = Summarizer::new(Language::English);
//! let summary = summarizer.summarize(text);
//! for sentence in summary.sentences() {
//!     // Sentences borrow the input: their span slices back to the same text.
//!     assert_eq!(&text[sentence.span.range()], sentence.text);
//!     println!("[{}] {:.3} {}", sentence.index, sentence.score, sentence.text);
//! }
//! assert_eq!(summary.len(), 3);
//! ```
//!
//! # How it works
//!
//! Text flows one way: `&str` → sentences ([`SentenceSplitter`], byte [`Span`]s) → words, lower
//! case, stopwords removed, stems ([`Language`]) → scores → selection → a [`Summary`] that
//! borrows the input. Each sentence's score is a weighted sum of
//! - **TF-IDF centrality**: cosine similarity between the sentence's TF-IDF vector and the whole
//!   document's, so sentences about what the document is about rank high and long sentences do
//!   not win by length alone. IDF comes from the document's own sentences, or from a corpus
//!   ([`IdfModel`]);
//! - **word frequency**: how often the sentence's content words occur in the document, so a
//!   short sentence about the main subject also ranks high;
//! - a **position prior** that favours the lead, as news is written, over a span that grows
//!   with the document's length; an opening teaser shorter than the typical sentence gets less
//!   of it;
//! - a **length prior** relative to the document's median sentence, against fragments and
//!   run-ons.
//!
//! [`ScoreBreakdown`] shows each part. The best sentences make the summary; with
//! [redundancy control](SummarizerBuilder::redundancy) on, a sentence that repeats one already
//! taken gives way to the next best. Ties break by sentence index, so the same input and
//! configuration always give the same output, on one thread or many.
//!
//! # Languages
//!
//! A [`Language`] brings a Snowball stemmer, stopwords and sentence rules. For a stream of
//! documents in many languages, [`SummarizerBuilder::detect_language`] picks one per document
//! (feature `detect`); texts in other languages and scripts are summarised in the
//! [language-neutral mode](SummarizerBuilder::neutral), set explicitly or used when detection
//! finds no supported language. [`Summary::language`] tells which was used.
//!
//! Scripts written without spaces between words get units that recur across the sentences on
//! one topic, in every mode: Chinese and Japanese overlapping character bigrams, Thai, Lao and
//! Khmer overlapping bigrams of letter clusters (a letter with its vowel signs and marks), and
//! Burmese its syllables. Their sentences end at their own stops (`。！？`, Khmer `។`, Burmese
//! `။`), and Thai and Lao, which have none, at white space between two of their letters.
//!
//! Classic methods (Lead, TextRank, LexRank, Luhn, Edmundson, SumBasic, KL-Sum, LSA) are one
//! [`Algorithm`] away, and your own [`SentenceScorer`] plugs in the same way.
//!
//! # Features
//!
//! | feature | default | what it adds |
//! |---|---|---|
//! | `parallel` | yes | [`Summarizer::summarize_batch`] and [`Summarizer::fit_idf`] use all cores (rayon) |
//! | `detect` | yes | [`Language::detect`] and [`SummarizerBuilder::detect_language`]: each document's language found by whatlang |
//! | `eval` | no | `salient::eval`: ROUGE-1/2/Lsum scoring that agrees with Google's `rouge-score` |
//!
//! # Panics and errors
//!
//! Summarising never fails and never panics, whatever the input. Invalid configuration
//! (a ratio of 1.5, a NaN weight, an unknown language code) is an [`Error`] from the builder or
//! constructor that names the bad value.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod algorithm;
mod corpus;
mod document;
mod error;
#[cfg(feature = "eval")]
pub mod eval;
mod extract;
mod language;
mod redundancy;
mod score;
mod segment;
mod select;
mod span;
mod summarizer;
mod summary;
mod token;

pub use algorithm::{
    Algorithm, DEFAULT_LEXRANK_THRESHOLD, DocumentView, Edmundson, LexRank, SentenceScorer,
};
pub use corpus::IdfModel;
pub use error::Error;
pub use extract::{Extracted, Format, Piece, extract};
pub use language::Language;
pub use score::ScoreBreakdown;
pub use segment::{SentenceSplitter, Split};
pub use select::{Length, Order};
pub use span::Span;
#[doc(hidden)]
pub use summarizer::AnalysedDocument;
pub use summarizer::{
    DEFAULT_CENTRALITY_EXPONENT, DEFAULT_CENTRALITY_SATURATION, DEFAULT_FREQUENCY_WEIGHT,
    DEFAULT_IDF_EXPONENT, DEFAULT_IDF_EXPONENT_WITH_STOPWORDS, DEFAULT_LENGTH_SPREAD,
    DEFAULT_LENGTH_WEIGHT, DEFAULT_MIN_WORDS, DEFAULT_POSITION_HALF_LIFE,
    DEFAULT_POSITION_LENGTH_EXPONENT, DEFAULT_POSITION_RELATIVE_HALF_LIFE, DEFAULT_POSITION_WEIGHT,
    DEFAULT_REDUNDANCY, DEFAULT_TFIDF_WEIGHT, DEFAULT_TITLE_WEIGHT, Summarizer, SummarizerBuilder,
};
pub use summary::{LanguageSource, Sentence, Summary};

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
