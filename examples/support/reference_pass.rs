//! A fixed text workload that owes nothing to dealline, timed in the same
//! run as the code under measurement. A speed gate compares the two
//! throughputs instead of trusting a machine's absolute speed: a busy or
//! throttled machine slows both alike, a regression in dealline only one.

use std::time::Instant;

/// Folds every ASCII word of `texts` to lower case, hashes it (FNV-1a) and
/// counts it in a 64 Ki-slot table. Returns a checksum so that the work
/// cannot be optimized away.
pub(crate) fn reference_pass(texts: &[&str]) -> u64 {
    const SEED: u64 = 0xcbf2_9ce4_8422_2325;
    let mut table = vec![0u32; 1 << 16];
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
                let slot = &mut table[(hash & 0xffff) as usize];
                *slot += 1;
                sum = sum.wrapping_add(u64::from(*slot));
                hash = SEED;
                in_word = false;
            }
        }
    }
    sum
}

/// Best (highest) MB/s of `runs` alternating timings of `work` and of the
/// reference pass over the same `bytes` of text, as `(work, reference)`.
/// Alternating spreads a passing burst of load over both.
pub(crate) fn best_of<T>(
    runs: usize,
    texts: &[&str],
    bytes: usize,
    mut work: impl FnMut() -> T,
) -> (f64, f64, T) {
    let mbps = |secs: f64| bytes as f64 / 1e6 / secs;
    let (mut best_work, mut best_ref) = (0.0f64, 0.0f64);
    let mut out = None;
    for _ in 0..runs.max(1) {
        let start = Instant::now();
        std::hint::black_box(reference_pass(std::hint::black_box(texts)));
        best_ref = best_ref.max(mbps(start.elapsed().as_secs_f64()));
        let start = Instant::now();
        let result = work();
        best_work = best_work.max(mbps(start.elapsed().as_secs_f64()));
        out = Some(result);
    }
    (best_work, best_ref, out.expect("at least one run"))
}
