//! How many bytes per second does the sentence splitter take, on English news text and on
//! Cyrillic text (~1 MB each), next to unicode-segmentation's `unicode_sentences()` (UAX #29)?

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use salient::{Language, SentenceSplitter, Span};
use unicode_segmentation::UnicodeSegmentation;

/// Size each input is repeated up to.
const TARGET_BYTES: usize = 1 << 20;

/// A Russian news-style paragraph, written for this bench: abbreviations (`г.`, `т. е.`,
/// `ул.`), initials, numbers and quotations, as the splitter meets them in real text.
const RUSSIAN: &str = "В понедельник, 3 марта 2025 г., совет директоров утвердил новый \
бюджет. Расходы на образование выросли на 4,5%, т. е. почти на 12 млрд руб. Председатель \
совета А. И. Петров сказал: «Мы долго спорили. Но решение принято». Заседание прошло в \
здании на ул. Садовой, д. 5. Журналисты ждали у входа почти шесть часов! Почему так долго? \
По словам проф. Сидорова, вопрос был сложнее, чем казалось.\n\n";

/// `paragraph` repeated to about [`TARGET_BYTES`].
fn repeated(paragraph: &str) -> String {
    let mut text = String::with_capacity(TARGET_BYTES + paragraph.len());
    while text.len() < TARGET_BYTES {
        text.push_str(paragraph);
        text.push_str("\n\n");
    }
    text
}

fn bench_splitters(c: &mut Criterion) {
    let english_news = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/pakistan-russia-visit.txt"
    ))
    .expect("examples/data/pakistan-russia-visit.txt");
    let inputs = [
        ("english-news", Language::English, repeated(&english_news)),
        ("russian", Language::Russian, repeated(RUSSIAN)),
    ];
    let mut group = c.benchmark_group("split");
    for (name, language, text) in &inputs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        let splitter = SentenceSplitter::new(*language);
        let mut spans: Vec<Span> = Vec::new();
        group.bench_function(format!("salient/{name}"), |b| {
            b.iter(|| {
                spans.clear();
                splitter.split_into(black_box(text), &mut spans);
                spans.len()
            })
        });
        group.bench_function(format!("unicode-segmentation/{name}"), |b| {
            b.iter(|| black_box(text.as_str()).unicode_sentences().count())
        });
    }
    group.finish();
}

criterion_group!(benches, bench_splitters);
criterion_main!(benches);
