//! Does `summarize --jsonl` keep up with the library: how fast is the binary on one thread,
//! relative to the library summarising the same texts on one thread, and how much faster is it
//! on two threads than on one?
//!
//! Not a criterion bench: it times whole runs of the binary, alternating with passes of the
//! library, and prints medians, minimums and their ratios. The corpus is the BBC News texts (or
//! a generated corpus of the same size, see `common::corpus`), written once as `{"id", "text"}`
//! records to a temporary file that the binary reads, writing to `/dev/null`. Build the binary
//! first; the bench says how when it is missing:
//!
//! ```text
//! cargo build --release --example summarize
//! cargo bench --bench cli_ratio            # SALIENT_RATIO_RUNS=31 for more alternations
//! SALIENT_RATIO_REPEAT=4 cargo bench --bench cli_ratio    # the corpus 4 times over
//! ```
//!
//! The library side is what `benches/pipeline.rs` times: `Summarizer::summarize` on each text,
//! one thread, the summariser built once. It is timed two ways. *Cold*: each pass on a new
//! thread, whose per-thread stem cache starts empty, as a new process's does; this is the
//! library doing the binary's work, and the ratio the issue asks about. *Warm*: passes on one
//! thread, so every pass after the first finds every word already stemmed, as criterion's
//! repeated iterations do; the binary cannot match that on one pass over a corpus, but
//! approaches it on a stream many times longer than its vocabulary. The binary's side also
//! parses each record, writes its JSON answer and starts a process: the overhead this bench is
//! about; a new process's fixed costs (starting, and the page faults of memory touched for the
//! first time, which the library's passes find already mapped) weigh less on a longer stream,
//! which `SALIENT_RATIO_REPEAT` makes of the same records. The machine may be shared: the load average is printed before and after, and medians
//! of many alternations (each kind run once per round, in rotating order) keep a busy moment
//! from favouring one kind.

mod common;

use std::hint::black_box;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use salient::{Language, Summarizer};

/// Alternations when `SALIENT_RATIO_RUNS` does not say.
const RUNS: usize = 15;

fn main() {
    let binary = std::env::var_os("SALIENT_SUMMARIZE").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/examples/summarize"),
        PathBuf::from,
    );
    if !binary.is_file() {
        // Not a failure: `cargo bench` runs every bench, and this one needs an example built.
        println!(
            "cli_ratio: no binary at {}: run `cargo build --release --example summarize` \
             first (or set SALIENT_SUMMARIZE)",
            binary.display()
        );
        return;
    }
    let runs = std::env::var("SALIENT_RATIO_RUNS")
        .ok()
        .and_then(|runs| runs.parse().ok())
        .filter(|&runs| runs > 0)
        .unwrap_or(RUNS);

    let repeat = std::env::var("SALIENT_RATIO_REPEAT")
        .ok()
        .and_then(|repeat| repeat.parse().ok())
        .filter(|&repeat: &usize| repeat > 0)
        .unwrap_or(1);
    let (name, corpus) = common::corpus();
    let texts: Vec<String> = std::iter::repeat_n(corpus, repeat).flatten().collect();
    let bytes = common::bytes(&texts);
    let input =
        std::env::temp_dir().join(format!("salient-cli-ratio-{}.jsonl", std::process::id()));
    write_records(&input, &texts);
    println!(
        "corpus: {name}{}, {} documents, {:.2} MB of text; binary: {}; {runs} alternations",
        if repeat > 1 {
            format!(" {repeat} times over")
        } else {
            String::new()
        },
        texts.len(),
        bytes as f64 / 1e6,
        binary.display()
    );
    println!("load average before: {}", load_average());

    let summarizer = Summarizer::new(Language::English);
    // One untimed round of each, so the page cache and the CPU's caches are warm for all.
    library(&summarizer, &texts);
    binary_run(&binary, &input, 1);

    let (mut cold, mut warm, mut one, mut two) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut cold_two = Vec::new();
    for round in 0..runs {
        // Rotate the order, so none of them always runs right after the same one.
        for kind in (0..5).map(|i| (i + round) % 5) {
            match kind {
                4 => cold_two.push(library_on_two_threads(&summarizer, &texts)),
                0 => cold.push(std::thread::scope(|s| {
                    s.spawn(|| library(&summarizer, &texts))
                        .join()
                        .expect("library pass")
                })),
                1 => warm.push(library(&summarizer, &texts)),
                2 => one.push(binary_run(&binary, &input, 1)),
                _ => two.push(binary_run(&binary, &input, 2)),
            }
        }
    }
    let _ = std::fs::remove_file(&input);
    println!("load average after:  {}", load_average());

    let mb_s = |time: Duration| bytes as f64 / 1e6 / time.as_secs_f64();
    for (label, times) in [
        ("library, cold", &mut cold),
        ("library, warm", &mut warm),
        ("library, 2 threads", &mut cold_two),
        ("binary --threads 1", &mut one),
        ("binary --threads 2", &mut two),
    ] {
        times.sort();
        let median = times[times.len() / 2];
        let fastest = times[0];
        println!(
            "{label:<20} median {:>8.1} ms ({:>6.1} MB/s)   min {:>8.1} ms ({:>6.1} MB/s)",
            median.as_secs_f64() * 1e3,
            mb_s(median),
            fastest.as_secs_f64() * 1e3,
            mb_s(fastest),
        );
    }
    let median = |times: &[Duration]| times[times.len() / 2].as_secs_f64();
    let fastest = |times: &[Duration]| times[0].as_secs_f64();
    for (label, library) in [("cold", &cold), ("warm", &warm)] {
        println!(
            "binary 1 thread / library {label}: {:.3} (medians), {:.3} (minimums)",
            median(library) / median(&one),
            fastest(library) / fastest(&one)
        );
    }
    println!(
        "binary 2 threads / 1 thread: {:.3} (medians), {:.3} (minimums)",
        median(&one) / median(&two),
        fastest(&one) / fastest(&two)
    );
    println!(
        "library 2 threads / 1 thread (both cold): {:.3} (medians), {:.3} (minimums)",
        median(&cold) / median(&cold_two),
        fastest(&cold) / fastest(&cold_two)
    );
}

/// Writes `texts` as JSON Lines records `{"id": i, "text": ...}` to `path`.
fn write_records(path: &Path, texts: &[String]) {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).expect("temporary file"));
    for (id, text) in texts.iter().enumerate() {
        let record = serde_json::json!({ "id": id, "text": text });
        serde_json::to_writer(&mut out, &record).expect("write record");
        out.write_all(b"\n").expect("write record");
    }
    out.flush().expect("write records");
}

/// One pass of the library over `texts` on this thread.
fn library(summarizer: &Summarizer, texts: &[String]) -> Duration {
    let started = Instant::now();
    let sentences: usize = texts
        .iter()
        .map(|text| summarizer.summarize(black_box(text)).len())
        .sum();
    black_box(sentences);
    started.elapsed()
}

/// One pass of the library over `texts` on a new pool of two threads (so, like a new process,
/// with cold per-thread caches), texts shared out by rayon: what two threads can give at best.
fn library_on_two_threads(summarizer: &Summarizer, texts: &[String]) -> Duration {
    use rayon::prelude::*;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .expect("a pool of two threads");
    let started = Instant::now();
    let sentences: usize = pool.install(|| {
        texts
            .par_iter()
            .map(|text| summarizer.summarize(black_box(text)).len())
            .sum()
    });
    black_box(sentences);
    started.elapsed()
}

/// One run of the binary over `input` on `threads` threads, output discarded.
fn binary_run(binary: &Path, input: &Path, threads: usize) -> Duration {
    let started = Instant::now();
    let status = Command::new(binary)
        .args(["--jsonl", "--threads", &threads.to_string()])
        .arg(input)
        .stdout(Stdio::null())
        .status()
        .expect("run the summarize binary");
    let elapsed = started.elapsed();
    assert!(status.success(), "summarize failed: {status}");
    elapsed
}

/// The 1, 5 and 15 minute load averages, where the system tells them.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|line| {
            line.split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_else(|_| "unknown".into())
}
