//! The same inputs give the same output on 1, 2 or 8 threads, run after run: batch summaries and
//! fitted IDF models do not depend on how rayon splits the work, nor on what a thread's reused
//! workspace summarised before.

use std::sync::Arc;

use salient::{IdfModel, Language, Length, Order, Summarizer, Summary};

const THREADS: [usize; 3] = [1, 2, 8];

/// Documents of every kind the other tests single out: prose, ties, empty, odd characters.
fn documents() -> Vec<String> {
    let article = include_str!("../examples/data/pakistan-russia-visit.txt");
    let mut texts = vec![
        article.to_owned(),
        String::new(),
        " \n\t ".to_owned(),
        "The council approved the new budget today. ".repeat(12),
        "The and of it. It was the same. And so it is.".to_owned(),
        "\0Hello\0 world.\u{7} Cafe\u{301} 👩\u{200d}👩\u{200d}👧 opened! שלום עולם. مرحبا؟"
            .to_owned(),
        "今天很好。明天下雨！東京は晴れ。".to_owned(),
        "1 2 3. 4 5 6. 2022-02-25 Prime Minister met the press.".to_owned(),
    ];
    // Many small generated documents sharing words, so threads see overlapping vocabularies in
    // different orders and tie-breaks matter.
    let words = [
        "budget", "council", "school", "road", "rain", "minister", "press", "talks", "energy",
        "gas", "pipeline", "visit", "trade", "war", "peace",
    ];
    for i in 0..120 {
        let mut text = String::new();
        for s in 0..(3 + i % 9) {
            for w in 0..(4 + (i * 7 + s) % 6) {
                text.push_str(words[(i * 31 + s * 7 + w * 3) % words.len()]);
                text.push(' ');
            }
            text.push_str(if s % 4 == 3 { "!\n\n" } else { ". " });
        }
        texts.push(text);
    }
    texts
}

fn on_threads<R: Send>(threads: usize, f: impl FnOnce() -> R + Send) -> R {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool")
        .install(f)
}

fn summarizers(model: Option<Arc<IdfModel>>) -> Vec<Summarizer> {
    let mut out = Vec::new();
    for (length, order, redundancy) in [
        (Length::sentences(3), Order::Document, 0.0),
        (Length::ratio(0.5).unwrap(), Order::Rank, 0.0),
        (Length::words(25), Order::Rank, 0.0),
        (Length::chars(200), Order::Document, 0.0),
        (Length::sentences(4), Order::Rank, 0.5),
        (Length::words(60), Order::Document, 1.0),
    ] {
        let mut builder = Summarizer::builder()
            .language(Language::English)
            .length(length)
            .order(order)
            .redundancy(redundancy);
        if let Some(model) = &model {
            builder = builder.idf_model(Arc::clone(model));
        }
        out.push(builder.build().unwrap());
    }
    out
}

/// Every thread count, twice: identical summaries, equal to summarising one by one.
fn assert_batches_identical(summarizer: &Summarizer, texts: &[String]) {
    let expected: Vec<Summary<'_>> = texts.iter().map(|t| summarizer.summarize(t)).collect();
    for round in 0..2 {
        for threads in THREADS {
            let batch = on_threads(threads, || summarizer.summarize_batch(texts));
            assert_eq!(batch.len(), texts.len());
            for (i, (got, want)) in batch.iter().zip(&expected).enumerate() {
                assert_eq!(got, want, "document {i}, {threads} threads, round {round}");
            }
        }
    }
}

#[test]
fn summarize_batch_is_identical_on_1_2_and_8_threads() {
    let texts = documents();
    for summarizer in summarizers(None) {
        assert_batches_identical(&summarizer, &texts);
    }
}

#[test]
fn fit_idf_is_identical_on_1_2_and_8_threads() {
    let texts = documents();
    let base = Summarizer::new(Language::English);
    let reference = on_threads(1, || base.fit_idf(&texts));
    assert_eq!(reference.documents(), texts.len() as u64);
    for round in 0..2 {
        for threads in THREADS {
            let model = on_threads(threads, || base.fit_idf(&texts));
            assert_eq!(model, reference, "{threads} threads, round {round}");
        }
    }
    // And summaries that use the model are identical on every thread count too.
    let model = Arc::new(reference);
    for summarizer in summarizers(Some(model)) {
        assert_batches_identical(&summarizer, &texts);
    }
}

/// A thread's workspace keeps its lexicon between documents; what it summarised before must not
/// change the next result, so the order of a batch does not matter.
#[test]
fn results_do_not_depend_on_what_a_thread_summarised_before() {
    let texts = documents();
    let summarizer = Summarizer::new(Language::English);
    let forward = on_threads(1, || summarizer.summarize_batch(&texts));
    let reversed: Vec<String> = texts.iter().rev().cloned().collect();
    let backward = on_threads(1, || summarizer.summarize_batch(&reversed));
    for (i, got) in backward.iter().rev().enumerate() {
        assert_eq!(got, &forward[i], "document {i}");
    }
}
