//! A fixed text workload that owes nothing to dealline, timed in the same
//! run as the code under measurement. A speed gate compares the two
//! throughputs instead of trusting a machine's absolute speed: a busy or
//! throttled machine slows both alike, a regression in dealline only one.

use std::ops::Range;
use std::time::{Duration, Instant};

/// Slots in the reference pass's count table: 16 KB, small enough not to
/// push the measured code's data out of the cache between chunks.
const SLOTS: usize = 1 << 12;

/// Folds every ASCII word of `texts` to lower case, hashes it (FNV-1a) and
/// counts it in `table`. Returns a checksum so that the work cannot be
/// optimized away.
fn reference_pass(texts: &[&str], table: &mut [u32]) -> u64 {
    const SEED: u64 = 0xcbf2_9ce4_8422_2325;
    let mut sum = 0u64;
    for text in texts {
        let mut hash = SEED;
        let mut in_word = false;
        for &b in text.as_bytes().iter().chain(b" ") {
            if b.is_ascii_alphanumeric() {
                hash = (hash ^ u64::from(b.to_ascii_lowercase()))
                    .wrapping_mul(0x100_0000_01b3);
                in_word = true;
            } else if in_word {
                let slot = &mut table[(hash as usize) & (SLOTS - 1)];
                *slot = slot.wrapping_add(1);
                sum = sum.wrapping_add(u64::from(*slot));
                hash = SEED;
                in_word = false;
            }
        }
    }
    sum
}

/// Times `work` and the reference pass over the same texts, interleaved
/// chunk by chunk (about 256 KB of text each), so that a burst of load
/// from elsewhere falls on both alike. `work` gets the range of texts of a
/// chunk and returns a count. Keeps the best (shortest) of `runs` totals
/// of each and returns `(work MB/s, reference MB/s, count of one run)`.
pub(crate) fn interleaved(
    runs: usize,
    texts: &[&str],
    mut work: impl FnMut(Range<usize>) -> usize,
) -> (f64, f64, usize) {
    let mut chunks = Vec::new();
    let (mut start, mut size) = (0, 0);
    for (i, t) in texts.iter().enumerate() {
        size += t.len();
        if size >= 256 * 1024 || i + 1 == texts.len() {
            chunks.push(start..i + 1);
            start = i + 1;
            size = 0;
        }
    }
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let mut table = vec![0u32; SLOTS];
    let (mut best_work, mut best_ref) = (Duration::MAX, Duration::MAX);
    let mut count = 0;
    for _ in 0..runs.max(1) {
        let (mut in_work, mut in_ref) = (Duration::ZERO, Duration::ZERO);
        count = 0;
        for chunk in &chunks {
            let t0 = Instant::now();
            std::hint::black_box(reference_pass(
                std::hint::black_box(&texts[chunk.clone()]),
                &mut table,
            ));
            let t1 = Instant::now();
            count += work(chunk.clone());
            in_work += t1.elapsed();
            in_ref += t1 - t0;
        }
        best_work = best_work.min(in_work);
        best_ref = best_ref.min(in_ref);
    }
    let mbps = |d: Duration| bytes as f64 / 1e6 / d.as_secs_f64().max(1e-9);
    (mbps(best_work), mbps(best_ref), count)
}
