//! A linear-time check that does not flake: no absolute time, only how time grows with input.

use std::time::{Duration, Instant};

/// How much longer `work` takes per byte on 8 copies of `small` joined than on `small`: about 1
/// when `work` is linear in its input, about 8 when it is quadratic.
///
/// Both sides are timed over the same amount of input (`small` 8 times, then the 8x text once),
/// so preemption on a busy machine, which hits long measurements more than short ones, weighs on
/// both alike; each side is the fastest of several tries, which filters out the rest of the noise.
pub fn per_byte_growth(small: &str, mut work: impl FnMut(&str)) -> f64 {
    let large = small.repeat(8);
    work(small); // warm up the thread's workspace, lexicon and allocator
    work(&large);
    let mut t_small = Duration::MAX;
    let mut t_large = Duration::MAX;
    for _ in 0..4 {
        // Interleaved, so a slow spell of the machine hits both sides.
        let start = Instant::now();
        for _ in 0..8 {
            work(small);
        }
        t_small = t_small.min(start.elapsed());
        let start = Instant::now();
        work(&large);
        t_large = t_large.min(start.elapsed());
    }
    t_large.as_secs_f64() / t_small.as_secs_f64().max(1e-9)
}

/// The bound on [`per_byte_growth`]: 8x the input may take up to 40x the time. Far above the
/// linear 8x (cache effects, noise), well below the quadratic 64x.
pub const MAX_PER_BYTE_GROWTH: f64 = 5.0;
