//! The learned model's tag set: BILOU over CoNLL's four entity types, and
//! first-order Viterbi decoding restricted to valid BILOU sequences.

/// The entity types the statistical model predicts. They are refined into
/// OntoNotes labels afterwards (see `refine`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Per,
    Org,
    Loc,
    Misc,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Per, Kind::Org, Kind::Loc, Kind::Misc];

    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "PER" => Some(Kind::Per),
            "ORG" => Some(Kind::Org),
            "LOC" => Some(Kind::Loc),
            "MISC" => Some(Kind::Misc),
            _ => None,
        }
    }
}

/// Number of tags: `O`, then `B I L U` for each kind.
pub const N_TAGS: usize = 1 + 4 * 4;

/// Position of a token inside an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    B,
    I,
    L,
    U,
}

pub const O: u8 = 0;

pub fn tag(kind: Kind, part: Part) -> u8 {
    let k = kind as u8;
    let p = part as u8;
    1 + 4 * k + p
}

/// Splits a tag into its kind and part (`None` for `O`).
pub fn split(tag: u8) -> Option<(Kind, Part)> {
    if tag == O || usize::from(tag) >= N_TAGS {
        return None;
    }
    let k = (tag - 1) / 4;
    let p = (tag - 1) % 4;
    let kind = Kind::ALL[usize::from(k)];
    let part = [Part::B, Part::I, Part::L, Part::U][usize::from(p)];
    Some((kind, part))
}

/// Whether `next` may follow `prev` (`None` = sentence start).
pub fn allowed(prev: Option<u8>, next: u8) -> bool {
    let open = match prev.and_then(split) {
        Some((k, Part::B | Part::I)) => Some(k),
        _ => None,
    };
    match (open, split(next)) {
        (Some(k), Some((k2, Part::I | Part::L))) => k == k2,
        (Some(_), _) => false,
        (None, None) => true,
        (None, Some((_, p))) => matches!(p, Part::B | Part::U),
    }
}

/// Whether a sentence may end after `tag`.
pub fn may_end(tag: u8) -> bool {
    !matches!(split(tag), Some((_, Part::B | Part::I)))
}

/// Converts per-token (kind, entity) spans into BILOU tags, given entities
/// as token ranges.
pub fn encode(n: usize, entities: &[(usize, usize, Kind)], out: &mut Vec<u8>) {
    out.clear();
    out.resize(n, O);
    for &(s, e, k) in entities {
        if s >= e || e > n {
            continue;
        }
        if e - s == 1 {
            out[s] = tag(k, Part::U);
        } else {
            out[s] = tag(k, Part::B);
            for t in &mut out[s + 1..e - 1] {
                *t = tag(k, Part::I);
            }
            out[e - 1] = tag(k, Part::L);
        }
    }
}

/// Reads entity token ranges back from BILOU tags (tolerant of invalid
/// sequences: a stray `I`/`L` starts an entity).
pub fn decode(tags: &[u8], out: &mut Vec<(usize, usize, Kind)>) {
    out.clear();
    let mut open: Option<(usize, Kind)> = None;
    for (i, &t) in tags.iter().enumerate() {
        match split(t) {
            None => open = None,
            Some((k, Part::U)) => {
                out.push((i, i + 1, k));
                open = None;
            }
            Some((k, Part::B)) => open = Some((i, k)),
            Some((k, Part::I)) => {
                if !matches!(open, Some((_, k2)) if k2 == k) {
                    open = Some((i, k));
                }
            }
            Some((k, Part::L)) => {
                let s = match open {
                    Some((s, k2)) if k2 == k => s,
                    _ => i,
                };
                out.push((s, i + 1, k));
                open = None;
            }
        }
    }
}

/// Transition table: `trans[(prev + 1) * N_TAGS + next]`, with row 0 for the
/// sentence start. Invalid transitions get `-inf`-like scores.
pub const TRANS_LEN: usize = (N_TAGS + 1) * N_TAGS;

const NEG: f32 = -1.0e30;

/// First-order Viterbi over `scores` (`n * N_TAGS`, row-major) and learned
/// transition weights; writes the best valid tag sequence into `out`.
/// `back` is scratch space.
pub fn viterbi(scores: &[f32], trans: &[f32], back: &mut Vec<u8>, out: &mut Vec<u8>) {
    let n = scores.len() / N_TAGS;
    out.clear();
    if n == 0 || trans.len() < TRANS_LEN {
        return;
    }
    back.clear();
    back.resize(n * N_TAGS, 0);
    let mut cur = [NEG; N_TAGS];
    for (t, c) in cur.iter_mut().enumerate() {
        if allowed(None, t as u8) {
            *c = scores[t] + trans[t];
        }
    }
    let preds = predecessors();
    for i in 1..n {
        let mut next = [NEG; N_TAGS];
        let row = &scores[i * N_TAGS..(i + 1) * N_TAGS];
        let back_row = &mut back[i * N_TAGS..(i + 1) * N_TAGS];
        for t in 0..N_TAGS {
            let mut best = NEG;
            let mut arg = 0u8;
            for &p in preds.of(t) {
                let s = cur[usize::from(p)] + trans[(usize::from(p) + 1) * N_TAGS + t];
                if s > best {
                    best = s;
                    arg = p;
                }
            }
            if best > NEG {
                next[t] = best + row[t];
            }
            back_row[t] = arg;
        }
        cur = next;
    }
    let mut best = NEG;
    let mut arg = 0u8;
    for (t, &c) in cur.iter().enumerate() {
        if may_end(t as u8) && c > best {
            best = c;
            arg = t as u8;
        }
    }
    out.resize(n, O);
    out[n - 1] = arg;
    for i in (1..n).rev() {
        let a = back[i * N_TAGS + usize::from(out[i])];
        out[i - 1] = a;
    }
}

/// For every tag, the tags that may precede it.
struct Preds {
    list: [[u8; N_TAGS]; N_TAGS],
    len: [usize; N_TAGS],
}

impl Preds {
    #[inline]
    fn of(&self, t: usize) -> &[u8] {
        &self.list[t][..self.len[t]]
    }
}

fn predecessors() -> &'static Preds {
    static P: std::sync::OnceLock<Preds> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        let mut p = Preds {
            list: [[0; N_TAGS]; N_TAGS],
            len: [0; N_TAGS],
        };
        for t in 0..N_TAGS {
            for q in 0..N_TAGS {
                if allowed(Some(q as u8), t as u8) {
                    p.list[t][p.len[t]] = q as u8;
                    p.len[t] += 1;
                }
            }
        }
        p
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_decode_roundtrip() {
        let ents = vec![(0, 2, Kind::Per), (3, 4, Kind::Loc), (5, 8, Kind::Org)];
        let mut tags = Vec::new();
        encode(9, &ents, &mut tags);
        let mut back = Vec::new();
        decode(&tags, &mut back);
        assert_eq!(back, ents);
    }

    #[test]
    fn viterbi_respects_bilou() {
        // Scores favour B-PER then O, which is invalid; Viterbi must repair.
        let mut scores = vec![0.0f32; 2 * N_TAGS];
        scores[usize::from(tag(Kind::Per, Part::B))] = 5.0;
        scores[N_TAGS + usize::from(O)] = 5.0;
        let trans = vec![0.0f32; TRANS_LEN];
        let (mut back, mut out) = (Vec::new(), Vec::new());
        viterbi(&scores, &trans, &mut back, &mut out);
        assert!(allowed(None, out[0]) && allowed(Some(out[0]), out[1]) && may_end(out[1]));
    }
}
