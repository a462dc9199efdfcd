//! Sparse sentence graphs and PageRank, shared by TextRank and LexRank.
//!
//! A dense n × n similarity matrix needs 3.2 GB for a 20,000-sentence book, so the graph is
//! built sparsely: an inverted index maps each term to the sentences containing it, and each
//! sentence only meets the sentences it shares a term with. Two bounds keep long inputs in
//! memory and time that grow linearly with the text:
//!
//! - each sentence keeps at most [`MAX_NEIGHBOURS`] edges, its strongest (ties by index);
//! - terms found in more than [`MAX_POSTING`] sentences are left out of the neighbour search
//!   (on long texts they act as stopwords; on texts shorter than that nothing changes).
//!
//! On a document of at most `MAX_NEIGHBOURS + 1` sentences the graph is exact.

/// PageRank damping: the probability of following an edge rather than jumping anywhere.
pub(crate) const DAMPING: f64 = 0.85;
/// PageRank stops after this many iterations at most.
pub(crate) const PAGERANK_ITERATIONS: usize = 100;
/// PageRank stops once the L1 change of the rank vector falls below this.
pub(crate) const PAGERANK_TOLERANCE: f64 = 1e-6;
/// Edges kept per sentence: its strongest neighbours.
pub(crate) const MAX_NEIGHBOURS: usize = 64;
/// Terms in more sentences than this do not connect sentences.
pub(crate) const MAX_POSTING: usize = 1_000;

/// A directed weighted graph in compressed rows; node `i`'s edges are
/// `targets[offsets[i]..offsets[i + 1]]` with `weights` alongside, sorted by target.
#[derive(Debug, Default)]
pub(crate) struct Graph {
    offsets: Vec<usize>,
    targets: Vec<u32>,
    weights: Vec<f64>,
}

impl Graph {
    /// Number of nodes.
    pub(crate) fn len(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    /// Edges of node `i` as `(target, weight)`.
    pub(crate) fn edges(&self, i: usize) -> impl Iterator<Item = (usize, f64)> + '_ {
        let range = self.offsets[i]..self.offsets[i + 1];
        self.targets[range.clone()]
            .iter()
            .map(|&t| t as usize)
            .zip(self.weights[range].iter().copied())
    }
}

/// Builds the graph over `vectors.len()` nodes, each a sparse vector of `(term, value)` sorted
/// by term over `term_count` terms. For each pair sharing a term, `dot` is the sum of
/// `value_i * value_j` over shared terms (the overlap count when all values are 1), and
/// `weight(i, j, dot)` gives the edge weight; edges of weight `<= 0` or not finite are
/// dropped.
pub(crate) fn build(
    vectors: &[Vec<(u32, f64)>],
    term_count: usize,
    weight: impl Fn(usize, usize, f64) -> f64,
) -> Graph {
    let n = vectors.len();
    // Inverted index by counting sort, so postings are in node order.
    let mut starts = vec![0usize; term_count + 1];
    for vector in vectors {
        for &(term, _) in vector {
            starts[term as usize + 1] += 1;
        }
    }
    for t in 0..term_count {
        starts[t + 1] += starts[t];
    }
    let mut fill = starts.clone();
    let mut postings = vec![(0u32, 0f64); starts[term_count]];
    for (node, vector) in vectors.iter().enumerate() {
        for &(term, value) in vector {
            let slot = &mut fill[term as usize];
            postings[*slot] = (node as u32, value);
            *slot += 1;
        }
    }

    let mut graph = Graph {
        offsets: Vec::with_capacity(n + 1),
        targets: Vec::new(),
        weights: Vec::new(),
    };
    graph.offsets.push(0);
    let mut dots = vec![0f64; n];
    let mut touched: Vec<u32> = Vec::new();
    let mut row: Vec<(u32, f64)> = Vec::new();
    for (i, vector) in vectors.iter().enumerate() {
        for &(term, value) in vector {
            let list = &postings[starts[term as usize]..starts[term as usize + 1]];
            if list.len() > MAX_POSTING {
                continue;
            }
            for &(j, other) in list {
                if j as usize == i {
                    continue;
                }
                let dot = &mut dots[j as usize];
                if *dot == 0.0 {
                    touched.push(j);
                }
                *dot += value * other;
            }
        }
        row.clear();
        for &j in &touched {
            let w = weight(i, j as usize, dots[j as usize]);
            dots[j as usize] = 0.0;
            if w.is_finite() && w > 0.0 {
                row.push((j, w));
            }
        }
        touched.clear();
        if row.len() > MAX_NEIGHBOURS {
            let strongest =
                |a: &(u32, f64), b: &(u32, f64)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
            row.select_nth_unstable_by(MAX_NEIGHBOURS - 1, strongest);
            row.truncate(MAX_NEIGHBOURS);
        }
        // Sorted by target, so PageRank adds in the same order every time.
        row.sort_unstable_by_key(|&(j, _)| j);
        for &(j, w) in &row {
            graph.targets.push(j);
            graph.weights.push(w);
        }
        graph.offsets.push(graph.targets.len());
    }
    graph
}

/// PageRank with damping [`DAMPING`] by power iteration from the uniform vector: at most
/// [`PAGERANK_ITERATIONS`] steps, stopping once the L1 change is below
/// [`PAGERANK_TOLERANCE`]. Each node passes its rank to its targets in proportion to edge
/// weight; nodes without edges spread theirs evenly. The result sums to 1.
pub(crate) fn pagerank(graph: &Graph) -> Vec<f64> {
    let n = graph.len();
    if n == 0 {
        return Vec::new();
    }
    let out: Vec<f64> = (0..n)
        .map(|i| graph.edges(i).map(|(_, w)| w).sum())
        .collect();
    let uniform = 1.0 / n as f64;
    let mut rank = vec![uniform; n];
    let mut next = vec![0f64; n];
    for _ in 0..PAGERANK_ITERATIONS {
        let dangling: f64 = (0..n).filter(|&i| out[i] <= 0.0).map(|i| rank[i]).sum();
        let base = (1.0 - DAMPING) * uniform + DAMPING * dangling * uniform;
        next.fill(base);
        for i in 0..n {
            if out[i] > 0.0 {
                let share = DAMPING * rank[i] / out[i];
                for (j, w) in graph.edges(i) {
                    next[j] += share * w;
                }
            }
        }
        let change: f64 = rank.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut rank, &mut next);
        if change < PAGERANK_TOLERANCE {
            break;
        }
    }
    rank
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ones(terms: &[u32]) -> Vec<(u32, f64)> {
        terms.iter().map(|&t| (t, 1.0)).collect()
    }

    #[test]
    fn overlap_graph_by_hand() {
        // 0 {a, b}, 1 {b, c}, 2 {d}: one edge each way between 0 and 1 (overlap 1).
        let vectors = [ones(&[0, 1]), ones(&[1, 2]), ones(&[3])];
        let graph = build(&vectors, 4, |_, _, dot| dot);
        assert_eq!(graph.edges(0).collect::<Vec<_>>(), [(1, 1.0)]);
        assert_eq!(graph.edges(1).collect::<Vec<_>>(), [(0, 1.0)]);
        assert_eq!(graph.edges(2).count(), 0);
        // Symmetric pair plus an isolated node: the pair shares rank equally, and the isolated
        // node only gets the teleport share and its own redistributed rank.
        let rank = pagerank(&graph);
        assert!((rank.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert!((rank[0] - rank[1]).abs() < 1e-12);
        assert!(rank[2] < rank[0]);
    }

    #[test]
    fn pagerank_of_a_star_by_hand() {
        // Leaves 1 and 2 point at 0, 0 points back at both. Stationary ranks with d = 0.85:
        // r0 = 0.05 + 0.85 (r1 + r2), r1 = r2 = 0.05 + 0.425 r0, sum 1 → r0 = 0.4865 (1/2.055).
        let vectors = [ones(&[0, 1]), ones(&[0]), ones(&[1])];
        let graph = build(&vectors, 2, |_, _, dot| dot);
        let rank = pagerank(&graph);
        let r0 = (0.05 + 0.85 * 0.1) / (1.0 - 0.85 * 0.85);
        assert!((rank[0] - r0).abs() < 1e-6, "{rank:?} vs {r0}");
        assert!((rank[1] - rank[2]).abs() < 1e-12);
    }

    #[test]
    fn rows_keep_the_strongest_neighbours() {
        // Node 0 shares one term with MAX_NEIGHBOURS + 10 others; weights favour low indices.
        let others = MAX_NEIGHBOURS + 10;
        let mut vectors = vec![ones(&[0])];
        vectors.extend((0..others).map(|_| ones(&[0])));
        let graph = build(&vectors, 1, |_, j, dot| dot / (1.0 + j as f64));
        let row: Vec<usize> = graph.edges(0).map(|(j, _)| j).collect();
        assert_eq!(row, (1..=MAX_NEIGHBOURS).collect::<Vec<_>>());
    }

    #[test]
    fn empty_graph() {
        assert!(pagerank(&build(&[], 0, |_, _, d| d)).is_empty());
    }
}
