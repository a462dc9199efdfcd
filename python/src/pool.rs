//! The thread pool of `summarize_batch(texts, threads=N)`.

use std::sync::{Arc, Mutex, PoisonError};

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;

use crate::errors::invalid;
use crate::options::count;

/// The most threads a batch may ask for: a pool starts all its threads at once, and far more
/// threads than cores only cost memory.
const MAX_THREADS: usize = 1024;

/// The pool of the last thread count asked for. Starting threads costs more than summarising a
/// short batch, and callers tend to ask for the same count every time; keeping only the last
/// pool bounds the idle threads whatever counts they ask for.
static LAST: Mutex<Option<(usize, Arc<rayon::ThreadPool>)>> = Mutex::new(None);

/// A pool of `threads` threads, or `None` for rayon's global pool.
pub fn thread_pool(threads: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Arc<rayon::ThreadPool>>> {
    let Some(threads) = threads.filter(|value| !value.is_none()) else {
        return Ok(None);
    };
    let threads = count("threads", threads)?;
    if !(1..=MAX_THREADS).contains(&threads) {
        return Err(invalid(format!(
            "invalid threads {threads}: expected 1 to {MAX_THREADS}, or None for the default pool"
        )));
    }
    // A panic while the lock was held cannot leave the slot half-written: use it as it is.
    let mut last = LAST.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some((size, pool)) = last.as_ref()
        && *size == threads
    {
        return Ok(Some(Arc::clone(pool)));
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| PyRuntimeError::new_err(format!("cannot start {threads} threads: {e}")))?;
    let pool = Arc::new(pool);
    *last = Some((threads, Arc::clone(&pool)));
    Ok(Some(pool))
}
