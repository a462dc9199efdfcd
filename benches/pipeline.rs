//! How fast is the whole pipeline, text → selected sentences, on one thread: on one article,
//! and on a large multi-document corpus (BBC News texts, or a generated corpus of the same size
//! when that file is absent)?

mod common;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use salient::{Language, Summarizer};

fn pipeline(c: &mut Criterion) {
    let summarizer = Summarizer::new(Language::English);
    let mut group = c.benchmark_group("pipeline");

    group.throughput(Throughput::Bytes(common::SAMPLE.len() as u64));
    group.bench_function("sample article", |b| {
        b.iter(|| summarizer.summarize(black_box(common::SAMPLE)).len())
    });

    let (name, texts) = common::corpus();
    group.throughput(Throughput::Bytes(common::bytes(&texts)));
    group.sample_size(20);
    group.bench_function(format!("{name} corpus, {} documents", texts.len()), |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|text| summarizer.summarize(black_box(text)).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
