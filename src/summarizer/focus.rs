//! Summaries focused on a query: the sentences that answer a question about a text.

use super::Summarizer;
use crate::select::length::Length;
use crate::summary::{Sentence, Summary};

/// A [`Summarizer`] focused on a query, made by [`Summarizer::focus`]: it summarises any text
/// for the query, with the summariser's settings.
///
/// Each sentence's relevance to the query (see [`Weights::query`](crate::Weights::query)) is
/// added to its score, so the summary holds the sentences that answer the query and say what
/// the text is about. A query whose words the text never uses gives the plain summary. In a
/// transcript (one utterance a line), a query that names speakers as their labels write them
/// (`What did the Project Manager think …?`) is answered by their utterances first (see
/// [`ScoreBreakdown::speaker`](crate::ScoreBreakdown::speaker)).
#[derive(Clone, Copy, Debug)]
pub struct Focused<'s, 'q> {
    summarizer: &'s Summarizer,
    query: &'q str,
}

impl Summarizer {
    /// This summariser focused on `query`: a question or a few words.
    ///
    /// ```
    /// use salient::{Language, Length, Summarizer};
    ///
    /// let text = "The council met on Monday. It approved the new school budget after a long \
    ///             debate. Road repairs in the north will wait until spring, the mayor said. \
    ///             Teachers welcomed the extra money for the schools.";
    /// let summarizer = Summarizer::builder().length(Length::sentences(1)).build()?;
    /// let roads = summarizer.focus("what about the roads?").summarize(text);
    /// assert!(roads.sentences()[0].text.starts_with("Road repairs"));
    /// # Ok::<(), salient::Error>(())
    /// ```
    pub fn focus<'s, 'q>(&'s self, query: &'q str) -> Focused<'s, 'q> {
        Focused {
            summarizer: self,
            query,
        }
    }
}

impl Focused<'_, '_> {
    /// The query.
    pub fn query(&self) -> &str {
        self.query
    }

    /// Summarises `text` for the query, with the summariser's length.
    pub fn summarize<'t>(&self, text: &'t str) -> Summary<'t> {
        self.summarize_with(text, self.summarizer.length())
    }

    /// Summarises `text` for the query, with `length`.
    pub fn summarize_with<'t>(&self, text: &'t str, length: Length) -> Summary<'t> {
        self.summarizer
            .summarize_for(text, Some(self.query), length)
    }

    /// Every sentence of `text` with its score for the query, rank and breakdown, in document
    /// order.
    pub fn score<'t>(&self, text: &'t str) -> Vec<Sentence<'t>> {
        self.summarizer.score_for(text, Some(self.query))
    }
}
