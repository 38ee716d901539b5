//! The sequence tagger: BILOU tags over CoNLL's four types, linear scores from hashed
//! features, and constrained Viterbi decoding.
//!
//! Scoring works with either the quantised weights of a loaded model ([`Weights`]) or the
//! float weights of training (anything implementing [`Scorer`]). This module does not extract
//! features or type entities finely.

use std::collections::HashMap;

use super::features::Feature;
use super::hash::IdBuild;

/// The CoNLL types the tagger predicts, in tag order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Coarse {
    /// People.
    Per,
    /// Organisations.
    Org,
    /// Locations.
    Loc,
    /// Everything else.
    Misc,
}

impl Coarse {
    /// All four, in tag order.
    pub const ALL: [Coarse; 4] = [Coarse::Per, Coarse::Org, Coarse::Loc, Coarse::Misc];

    /// The CoNLL label.
    pub fn label(self) -> &'static str {
        match self {
            Coarse::Per => "PER",
            Coarse::Org => "ORG",
            Coarse::Loc => "LOC",
            Coarse::Misc => "MISC",
        }
    }

    /// The type of a CoNLL label.
    pub fn from_label(label: &str) -> Option<Coarse> {
        Coarse::ALL.into_iter().find(|c| c.label() == label)
    }
}

/// Number of tags: `O` and B, I, L, U for each type.
pub const NT: usize = 17;

/// Position of a tag inside its chunk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// Outside any chunk.
    Outside,
    /// First of several.
    Begin,
    /// Inside.
    Inside,
    /// Last of several.
    Last,
    /// A chunk of one token.
    Unit,
}

/// The tag index for a type and position (`Outside` ignores the type).
pub fn tag(kind: Coarse, position: Position) -> usize {
    let offset = match position {
        Position::Outside => return 0,
        Position::Begin => 0,
        Position::Inside => 1,
        Position::Last => 2,
        Position::Unit => 3,
    };
    1 + 4 * kind as usize + offset
}

/// The type and position of a tag index.
pub fn untag(t: usize) -> (Option<Coarse>, Position) {
    if t == 0 || t >= NT {
        return (None, Position::Outside);
    }
    let kind = Coarse::ALL[(t - 1) / 4];
    let position = match (t - 1) % 4 {
        0 => Position::Begin,
        1 => Position::Inside,
        2 => Position::Last,
        _ => Position::Unit,
    };
    (Some(kind), position)
}

/// The tag name (`O`, `B-PER`, `U-LOC`...).
pub fn tag_name(t: usize) -> String {
    match untag(t) {
        (Some(kind), position) => {
            let p = match position {
                Position::Begin => "B",
                Position::Inside => "I",
                Position::Last => "L",
                _ => "U",
            };
            format!("{p}-{}", kind.label())
        }
        (None, _) => "O".to_string(),
    }
}

/// Whether tag `cur` may follow tag `prev` (`None`: the sentence start).
pub fn allowed(prev: Option<usize>, cur: usize) -> bool {
    follows(prev.unwrap_or(NT), cur)
}

/// [`allowed`] on indices, `NT` standing for the sentence start: a chunk opened by a B or I
/// tag must go on with an I or L tag of its type; otherwise only O, B or U may come.
const fn follows(prev: usize, cur: usize) -> bool {
    let opens = prev != 0 && prev < NT && matches!((prev - 1) % 4, 0 | 1);
    if opens {
        continues(cur) && (prev - 1) / 4 == (cur - 1) / 4
    } else {
        !continues(cur)
    }
}

/// For each tag, the tags that may precede it in increasing order, and how many there are.
const PREDECESSORS: [([u8; NT], usize); NT] = predecessors();

const fn predecessors() -> [([u8; NT], usize); NT] {
    let mut table = [([0u8; NT], 0usize); NT];
    let mut cur = 0;
    while cur < NT {
        let mut prev = 0;
        while prev < NT {
            if follows(prev, cur) {
                let (list, len) = &mut table[cur];
                list[*len] = prev as u8;
                *len += 1;
            }
            prev += 1;
        }
        cur += 1;
    }
    table
}

/// Whether a sentence may end on tag `t`.
pub fn allowed_end(t: usize) -> bool {
    !matches!(untag(t).1, Position::Begin | Position::Inside)
}

/// Anything that scores tags from features.
pub trait Scorer {
    /// Adds one feature's weight for every tag into `scores`.
    fn add(&self, key: u32, scores: &mut [f32; NT]);
    /// Adds each feature's weight for every tag into `scores`, in order.
    fn emission(&self, features: &[Feature], scores: &mut [f32; NT]) {
        for &(key, _) in features {
            self.add(key, scores);
        }
    }
    /// The score of moving from `prev` (`NT`: the start) to `cur`.
    fn transition(&self, prev: usize, cur: usize) -> f32;
}

/// Decodes the best allowed tag sequence for a sentence.
pub fn viterbi(scorer: &impl Scorer, emissions: &[[f32; NT]]) -> Vec<usize> {
    let mut tags = Vec::new();
    Decoder::new(scorer).decode(emissions, &mut tags);
    tags
}

/// Whether tag `t` goes on with a chunk an earlier tag opened (an `I` or `L` tag).
const fn continues(t: usize) -> bool {
    t != 0 && t < NT && matches!((t - 1) % 4, 1 | 2)
}

/// Constrained Viterbi decoding with a scorer's transitions read once and its work
/// buffers kept from one sentence to the next.
///
/// A tag that does not continue a chunk may follow any tag that closes one (`O`, `L`, `U`):
/// the same nine predecessors for nine tags. Each step finds the best and second-best of
/// those nine once; when the best one's score through a tag beats anything the others
/// could reach (the second-best score plus the tag's highest incoming transition), it wins
/// without looking at the others. Otherwise every predecessor is tried. Both ways give
/// exactly the tags, and the scores, of trying every predecessor in order.
#[derive(Debug, Clone)]
pub struct Decoder {
    /// `transitions[prev][cur]`, the last row from the start.
    transitions: [[f32; NT]; NT + 1],
    /// Per tag, its highest transition from any of its predecessors.
    bound: [f32; NT],
    best: Vec<[f32; NT]>,
    back: Vec<[u8; NT]>,
}

/// The tags that do not continue a chunk (`O`, and `B` and `U` of each type): the ones
/// every closing tag may precede. The others (`I`, `L`) follow their type's `B` or `I`.
const NOT_CONTINUING: [usize; 9] = not_continuing();

const fn not_continuing() -> [usize; 9] {
    let mut out = [0; 9];
    let (mut t, mut n) = (0, 0);
    while t < NT {
        if !continues(t) {
            out[n] = t;
            n += 1;
        }
        t += 1;
    }
    out
}

/// The best and second-best scores among the tags that close a chunk.
struct Leaders {
    /// The first tag with the highest score.
    first: usize,
    /// Its score.
    top: f32,
    /// The highest score of any other closing tag.
    runner_up: f32,
}

impl Leaders {
    fn of(scores: &[f32; NT]) -> Leaders {
        let mut leaders = Leaders {
            first: 0,
            top: f32::NEG_INFINITY,
            runner_up: f32::NEG_INFINITY,
        };
        for &prev in &PREDECESSORS[0].0[..PREDECESSORS[0].1] {
            let s = scores[prev as usize];
            if s > leaders.top {
                leaders.runner_up = leaders.top;
                leaders.top = s;
                leaders.first = prev as usize;
            } else if s > leaders.runner_up {
                leaders.runner_up = s;
            }
        }
        leaders
    }
}

impl Decoder {
    /// A decoder for `scorer`'s transitions.
    pub fn new(scorer: &impl Scorer) -> Decoder {
        let mut transitions = [[0.0f32; NT]; NT + 1];
        for (prev, row) in transitions.iter_mut().enumerate() {
            for (cur, score) in row.iter_mut().enumerate() {
                *score = scorer.transition(prev, cur);
            }
        }
        let mut bound = [f32::NEG_INFINITY; NT];
        for (cur, (list, len)) in PREDECESSORS.iter().enumerate() {
            for &prev in &list[..*len] {
                bound[cur] = bound[cur].max(transitions[prev as usize][cur]);
            }
        }
        Decoder {
            transitions,
            bound,
            best: Vec::new(),
            back: Vec::new(),
        }
    }

    /// The best predecessor of `cur` over all its allowed ones, first on ties, and its
    /// score (`NEG_INFINITY` and 0 when none is reachable).
    fn relax(&self, previous: &[f32; NT], cur: usize) -> (f32, u8) {
        let (list, len) = &PREDECESSORS[cur];
        let mut top = f32::NEG_INFINITY;
        let mut arg = 0u8;
        for &prev in &list[..*len] {
            let s = previous[prev as usize] + self.transitions[prev as usize][cur];
            if s > top {
                top = s;
                arg = prev;
            }
        }
        (top, arg)
    }

    /// Writes the best allowed tag sequence for `emissions` into `tags` (cleared first).
    pub fn decode(&mut self, emissions: &[[f32; NT]], tags: &mut Vec<usize>) {
        tags.clear();
        let n = emissions.len();
        if n == 0 {
            return;
        }
        let mut best = std::mem::take(&mut self.best);
        let mut back = std::mem::take(&mut self.back);
        best.clear();
        best.resize(n, [f32::NEG_INFINITY; NT]);
        back.clear();
        back.resize(n, [0u8; NT]);
        let start = &self.transitions[NT];
        for cur in (0..NT).filter(|&cur| follows(NT, cur)) {
            best[0][cur] = emissions[0][cur] + start[cur];
        }
        for i in 1..n {
            let (done, rest) = best.split_at_mut(i);
            let previous = &done[i - 1];
            let current = &mut rest[0];
            let leaders = Leaders::of(previous);
            for &cur in &NOT_CONTINUING {
                let lead = leaders.top + self.transitions[leaders.first][cur];
                let (top, arg) = if lead > leaders.runner_up + self.bound[cur] {
                    (lead, leaders.first as u8)
                } else {
                    self.relax(previous, cur)
                };
                if top > f32::NEG_INFINITY {
                    current[cur] = top + emissions[i][cur];
                    back[i][cur] = arg;
                }
            }
            for kind in 0..Coarse::ALL.len() {
                let (begin, inside) = (1 + 4 * kind, 2 + 4 * kind);
                for cur in [inside, inside + 1] {
                    let from_begin = previous[begin] + self.transitions[begin][cur];
                    let from_inside = previous[inside] + self.transitions[inside][cur];
                    let (top, arg) = if from_inside > from_begin {
                        (from_inside, inside)
                    } else {
                        (from_begin, begin)
                    };
                    if top > f32::NEG_INFINITY {
                        current[cur] = top + emissions[i][cur];
                        back[i][cur] = arg as u8;
                    }
                }
            }
        }
        let mut last = 0;
        let mut top = f32::NEG_INFINITY;
        for (t, &s) in best[n - 1].iter().enumerate() {
            if allowed_end(t) && s > top {
                top = s;
                last = t;
            }
        }
        tags.resize(n, 0);
        tags[n - 1] = last;
        for i in (1..n).rev() {
            tags[i - 1] = back[i][tags[i]] as usize;
        }
        self.best = best;
        self.back = back;
    }
}

/// The chunks of a tag sequence: `(first token, one past the last, type)`.
pub fn chunks(tags: &[usize]) -> Vec<(usize, usize, Coarse)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, Coarse)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let (kind, position) = untag(t);
        match (kind, position) {
            (Some(k), Position::Begin) => open = Some((i, k)),
            (Some(k), Position::Unit) => {
                open = None;
                out.push((i, i + 1, k));
            }
            (Some(k), Position::Last) => {
                if let Some((start, ok)) = open.take().filter(|(_, ok)| *ok == k) {
                    out.push((start, i + 1, ok));
                }
            }
            (Some(k), Position::Inside) => {
                if open.is_some_and(|(_, ok)| ok != k) {
                    open = None;
                }
            }
            _ => open = None,
        }
    }
    out
}

/// The weights of a loaded model: a bucketed hash table from feature key to row (probed
/// alone, so it stays small enough for the cache), the rows decoded from the codebook into
/// floats (added with vector instructions), and the transitions.
///
/// A key lives in its home bucket, a 64-byte line of eight keys and their rows, unless the
/// bucket is full, which sends it to a small spill table and marks the bucket. A lookup
/// compares all eight keys without branching and adds row 0, all zeros, for an unknown
/// key, so the processor fetches the rows of many features at once; only a marked bucket
/// needs the spill table.
#[derive(Debug, Clone)]
pub struct Weights {
    buckets: Vec<Bucket>,
    /// Keys whose home bucket was full, with their rows.
    spilled: HashMap<u32, u32, IdBuild>,
    /// Row 0 is all zeros; then one row of per-tag weights per known feature key, its
    /// first [`LINE`] tags here, one cache line each...
    values: Vec<Line>,
    /// ...and its last tag here.
    last: Vec<f32>,
    /// `(NT + 1) × NT` transition scores, the last row from the start.
    pub transitions: Vec<f32>,
}

/// Keys per bucket.
const BUCKET: usize = 8;

/// Tags whose weights fill a cache line (a 17th would spill every row over two lines).
const LINE: usize = 16;

const _: () = assert!(LINE + 1 == NT, "a row is one line and one more weight");

/// The weights of a row's first [`LINE`] tags.
#[derive(Debug, Clone, Copy)]
#[repr(align(64))]
struct Line([f32; LINE]);

/// Up to [`BUCKET`] keys and their rows; a free slot holds key 0 and row 0.
#[derive(Debug, Clone, Copy, Default)]
#[repr(align(64))]
struct Bucket {
    keys: [u32; BUCKET],
    /// Rows in `values`; the last one also carries [`SPILLED`].
    rows: [u32; BUCKET],
}

/// The bit of a bucket's last row that says keys homed there were spilled.
const SPILLED: u32 = 1 << 31;

impl Bucket {
    /// The row of `key` if this bucket holds it, else 0.
    fn row(&self, key: u32) -> u32 {
        let found = self
            .keys
            .iter()
            .zip(&self.rows)
            .fold(0, |found, (&k, &row)| {
                found | if k == key { row } else { 0 }
            });
        found & !SPILLED
    }

    fn spilled(&self) -> bool {
        self.rows[BUCKET - 1] & SPILLED != 0
    }
}

impl Default for Weights {
    fn default() -> Weights {
        Weights::new(&[0.0; 256], vec![0.0; (NT + 1) * NT], &[])
    }
}

impl Weights {
    /// The weights of `rows` (feature key, codebook index per tag; a repeated key keeps its
    /// last row).
    pub fn new(codebook: &[f32; 256], transitions: Vec<f32>, rows: &[(u32, [u8; NT])]) -> Weights {
        let buckets = (rows.len() / BUCKET).max(1).next_power_of_two();
        let mut weights = Weights {
            buckets: vec![Bucket::default(); buckets],
            spilled: HashMap::default(),
            values: Vec::with_capacity(rows.len() + 1),
            last: Vec::with_capacity(rows.len() + 1),
            transitions,
        };
        weights.push([0.0; NT]);
        for (key, row) in rows {
            weights.insert(*key, row.map(|v| codebook[usize::from(v)]));
        }
        weights
    }

    /// How many feature keys the model knows.
    pub fn len(&self) -> usize {
        self.values.len() - 1
    }

    /// Whether the model knows no feature.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn home(&self, key: u32) -> usize {
        let spread = u64::from(key).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32;
        spread as usize & (self.buckets.len() - 1)
    }

    fn push(&mut self, row: [f32; NT]) {
        let mut line = [0.0; LINE];
        line.copy_from_slice(&row[..LINE]);
        self.values.push(Line(line));
        self.last.push(row[LINE]);
    }

    fn insert(&mut self, key: u32, row: [f32; NT]) {
        let known = self.row_index(key) as usize;
        if known != 0 {
            if let Some(stored) = self.values.get_mut(known) {
                stored.0.copy_from_slice(&row[..LINE]);
            }
            if let Some(stored) = self.last.get_mut(known) {
                *stored = row[LINE];
            }
            return;
        }
        let at = self.values.len() as u32;
        self.push(row);
        let home = self.home(key);
        let Some(bucket) = self.buckets.get_mut(home) else {
            return;
        };
        match bucket.rows.iter().position(|&r| r & !SPILLED == 0) {
            Some(free) => {
                bucket.keys[free] = key;
                bucket.rows[free] |= at;
            }
            None => {
                bucket.rows[BUCKET - 1] |= SPILLED;
                self.spilled.insert(key, at);
            }
        }
    }

    /// The index in `values` of a feature key's row (0, the zeros, for an unknown key).
    fn row_index(&self, key: u32) -> u32 {
        let Some(bucket) = self.buckets.get(self.home(key)) else {
            return 0;
        };
        match bucket.row(key) {
            0 if bucket.spilled() => self.spilled.get(&key).copied().unwrap_or(0),
            row => row,
        }
    }

    /// The stored weights of a feature key, if the model knows it.
    pub fn row(&self, key: u32) -> Option<[f32; NT]> {
        match self.row_index(key) as usize {
            0 => None,
            row => {
                let (line, last) = (self.values.get(row)?, self.last.get(row)?);
                Some(std::array::from_fn(|t| {
                    line.0.get(t).copied().unwrap_or(*last)
                }))
            }
        }
    }
}

impl Scorer for Weights {
    fn add(&self, key: u32, scores: &mut [f32; NT]) {
        let row = self.row_index(key) as usize;
        if let (Some(line), Some(last)) = (self.values.get(row), self.last.get(row)) {
            for (s, &w) in scores.iter_mut().zip(&line.0) {
                *s += w;
            }
            scores[LINE] += last;
        }
    }

    fn transition(&self, prev: usize, cur: usize) -> f32 {
        self.transitions
            .get(prev * NT + cur)
            .copied()
            .unwrap_or(0.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip() {
        for t in 0..NT {
            let (kind, position) = untag(t);
            match kind {
                Some(k) => assert_eq!(tag(k, position), t),
                None => assert_eq!(t, 0),
            }
        }
        assert_eq!(tag_name(tag(Coarse::Loc, Position::Unit)), "U-LOC");
    }

    #[test]
    fn constraints_forbid_broken_chunks() {
        let b_per = tag(Coarse::Per, Position::Begin);
        assert!(allowed(Some(b_per), tag(Coarse::Per, Position::Last)));
        assert!(!allowed(Some(b_per), tag(Coarse::Org, Position::Last)));
        assert!(!allowed(Some(b_per), 0));
        assert!(!allowed(None, tag(Coarse::Per, Position::Inside)));
        assert!(!allowed_end(b_per));
    }

    #[test]
    fn predecessor_table_lists_exactly_the_allowed_transitions() {
        for (cur, (list, len)) in PREDECESSORS.iter().enumerate() {
            let expected: Vec<u8> = (0..NT as u8)
                .filter(|&prev| allowed(Some(prev as usize), cur))
                .collect();
            assert_eq!(&list[..*len], expected.as_slice(), "tag {cur}");
        }
    }

    #[test]
    fn weights_find_every_key_including_zero_and_the_last_of_repeats() {
        let mut codebook = [0.0f32; 256];
        codebook[1] = 1.0;
        codebook[2] = 2.0;
        let mut rows: Vec<(u32, [u8; NT])> = (1..200u32).map(|k| (k * 7919, [1; NT])).collect();
        rows.push((0, [2; NT]));
        rows.push((7919, [2; NT]));
        let weights = Weights::new(&codebook, vec![0.0; (NT + 1) * NT], &rows);
        assert_eq!(weights.len(), 200);
        assert_eq!(weights.row(0), Some([2.0; NT]));
        assert_eq!(weights.row(7919), Some([2.0; NT]));
        assert!((2..200u32).all(|k| weights.row(k * 7919) == Some([1.0; NT])));
        assert_eq!(weights.row(5), None);
        assert_eq!(Weights::default().row(0), None);
    }

    #[test]
    fn weights_keep_keys_that_overflow_their_bucket() {
        let mut codebook = [0.0f32; 256];
        for (i, w) in codebook.iter_mut().enumerate() {
            *w = i as f32;
        }
        let key = |k: u32| (u64::from(k).wrapping_mul(0x2545_f491_4f6c_dd1d) >> 32) as u32;
        let rows: Vec<(u32, [u8; NT])> = (0..2000u32)
            .map(|k| (key(k), [(k % 255) as u8 + 1; NT]))
            .collect();
        let weights = Weights::new(&codebook, vec![0.0; (NT + 1) * NT], &rows);
        assert!(!weights.spilled.is_empty());
        for k in 0..2000u32 {
            let expected = [(k % 255) as f32 + 1.0; NT];
            assert_eq!(weights.row(key(k)), Some(expected), "key {k}");
        }
        assert!((2000..6000u32).all(|k| weights.row(key(k)).is_none()));
    }

    #[test]
    fn viterbi_keeps_chunks_well_formed_even_when_emissions_disagree() {
        let weights = Weights::default();
        let mut emissions = [[0.0f32; NT]; 2];
        emissions[0][tag(Coarse::Per, Position::Begin)] = 5.0;
        emissions[1][tag(Coarse::Org, Position::Last)] = 5.0;
        let tags = viterbi(&weights, &emissions);
        let found = chunks(&tags);
        assert!(found.iter().all(|&(s, e, _)| s < e && e <= 2));
        assert_eq!(tags.len(), 2);
        assert!(allowed_end(tags[1]));
    }

    /// Viterbi trying every allowed predecessor at every step, first on ties.
    fn exhaustive_viterbi(transitions: &[f32], emissions: &[[f32; NT]]) -> Vec<usize> {
        let n = emissions.len();
        let mut best = vec![[f32::NEG_INFINITY; NT]; n];
        let mut back = vec![[0usize; NT]; n];
        for cur in (0..NT).filter(|&cur| allowed(None, cur)) {
            best[0][cur] = emissions[0][cur] + transitions[NT * NT + cur];
        }
        for i in 1..n {
            for cur in 0..NT {
                let mut top = f32::NEG_INFINITY;
                for prev in (0..NT).filter(|&prev| allowed(Some(prev), cur)) {
                    let s = best[i - 1][prev] + transitions[prev * NT + cur];
                    if s > top {
                        top = s;
                        back[i][cur] = prev;
                    }
                }
                best[i][cur] = top + emissions[i][cur];
            }
        }
        let mut tags = vec![0; n];
        let mut top = f32::NEG_INFINITY;
        for t in (0..NT).filter(|&t| allowed_end(t)) {
            if best[n - 1][t] > top {
                top = best[n - 1][t];
                tags[n - 1] = t;
            }
        }
        for i in (1..n).rev() {
            tags[i - 1] = back[i][tags[i]];
        }
        tags
    }

    #[test]
    fn decoder_shortcut_gives_the_tags_of_trying_every_predecessor() {
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = move |levels: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % levels) as f32 - (levels / 2) as f32
        };
        for round in 0..300 {
            let levels = if round % 2 == 0 { 5 } else { 1000 };
            let transitions: Vec<f32> = (0..(NT + 1) * NT).map(|_| next(levels) / 4.0).collect();
            let mut codebook = [0.0f32; 256];
            codebook[1] = 1.0;
            let weights = Weights::new(&codebook, transitions.clone(), &[]);
            let emissions: Vec<[f32; NT]> = (0..1 + round % 12)
                .map(|_| std::array::from_fn(|_| next(levels)))
                .collect();
            assert_eq!(
                viterbi(&weights, &emissions),
                exhaustive_viterbi(&transitions, &emissions),
                "round {round}"
            );
        }
    }

    #[test]
    fn chunks_of_bilou() {
        let tags = [
            tag(Coarse::Per, Position::Begin),
            tag(Coarse::Per, Position::Last),
            0,
            tag(Coarse::Loc, Position::Unit),
        ];
        assert_eq!(
            chunks(&tags),
            vec![(0, 2, Coarse::Per), (3, 4, Coarse::Loc)]
        );
    }
}
