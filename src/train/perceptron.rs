//! An averaged structured perceptron over BILOU tag sequences (Collins 2002), with the
//! averaging trick of Daumé: weights `w` and a running sum of `c · Δw` give the average
//! `w - u / c` without touching every weight at every step.
//!
//! Features arrive as row indices (the trainer maps hashed keys to rows). Decoding uses the
//! engine's own constrained Viterbi. This module does not read data or write models.

use crate::engine::entities::tagger::{viterbi, Scorer, NT};

/// One training sentence: each token's feature rows and its gold tag.
#[derive(Debug, Clone, Default)]
pub struct Example {
    /// Feature rows per token.
    pub rows: Vec<Vec<u32>>,
    /// Gold tag per token.
    pub gold: Vec<usize>,
}

/// The perceptron's state.
#[derive(Debug, Clone)]
pub struct Perceptron {
    weights: Vec<f32>,
    sums: Vec<f64>,
    transitions: Vec<f32>,
    transition_sums: Vec<f64>,
    steps: f64,
}

struct TransitionsOnly<'a>(&'a [f32]);

impl Scorer for TransitionsOnly<'_> {
    fn add(&self, _: u32, _: &mut [f32; NT]) {}

    fn transition(&self, prev: usize, cur: usize) -> f32 {
        self.0[prev * NT + cur]
    }
}

impl Perceptron {
    /// A perceptron with `rows` feature rows, all weights zero.
    pub fn new(rows: usize) -> Perceptron {
        Perceptron {
            weights: vec![0.0; rows * NT],
            sums: vec![0.0; rows * NT],
            transitions: vec![0.0; (NT + 1) * NT],
            transition_sums: vec![0.0; (NT + 1) * NT],
            steps: 1.0,
        }
    }

    fn emissions(&self, example: &Example) -> Vec<[f32; NT]> {
        example
            .rows
            .iter()
            .map(|rows| {
                let mut scores = [0.0f32; NT];
                for &row in rows {
                    let w = &self.weights[row as usize * NT..row as usize * NT + NT];
                    for (s, &v) in scores.iter_mut().zip(w) {
                        *s += v;
                    }
                }
                scores
            })
            .collect()
    }

    /// Decodes one example with the current weights.
    pub fn predict(&self, example: &Example) -> Vec<usize> {
        viterbi(
            &TransitionsOnly(&self.transitions),
            &self.emissions(example),
        )
    }

    /// Learns from one example; returns whether the prediction was wrong.
    pub fn learn(&mut self, example: &Example) -> bool {
        let predicted = self.predict(example);
        let wrong = predicted != example.gold;
        if wrong {
            for (i, (&g, &p)) in example.gold.iter().zip(&predicted).enumerate() {
                if g != p {
                    for &row in &example.rows[i] {
                        self.bump(row as usize * NT + g, 1.0);
                        self.bump(row as usize * NT + p, -1.0);
                    }
                }
                let gp = if i == 0 { NT } else { example.gold[i - 1] };
                let pp = if i == 0 { NT } else { predicted[i - 1] };
                if gp != pp || g != p {
                    self.bump_transition(gp * NT + g, 1.0);
                    self.bump_transition(pp * NT + p, -1.0);
                }
            }
        }
        self.steps += 1.0;
        wrong
    }

    fn bump(&mut self, at: usize, delta: f32) {
        self.weights[at] += delta;
        self.sums[at] += self.steps * f64::from(delta);
    }

    fn bump_transition(&mut self, at: usize, delta: f32) {
        self.transitions[at] += delta;
        self.transition_sums[at] += self.steps * f64::from(delta);
    }

    /// The averaged weights and transitions.
    pub fn averaged(&self) -> (Vec<f32>, Vec<f32>) {
        let average = |w: &[f32], u: &[f64]| -> Vec<f32> {
            w.iter()
                .zip(u)
                .map(|(&w, &u)| (f64::from(w) - u / self.steps) as f32)
                .collect()
        };
        (
            average(&self.weights, &self.sums),
            average(&self.transitions, &self.transition_sums),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::entities::tagger::{tag, Coarse, Position};

    #[test]
    fn learns_a_separable_toy_problem() {
        let per = tag(Coarse::Per, Position::Unit);
        let example = Example {
            rows: vec![vec![0], vec![1]],
            gold: vec![per, 0],
        };
        let mut p = Perceptron::new(2);
        for _ in 0..5 {
            p.learn(&example);
        }
        assert_eq!(p.predict(&example), example.gold);
        let (w, _) = p.averaged();
        assert!(w[per] > 0.0);
    }
}
