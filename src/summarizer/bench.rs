//! Hooks for `benches/scoring.rs`, hidden from the documentation: a document analysed once, so
//! scoring can be timed alone.

use super::Summarizer;
use super::workspace::Workspace;
use crate::analysis::lexicon::Lexicon;

/// Not part of the API: a document analysed once, so `benches/scoring.rs` can time scoring
/// alone. Made by [`Summarizer::analyse_for_bench`].
#[doc(hidden)]
pub struct AnalysedDocument {
    text: String,
    workspace: Workspace,
    lexicon: Lexicon,
}

impl Summarizer {
    /// Not part of the API: splits and tokenises `text` for
    /// [`Summarizer::score_for_bench`].
    #[doc(hidden)]
    pub fn analyse_for_bench(&self, text: &str) -> AnalysedDocument {
        let mut workspace = Workspace::default();
        self.score_into(text, None, self.length, &mut workspace);
        let lexicon = workspace.take_lexicon(self.resolve(text).analysis);
        AnalysedDocument {
            text: text.to_owned(),
            workspace,
            lexicon,
        }
    }

    /// Not part of the API: scores an analysed document again (IDF, factors, combination) and
    /// returns the sentence scores.
    #[doc(hidden)]
    pub fn score_for_bench<'a>(&self, document: &'a mut AnalysedDocument) -> &'a [f32] {
        let AnalysedDocument {
            text,
            workspace,
            lexicon,
        } = document;
        self.score_analysed(&[text.as_str()], workspace, lexicon, false, self.length);
        &workspace.scores
    }
}
