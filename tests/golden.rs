//! Golden tests on the bundled sample article (a real news story): its sentence split and its
//! summary, through the public API only.

use salient::{Language, Length, Order, SentenceSplitter, Summarizer};

const SAMPLE: &str = include_str!("../examples/data/pakistan-russia-visit.txt");

#[test]
fn sample_split_keeps_dateline_and_headline_apart() {
    let splitter = SentenceSplitter::new(Language::English);
    let sentences: Vec<&str> = splitter.sentences(SAMPLE).collect();
    assert_eq!(sentences.len(), 34);
    assert_eq!(sentences[0], "date 2022-02-25");
    assert!(sentences[1].starts_with("Prime Minister Imran Khan held one-on-one meeting"));
    let headline = sentences
        .iter()
        .position(|s| *s == "\u{2018}Putin goes out of way to welcome PM Imran\u{2019}")
        .expect("the headline is a sentence of its own");
    assert!(sentences[headline + 1].starts_with("Information Minister Fawad Chaudhry said"));
    assert_eq!(
        sentences[3],
        "Premier Imran along with a high-level delegation is on a two-day visit to the Russian \
         Federation from 23-24 February."
    );
    assert_eq!(
        sentences[4],
        "He is accompanied by cabinet members and senior officials."
    );
}

#[test]
fn sample_summary_is_stable() {
    let summary = Summarizer::new(Language::English).summarize(SAMPLE);
    let indices: Vec<usize> = summary.iter().map(|s| s.index).collect();
    assert_eq!(indices, [1, 6, 7]);
    let first = &summary.sentences()[0];
    assert!(
        first
            .text
            .starts_with("Prime Minister Imran Khan held one-on-one meeting")
    );
    for sentence in &summary {
        assert_eq!(&SAMPLE[sentence.span.range()], sentence.text);
        assert!(!sentence.breakdown.heading && !sentence.breakdown.too_short);
    }
}

#[test]
fn sample_summary_never_picks_the_dateline_or_headline() {
    let summarizer = Summarizer::builder()
        .length(Length::ratio(0.5).unwrap())
        .build()
        .unwrap();
    let summary = summarizer.summarize(SAMPLE);
    assert_eq!(summary.len(), 17);
    for sentence in &summary {
        assert_ne!(sentence.text, "date 2022-02-25");
        assert!(!sentence.text.starts_with('\u{2018}'));
    }
}

#[test]
fn rank_order_lists_best_first() {
    let summarizer = Summarizer::builder()
        .order(Order::Rank)
        .length(Length::sentences(5))
        .build()
        .unwrap();
    let summary = summarizer.summarize(SAMPLE);
    let ranks: Vec<usize> = summary.iter().map(|s| s.rank).collect();
    assert_eq!(ranks, [0, 1, 2, 3, 4]);
    for pair in summary.sentences().windows(2) {
        assert!(pair[0].score >= pair[1].score);
    }
}

#[test]
fn budgets_in_words_and_chars_are_respected() {
    let summarizer = Summarizer::new(Language::English);
    let summary = summarizer.summarize_with(SAMPLE, Length::chars(400));
    let chars: usize = summary.iter().map(|s| s.text.chars().count()).sum();
    assert!(chars <= 400, "{chars}");
    assert!(!summary.is_empty());
    // A budget smaller than any sentence still yields the best sentence.
    let tiny = summarizer.summarize_with(SAMPLE, Length::words(3));
    assert_eq!(tiny.len(), 1);
    assert_eq!(tiny.sentences()[0].rank, 0);
    assert!(
        summarizer
            .summarize_with(SAMPLE, Length::words(0))
            .is_empty()
    );
}

#[test]
fn batch_equals_one_by_one() {
    let texts = vec![
        SAMPLE.to_string(),
        String::new(),
        SAMPLE[..2000].to_string(),
    ];
    let summarizer = Summarizer::new(Language::English);
    let batch = summarizer.summarize_batch(&texts);
    let serial: Vec<_> = texts.iter().map(|t| summarizer.summarize(t)).collect();
    assert_eq!(batch, serial);
}

#[test]
fn every_language_summarises_the_sample_without_panicking() {
    for &language in Language::ALL {
        let summary = Summarizer::new(language).summarize(SAMPLE);
        assert_eq!(summary.len(), 3, "{language}");
        for sentence in &summary {
            assert!(sentence.score.is_finite());
        }
    }
}

#[test]
fn stemming_and_stopwords_can_be_switched_off() {
    let plain = Summarizer::builder()
        .stemming(false)
        .stopwords(false)
        .build()
        .unwrap();
    let summary = plain.summarize(SAMPLE);
    assert_eq!(summary.len(), 3);
}
