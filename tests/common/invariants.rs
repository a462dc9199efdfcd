//! What must hold for every input: the checks shared by the cargo-fuzz targets (`fuzz/`) and the
//! stable smoke test (`tests/fuzz_smoke.rs`), so that both fuzz exactly the same promises.
//!
//! Included with `#[path]` rather than published from the crate: these are test oracles, not API.

// Each includer uses a different subset of the helpers.
#![allow(dead_code)]

use salient::{
    Language, Length, Order, Sentence, SentenceSplitter, Span, Summarizer, Units, Weights,
};

/// The default scorer's weights, which the configurations here keep but for a few.
const DEFAULTS: Weights = Weights::DEFAULT;

/// A summary budget as the test chose it. [`Length`] is opaque, so the checks keep their own copy
/// of what was asked for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Budget {
    Sentences(usize),
    Ratio(f64),
    Words(usize),
    Chars(usize),
}

impl Budget {
    /// The [`Length`] for this budget; `None` for a ratio the constructor must reject.
    pub fn length(self) -> Option<Length> {
        match self {
            Budget::Sentences(n) => Some(Length::sentences(n)),
            Budget::Ratio(r) => {
                let built = Length::ratio(r);
                // The constructor's contract: exactly the numbers in 0..=1 are accepted.
                assert_eq!(
                    built.is_ok(),
                    (0.0..=1.0).contains(&r),
                    "Length::ratio({r})"
                );
                built.ok()
            }
            Budget::Words(n) => Some(Length::words(n)),
            Budget::Chars(n) => Some(Length::chars(n)),
        }
    }
}

/// Every configuration knob of [`Summarizer::builder`], including values the builder must refuse.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    pub language: Language,
    pub budget: Budget,
    pub order: Order,
    pub tfidf_weight: f32,
    pub position_weight: f32,
    pub position_half_life: f32,
    pub stemming: bool,
    pub stopwords: bool,
    pub min_words: usize,
    pub redundancy: f32,
    pub units: Units,
}

impl Config {
    /// Whether the builder must accept this configuration, from the documented rules.
    pub fn is_valid(&self) -> bool {
        let weight_ok = |w: f32| w.is_finite() && w >= 0.0;
        weight_ok(self.tfidf_weight)
            && weight_ok(self.position_weight)
            // The title and length weights keep their defaults here.
            && (self.tfidf_weight > 0.0
                || self.position_weight > 0.0
                || DEFAULTS.frequency > 0.0
                || DEFAULTS.title > 0.0
                || DEFAULTS.length > 0.0)
            // Two finite weights can still add up to infinity, and a score is their weighted sum.
            && (self.tfidf_weight
                + DEFAULTS.frequency
                + self.position_weight
                + DEFAULTS.title
                + DEFAULTS.length)
                .is_finite()
            && self.position_half_life.is_finite()
            && self.position_half_life > 0.0
            && (0.0..=1.0).contains(&self.redundancy)
    }

    /// Builds the summariser, checking that the builder accepts exactly the valid
    /// configurations. `None` when it (rightly) refused.
    pub fn build(&self) -> Option<Summarizer> {
        let length = self.budget.length()?;
        let built = Summarizer::builder()
            .language(self.language)
            .length(length)
            .order(self.order)
            .weights(Weights {
                tfidf: self.tfidf_weight,
                position: self.position_weight,
                position_half_life: self.position_half_life,
                ..DEFAULTS
            })
            .stemming(self.stemming)
            .stopwords(self.stopwords)
            .min_words(self.min_words)
            .redundancy(self.redundancy)
            .units(self.units)
            .build();
        match built {
            Ok(summarizer) => {
                assert!(self.is_valid(), "builder accepted an invalid {self:?}");
                Some(summarizer)
            }
            Err(err) => {
                assert!(!self.is_valid(), "builder refused a valid {self:?}: {err}");
                assert!(!err.to_string().is_empty());
                None
            }
        }
    }
}

/// Splits `text` and checks the spans: on char boundaries, slicing back, trimmed, non-empty,
/// sorted, non-overlapping, and only white space left between them (no text is dropped).
pub fn check_split(splitter: &SentenceSplitter, text: &str) -> Vec<Span> {
    let spans: Vec<Span> = splitter.split(text).collect();
    let mut previous_end = 0;
    for span in &spans {
        assert!(span.start < span.end, "empty span {span:?}");
        assert!(
            span.start >= previous_end,
            "span {span:?} overlaps or is out of order"
        );
        assert!(span.end <= text.len(), "span {span:?} past the end");
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "span {span:?} splits a char"
        );
        let piece = span.slice(text);
        assert_eq!(piece.trim(), piece, "span {span:?} not trimmed");
        let gap = &text[previous_end..span.start];
        assert!(
            gap.trim().is_empty(),
            "text dropped before {span:?}: {gap:?}"
        );
        previous_end = span.end;
    }
    assert!(
        text[previous_end..].trim().is_empty(),
        "text dropped at the end"
    );
    let pieces: Vec<&str> = splitter.sentences(text).collect();
    assert_eq!(pieces.len(), spans.len());
    for (piece, span) in pieces.iter().zip(&spans) {
        assert_eq!(*piece, span.slice(text));
    }
    let mut reused = vec![Span::new(0, 0)];
    splitter.split_into(text, &mut reused);
    assert_eq!(
        reused[1..],
        spans[..],
        "split_into must append the same spans"
    );
    spans
}

/// Scores every sentence and checks: one entry per split sentence in document order, spans slice
/// back, scores finite and equal to their breakdown, ranks a permutation that sorts by score with
/// ties broken by index. With redundancy control on, ranks are the order of taking: the first is
/// still the best by score, and past the sentences it may reorder the score order holds again.
pub fn check_scores<'t>(summarizer: &Summarizer, text: &'t str) -> Vec<Sentence<'t>> {
    check_scores_for(summarizer, None, text)
}

/// [`check_scores`] for the summariser focused on `query` when given; the query's part of a
/// score is finite and at most its weight.
pub fn check_scores_for<'t>(
    summarizer: &Summarizer,
    query: Option<&str>,
    text: &'t str,
) -> Vec<Sentence<'t>> {
    let spans = check_split(&summarizer.splitter_for(text), text);
    let all = match query {
        Some(query) => summarizer.focus(query).score(text),
        None => summarizer.score(text),
    };
    for sentence in &all {
        let part = sentence.breakdown.query;
        assert!(part.is_finite() && part >= 0.0 && part <= summarizer.weights().query);
        if query.is_none() {
            assert_eq!(part, 0.0);
        }
    }
    assert_eq!(all.len(), spans.len(), "one score per sentence");
    let mut by_rank = vec![usize::MAX; all.len()];
    for (i, sentence) in all.iter().enumerate() {
        assert_eq!(sentence.index, i);
        assert_eq!(sentence.span, spans[i]);
        assert_eq!(sentence.text, &text[sentence.span.range()]);
        let parts = sentence.breakdown;
        assert!(
            sentence.score.is_finite() && sentence.score >= 0.0,
            "score {} of {sentence:?}",
            sentence.score
        );
        assert!(parts.tfidf.is_finite() && parts.tfidf >= 0.0);
        assert!(parts.position.is_finite() && parts.position >= 0.0);
        assert_eq!(sentence.score, parts.total());
        if parts.too_short {
            assert_eq!(sentence.score, 0.0);
        }
        assert!(sentence.rank < all.len(), "rank out of range");
        assert_eq!(by_rank[sentence.rank], usize::MAX, "rank given twice");
        by_rank[sentence.rank] = i;
    }
    let in_score_order = |a: &Sentence<'_>, b: &Sentence<'_>| {
        a.score > b.score || (a.score == b.score && a.index < b.index)
    };
    if summarizer.redundancy() == 0.0 {
        for pair in by_rank.windows(2) {
            let (a, b) = (&all[pair[0]], &all[pair[1]]);
            assert!(
                in_score_order(a, b),
                "rank order broken: {a:?} before {b:?}"
            );
        }
    } else if let Some(&first) = by_rank.first() {
        let best = &all[first];
        for other in all.iter().filter(|s| s.index != first) {
            assert!(
                in_score_order(best, other),
                "{best:?} ranked first before {other:?}"
            );
        }
        // Redundancy control reorders at most the 1,000 best sentences.
        for pair in by_rank.windows(2).skip(1000) {
            let (a, b) = (&all[pair[0]], &all[pair[1]]);
            assert!(
                in_score_order(a, b),
                "rank order broken: {a:?} before {b:?}"
            );
        }
    }
    all
}

/// Words as the crate counts them, exact for ASCII text only: runs of ASCII letters and digits.
/// `None` for other text, where the crate's Unicode rules would have to be re-implemented.
pub fn ascii_words(text: &str) -> Option<usize> {
    if !text.is_ascii() {
        return None;
    }
    Some(
        text.split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .count(),
    )
}

/// Summarises `text` with `summarizer` (built with `budget` and `order`) and checks the summary
/// against [`check_scores`] and the budget's documented rules.
pub fn check_summary(summarizer: &Summarizer, budget: Budget, order: Order, text: &str) {
    check_summary_for(summarizer, None, budget, order, text);
}

/// [`check_summary`] for the summariser focused on `query` when given.
pub fn check_summary_for(
    summarizer: &Summarizer,
    query: Option<&str>,
    budget: Budget,
    order: Order,
    text: &str,
) {
    let all = check_scores_for(summarizer, query, text);
    let summary = match query {
        Some(query) => summarizer.focus(query).summarize(text),
        None => summarizer.summarize(text),
    };
    let n = all.len();
    let k = summary.len();
    assert_eq!(summary.document_sentences(), n);
    assert!(k <= n);
    for sentence in summary.sentences() {
        assert_eq!(
            *sentence, all[sentence.index],
            "summary disagrees with score()"
        );
    }
    // The selected sentences are the best k: their ranks are exactly 0..k.
    let mut ranks: Vec<usize> = summary.iter().map(|s| s.rank).collect();
    ranks.sort_unstable();
    assert!(
        ranks.iter().copied().eq(0..k),
        "ranks {ranks:?} are not a prefix"
    );
    match order {
        Order::Document => assert!(
            summary
                .sentences()
                .windows(2)
                .all(|p| p[0].index < p[1].index),
            "not in document order"
        ),
        Order::Rank => assert!(summary.iter().map(|s| s.rank).eq(0..k), "not in rank order"),
    }

    // `by_rank[r]` is the sentence ranked `r`.
    let mut by_rank: Vec<&Sentence<'_>> = all.iter().collect();
    by_rank.sort_unstable_by_key(|s| s.rank);
    let chars = |s: &Sentence<'_>| s.text.chars().count();
    let words = |s: &Sentence<'_>| ascii_words(&s.text);
    match budget {
        Budget::Sentences(m) => assert_eq!(k, m.min(n)),
        Budget::Ratio(r) => {
            let expected = if r > 0.0 && n > 0 {
                ((r * n as f64).round() as usize).clamp(1, n)
            } else {
                0
            };
            assert_eq!(k, expected, "ratio {r} of {n} sentences");
        }
        Budget::Chars(m) => check_size_budget(&by_rank, k, m, |s| Some(chars(s))),
        Budget::Words(m) => check_size_budget(&by_rank, k, m, words),
    }
    if n > 0
        && matches!(budget, Budget::Sentences(m) | Budget::Words(m) | Budget::Chars(m) if m > 0)
    {
        assert!(k >= 1, "non-empty text with a non-zero budget gave nothing");
    }
    if let Budget::Ratio(r) = budget
        && r > 0.0
        && n > 0
    {
        assert!(k >= 1);
    }
    assert_eq!(
        summary.join("\n"),
        summary
            .iter()
            .map(|s| s.text.as_ref())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// A word or char budget of `m` over sentences in rank order, of which the first `k` were taken:
/// they fit (or are the single best sentence when even it does not fit), and the next one would
/// not have fitted. `size` is `None` when the sentence cannot be measured exactly here.
fn check_size_budget(
    by_rank: &[&Sentence<'_>],
    k: usize,
    m: usize,
    size: impl Fn(&Sentence<'_>) -> Option<usize>,
) {
    if m == 0 {
        assert_eq!(k, 0, "a zero budget selects nothing");
        return;
    }
    if by_rank.is_empty() {
        return;
    }
    assert!(k >= 1, "a non-zero budget keeps at least the best sentence");
    let Some(sizes) = by_rank[..(k + 1).min(by_rank.len())]
        .iter()
        .map(|s| size(s))
        .collect::<Option<Vec<usize>>>()
    else {
        return;
    };
    let used: usize = sizes[..k].iter().sum();
    if k == 1 && sizes[0] > m {
        // The documented fallback: the best sentence alone, even over budget.
    } else {
        assert!(used <= m, "selected {used} over a budget of {m}");
    }
    if k < by_rank.len() {
        assert!(
            used + sizes[k] > m,
            "stopped early: {used} used, next costs {}, budget {m}",
            sizes[k]
        );
    }
}
