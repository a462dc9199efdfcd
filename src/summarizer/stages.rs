//! Stages 1 to 5 run for one text or a cluster: analysis into the workspace, the query's
//! relevance, the factor scores and their combination (or a catalogue algorithm's scores), and
//! the ranking with redundancy control. `mod.rs` turns the result into sentences.

use super::Summarizer;
use super::inputs::Inputs;
use super::workspace::Workspace;
use crate::analysis::idf::sentence_idf;
use crate::analysis::lexicon::Lexicon;
use crate::combine::algorithm::algorithm_scores;
use crate::combine::breakdown::ScoreBreakdown;
use crate::combine::budget::SummarySize;
use crate::combine::combine;
use crate::corpus::{IdfModel, document_idf};
use crate::language::Language;
use crate::score::query::{Relevance, relevance};
use crate::score::speaker::named_speakers;
use crate::select::length::{Budget, Length};
use crate::select::{rank, redundancy};
use crate::summary::LanguageSource;

impl Summarizer {
    /// Stages 1 to 4: splits and analyses `text` into the workspace and fills its scores and
    /// breakdowns, for `query` when given. Returns the language used.
    pub(super) fn score_into(
        &self,
        text: &str,
        query: Option<&str>,
        length: Length,
        workspace: &mut Workspace,
    ) -> (Option<Language>, LanguageSource) {
        self.score_all_into(&Inputs::new(&[text], None), query, length, workspace)
    }

    /// [`score_into`](Self::score_into) for several texts analysed as one document (a
    /// cluster): the language and units are those of the first non-empty text.
    pub(super) fn score_all_into(
        &self,
        inputs: &Inputs<'_>,
        query: Option<&str>,
        length: Length,
        workspace: &mut Workspace,
    ) -> (Option<Language>, LanguageSource) {
        let texts = &inputs.texts();
        let first = texts
            .iter()
            .find(|text| !text.trim().is_empty())
            .copied()
            .unwrap_or("");
        let resolved = self.resolve(first);
        let mut lexicon = workspace.take_lexicon(resolved.analysis);
        workspace
            .document
            .analyse_all(texts, &resolved.splitter, &mut lexicon);
        inputs.mark_headings(&mut workspace.document);
        let focused = match query {
            Some(query) => self.relevance_into(query, workspace, &mut lexicon),
            None => false,
        };
        self.score_analysed(texts, workspace, &lexicon, focused, length);
        if let Some(query) = query.filter(|_| resolved.splitter.is_one_per_line()) {
            self.favour_named_speakers(texts, query, workspace);
        }
        workspace.give_back(lexicon);
        (resolved.language, resolved.source)
    }

    /// Fills the workspace's `relevance` with each sentence's relevance to `query`, for the
    /// document analysed into it with `lexicon`. Returns whether the query has a term of the
    /// document (otherwise nothing is relevant, and the summary is the plain one).
    fn relevance_into(
        &self,
        query: &str,
        workspace: &mut Workspace,
        lexicon: &mut Lexicon,
    ) -> bool {
        let Workspace {
            document,
            query_terms,
            query: weighted,
            query_idf,
            idf_scratch,
            relevance: out,
            relevance_scratch,
            ..
        } = workspace;
        query_terms.clear();
        document.local_terms_of(query, lexicon, query_terms);
        if query_terms.is_empty() {
            return false;
        }
        // A query term said twice counts twice.
        query_terms.sort_unstable();
        weighted.clear();
        for &t in query_terms.iter() {
            match weighted.last_mut() {
                Some((last, weight)) if *last == t => *weight += 1.0,
                _ => weighted.push((t, 1.0)),
            }
        }
        // Relevance uses plain IDF: the query's rare words are what finds the passage.
        match self.idf_model_for(lexicon) {
            Some(model) => {
                document_idf(document, lexicon, Some(model), 1.0, query_idf, idf_scratch)
            }
            None => sentence_idf(document, 1.0, query_idf, idf_scratch),
        }
        relevance(
            document,
            query_idf,
            weighted,
            Relevance::DEFAULT,
            out,
            relevance_scratch,
        );
        true
    }

    /// Stages 3 and 4 on the document analysed into the workspace with `lexicon`; with the
    /// workspace's `relevance` when `focused`.
    pub(super) fn score_analysed(
        &self,
        texts: &[&str],
        workspace: &mut Workspace,
        lexicon: &Lexicon,
        focused: bool,
        length: Length,
    ) {
        let Workspace {
            document,
            idf,
            idf_scratch,
            relevance,
            combine: scratch,
            scores,
            breakdowns,
            ..
        } = workspace;
        let relevance = focused.then_some(relevance.as_slice());
        let model = self.idf_model_for(lexicon);
        match self.algorithm.scorer() {
            None => {
                // Without stopword removal the most frequent terms are function words: IDF
                // must push them down harder.
                let stopwords_removed = lexicon.removes_stopwords();
                let exponent = self.weights.idf_exponent_for(stopwords_removed);
                let size = summary_size(length, document.len());
                document_idf(document, lexicon, model, exponent, idf, idf_scratch);
                combine(
                    document,
                    idf,
                    stopwords_removed,
                    relevance,
                    size,
                    &self.weights,
                    self.min_words,
                    scratch,
                    scores,
                    breakdowns,
                );
            }
            Some(scorer) => {
                document_idf(document, lexicon, model, 1.0, idf, idf_scratch);
                algorithm_scores(
                    scorer,
                    texts,
                    document,
                    idf,
                    self.min_words,
                    self.algorithm.keeps_short_sentences(),
                    relevance.map(|r| (r, self.weights.query)),
                    scores,
                    breakdowns,
                );
            }
        }
    }

    /// In a transcript, lifts each utterance whose speaker `query` names (see
    /// `score::speaker`) by the best score of any utterance, so that theirs answer first and
    /// keep their order among themselves.
    fn favour_named_speakers(&self, texts: &[&str], query: &str, workspace: &mut Workspace) {
        let Workspace {
            document,
            speakers,
            scores,
            breakdowns,
            ..
        } = workspace;
        if !named_speakers(texts, document, query, speakers) {
            return;
        }
        // Headings and fragments stay below every scorable utterance.
        let scorable = |breakdown: &ScoreBreakdown| !breakdown.heading && !breakdown.too_short;
        let best = scores
            .iter()
            .zip(breakdowns.iter())
            .filter(|(_, breakdown)| scorable(breakdown))
            .map(|(&score, _)| score)
            .fold(0f32, f32::max);
        for ((score, breakdown), &named) in scores
            .iter_mut()
            .zip(breakdowns.iter_mut())
            .zip(speakers.iter())
        {
            if named && scorable(breakdown) {
                breakdown.speaker = best;
                *score += best;
            }
        }
    }

    /// The IDF model, if it was fitted with `lexicon`'s settings.
    pub(super) fn idf_model_for(&self, lexicon: &Lexicon) -> Option<&IdfModel> {
        self.idf
            .as_deref()
            .filter(|model| model.analysis() == lexicon.analysis())
    }

    /// Stage 5: ranks the scored sentences of the workspace into its `ranking`, best first, ties
    /// by index; with redundancy control on, the first `picks(sentences)` are then the order in
    /// which it takes them.
    pub(super) fn rank(&self, workspace: &mut Workspace, picks: impl FnOnce(usize) -> usize) {
        let Workspace {
            document,
            idf,
            scores,
            ranking,
            redundancy: scratch,
            ..
        } = workspace;
        rank(scores, ranking);
        if self.redundancy > 0.0 {
            // Every scoring path fills the IDF of the document it analysed.
            debug_assert_eq!(idf.len(), document.term_count());
            let picks = picks(ranking.len());
            redundancy::rerank(
                document,
                idf,
                scores,
                self.redundancy,
                picks,
                ranking,
                scratch,
            );
        }
    }
}

/// What the default scorer is told of `length` for a document of `sentences` sentences: a
/// ratio becomes its sentence count.
fn summary_size(length: Length, sentences: usize) -> SummarySize {
    match length.budget {
        Budget::Sentences(n) => SummarySize::Sentences(n),
        Budget::Ratio(_) => SummarySize::Sentences(length.max_sentences(sentences)),
        Budget::Words(n) => SummarySize::Words(n),
        Budget::Chars(_) => SummarySize::Open,
    }
}
