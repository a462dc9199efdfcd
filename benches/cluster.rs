//! Does one summary of a large cluster stay within bounds: 1,000 documents of 1,000 words in
//! one cluster, summarised to 250 words, on one thread (the bound: 2 s and 500 MB)?

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use salient::{Language, Length, Summarizer};

/// `documents` generated news-like texts of about `words` words each: sentences of 12 to 30
/// words drawn from a vocabulary of 20,000 made-up words, a few hundred of them shared by every
/// document (the cluster's event) and the rest spread thinly, from a fixed seed.
fn cluster(documents: usize, words: usize) -> Vec<String> {
    let mut state = 0x5A11_E475_u64;
    let mut next = move |bound: u64| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % bound
    };
    let word = |n: u64| {
        let syllables = ["ka", "lo", "mi", "ne", "tu", "ra", "si", "vo", "de", "pa"];
        let mut w = String::new();
        let mut n = n + 10;
        while n > 0 {
            w.push_str(syllables[(n % 10) as usize]);
            n /= 10;
        }
        w
    };
    (0..documents)
        .map(|_| {
            let mut text = String::new();
            let mut written = 0;
            while written < words {
                let length = 12 + next(19) as usize;
                for i in 0..length {
                    let id = if next(4) == 0 {
                        next(300)
                    } else {
                        300 + next(19_700)
                    };
                    let mut w = word(id);
                    if i == 0 {
                        w[..1].make_ascii_uppercase();
                    }
                    text.push_str(&w);
                    text.push(if i + 1 == length { '.' } else { ' ' });
                }
                text.push(' ');
                written += length;
            }
            text
        })
        .collect()
}

fn large_cluster(c: &mut Criterion) {
    let texts = cluster(1000, 1000);
    let documents: Vec<&str> = texts.iter().map(String::as_str).collect();
    let summarizer = Summarizer::builder()
        .language(Language::English)
        .length(Length::words(250))
        .build()
        .expect("valid");
    let mut group = c.benchmark_group("cluster");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(
        texts.iter().map(|t| t.len() as u64).sum(),
    ));
    group.bench_function("1000 documents of 1000 words", |b| {
        b.iter(|| summarizer.summarize_cluster(black_box(&documents)).len())
    });
    group.finish();
}

criterion_group!(benches, large_cluster);
criterion_main!(benches);
