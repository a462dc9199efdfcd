//! Inputs shared by the benches: the bundled sample article and a large multi-document corpus.

#![allow(dead_code)] // each bench uses a different part

use std::path::Path;

/// The bundled sample article.
pub const SAMPLE: &str = include_str!("../../examples/data/pakistan-russia-visit.txt");

/// The BBC News Summary texts used for evaluation, if present beside the repository (the
/// `../shared/eval` that the README and `.ci/run` use).
const BBC: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/eval/bbc-news-summary/data.jsonl"
);

/// Documents of the large input: the `text` of every BBC record (2225 news articles, 5.0 MB)
/// when `SALIENT_BENCH_CORPUS` or the default path names a readable JSONL file, else a
/// generated corpus of similar size and shape, so benches run anywhere. The name says which.
pub fn corpus() -> (String, Vec<String>) {
    let path = std::env::var("SALIENT_BENCH_CORPUS").unwrap_or_else(|_| BBC.into());
    if let Ok(data) = std::fs::read_to_string(Path::new(&path)) {
        let texts: Vec<String> = data
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter_map(|record| record["text"].as_str().map(str::to_owned))
            .collect();
        if !texts.is_empty() {
            return ("bbc".into(), texts);
        }
    }
    ("generated".into(), generated(2225))
}

/// `documents` news-like articles of about 2.2 KB each, deterministic: sentences of a
/// vocabulary of a few thousand words, a headline, paragraphs, numbers and abbreviations.
pub fn generated(documents: usize) -> Vec<String> {
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move |n: usize| {
        // xorshift64*: a fixed stream so every run sees the same corpus.
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        (state.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n
    };
    let stems = [
        "market", "minister", "govern", "report", "compan", "share", "elect", "club", "player",
        "film", "music", "price", "bank", "growth", "court", "police", "school", "health",
        "energy", "phone", "network", "search", "record", "season", "champion", "budget",
    ];
    let endings = [
        "", "s", "ed", "ing", "er", "ment", "ity", "ation", "al", "ly",
    ];
    let fillers = [
        "the", "a", "of", "to", "and", "in", "on", "for", "with", "said", "was", "has", "by", "at",
        "its", "from", "that", "is", "will", "be",
    ];
    let names = [
        "Mr. Smith",
        "Dr. Jones",
        "the U.S.",
        "Blair",
        "Microsoft",
        "Chelsea",
    ];
    let word = |next: &mut dyn FnMut(usize) -> usize| match next(10) {
        0..=3 => fillers[next(fillers.len())].to_owned(),
        4 => names[next(names.len())].to_owned(),
        5 => format!("{}.{}", next(100), next(10)),
        _ => format!(
            "{}{}{}",
            stems[next(stems.len())],
            endings[next(endings.len())],
            ["", "", "", "x", "y", "z", "q"][next(7)].repeat(next(3))
        ),
    };
    (0..documents)
        .map(|_| {
            let mut text = String::new();
            for _ in 0..5 {
                text.push(char::from(b'A' + next(26) as u8));
                text.push_str(&word(&mut next));
                text.push(' ');
            }
            text.push_str("\n\n");
            for paragraph in 0..9 {
                for _ in 0..2 {
                    text.push_str("The ");
                    for _ in 0..(8 + next(18)) {
                        text.push_str(&word(&mut next));
                        text.push(' ');
                    }
                    text.pop();
                    text.push_str(". ");
                }
                if paragraph < 8 {
                    text.push_str("\n\n");
                }
            }
            text
        })
        .collect()
}

/// Total bytes of `texts`.
pub fn bytes(texts: &[String]) -> u64 {
    texts.iter().map(|text| text.len() as u64).sum()
}
