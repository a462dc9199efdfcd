//! Plugging your own sentence scorer into the summariser.
//!
//! ```text
//! cargo run --example custom_scorer
//! ```
//!
//! The scorer below rewards sentences whose terms recur elsewhere in the document and
//! penalises questions; the summariser still does the splitting, tokenising, keeping headings
//! and fragments out, budgets and ordering.

use std::sync::Arc;

use salient::{Algorithm, DocumentView, Length, SentenceScorer, Summarizer};

/// Scores a sentence by the IDF-weighted share of its terms (repeats counted) that recur in
/// other sentences of the document, and halves the score of questions.
#[derive(Debug)]
struct RecurringTerms;

impl SentenceScorer for RecurringTerms {
    fn score(&self, document: &DocumentView<'_>, scores: &mut [f32]) {
        // In how many sentences each term occurs (local term ids index plain vectors).
        let mut sentences_with = vec![0u32; document.term_count()];
        for i in 0..document.len() {
            let mut terms = document.terms(i).to_vec();
            terms.sort_unstable();
            terms.dedup();
            for t in terms {
                sentences_with[t as usize] += 1;
            }
        }
        let idf = document.idf();
        for (i, score) in scores.iter_mut().enumerate() {
            if !document.is_eligible(i) {
                continue; // ranked last by the summariser anyway
            }
            let terms = document.terms(i);
            let recurring: f32 = terms
                .iter()
                .filter(|&&t| sentences_with[t as usize] > 1)
                .map(|&t| idf[t as usize])
                .sum();
            let total: f32 = terms.iter().map(|&t| idf[t as usize]).sum();
            *score = if total > 0.0 { recurring / total } else { 0.0 };
            if document.sentence(i).trim_end().ends_with('?') {
                *score *= 0.5;
            }
        }
    }
}

fn main() -> Result<(), salient::Error> {
    let text = include_str!("data/pakistan-russia-visit.txt");
    let summarizer = Summarizer::builder()
        .algorithm(Algorithm::Custom(Arc::new(RecurringTerms)))
        .length(Length::sentences(3))
        .build()?;
    for sentence in summarizer.summarize(text).sentences() {
        println!(
            "[{}] {:.3} {}",
            sentence.index, sentence.score, sentence.text
        );
    }
    Ok(())
}
