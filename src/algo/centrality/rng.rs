//! A small seeded pseudo-random generator, so that sampled estimates are reproducible.

/// SplitMix64 (Steele, Lea & Flood 2014): a 64-bit state advanced by a Weyl increment and
/// scrambled by two multiply-xorshift rounds.
///
/// It is fast, passes BigCrush, and one seed always gives the same stream on every platform,
/// which is all the sampled measures need (it is not a cryptographic generator).
///
/// ```
/// use linkchart::algo::centrality::SplitMix64;
/// let mut a = SplitMix64::new(7);
/// let mut b = SplitMix64::new(7);
/// assert_eq!(a.next_u64(), b.next_u64());
/// assert!(a.below(10) < 10);
/// assert_eq!(SplitMix64::new(0).next_u64(), 0xE220_A839_7B1D_CDAF);
/// let mut c = SplitMix64::new(3);
/// let picked = c.sample(5, 3);
/// assert_eq!(picked.len(), 3);
/// assert!(picked.iter().all(|&v| v < 5));
/// ```
#[derive(Debug, Clone)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    /// A generator whose stream is fixed by `seed`.
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64 { state: seed }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform integer in `0..bound`, without modulo bias (Lemire 2019, multiply and reject).
    ///
    /// # Panics
    /// If `bound` is 0.
    pub fn below(&mut self, bound: u64) -> u64 {
        assert!(bound > 0, "empty range");
        let threshold = bound.wrapping_neg() % bound;
        loop {
            let product = u128::from(self.next_u64()) * u128::from(bound);
            if (product as u64) >= threshold {
                return (product >> 64) as u64;
            }
        }
    }

    /// `k` distinct nodes of `0..n`, drawn uniformly by a partial Fisher–Yates shuffle: for
    /// `i` in `0..k`, position `i` is swapped with `i + below(n - i)`.
    ///
    /// # Panics
    /// If `k > n` or `n > u32::MAX`.
    pub fn sample(&mut self, n: usize, k: usize) -> Vec<u32> {
        assert!(k <= n, "cannot sample {k} of {n}");
        let mut nodes: Vec<u32> = (0..u32::try_from(n).expect("too many nodes")).collect();
        for i in 0..k {
            let j = i + self.below((n - i) as u64) as usize;
            nodes.swap(i, j);
        }
        nodes.truncate(k);
        nodes
    }
}
