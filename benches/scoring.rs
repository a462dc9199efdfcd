//! How fast is scoring alone (IDF, TF-IDF centrality, title overlap, weights) on a document
//! that is already split and tokenised, per byte of its text?

mod common;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use salient::{Language, Summarizer};

fn scoring(c: &mut Criterion) {
    let summarizer = Summarizer::new(Language::English);
    let mut group = c.benchmark_group("scoring");

    let mut sample = summarizer.analyse_for_bench(common::SAMPLE);
    group.throughput(Throughput::Bytes(common::SAMPLE.len() as u64));
    group.bench_function("sample article", |b| {
        b.iter(|| summarizer.score_for_bench(black_box(&mut sample)).len())
    });

    let (name, texts) = common::corpus();
    let mut analysed: Vec<_> = texts
        .iter()
        .map(|text| summarizer.analyse_for_bench(text))
        .collect();
    group.throughput(Throughput::Bytes(common::bytes(&texts)));
    group.sample_size(20);
    group.bench_function(format!("{name} corpus, {} documents", texts.len()), |b| {
        b.iter(|| {
            analysed
                .iter_mut()
                .map(|document| summarizer.score_for_bench(black_box(document)).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, scoring);
criterion_main!(benches);
