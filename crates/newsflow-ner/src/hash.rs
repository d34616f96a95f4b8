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
    pub fn mix(self, x: u64) -> H {
        H((self.0.rotate_left(5) ^ x).wrapping_mul(K))
    }
    #[inline]
    pub fn add_char(self, c: char) -> H {
        self.mix(u64::from(u32::from(c)))
    }
    /// Adds a word, normalized: lower-cased (ASCII fast path), `’` as `'`,
    /// every digit as `0`.
    #[inline]
    pub fn add_norm(mut self, w: &str) -> H {
        for c in w.chars() {
            self = self.add_char(norm_char(c));
        }
        self.mix(0xff)
    }
    /// Adds a word exactly as written (digits still folded to `0`).
    #[inline]
    pub fn add_exact(mut self, w: &str) -> H {
        for c in w.chars() {
            let c = if c.is_ascii_digit() { '0' } else { c };
            self = self.add_char(c);
        }
        self.mix(0xfe)
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

/// An open-addressing map from feature hash to a row number. Slots hold
/// the high 32 bits of the hash (as a fingerprint, never 0) and the row, so
/// a lookup reads one 8-byte slot; the low bits choose the slot. A feature
/// absent from the table matches a stored one only if both its slot chain
/// and its fingerprint collide (about one lookup in a billion).
#[derive(Debug, Clone)]
pub struct Table {
    slots: Vec<(u32, u32)>,
    mask: usize,
}

#[inline]
fn fingerprint(k: u64) -> u32 {
    ((k >> 32) as u32) | 1
}

impl Table {
    pub fn with_keys(keys: &[u64]) -> Table {
        let cap = (keys.len() * 2).next_power_of_two().max(16);
        let mut t = Table {
            slots: vec![(0, 0); cap],
            mask: cap - 1,
        };
        for (row, &k) in keys.iter().enumerate() {
            let fp = fingerprint(k);
            let mut i = (k as usize) & t.mask;
            while t.slots[i].0 != 0 && t.slots[i].0 != fp {
                i = (i + 1) & t.mask;
            }
            // Two keys with the same slot chain and fingerprint share the
            // first row; the later one is dropped.
            if t.slots[i].0 == 0 {
                t.slots[i] = (fp, row as u32);
            }
        }
        t
    }

    #[inline]
    pub fn get(&self, k: u64) -> Option<usize> {
        let fp = fingerprint(k);
        let mut i = (k as usize) & self.mask;
        loop {
            let (key, row) = self.slots[i];
            if key == fp {
                return Some(row as usize);
            }
            if key == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// A `HashMap` hasher for keys that are already good hashes (feature and
/// word keys): it passes the `u64` through.
#[derive(Debug, Default, Clone, Copy)]
pub struct PassThrough(u64);

impl std::hash::Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(K);
        }
    }
    fn write_u64(&mut self, x: u64) {
        // Keys from `H::finish` have their lowest bit set; rotate so that
        // the bucket bits come from the well-mixed middle of the hash.
        self.0 = x.rotate_left(32);
    }
}

/// `HashMap` keyed by pre-hashed `u64`s.
pub type KeyMap<V> = std::collections::HashMap<u64, V, std::hash::BuildHasherDefault<PassThrough>>;
