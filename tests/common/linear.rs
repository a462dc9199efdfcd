//! A linear-time check that does not flake: no absolute time, only how time grows with input.

use std::time::{Duration, Instant};

/// How many times larger the large input is than the small one.
pub const FACTOR: usize = 16;

/// The bound on [`per_byte_growth`]: 16x the input may take up to 128x the time. Far above the
/// linear 16x (cache effects, and a machine busy with other work, pushed single runs up to about
/// 4x), well below the quadratic 256x.
pub const MAX_PER_BYTE_GROWTH: f64 = 8.0;

/// How much longer `work` takes per byte on [`FACTOR`] copies of `small` joined than on `small`:
/// about 1 when `work` is linear in its input, about [`FACTOR`] when it is quadratic.
///
/// Both sides are timed over the same amount of input (`small` [`FACTOR`] times, then the large
/// text once), so preemption on a busy machine, which hits long measurements more than short
/// ones, weighs on both alike; each side is the fastest of several interleaved tries, which
/// filters out the rest of the noise.
pub fn per_byte_growth(small: &str, mut work: impl FnMut(&str)) -> f64 {
    let large = small.repeat(FACTOR);
    work(small); // warm up the thread's workspace and the allocator
    work(&large);
    let mut t_small = Duration::MAX;
    let mut t_large = Duration::MAX;
    for _ in 0..5 {
        let start = Instant::now();
        for _ in 0..FACTOR {
            work(small);
        }
        t_small = t_small.min(start.elapsed());
        let start = Instant::now();
        work(&large);
        t_large = t_large.min(start.elapsed());
    }
    t_large.as_secs_f64() / t_small.as_secs_f64().max(1e-9)
}
