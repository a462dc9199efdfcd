//! Progress of a long `--jsonl` or `--fit-idf` run on standard error: documents, bytes read,
//! documents per second and MB per second, only when standard error is a terminal.
//!
//! A pipeline's log (`2> log`) or a cluster's task output must stay clean, so the bar draws
//! nothing when standard error is redirected, and leaves no line behind when the run ends.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A progress display that is a no-op when standard error is not a terminal.
pub struct Progress {
    bar: Option<ProgressBar>,
    documents: u64,
}

impl Progress {
    /// A display for an input of `total_bytes` bytes (a file) or of unknown size (`None`:
    /// standard input). Shows nothing unless standard error is a terminal.
    pub fn new(total_bytes: Option<u64>) -> Progress {
        let bar = std::io::stderr().is_terminal().then(|| {
            let (bar, template) = match total_bytes {
                Some(total) => (
                    ProgressBar::new(total),
                    "{elapsed_precise} [{wide_bar}] {decimal_bytes}/{decimal_total_bytes} \
                     {decimal_bytes_per_sec} {msg}",
                ),
                None => (
                    ProgressBar::no_length(),
                    "{spinner} {elapsed_precise} {decimal_bytes} {decimal_bytes_per_sec} {msg}",
                ),
            };
            // A template that fails to parse is a bug here, not a reason to stop the run.
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style.progress_chars("=> "));
            }
            // Redraw at most a few times a second: drawing must not cost throughput.
            bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(4));
            bar.enable_steady_tick(Duration::from_millis(250));
            bar
        });
        Progress { bar, documents: 0 }
    }

    /// Counts `documents` more documents done, read from `bytes` bytes of input.
    pub fn advance(&mut self, documents: usize, bytes: u64) {
        let Some(bar) = &self.bar else {
            return;
        };
        self.documents += documents as u64;
        bar.inc(bytes);
        let seconds = bar.elapsed().as_secs_f64();
        let rate = if seconds > 0.0 {
            self.documents as f64 / seconds
        } else {
            0.0
        };
        bar.set_message(format!(
            "{} documents, {rate:.0} documents/s",
            self.documents
        ));
    }
}

impl Drop for Progress {
    // Clear the bar so that the terminal shows only the run's own output afterwards.
    fn drop(&mut self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
