//! How long does each algorithm take to summarise one news article, and a 1,000-sentence text?
//!
//! `cargo bench --bench algorithms`. Each measurement includes splitting and tokenising, as a
//! user would see it; the `default` line is the baseline the others add to.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use salient::{Algorithm, Length, Summarizer};

const ARTICLE: &str = include_str!("../examples/data/pakistan-russia-visit.txt");

/// About 1,000 sentences: the article repeated with each copy's words shifted, so copies are
/// similar but not identical (as chapters of one long text are).
fn long_text() -> String {
    let mut text = String::new();
    for copy in 0..25 {
        for (n, word) in ARTICLE.split(' ').enumerate() {
            if n % 7 == copy % 7 {
                text.push_str("also ");
            }
            text.push_str(word);
            text.push(' ');
        }
        text.push_str("\n\n");
    }
    text
}

fn algorithms(c: &mut Criterion) {
    let long = long_text();
    let mut group = c.benchmark_group("algorithms");
    for name in Algorithm::NAMES {
        let algorithm = Algorithm::from_name(name).expect("a catalogue name");
        let summarizer = Summarizer::builder()
            .algorithm(algorithm)
            .length(Length::sentences(3))
            .build()
            .expect("valid settings");
        group.bench_with_input(BenchmarkId::new("article", name), ARTICLE, |b, text| {
            b.iter(|| summarizer.summarize(black_box(text)).len())
        });
        group.bench_with_input(
            BenchmarkId::new("1000-sentences", name),
            long.as_str(),
            |b, text| b.iter(|| summarizer.summarize(black_box(text)).len()),
        );
    }
    group.finish();
}

criterion_group!(benches, algorithms);
criterion_main!(benches);
