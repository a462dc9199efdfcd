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
//! Text flows one way through six stages, one module each:
//!
//! 1. **split**: `&str` → sentences as byte [`Span`]s ([`SentenceSplitter`]);
//! 2. **analysis**: words, lower case, stopwords removed, stems ([`Language`]) → terms, weighed
//!    by IDF from the document's own sentences or from a corpus ([`IdfModel`]);
//! 3. **factor scores**: per sentence,
//!    - *TF-IDF centrality*: cosine similarity between the sentence's TF-IDF vector and the
//!      rest of the document's, so sentences about what the document is about rank high and
//!      long sentences do not win by length alone;
//!    - *word frequency*: how often the sentence's content words occur in the document, so a
//!      short sentence about the main subject also ranks high;
//!    - a *position prior* that favours the lead, as news is written, over a span that grows
//!      with the document's length; an opening teaser shorter than the typical sentence gets
//!      less of it, and a text whose opening shares little with the rest (greetings,
//!      background) gets little of it at all;
//!    - a *length prior* relative to the document's median sentence, against fragments and
//!      run-ons;
//!    - for a one-sentence summary, *coverage*: how often the sentence's words recur in the
//!      rest of the document, so the one sentence carries as much of it as it can;
//! 4. **combination**: a weighted sum of the factors ([`Weights`]), explained part by part in
//!    each sentence's [`ScoreBreakdown`];
//! 5. **selection**: the best sentences within the [`Length`] budget; with [redundancy
//!    control](SummarizerBuilder::redundancy) on, a sentence that repeats one already taken
//!    gives way to the next best. Ties break by sentence index, so the same input and
//!    configuration always give the same output, on one thread or many;
//! 6. **summary**: a [`Summary`] whose [`Sentence`]s borrow the input.
//!
//! The classic methods (Lead, TextRank, LexRank, Luhn, Edmundson, SumBasic, KL-Sum, LSA) are
//! one [`Algorithm`] away and replace stages 3 and 4; your own [`SentenceScorer`] plugs in the
//! same way.
//!
//! # Languages
//!
//! A [`Language`] brings its sentence rules, and a Snowball stemmer and stopwords where it has
//! them ([`Language::capabilities`]; 36 languages, 18 with a stemmer). For a stream of
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
//! # Features
//!
//! | feature | default | what it adds |
//! |---|---|---|
//! | `parallel` | yes | [`Summarizer::summarize_batch`] and [`Summarizer::fit_idf`] use all cores (rayon) |
//! | `detect` | yes | [`Language::detect`] and [`SummarizerBuilder::detect_language`]: each document's language found by whatlang |
//! | `serde` | no | `Serialize` and `Deserialize` for [`Summary`], [`Sentence`], [`Span`], [`ScoreBreakdown`], [`Weights`], [`Length`], [`Order`], [`Algorithm`] and [`Language`] |
//! | `eval` | no | `salient::eval`: ROUGE-1/2/Lsum scoring that agrees with Google's `rouge-score` |
//!
//! # Panics and errors
//!
//! Summarising never fails and never panics, whatever the input. Invalid configuration
//! (a ratio of 1.5, a NaN weight, an unknown language code) is an [`Error`] from the builder or
//! constructor that names the bad value.
//!
//! # Where things are
//!
//! The crate root holds what a summarising program needs; the settings of individual
//! algorithms ([`algorithm::LexRank`], [`algorithm::Edmundson`]) are in [`algorithm`], and
//! ROUGE scoring in `eval` (feature `eval`).

#![forbid(unsafe_code)]
#![deny(missing_docs)]

// The stages, in the order text flows through them; each module imports only from those
// before it and from the shared types (`error`, `span`, `language`). See ARCHITECTURE.md.
// (Alphabetical, as rustfmt keeps them; the comment gives each one's stage.)
pub mod algorithm; // 3–4. the other scorers
mod analysis; // 2. words → terms
mod combine; // 4. combination
mod corpus; // corpus IDF, fitted with the analysis of stage 2
mod error; // shared: the configuration error
#[cfg(feature = "eval")]
pub mod eval; // beside the pipeline: ROUGE
mod extract; // 0. input formats → plain text with a map back to the input
mod keyphrase; // 3. keyphrases, beside the sentence scores
mod language; // shared: languages
mod score; // 3. factor scores
mod segment; // 1. split
mod select; // 5. selection
mod span; // shared: byte spans
mod summarizer; // the orchestration of the stages
mod summary; // 6. the result

pub use algorithm::{Algorithm, DocumentView, SentenceScorer};
pub use combine::breakdown::ScoreBreakdown;
pub use combine::weights::Weights;
pub use corpus::IdfModel;
pub use error::Error;
pub use extract::{Extracted, Format, Piece, extract};
pub use keyphrase::Keyphrase;
pub use language::{Capabilities, Language, WordUnits};
pub use segment::transcript::Units;
pub use segment::{SentenceSplitter, Split};
pub use select::length::{Length, Order};
pub use span::Span;
#[doc(hidden)]
pub use summarizer::AnalysedDocument;
pub use summarizer::{ClusterDocument, Focused, Summarizer, SummarizerBuilder};
pub use summary::{LanguageSource, Sentence, Summary};

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
