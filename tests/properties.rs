//! Property tests: invariants that hold for every input and configuration.

use proptest::prelude::*;
use salient::{Language, Length, Order, SentenceSplitter, Summarizer};

/// Text that looks like prose: words, punctuation, quotes, line breaks and some exotic
/// characters, so sentence rules actually fire.
fn prose() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[A-Za-z]{1,9}",
        1 => "[0-9]{1,4}",
        2 => Just(" ".to_string()),
        1 => prop::sample::select(vec![
            ".", ". ", "! ", "? ", "...", "\u{2026} ", "\n", "\n\n", ", ", "Mr. ", "U.S. ",
            "3.5", "\u{201C}", "\u{201D} ", "(", ") ", "\u{3002}", "e.g. ", " \u{05E9}\u{05DC}\u{05D5}\u{05DD} ",
            "\u{1F469}\u{200D}\u{1F4BB}", "e\u{301}", "\t", "\u{0}", "\r\n",
        ]).prop_map(str::to_string),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|pieces| pieces.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![prose(), any::<String>()]
}

fn length() -> impl Strategy<Value = Length> {
    prop_oneof![
        (0usize..8).prop_map(Length::sentences),
        (0.0f64..=1.0).prop_map(|r| Length::ratio(r).unwrap()),
        (0usize..60).prop_map(Length::words),
        (0usize..400).prop_map(Length::chars),
    ]
}

fn language() -> impl Strategy<Value = Language> {
    prop::sample::select(Language::ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn split_spans_slice_back_trimmed_and_in_order(text in any_text(), language in language()) {
        let splitter = SentenceSplitter::new(language);
        let mut previous_end = 0;
        for span in splitter.split(&text) {
            let sentence = span.slice(&text);
            prop_assert!(!sentence.is_empty());
            prop_assert_eq!(sentence.trim(), sentence);
            prop_assert!(span.start >= previous_end);
            previous_end = span.end;
        }
    }

    #[test]
    fn summary_sentences_are_exact_slices_in_budget(
        text in any_text(),
        language in language(),
        length in length(),
        rank_order in any::<bool>(),
        redundancy in prop_oneof![Just(0.0f32), 0.0f32..=1.0],
    ) {
        // Configured rather than passed to `summarize_with`: scores depend on the budget, and
        // `score` uses the configured one.
        let summarizer = Summarizer::builder()
            .language(language)
            .length(length)
            .order(if rank_order { Order::Rank } else { Order::Document })
            .redundancy(redundancy)
            .build()
            .unwrap();
        let summary = summarizer.summarize(&text);
        let all = summarizer.score(&text);
        prop_assert_eq!(summary.document_sentences(), all.len());
        for (i, sentence) in summary.iter().enumerate() {
            prop_assert_eq!(&text[sentence.span.range()], sentence.text.as_ref());
            prop_assert!(sentence.score.is_finite());
            prop_assert_eq!(&all[sentence.index], sentence);
            if rank_order {
                prop_assert_eq!(sentence.rank, i);
            }
        }
        if !rank_order {
            for pair in summary.sentences().windows(2) {
                prop_assert!(pair[0].span.end <= pair[1].span.start);
            }
        }
        // The selection is always the best-ranked prefix.
        let mut ranks: Vec<usize> = summary.iter().map(|s| s.rank).collect();
        ranks.sort_unstable();
        prop_assert_eq!(ranks, (0..summary.len()).collect::<Vec<_>>());
    }

    #[test]
    fn budgets_hold(text in prose(), budget in 0usize..300) {
        let summarizer = Summarizer::new(Language::English);
        let by_chars = summarizer.summarize_with(&text, Length::chars(budget));
        let chars: usize = by_chars.iter().map(|s| s.text.chars().count()).sum();
        prop_assert!(chars <= budget || by_chars.len() == 1);
        if budget == 0 || summarizer.score(&text).is_empty() {
            prop_assert!(by_chars.is_empty());
        } else {
            prop_assert!(!by_chars.is_empty());
        }
        let by_count = summarizer.summarize_with(&text, Length::sentences(budget % 5));
        prop_assert!(by_count.len() <= budget % 5);
    }

    #[test]
    fn scores_are_finite_and_ranks_a_permutation(text in any_text(), language in language()) {
        let all = Summarizer::new(language).score(&text);
        let mut ranks: Vec<usize> = all.iter().map(|s| s.rank).collect();
        ranks.sort_unstable();
        prop_assert_eq!(ranks, (0..all.len()).collect::<Vec<_>>());
        for (i, sentence) in all.iter().enumerate() {
            prop_assert_eq!(sentence.index, i);
            prop_assert!(sentence.score.is_finite() && sentence.score >= 0.0);
        }
    }

    #[test]
    fn batch_equals_serial(texts in prop::collection::vec(prose(), 0..12)) {
        let summarizer = Summarizer::new(Language::English);
        let batch = summarizer.summarize_batch(&texts);
        let serial: Vec<_> = texts.iter().map(|t| summarizer.summarize(t)).collect();
        prop_assert_eq!(batch, serial);
    }
}

#[test]
fn one_long_line_without_punctuation_is_one_sentence() {
    let text = "word ".repeat(200_000);
    let summary = Summarizer::new(Language::English).summarize(&text);
    assert_eq!(summary.len(), 1);
    assert_eq!(summary.sentences()[0].text, text.trim_end());
}
