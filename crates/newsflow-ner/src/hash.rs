//! Feature hashing: a fast 64-bit hash over a template id and a word's
//! characters, so that features never allocate.

const K: u64 = 0x517c_c1b7_2722_0a95;

/// Incremental hasher (FxHash-style mixing with a final avalanche).
#[derive(Clone, Copy)]
pub struct H(u64);

impl H {
    #[inline]
    pub fn new(template: u32) -> H {
        H((u64::from(template) + 1).wrapping_mul(K))
    }
    #[inline]
    pub fn add(self, x: u64) -> H {
        H((self.0.rotate_left(5) ^ x).wrapping_mul(K))
    }
    #[inline]
    pub fn add_char(self, c: char) -> H {
        self.add(u64::from(u32::from(c)))
    }
    /// Adds a word, normalized: lower-cased (ASCII fast path), `’` as `'`,
    /// every digit as `0`.
    #[inline]
    pub fn add_norm(mut self, w: &str) -> H {
        for c in w.chars() {
            self = self.add_char(norm_char(c));
        }
        self.add(0xff)
    }
    /// Adds a word exactly as written (digits still folded to `0`).
    #[inline]
    pub fn add_exact(mut self, w: &str) -> H {
        for c in w.chars() {
            let c = if c.is_ascii_digit() { '0' } else { c };
            self = self.add_char(c);
        }
        self.add(0xfe)
    }
    /// Final value; never 0 (0 marks an empty slot in [`Table`]).
    #[inline]
    pub fn finish(self) -> u64 {
        let mut z = self.0;
        z = (z ^ (z >> 31)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        z ^= z >> 29;
        z | 1
    }
}

#[inline]
pub fn norm_char(c: char) -> char {
    if c.is_ascii() {
        if c.is_ascii_digit() {
            '0'
        } else {
            c.to_ascii_lowercase()
        }
    } else if c == '’' || c == '‘' {
        '\''
    } else if c == '“' || c == '”' {
        '"'
    } else if c.is_numeric() {
        '0'
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// An open-addressing map from feature hash to a row number. Keys are never
/// 0 (see [`H::finish`]).
#[derive(Debug, Clone)]
pub struct Table {
    keys: Vec<u64>,
    rows: Vec<u32>,
    mask: usize,
}

impl Table {
    pub fn with_keys(keys: &[u64]) -> Table {
        let cap = (keys.len() * 2).next_power_of_two().max(16);
        let mut t = Table {
            keys: vec![0; cap],
            rows: vec![0; cap],
            mask: cap - 1,
        };
        for (row, &k) in keys.iter().enumerate() {
            let mut i = (k as usize) & t.mask;
            while t.keys[i] != 0 && t.keys[i] != k {
                i = (i + 1) & t.mask;
            }
            t.keys[i] = k;
            t.rows[i] = row as u32;
        }
        t
    }

    #[inline]
    pub fn get(&self, k: u64) -> Option<usize> {
        let mut i = (k as usize) & self.mask;
        loop {
            let key = self.keys[i];
            if key == k {
                return Some(self.rows[i] as usize);
            }
            if key == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }
}
