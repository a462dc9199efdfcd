//! How does our throughput compare with the Rust summarisers `lede` and `summary` on the same
//! inputs, on one thread and on two (rayon over documents), and how well do we scale?
//!
//! Every summariser picks about three sentences: ours and `summary` three sentences, `lede` a
//! 600-character budget (it counts characters, not sentences).

mod common;

use std::hint::black_box;
use std::num::NonZeroU32;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use rayon::prelude::*;

/// A summariser under test: text in, size of the summary out.
type Runner<'a> = &'a (dyn Fn(&str) -> usize + Sync);

/// `lede`'s summary length, in characters: about three news sentences.
const LEDE_CHARS: usize = 600;

fn peers(c: &mut Criterion) {
    let ours = salient::Summarizer::new(salient::Language::English);
    let summary = summary::Summarizer::new(summary::Language::English);
    let three = NonZeroU32::new(3).expect("3 is not 0");
    let (name, texts) = common::corpus();

    // Each returns the number of output bytes or sentences, so no work can be skipped.
    let salient_one = |text: &str| ours.summarize(text).len();
    let lede_one = |text: &str| {
        lede::summarize(text, LEDE_CHARS, lede::Mode::Default)
            .summary
            .len()
    };
    let summary_one = |text: &str| summary.summarize_sentences(text, three).len();
    let runners: [(&str, Runner); 3] = [
        ("salient", &salient_one),
        ("lede", &lede_one),
        ("summary", &summary_one),
    ];

    let mut group = c.benchmark_group("peers sample article");
    group.throughput(Throughput::Bytes(common::SAMPLE.len() as u64));
    for (peer, run) in runners {
        group.bench_function(peer, |b| b.iter(|| run(black_box(common::SAMPLE))));
    }
    group.finish();

    let mut group = c.benchmark_group(format!("peers {name} corpus, {} documents", texts.len()));
    group.throughput(Throughput::Bytes(common::bytes(&texts)));
    group.sample_size(10);
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("a thread pool");
        for (peer, run) in runners {
            group.bench_function(BenchmarkId::new(peer, format!("{threads} threads")), |b| {
                b.iter(|| {
                    if threads == 1 {
                        texts.iter().map(|text| run(black_box(text))).sum::<usize>()
                    } else if peer == "salient" {
                        // Ours through its own batch API, as users would call it.
                        pool.install(|| ours.summarize_batch(black_box(&texts)).len())
                    } else {
                        pool.install(|| texts.par_iter().map(|text| run(black_box(text))).sum())
                    }
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, peers);
criterion_main!(benches);
