//! The orchestration's tests: the default scorer's factors as a user sees them in
//! [`ScoreBreakdown`](crate::ScoreBreakdown), the algorithm catalogue through the summariser,
//! and the guarantees of the whole (threads, empty input, `Send + Sync`).

use super::*;
use crate::algorithm::testing::ODD_TEXTS;
use crate::algorithm::{DocumentView, SentenceScorer};
use crate::score::length;
use crate::summarizer::cluster::ClusterDocument;

/// The default weights, so `D.position` reads like the constant it stands for.
const D: Weights = Weights::DEFAULT;

const SAMPLE: &str = include_str!("../../examples/data/pakistan-russia-visit.txt");

/// A summariser with the default settings but `weights`.
fn with(weights: Weights) -> Summarizer {
    Summarizer::builder().weights(weights).build().unwrap()
}

#[test]
fn length_prior_favours_the_median_sentence_and_is_in_the_breakdown() {
    // Word counts 6, 7, 8, 25: median (upper) 8. Only the length prior scores.
    let summarizer = with(Weights {
        tfidf: 0.0,
        position: 0.0,
        ..D
    });
    let all = summarizer.score(
        "Cats chase small mice in barns. Dogs chase big cats in the yard. \
         Birds sing in the tall green trees today. Farmers in the valley said on Monday that \
         the long dry summer had cut the harvest of wheat and barley by nearly half this year.",
    );
    let expected = |words: f32| {
        let ratio = (words / 8.0f32).ln();
        D.length * (-(ratio * ratio) / (2.0 * D.length_spread * D.length_spread)).exp()
    };
    let words = [6.0, 7.0, 8.0, 25.0];
    for (sentence, words) in all.iter().zip(words) {
        assert!(
            (sentence.breakdown.length - expected(words)).abs() < 1e-6,
            "{sentence:?}"
        );
        assert!((sentence.score - sentence.breakdown.total()).abs() < 1e-6);
    }
    assert!((all[2].breakdown.length - D.length).abs() < 1e-6);
    assert!(
        all[3].score < all[0].score,
        "a run-on scores below a short sentence"
    );
}

#[test]
fn frequency_factor_counts_only_without_stopwords() {
    let frequencies = |summarizer: Summarizer| -> Vec<f32> {
        let all = summarizer.score(SAMPLE);
        for sentence in &all {
            assert!((sentence.score - sentence.breakdown.total()).abs() < 1e-6);
        }
        all.iter().map(|s| s.breakdown.frequency).collect()
    };
    let default = frequencies(Summarizer::new(Language::English));
    let best = default.iter().copied().fold(0f32, f32::max);
    assert_eq!(best, D.frequency, "the top share reaches the full weight");
    assert!(default.iter().any(|&f| f > 0.0 && f < best));
    let kept = Summarizer::builder().stopwords(false).build().unwrap();
    assert!(frequencies(kept).iter().all(|&f| f == 0.0));
    let neutral = Summarizer::builder().neutral().build().unwrap();
    assert!(frequencies(neutral).iter().all(|&f| f == 0.0));
    let off = with(Weights {
        frequency: 0.0,
        ..D
    });
    assert!(frequencies(off).iter().all(|&f| f == 0.0));
}

#[test]
fn the_idf_exponent_follows_whether_stopwords_are_removed() {
    let scores = |builder: SummarizerBuilder, idf: f32, with_stopwords: f32| -> Vec<f32> {
        let weights = Weights {
            frequency: 0.0,
            idf_exponent: idf,
            idf_exponent_with_stopwords: with_stopwords,
            ..D
        };
        let summarizer = builder.weights(weights).build().unwrap();
        summarizer.score(SAMPLE).iter().map(|s| s.score).collect()
    };
    let plain = Summarizer::builder;
    // With stopwords removed, only `idf_exponent` counts.
    assert_eq!(scores(plain(), 0.25, 0.0), scores(plain(), 0.25, 3.0));
    assert_ne!(scores(plain(), 0.0, 1.5), scores(plain(), 3.0, 1.5));
    // With stopwords kept, in either way, only `idf_exponent_with_stopwords` counts.
    for kept in [plain().stopwords(false), plain().neutral()] {
        assert_eq!(
            scores(kept.clone(), 0.0, 1.5),
            scores(kept.clone(), 3.0, 1.5)
        );
        assert_ne!(scores(kept.clone(), 0.25, 0.0), scores(kept, 0.25, 3.0));
    }
}

#[test]
fn an_opening_fragment_takes_less_of_the_lead_bonus() {
    // Word counts 5, 16, 14, 16: median (upper) 16.
    let text = "Floods hit the city again. Heavy rain fell across the region all week and \
                the rivers rose fast over the banks. Floods closed twelve schools and three \
                hospitals on Monday, officials in the city said. Parents collected their \
                children early as the brown water rose near the schools and the houses.";
    let lead = |exponent: f32| {
        let summarizer = Summarizer::builder()
            .min_words(0)
            .weights(Weights {
                position_length_exponent: exponent,
                ..D
            })
            .build()
            .unwrap();
        summarizer.score(text)[0].breakdown.position
    };
    assert_eq!(lead(0.0), D.position);
    let (prior, _) = length::length_prior_and_power(5, 16.0, D.length_spread, 0.0);
    let expected = D.position * prior.sqrt();
    assert!(
        (lead(0.5) - expected).abs() < 1e-6,
        "{} vs {expected}",
        lead(0.5)
    );
    assert!(lead(1.0) < lead(0.5) && lead(0.5) < lead(0.0));
    // An opening sentence longer than the typical one is a lede, not a fragment: it keeps the
    // whole bonus (of a prior at full strength: this opening is less central than the rest).
    let long_first = "Floods closed twelve schools and three hospitals across the city on \
                      Monday after the river burst its banks near the old market square. \
                      Heavy rain fell across the region all week. Parents collected \
                      their children early. Officials said more rain would come.";
    let summarizer = with(Weights {
        position_length_exponent: 2.0,
        position_opening_ratio: 0.0,
        ..D
    });
    let all = summarizer.score(long_first);
    assert_eq!(all[0].breakdown.position, D.position, "{all:?}");
}

#[test]
fn the_most_central_share_reaches_full_centrality() {
    let full = |share: f32| {
        let all = with(Weights {
            centrality_saturation: share,
            ..D
        })
        .score(SAMPLE);
        assert!(all.iter().all(|s| s.breakdown.tfidf <= D.tfidf));
        all.iter()
            .filter(|s| (s.breakdown.tfidf - D.tfidf).abs() < 1e-6)
            .count()
    };
    // Without saturation only the most central sentence reaches the full weight; with the
    // default share, the top fifth of the 31 scorable sentences (round(30 × 0.8) = 24, so the 7
    // best) does.
    assert_eq!(full(0.0), 1);
    assert_eq!(full(D.centrality_saturation), 7);
}

#[test]
fn relative_half_life_stretches_the_prior_in_long_documents() {
    let text: String = (0..40)
        .map(|i| format!("Sentence number {i} tells about the weather today. "))
        .collect();
    let scores = |share: f32| {
        with(Weights {
            position_relative_half_life: share,
            ..D
        })
        .score(&text)
    };
    // 40 body sentences × 0.1 = a half-life of 4 sentences instead of 1.
    let relative = scores(0.1);
    assert!((relative[4].breakdown.position - D.position * 0.5).abs() < 1e-6);
    let fixed = scores(0.0);
    assert!((fixed[1].breakdown.position - D.position * 0.5).abs() < 1e-6);
}

#[test]
fn scores_stay_finite_under_extreme_settings() {
    let text = "Rain. Floods closed twelve schools on Monday in the north of the country. \
                The floods also closed roads and railways across the whole northern region. \
                Officials said schools would reopen when the water went down again.";
    for (idf, centrality, spread) in [(0.0, 1e-6, 1e-6), (8.0, 30.0, 1e6), (1.0, 1.0, 0.8)] {
        let summarizer = Summarizer::builder()
            .weights(Weights {
                idf_exponent: idf,
                centrality_exponent: centrality,
                length_spread: spread,
                ..D
            })
            .min_words(0)
            .build()
            .unwrap();
        for sentence in summarizer.score(text) {
            let parts = sentence.breakdown;
            for value in [sentence.score, parts.tfidf, parts.position, parts.length] {
                assert!(value.is_finite() && value >= 0.0, "{sentence:?}");
            }
        }
    }
}

#[test]
fn summarizer_is_send_sync_and_unwind_safe() {
    fn check<T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}
    check::<Summarizer>();
    check::<SentenceSplitter>();
    check::<Summary<'static>>();
}

#[test]
fn headings_and_fragments_score_zero() {
    let summarizer = Summarizer::new(Language::English);
    let all = summarizer
        .score("date 2022-02-25\n\nYes indeed. The minister met the president in Moscow.");
    assert!(all[0].breakdown.heading);
    assert!(all[1].breakdown.too_short);
    assert_eq!((all[0].score, all[1].score), (0.0, 0.0));
    assert!(all[2].score > 0.0);
    // The first body sentence gets the full position prior.
    assert_eq!(all[2].breakdown.position, D.position);
}

#[test]
fn headline_overlap_counts_toward_the_score() {
    // Title overlap is off by default; with a weight, the sentence closest to the headline gets
    // all of it.
    let summarizer = with(Weights { title: 1.0, ..D });
    let all = summarizer.score(
        "Floods close schools\n\nRain fell all week. Floods closed twelve schools on Monday.",
    );
    assert!(all[0].breakdown.heading);
    assert_eq!(all[1].breakdown.title, 0.0);
    assert!((all[2].breakdown.title - 1.0).abs() < 1e-6);
}

#[test]
fn scoring_an_analysed_document_again_gives_the_same_scores() {
    let summarizer = Summarizer::new(Language::English);
    let expected: Vec<f32> = summarizer.score(SAMPLE).iter().map(|s| s.score).collect();
    let mut analysed = summarizer.analyse_for_bench(SAMPLE);
    assert_eq!(summarizer.score_for_bench(&mut analysed), expected);
    assert_eq!(summarizer.score_for_bench(&mut analysed), expected);
}

#[test]
fn empty_text_gives_empty_summary() {
    let summarizer = Summarizer::new(Language::English);
    assert!(summarizer.summarize("").is_empty());
    assert!(summarizer.summarize(" \n ").is_empty());
    assert!(summarizer.score("").is_empty());
}

// The algorithm catalogue, run through the summariser.

const HEADLINED: &str = "Floods close schools\n\nHeavy rain flooded the valley towns on Monday \
    morning. Floods closed twelve schools across the valley towns. Officials said the schools \
    would reopen when the floods recede. Ok then.\n\nRain is expected again next week in the \
    valley.";

fn using(algorithm: Algorithm) -> Summarizer {
    Summarizer::builder()
        .algorithm(algorithm)
        .build()
        .expect("valid")
}

#[test]
fn every_algorithm_keeps_headings_and_fragments_out() {
    for name in Algorithm::NAMES {
        let algorithm = Algorithm::from_name(name).expect("known");
        let summary = using(algorithm).summarize_with(HEADLINED, Length::sentences(3));
        assert_eq!(summary.len(), 3, "{name}");
        for sentence in summary.sentences() {
            assert!(!sentence.breakdown.heading, "{name}: {}", sentence.text);
            assert!(!sentence.breakdown.too_short, "{name}: {}", sentence.text);
            assert!(sentence.score.is_finite());
        }
    }
}

#[test]
fn lead_takes_the_first_body_sentences() {
    let summary = using(Algorithm::Lead).summarize_with(HEADLINED, Length::sentences(2));
    let indices: Vec<usize> = summary.iter().map(|s| s.index).collect();
    assert_eq!(indices, [1, 2]);
}

#[test]
fn ineligible_sentences_rank_last_even_with_negative_scores() {
    #[derive(Debug)]
    struct Negative;
    impl SentenceScorer for Negative {
        fn score(&self, _: &DocumentView<'_>, scores: &mut [f32]) {
            for (i, s) in scores.iter_mut().enumerate() {
                *s = if i == 2 { f32::NAN } else { -(i as f32) - 5.0 };
            }
        }
    }
    let all = using(Algorithm::Custom(Arc::new(Negative))).score(HEADLINED);
    let heading = &all[0];
    assert!(heading.breakdown.heading);
    assert!(all.iter().all(|s| s.score.is_finite()));
    assert!(
        all.iter()
            .filter(|s| s.index != 0 && !s.breakdown.too_short)
            .all(|s| s.score > heading.score)
    );
    assert_eq!(all[2].score, 0.0, "NaN becomes 0");
    assert_eq!(all[2].rank, 0);
}

#[test]
fn odd_texts_never_panic_and_scores_are_finite() {
    for name in Algorithm::NAMES {
        let summarizer = using(Algorithm::from_name(name).expect("known"));
        for text in ODD_TEXTS {
            for sentence in summarizer.score(text) {
                assert!(sentence.score.is_finite(), "{name} {text:?}");
            }
            let _ = summarizer.summarize_with(text, Length::ratio(0.5).expect("valid"));
        }
    }
}

#[test]
fn same_scores_on_any_thread() {
    let texts: Vec<String> = (0..8)
        .map(|i| format!("{HEADLINED} Extra sentence number {i} about the valley schools."))
        .collect();
    for name in Algorithm::NAMES {
        let summarizer = using(Algorithm::from_name(name).expect("known"));
        let batch: Vec<Vec<f32>> = summarizer
            .summarize_batch(&texts)
            .iter()
            .map(|s| s.iter().map(|x| x.score).collect())
            .collect();
        let serial: Vec<Vec<f32>> = texts
            .iter()
            .map(|t| summarizer.summarize(t).iter().map(|x| x.score).collect())
            .collect();
        assert_eq!(batch, serial, "{name}");
    }
}

// Query focus and transcripts.

const COUNCIL: &str = "The council met on Monday in the town hall. It approved the new school \
    budget after a long debate. Road repairs in the north will wait until spring, the mayor \
    said. Teachers welcomed the extra money for the schools.";

#[test]
fn a_query_lifts_the_sentences_that_answer_it_for_every_algorithm() {
    for name in Algorithm::NAMES {
        let summarizer = Summarizer::builder()
            .algorithm(Algorithm::from_name(name).unwrap())
            .length(Length::sentences(1))
            .build()
            .unwrap();
        let focused = summarizer.focus("road repairs");
        let summary = focused.summarize(COUNCIL);
        assert_eq!(summary.sentences()[0].index, 2, "{name}");
        for sentence in focused.score(COUNCIL) {
            let parts = sentence.breakdown;
            assert!((sentence.score - parts.total()).abs() < 1e-5, "{name}");
            assert!(
                parts.query >= 0.0 && parts.query <= D.query + 1e-6,
                "{name}"
            );
        }
    }
}

#[test]
fn a_query_the_text_never_mentions_gives_the_plain_summary() {
    let summarizer = Summarizer::new(Language::English);
    let plain = summarizer.summarize(COUNCIL);
    assert_eq!(
        summarizer
            .focus("quantum chromodynamics")
            .summarize(COUNCIL),
        plain
    );
    assert_eq!(summarizer.focus("").summarize(COUNCIL), plain);
    assert_eq!(summarizer.focus("the of and").summarize(COUNCIL), plain);
    assert!(plain.iter().all(|s| s.breakdown.query == 0.0));
}

#[test]
fn query_weight_zero_leaves_the_scores_alone() {
    let summarizer = with(Weights { query: 0.0, ..D });
    let plain: Vec<f32> = summarizer.score(COUNCIL).iter().map(|s| s.score).collect();
    let focused: Vec<f32> = summarizer
        .focus("road repairs")
        .score(COUNCIL)
        .iter()
        .map(|s| s.score)
        .collect();
    assert_eq!(plain, focused);
}

const MEETING: &str = "Anna: ok we're on\nBen: morning all\n\
    Anna: the budget for the new school building is over by a third. We need a vote\n\
    Ben: the school building budget needs a vote next week then\nCarl: sure thing\n\
    Anna: and the caretaker has asked about the heating in the old gym again\n";

#[test]
fn transcripts_are_cut_into_utterances_without_their_speakers() {
    let summarizer = Summarizer::builder().min_words(0).build().unwrap();
    let all = summarizer.score(MEETING);
    assert_eq!(all.len(), 6);
    assert!(all[2].text.ends_with("We need a vote"));
    assert!(all.iter().all(|s| !s.breakdown.heading));
    // The label is not a word of the utterance: "Carl: sure thing" has two.
    let fragments = Summarizer::builder().min_words(3).build().unwrap();
    assert!(fragments.score(MEETING)[4].breakdown.too_short);
    // As prose, lines without a stop run on into the next.
    let prose = Summarizer::builder()
        .units(Units::Sentences)
        .build()
        .unwrap()
        .score(MEETING);
    assert!(prose.len() < all.len(), "{prose:?}");
    let heating = summarizer
        .focus("heating")
        .summarize_with(MEETING, Length::sentences(1));
    assert_eq!(heating.sentences()[0].index, 5);
}

#[test]
fn a_query_that_names_a_speaker_is_answered_by_that_speaker() {
    let summarizer = Summarizer::builder().min_words(0).build().unwrap();
    // Anna and Ben say the most about the budget, but the question is what Carl thought.
    let answer = summarizer
        .focus("What did Carl think about the budget vote?")
        .summarize_with(MEETING, Length::sentences(1));
    let best = &answer.sentences()[0];
    assert_eq!(best.index, 4, "{answer:?}");
    assert!(best.breakdown.speaker > 0.0);
    assert!((best.breakdown.total() - best.score).abs() < 1e-5);
    // Without a name, or with the name in lower case (a topic, not a speaker), no bonus.
    for query in ["the budget vote", "what about ben and the budget?"] {
        let scored = summarizer.focus(query).score(MEETING);
        assert!(scored.iter().all(|s| s.breakdown.speaker == 0.0), "{query}");
    }
    // In prose, a name is only a word.
    let prose = Summarizer::builder()
        .units(Units::Sentences)
        .build()
        .unwrap();
    let scored = prose.focus("What did Ben think?").score(MEETING);
    assert!(scored.iter().all(|s| s.breakdown.speaker == 0.0));
}

// Clusters of documents.

const REPORTS: [&str; 3] = [
    "Floods closed twelve schools in the valley on Monday. Officials said the schools would \
     reopen on Thursday if the rain stops.",
    "Heavy rain fell across the region for a whole week before the river burst its banks. \
     Twelve valley schools were closed by the floods on Monday, officials said.",
    "",
];

#[test]
fn cluster_sentences_name_their_document_and_slice_it() {
    let summarizer = Summarizer::builder()
        .length(Length::sentences(10))
        .min_words(0)
        .build()
        .unwrap();
    let summary = summarizer.summarize_cluster(&REPORTS);
    assert_eq!(summary.document_sentences(), 4);
    assert_eq!(summary.len(), 4);
    for sentence in &summary {
        assert_eq!(
            &REPORTS[sentence.document][sentence.span.range()],
            sentence.text
        );
    }
    let indices: Vec<(usize, usize)> = summary.iter().map(|s| (s.document, s.index)).collect();
    assert_eq!(indices, [(0, 0), (0, 1), (1, 2), (1, 3)]);
    let all = summarizer.score_cluster(&REPORTS);
    assert_eq!(all.len(), 4);
    assert!(all.iter().all(|s| s.score.is_finite()));
}

#[test]
fn every_document_has_a_lead_of_its_own() {
    let all = Summarizer::new(Language::English).score_cluster(&REPORTS);
    // A first sentence shorter than the typical one keeps most, not all, of the bonus.
    let lead = |i: usize| all[i].breakdown.position;
    assert!(
        lead(0) > 0.9 * D.position && lead(2) > 0.9 * D.position,
        "{all:?}"
    );
    assert!(
        lead(1) < 0.6 * D.position && lead(3) < 0.6 * D.position,
        "{all:?}"
    );
    let lead = using(Algorithm::Lead).summarize_cluster_with(&REPORTS, Length::sentences(2));
    let documents: Vec<usize> = lead.iter().map(|s| s.document).collect();
    assert_eq!(documents, [0, 1], "the first sentence of each document");
}

#[test]
fn a_fact_reported_twice_is_taken_once() {
    let summarizer = Summarizer::builder()
        .length(Length::sentences(2))
        .build()
        .unwrap();
    let summary = summarizer.summarize_cluster(&REPORTS);
    let closures = summary.iter().filter(|s| s.text.contains("closed")).count();
    assert_eq!(closures, 1, "{summary:?}");
}

#[test]
fn cluster_order_follows_dates_then_the_given_order() {
    let summarizer = Summarizer::builder()
        .length(Length::sentences(10))
        .min_words(0)
        .build()
        .unwrap();
    let dated = [
        ClusterDocument::new(REPORTS[0]).date("2024-03-05"),
        ClusterDocument::new(REPORTS[1]).date("4 March 2024"),
    ];
    let documents = |summary: &Summary<'_>| summary.iter().map(|s| s.document).collect::<Vec<_>>();
    assert_eq!(
        documents(&summarizer.summarize_cluster(&dated)),
        [1, 1, 0, 0]
    );
    let undated = [
        ClusterDocument::new(REPORTS[0]),
        ClusterDocument::new(REPORTS[1]),
    ];
    assert_eq!(
        documents(&summarizer.summarize_cluster(&undated)),
        [0, 0, 1, 1]
    );
    let ranked = Summarizer::builder()
        .length(Length::sentences(10))
        .order(Order::Rank)
        .build()
        .unwrap()
        .summarize_cluster(&dated);
    let ranks: Vec<usize> = ranked.iter().map(|s| s.rank).collect();
    assert_eq!(ranks, (0..ranked.len()).collect::<Vec<_>>());
}

#[test]
fn an_empty_cluster_gives_an_empty_summary() {
    let summarizer = Summarizer::new(Language::English);
    assert!(summarizer.summarize_cluster::<&str>(&[]).is_empty());
    assert!(summarizer.summarize_cluster(&["", "  "]).is_empty());
    // One document as a cluster is that document's summary, with a stronger redundancy control.
    let one = summarizer.summarize_cluster(&[SAMPLE]);
    assert_eq!(one.len(), 3);
    assert!(one.iter().all(|s| s.document == 0));
}
