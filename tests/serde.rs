//! The `serde` feature: results and settings survive a round trip through JSON, in the
//! documented shapes.
#![cfg(feature = "serde")]

use std::sync::Arc;

use salient::algorithm::{Edmundson, LexRank};
use salient::{
    Algorithm, DocumentView, Language, Length, Order, ScoreBreakdown, SentenceScorer, Span,
    Summarizer, Summary, Weights,
};
use serde_json::{Value, json};

const TEXT: &str = "The council approved the \"new\" budget on Monday.\nIt raises school \
                    funding by 4% across the city. Critics said the budget ignores the roads \
                    of the north. Grüße aus Köln: 東京 reported nothing at all that day.";

fn round_trip<T>(value: &T) -> T
where
    T: serde::Serialize + serde::de::DeserializeOwned,
{
    let json = serde_json::to_string(value).expect("serialises");
    serde_json::from_str(&json).unwrap_or_else(|e| panic!("{json}: {e}"))
}

#[test]
fn summaries_round_trip_with_escaped_and_unicode_text() {
    for language in [Some(Language::English), None] {
        let summarizer = match language {
            Some(language) => Summarizer::new(language),
            None => Summarizer::builder().neutral().build().unwrap(),
        };
        let summary = summarizer.summarize_with(TEXT, Length::sentences(4));
        assert_eq!(summary.len(), 4);
        let json = serde_json::to_string(&summary).unwrap();
        // Text with escapes cannot be borrowed from the JSON: it is copied.
        let back: Summary<'_> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, summary);
        assert_eq!(back.language(), summary.language());
        for sentence in &back {
            assert_eq!(&TEXT[sentence.span.range()], sentence.text);
        }
    }
}

#[test]
fn sentences_serialise_flat_in_the_documented_order() {
    let summary = Summarizer::new(Language::English).summarize(TEXT);
    let value = serde_json::to_value(&summary).unwrap();
    let first = &value["sentences"][0];
    let keys: Vec<&str> = first
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    // serde_json keeps keys sorted without its `preserve_order` feature: compare as sets.
    let mut expected = [
        "document",
        "index",
        "start",
        "end",
        "text",
        "score",
        "rank",
        "breakdown",
    ];
    expected.sort_unstable();
    assert_eq!(keys, expected);
    assert_eq!(value["document_sentences"], json!(4));
    assert_eq!(value["language"], json!("en"));
    assert_eq!(value["language_source"], json!("configured"));
    let text = serde_json::to_string(&summary.sentences()[0]).unwrap();
    let position = |key: &str| text.find(&format!("\"{key}\"")).unwrap();
    assert!(position("document") < position("index"));
    assert!(position("index") < position("start"));
    assert!(position("end") < position("text"));
    assert!(position("rank") < position("breakdown"));
}

#[test]
fn spans_and_breakdowns_round_trip() {
    let span = Span::new(3, 17);
    assert_eq!(
        serde_json::to_value(span).unwrap(),
        json!({"start": 3, "end": 17})
    );
    assert_eq!(round_trip(&span), span);
    for sentence in Summarizer::new(Language::English).score(TEXT) {
        assert_eq!(round_trip(&sentence.breakdown), sentence.breakdown);
    }
    let partial: ScoreBreakdown = serde_json::from_value(json!({"tfidf": 0.5})).unwrap();
    assert_eq!(partial.tfidf, 0.5);
    assert_eq!(partial.total(), 0.5);
}

#[test]
fn lengths_are_one_entry_maps_and_bad_ratios_fail() {
    for (length, expected) in [
        (Length::sentences(3), json!({"sentences": 3})),
        (Length::ratio(0.25).unwrap(), json!({"ratio": 0.25})),
        (Length::words(50), json!({"words": 50})),
        (Length::chars(280), json!({"chars": 280})),
    ] {
        assert_eq!(serde_json::to_value(length).unwrap(), expected);
        assert_eq!(round_trip(&length), length);
    }
    let err = serde_json::from_value::<Length>(json!({"ratio": 1.5})).unwrap_err();
    assert!(err.to_string().contains("invalid ratio 1.5"), "{err}");
    assert!(serde_json::from_value::<Length>(json!({"pages": 2})).is_err());
}

#[test]
fn orders_languages_and_algorithms_are_names() {
    assert_eq!(serde_json::to_value(Order::Rank).unwrap(), json!("rank"));
    assert_eq!(round_trip(&Order::Document), Order::Document);
    for &language in Language::ALL {
        assert_eq!(
            serde_json::to_value(language).unwrap(),
            json!(language.code())
        );
        assert_eq!(round_trip(&language), language);
    }
    let german: Language = serde_json::from_value(json!("German")).unwrap();
    assert_eq!(german, Language::German);
    let err = serde_json::from_value::<Language>(json!("xx")).unwrap_err();
    assert!(err.to_string().contains("xx"), "{err}");

    for name in Algorithm::NAMES {
        let algorithm = Algorithm::from_name(name).unwrap();
        assert_eq!(serde_json::to_value(&algorithm).unwrap(), json!(name));
        assert_eq!(round_trip(&algorithm).name(), *name);
    }
    let strict = Algorithm::LexRank(LexRank::thresholded(0.3));
    let value = serde_json::to_value(&strict).unwrap();
    assert_eq!(
        value,
        json!({"lexrank": {"threshold": 0.30000001192092896}})
    );
    assert!(matches!(round_trip(&strict), Algorithm::LexRank(l) if l == LexRank::thresholded(0.3)));
    let continuous: Algorithm =
        serde_json::from_value(json!({"lexrank": {"threshold": null}})).unwrap();
    assert!(matches!(continuous, Algorithm::LexRank(l) if l.threshold().is_none()));
    let cues = Edmundson::default()
        .bonus_words(["significant", "Results"])
        .weights(1.0, 0.5, 1.0, 0.0);
    let edmundson = Algorithm::Edmundson(cues.clone());
    assert!(matches!(round_trip(&edmundson), Algorithm::Edmundson(e) if e == cues));
    let partial: Algorithm =
        serde_json::from_value(json!({"edmundson": {"key_weight": 2.0}})).unwrap();
    assert!(
        matches!(partial, Algorithm::Edmundson(e) if e == Edmundson::default().weights(1.0, 2.0, 1.0, 1.0))
    );
    assert!(serde_json::from_value::<Algorithm>(json!("nope")).is_err());
    assert!(serde_json::from_value::<Algorithm>(json!({"lexrank": {}, "lsa": null})).is_err());

    #[derive(Debug)]
    struct Mine;
    impl SentenceScorer for Mine {
        fn score(&self, _: &DocumentView<'_>, _: &mut [f32]) {}
    }
    let err = serde_json::to_value(Algorithm::Custom(Arc::new(Mine))).unwrap_err();
    assert!(err.to_string().contains("custom"), "{err}");
}

#[test]
fn weights_fill_missing_fields_with_defaults_and_reject_unknown_ones() {
    let weights = Weights {
        position: 0.0,
        title: 0.5,
        ..Weights::default()
    };
    assert_eq!(round_trip(&weights), weights);
    let partial: Weights = serde_json::from_value(json!({"position": 0.0, "title": 0.5})).unwrap();
    assert_eq!(partial, weights);
    let err = serde_json::from_value::<Weights>(json!({"positon": 0.0})).unwrap_err();
    assert!(err.to_string().contains("positon"), "{err}");
    // Deserialising does not validate; building does, naming the value.
    let bad: Weights = serde_json::from_value(json!({"length_spread": -1.0})).unwrap();
    let err = Summarizer::builder().weights(bad).build().unwrap_err();
    assert!(err.to_string().contains("length spread -1"), "{err}");
    let value: Value = serde_json::to_value(Weights::default()).unwrap();
    assert_eq!(value.as_object().unwrap().len(), 16);
}
