//! Per-thread scratch space: every stage's buffers, reused across documents so summarising
//! allocates little.

use std::cell::RefCell;

use crate::analysis::Analysis;
use crate::analysis::document::Document;
use crate::analysis::lexicon::Lexicon;
use crate::combine::Scratch as CombineScratch;
use crate::combine::breakdown::ScoreBreakdown;
use crate::score::query::{QueryTerm, Scratch as RelevanceScratch};
use crate::select::redundancy::Scratch as RedundancyScratch;

/// Lexicons a thread keeps, one per analysis setting (language, stemming, stopwords): with
/// language detection, a stream that alternates between a few languages keeps each language's
/// stem cache. Each lexicon bounds its own memory (see `analysis/lexicon.rs`).
const MAX_LEXICONS: usize = 3;

/// The buffers of every stage for one document at a time.
#[derive(Default)]
pub(crate) struct Workspace {
    /// Lexicons for the analysis settings used last, least recently used first.
    lexicons: Vec<Lexicon>,
    /// Stage 2: the analysed document and its term weights.
    pub(crate) document: Document,
    pub(crate) idf: Vec<f32>,
    pub(crate) idf_scratch: Vec<u32>,
    /// With a query: its terms, their plain IDF, and each sentence's relevance.
    pub(crate) query_terms: Vec<u32>,
    pub(crate) query: Vec<QueryTerm>,
    pub(crate) query_idf: Vec<f32>,
    pub(crate) relevance: Vec<f32>,
    pub(crate) relevance_scratch: RelevanceScratch,
    /// In a transcript, whether the query names each utterance's speaker.
    pub(crate) speakers: Vec<bool>,
    /// Stages 3 and 4: factor buffers, then one score and breakdown per sentence.
    pub(crate) combine: CombineScratch,
    pub(crate) scores: Vec<f32>,
    pub(crate) breakdowns: Vec<ScoreBreakdown>,
    /// Stage 5: sentence indices best first, and the ones taken.
    pub(crate) ranking: Vec<usize>,
    pub(crate) selected: Vec<usize>,
    pub(crate) redundancy: RedundancyScratch,
}

impl Workspace {
    /// Takes the lexicon for `analysis` out (so it and the document can be borrowed together),
    /// creating a new one if none is kept for these settings. Give it back with
    /// [`give_back`](Self::give_back).
    pub(crate) fn take_lexicon(&mut self, analysis: Analysis) -> Lexicon {
        match self
            .lexicons
            .iter()
            .position(|lexicon| lexicon.analysis() == analysis)
        {
            Some(i) => self.lexicons.remove(i),
            None => Lexicon::new(analysis),
        }
    }

    /// Keeps `lexicon` for the next document, forgetting the least recently used one if more
    /// than [`MAX_LEXICONS`] are kept.
    pub(crate) fn give_back(&mut self, lexicon: Lexicon) {
        if self.lexicons.len() >= MAX_LEXICONS {
            self.lexicons.remove(0);
        }
        self.lexicons.push(lexicon);
    }
}

thread_local! {
    static WORKSPACE: RefCell<Workspace> = RefCell::new(Workspace::default());
}

/// Runs `f` with this thread's workspace, or with a fresh one if it is already in use (a
/// summariser called from inside another's callback).
pub(crate) fn with_workspace<R>(f: impl FnOnce(&mut Workspace) -> R) -> R {
    WORKSPACE.with(|cell| match cell.try_borrow_mut() {
        Ok(mut workspace) => f(&mut workspace),
        Err(_) => f(&mut Workspace::default()),
    })
}
