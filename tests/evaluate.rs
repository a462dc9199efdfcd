//! End-to-end tests of the `evaluate rouge` and `evaluate matrix` commands on small data sets
//! written here (the evaluation data itself is never read by tests).
#![cfg(feature = "eval")]

use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

#[path = "common/example.rs"]
mod example;

fn binary() -> &'static PathBuf {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| example::build("evaluate"))
}

fn run(args: &[&str], threads: usize) -> Output {
    Command::new(binary())
        .args(args)
        .env("RAYON_NUM_THREADS", threads.to_string())
        .output()
        .expect("the example runs")
}

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

/// The figures of the row of `system` in `evaluate rouge` output.
fn row<'a>(out: &'a str, system: &str) -> Vec<&'a str> {
    out.lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>())
        .find(|words| words.first() == Some(&system))
        .map(|words| words[1..].to_vec())
        .unwrap_or_default()
}

/// A JSONL file of `records` in a fresh folder `NAME/data.jsonl`, as the data sets are laid out
/// (one folder per call, as tests run in parallel).
fn data_set(name: &str, records: &[serde_json::Value]) -> PathBuf {
    static CALLS: AtomicUsize = AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, Ordering::Relaxed);
    let folder = std::env::temp_dir()
        .join(format!("salient-evaluate-{}-{call}", std::process::id()))
        .join(name);
    std::fs::create_dir_all(&folder).expect("temp folder");
    let path = folder.join("data.jsonl");
    let lines: Vec<String> = records.iter().map(|r| r.to_string()).collect();
    std::fs::write(&path, lines.join("\n") + "\n").expect("write data set");
    path
}

fn english() -> PathBuf {
    data_set(
        "news-en",
        &[
            serde_json::json!({
                "id": "a", "lang": "en",
                "text": "The harbour bridge reopened on Monday after two years of repairs. \
                         Engineers replaced every cable of the bridge and strengthened its towers. \
                         Traffic on the bridge is expected to return to normal within a week. \
                         A local bakery celebrated with free bread.",
                "summary": "The harbour bridge reopened on Monday after two years of repairs.",
                "references": [
                    "The harbour bridge reopened on Monday after two years of repairs.",
                    "Engineers replaced every cable of the bridge."
                ]
            }),
            serde_json::json!({
                "id": "b", "lang": "en",
                "text": "Heavy snow closed the mountain pass for the third day. \
                         Drivers waited in long queues while ploughs cleared the road. \
                         The weather service expects more snow on the pass tonight.",
                "summary": "Snow closed the mountain pass again. More snow is expected tonight.",
                "summary_sentences": ["Snow closed the mountain pass again.", "More snow is expected tonight."]
            }),
        ],
    )
}

fn chinese() -> PathBuf {
    data_set(
        "titles-zh",
        &[serde_json::json!({
            "id": "c", "lang": "zh",
            "text": "本文研究了城市交通拥堵的成因。我们收集了三年的道路数据。结果表明公共交通可以缓解拥堵。",
            "summary": "本文研究了城市交通拥堵的成因。",
            "summary_sentences": ["本文研究了城市交通拥堵的成因。"]
        })],
    )
}

#[test]
fn matrix_has_every_system_budget_and_a_macro_average() {
    let (en, zh) = (english(), chinese());
    let out = stdout(&run(
        &["matrix", en.to_str().unwrap(), zh.to_str().unwrap()],
        2,
    ));
    for name in salient::Algorithm::NAMES.iter().chain(&["lead-k"]) {
        assert!(
            out.lines()
                .filter(|l| l.split_whitespace().any(|w| w == *name))
                .count()
                >= 3,
            "{name} should have a row per set and a macro row:\n{out}"
        );
    }
    for header in [
        "k=1",
        "k=3",
        "k=ref",
        "words=ref",
        "mean",
        "macro-average (2 sets)",
    ] {
        assert!(out.contains(header), "{header} missing:\n{out}");
    }
    assert!(out.contains("news-en (2, en)") && out.contains("titles-zh (1, zh)"));
    assert!(out.contains("news-en: 2 records (en), ROUGE english"));
    assert!(out.contains("titles-zh: 1 records (zh), ROUGE unicode"));
}

#[test]
fn matrix_output_does_not_depend_on_the_thread_count() {
    let (en, zh) = (english(), chinese());
    let args = ["matrix", en.to_str().unwrap(), zh.to_str().unwrap()];
    assert_eq!(stdout(&run(&args, 1)), stdout(&run(&args, 2)));
}

#[test]
fn markdown_matrix_has_a_row_per_set_and_system() {
    let (en, zh) = (english(), chinese());
    let out = stdout(&run(
        &[
            "matrix",
            en.to_str().unwrap(),
            zh.to_str().unwrap(),
            "--algorithms",
            "default,lead-k",
            "--budgets",
            "k=1,words=ref",
            "--markdown",
        ],
        2,
    ));
    let rows: Vec<&str> = out.lines().filter(|l| l.starts_with('|')).collect();
    // Header, rule, then 2 systems for each of 2 sets and the macro-average.
    assert_eq!(rows.len(), 2 + 3 * 2, "{out}");
    assert_eq!(rows[0], "| set | system | k=1 | words=ref | mean |");
    // The Chinese lead sentence is its reference: 100 under the Unicode convention.
    let lead_zh = rows
        .iter()
        .find(|r| r.contains("titles-zh"))
        .expect("a zh row");
    assert!(lead_zh.contains("100.00"), "{lead_zh}");
}

/// Lead-1 of the first record is its first reference; the max over references keeps 100.
#[test]
fn rouge_mode_scores_each_record_by_its_language_convention() {
    let zh = chinese();
    let out = stdout(&run(
        &[
            "rouge",
            zh.to_str().unwrap(),
            "--algorithm",
            "lead-k",
            "--k",
            "1",
        ],
        1,
    ));
    assert_eq!(row(&out, "lead-k"), ["100.00", "100.00", "100.00"], "{out}");
    // rouge-score's ASCII tokens see no word in Chinese at all.
    let ascii = stdout(&run(
        &[
            "rouge",
            zh.to_str().unwrap(),
            "--algorithm",
            "lead-k",
            "--k",
            "1",
            "--convention",
            "rouge-score-ascii",
        ],
        1,
    ));
    assert_eq!(row(&ascii, "lead-k"), ["0.00", "0.00", "0.00"], "{ascii}");
}

#[test]
fn bad_options_are_errors_naming_the_value() {
    let en = english();
    for (args, named) in [
        (
            vec!["matrix", en.to_str().unwrap(), "--budgets", "k=two"],
            "k=two",
        ),
        (
            vec!["matrix", en.to_str().unwrap(), "--algorithms", "magic"],
            "magic",
        ),
        (
            vec!["matrix", en.to_str().unwrap(), "--convention", "latin"],
            "latin",
        ),
        (
            vec!["rouge", en.to_str().unwrap(), "--references", "all"],
            "all",
        ),
        (vec!["matrix"], "FILE"),
    ] {
        let output = run(&args, 1);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(named), "{args:?}: {stderr}");
    }
}
