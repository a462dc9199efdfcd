//! `summarize --jsonl` on a long stream through a pipe: every record answered in input order,
//! and memory flat, whatever the stream's length (issue 20: a 1 GB stream stays under 100 MB
//! resident; this test streams tens of MB of generated records, the README gives the 1 GB run).
//!
//! The peak resident memory comes from the kernel's high-water mark (`VmHWM` in
//! `/proc/<pid>/status`), read while the program runs; where there is no `/proc`, the test says
//! so and checks only the answers.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

#[path = "common/example.rs"]
mod example;

/// How much input the test streams.
const STREAM_BYTES: usize = 24 << 20;

/// The bound on peak resident memory, the issue's: a stream of any length stays under it.
const MAX_RESIDENT_BYTES: u64 = 100 << 20;

/// How much the peak may still grow after the first quarter of the stream is answered: by then
/// every buffer is in use and the lexicons hold the common words, so later growth would mean
/// memory rising with the stream.
const MAX_LATE_GROWTH: u64 = 24 << 20;

#[test]
fn a_long_stream_through_a_pipe_is_answered_in_order_in_bounded_memory() {
    let binary = example::build("summarize");
    let mut child = Command::new(binary)
        .args(["--jsonl", "--threads", "2", "-k", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the example starts");
    let pid = child.id();
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let stdout = child.stdout.take().expect("stdout is piped");

    // The number of records in the first quarter of the stream, once written.
    let quarter = Arc::new(AtomicUsize::new(usize::MAX));
    let writer = std::thread::spawn({
        let quarter = Arc::clone(&quarter);
        move || {
            let mut corpus = Corpus::new();
            let (mut written, mut records) = (0, 0);
            while written < STREAM_BYTES {
                let line = corpus.record(records);
                written += line.len();
                records += 1;
                // Said before the record is written, so before its answer can be read.
                if written >= STREAM_BYTES / 4 && quarter.load(Ordering::Relaxed) == usize::MAX {
                    quarter.store(records, Ordering::Relaxed);
                }
                stdin
                    .write_all(line.as_bytes())
                    .expect("the program reads its input");
            }
            records
        }
    });

    // Answers are read as they come, as a consumer of the pipe would; each must be the next id.
    let (quarter_tx, quarter_rx) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut answered = 0usize;
        for line in BufReader::new(stdout).lines() {
            let line = line.expect("the output is UTF-8 lines");
            let expected = format!("{{\"id\":{answered},\"sentences\":[{{");
            assert!(
                line.starts_with(&expected),
                "answer {answered} out of order or failed: {}",
                &line[..line.len().min(200)]
            );
            answered += 1;
            if answered == quarter.load(Ordering::Relaxed) {
                let _ = quarter_tx.send(());
            }
        }
        answered
    });

    // The high-water mark rises with the program's memory, so the largest reading before the
    // program ends is its peak, up to the last few milliseconds of the run, when nothing new is
    // allocated. (A reading may dip a little below an earlier one: the kernel's counters of
    // each thread's pages are summed lazily.)
    let (mut peak, mut at_quarter) = (None, None);
    loop {
        if let Some(hwm) = resident_peak(pid) {
            peak = Some(peak.map_or(hwm, |peak: u64| peak.max(hwm)));
        }
        if at_quarter.is_none() && quarter_rx.try_recv().is_ok() {
            at_quarter = peak;
        }
        if child
            .try_wait()
            .expect("the program can be waited for")
            .is_some()
        {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let status = child.wait().expect("the program ends");
    let records = writer.join().expect("the writer ends");
    let answered = reader.join().expect("the reader ends");
    assert!(status.success(), "summarize failed: {status}");
    assert_eq!(answered, records, "one answer per record");

    let Some(peak) = peak else {
        eprintln!("no /proc/<pid>/status here: peak memory not checked ({records} records)");
        return;
    };
    let at_quarter = at_quarter.expect("the first quarter's answers were read while it ran");
    eprintln!(
        "{records} records, {} MB: peak resident {:.1} MB, {:.1} MB after a quarter",
        STREAM_BYTES >> 20,
        peak as f64 / f64::from(1 << 20),
        at_quarter as f64 / f64::from(1 << 20),
    );
    assert!(
        peak < MAX_RESIDENT_BYTES,
        "peak resident memory {peak} bytes, bound {MAX_RESIDENT_BYTES}"
    );
    assert!(
        peak.saturating_sub(at_quarter) <= MAX_LATE_GROWTH,
        "memory rose with the stream: {at_quarter} bytes after a quarter, {peak} at the end"
    );
}

/// The peak resident memory of process `pid` so far, in bytes, if the system tells it.
fn resident_peak(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// Generated news-like records of about 1 KB: sentences over a vocabulary of 20,000 made-up
/// words drawn with a skew (a few common, most rare, as in text), plus numbers, so that the
/// vocabulary keeps growing slowly, as a real stream's does. Deterministic.
struct Corpus {
    state: u64,
}

impl Corpus {
    fn new() -> Corpus {
        Corpus {
            state: 0x9E37_79B9_7F4A_7C15,
        }
    }

    fn next(&mut self, bound: u64) -> u64 {
        // xorshift64*
        self.state ^= self.state >> 12;
        self.state ^= self.state << 25;
        self.state ^= self.state >> 27;
        (self.state.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) % bound
    }

    fn word(&mut self) -> String {
        const SYLLABLES: [&str; 16] = [
            "ka", "lo", "mi", "ne", "tu", "ra", "si", "vo", "de", "pa", "gri", "sto", "an", "el",
            "or", "ush",
        ];
        if self.next(12) == 0 {
            return format!("{}.{}", self.next(1000), self.next(10));
        }
        // The product of two draws favours small ids: common words recur, rare ones do not.
        let mut id = self.next(150) * self.next(150);
        let mut word = String::new();
        loop {
            word.push_str(SYLLABLES[(id % 16) as usize]);
            id /= 16;
            if id == 0 {
                break;
            }
        }
        word
    }

    /// One JSON Lines record with id `id`.
    fn record(&mut self, id: usize) -> String {
        let mut text = String::new();
        for sentence in 0..(10 + self.next(10)) {
            if sentence > 0 {
                text.push(' ');
            }
            if sentence % 4 == 3 {
                // A paragraph break, escaped in JSON.
                text.push_str("\\n\\n");
            }
            let mut first = self.word();
            first[..1].make_ascii_uppercase();
            text.push_str(&first);
            for _ in 0..(6 + self.next(14)) {
                text.push(' ');
                text.push_str(&self.word());
            }
            text.push('.');
        }
        format!("{{\"id\":{id},\"text\":\"{text}\"}}\n")
    }
}
