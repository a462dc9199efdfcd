//! A small truncated SVD for sparse matrices: the top `r` singular values and right singular
//! vectors.
//!
//! - Up to [`DENSE_COLUMNS`] columns (a news article): exactly, with a cyclic Jacobi
//!   eigen-solver on the whole Gram matrix `AᵀA`.
//! - Beyond: subspace iteration on `AᵀA` (never formed: each step multiplies by `A` then `Aᵀ`),
//!   then Rayleigh–Ritz with the same Jacobi solver on the small projection.
//!
//! Deterministic: a fixed pseudo-random start, modified Gram–Schmidt, at most
//! [`SVD_ITERATIONS`] steps stopping once the Ritz values change by less than
//! [`SVD_TOLERANCE`] (relative), and at most [`JACOBI_SWEEPS`] Jacobi sweeps.

/// Subspace iteration stops after this many steps at most.
pub(crate) const SVD_ITERATIONS: usize = 100;
/// ... or once none of the top Ritz values moves by more than this share of the largest.
pub(crate) const SVD_TOLERANCE: f64 = 1e-5;
/// Extra vectors iterated beside the `r` wanted: convergence then goes with
/// `σ_{r+p+1} / σ_r` instead of `σ_{r+1} / σ_r`.
pub(crate) const SVD_OVERSAMPLING: usize = 2;
/// Matrices with at most this many columns are decomposed exactly (Jacobi on `AᵀA`).
pub(crate) const DENSE_COLUMNS: usize = 64;
/// Jacobi sweeps over a Gram or projected matrix.
pub(crate) const JACOBI_SWEEPS: usize = 50;

/// A sparse matrix by columns: column `j` is `columns[j]`, a list of `(row, value)`.
pub(crate) struct Columns<'a> {
    pub(crate) rows: usize,
    pub(crate) columns: &'a [Vec<(u32, f64)>],
}

impl Columns<'_> {
    /// `z = AᵀA x`, using `y` (length `rows`) as scratch.
    fn gram_times(&self, x: &[f64], y: &mut [f64], z: &mut [f64]) {
        y.fill(0.0);
        for (column, &xj) in self.columns.iter().zip(x) {
            for &(row, value) in column {
                y[row as usize] += value * xj;
            }
        }
        for (column, zj) in self.columns.iter().zip(z.iter_mut()) {
            *zj = column
                .iter()
                .map(|&(row, value)| value * y[row as usize])
                .sum();
        }
    }
}

/// The top `r` singular triplets' values (descending) and right singular vectors
/// (`vectors[k]` has one entry per column) of `matrix`. Fewer than `r` if the matrix has fewer
/// columns; values of a rank-deficient matrix come out as 0.
pub(crate) fn truncated_svd(matrix: &Columns<'_>, r: usize) -> (Vec<f64>, Vec<Vec<f64>>) {
    if matrix.columns.len() <= DENSE_COLUMNS {
        dense_svd(matrix, r)
    } else {
        subspace_svd(matrix, r)
    }
}

/// The top `r` triplets from the eigen-decomposition of the whole Gram matrix.
fn dense_svd(matrix: &Columns<'_>, r: usize) -> (Vec<f64>, Vec<Vec<f64>>) {
    let n = matrix.columns.len();
    let mut scattered = vec![0f64; matrix.rows];
    let mut gram = vec![vec![0f64; n]; n];
    for (a, column) in matrix.columns.iter().enumerate() {
        for &(row, value) in column {
            scattered[row as usize] += value;
        }
        for (b, other) in matrix.columns.iter().enumerate().skip(a) {
            let g: f64 = other
                .iter()
                .map(|&(row, value)| value * scattered[row as usize])
                .sum();
            gram[a][b] = g;
            gram[b][a] = g;
        }
        for &(row, _) in column {
            scattered[row as usize] = 0.0;
        }
    }
    let (values, w) = jacobi_eigen(gram);
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| values[b].total_cmp(&values[a]).then(a.cmp(&b)));
    order.truncate(r);
    let sigmas = order.iter().map(|&k| values[k].max(0.0).sqrt()).collect();
    let vectors = order
        .iter()
        .map(|&k| w.iter().map(|row| row[k]).collect())
        .collect();
    (sigmas, vectors)
}

/// The top `r` triplets by subspace iteration and Rayleigh–Ritz.
fn subspace_svd(matrix: &Columns<'_>, r: usize) -> (Vec<f64>, Vec<Vec<f64>>) {
    let n = matrix.columns.len();
    let wanted = r.min(n);
    if wanted == 0 {
        return (Vec::new(), Vec::new());
    }
    let r = (wanted + SVD_OVERSAMPLING).min(n);
    // Deterministic start: a fixed hash of (column, vector) in -1..1.
    let mut basis: Vec<Vec<f64>> = (0..r)
        .map(|k| (0..n).map(|j| start_value(j, k)).collect())
        .collect();
    orthonormalise(&mut basis);
    let mut y = vec![0f64; matrix.rows];
    let mut images: Vec<Vec<f64>> = vec![vec![0f64; n]; r];
    let mut ritz = vec![0f64; wanted];
    for _ in 0..SVD_ITERATIONS {
        for (q, z) in basis.iter().zip(images.iter_mut()) {
            matrix.gram_times(q, &mut y, z);
        }
        let next: Vec<f64> = basis
            .iter()
            .zip(&images)
            .take(wanted)
            .map(|(q, z)| dot(q, z))
            .collect();
        let largest = next.iter().fold(0f64, |m, &v| m.max(v.abs()));
        let moved = ritz
            .iter()
            .zip(&next)
            .fold(0f64, |m, (a, b)| m.max((a - b).abs()));
        ritz = next;
        std::mem::swap(&mut basis, &mut images);
        orthonormalise(&mut basis);
        if moved <= SVD_TOLERANCE * largest.max(f64::MIN_POSITIVE) {
            break;
        }
    }
    // Rayleigh–Ritz: H = QᵀGQ, H = W Λ Wᵀ, V = Q W.
    for (q, z) in basis.iter().zip(images.iter_mut()) {
        matrix.gram_times(q, &mut y, z);
    }
    // Averaged with its transpose, so H is exactly symmetric despite rounding.
    let h: Vec<Vec<f64>> = (0..r)
        .map(|a| {
            (0..r)
                .map(|b| 0.5 * (dot(&basis[a], &images[b]) + dot(&basis[b], &images[a])))
                .collect()
        })
        .collect();
    let (values, w) = jacobi_eigen(h);
    let mut order: Vec<usize> = (0..r).collect();
    order.sort_by(|&a, &b| values[b].total_cmp(&values[a]).then(a.cmp(&b)));
    order.truncate(wanted);
    let sigmas = order.iter().map(|&k| values[k].max(0.0).sqrt()).collect();
    let vectors = order
        .iter()
        .map(|&k| {
            (0..n)
                .map(|j| (0..r).map(|a| basis[a][j] * w[a][k]).sum())
                .collect()
        })
        .collect();
    (sigmas, vectors)
}

fn start_value(j: usize, k: usize) -> f64 {
    // SplitMix64 finaliser of the pair: any fixed, well-spread values do.
    let mut x = (j as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        ^ (k as u64 + 1).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x ^= x >> 30;
    x = x.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^= x >> 31;
    (x >> 11) as f64 / (1u64 << 52) as f64 - 1.0
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// Modified Gram–Schmidt; a vector that collapses (the matrix has lower rank) becomes 0.
fn orthonormalise(vectors: &mut [Vec<f64>]) {
    for k in 0..vectors.len() {
        let (done, rest) = vectors.split_at_mut(k);
        let v = &mut rest[0];
        let before = dot(v, v).sqrt();
        for q in done.iter() {
            let projection = dot(q, v);
            for (x, qx) in v.iter_mut().zip(q) {
                *x -= projection * qx;
            }
        }
        let norm = dot(v, v).sqrt();
        if norm > 1e-12 * before.max(f64::MIN_POSITIVE) && norm > 0.0 {
            v.iter_mut().for_each(|x| *x /= norm);
        } else {
            v.fill(0.0);
        }
    }
}

/// Eigenvalues and eigenvectors (as columns of the second result) of a small symmetric matrix
/// by cyclic Jacobi rotations.
pub(crate) fn jacobi_eigen(matrix: Vec<Vec<f64>>) -> (Vec<f64>, Vec<Vec<f64>>) {
    let n = matrix.len();
    // Row-major n × n, so a rotation touches two contiguous rows of `v`.
    let mut a: Vec<f64> = matrix.into_iter().flatten().collect();
    let mut v: Vec<f64> = (0..n * n)
        .map(|i| f64::from(u8::from(i / n == i % n)))
        .collect();
    for _ in 0..JACOBI_SWEEPS {
        let total: f64 = a.iter().map(|x| x * x).sum();
        let diagonal: f64 = (0..n).map(|i| a[i * n + i] * a[i * n + i]).sum();
        if total - diagonal <= 1e-18 * total.max(f64::MIN_POSITIVE) {
            break;
        }
        for p in 0..n {
            for q in p + 1..n {
                let apq = a[p * n + q];
                let (app, aqq) = (a[p * n + p], a[q * n + q]);
                // An element negligible beside its diagonal changes nothing worth a rotation.
                if apq.abs() <= 1e-12 * (app.abs() + aqq.abs()) {
                    continue;
                }
                let theta = (aqq - app) / (2.0 * apq);
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let c = 1.0 / (t * t + 1.0).sqrt();
                let s = t * c;
                // A ← JᵀAJ: rows and columns p and q mix; the 2 × 2 block becomes diagonal.
                for k in 0..n {
                    if k == p || k == q {
                        continue;
                    }
                    let (x, y) = (a[k * n + p], a[k * n + q]);
                    let (xp, yq) = (c * x - s * y, s * x + c * y);
                    a[k * n + p] = xp;
                    a[k * n + q] = yq;
                    a[p * n + k] = xp;
                    a[q * n + k] = yq;
                }
                a[p * n + p] = app - t * apq;
                a[q * n + q] = aqq + t * apq;
                a[p * n + q] = 0.0;
                a[q * n + p] = 0.0;
                // V ← VJ, kept transposed (row k of `v` is eigenvector column k).
                let (top, bottom) = v.split_at_mut(q * n);
                let row_p = &mut top[p * n..p * n + n];
                let row_q = &mut bottom[..n];
                for (x, y) in row_p.iter_mut().zip(row_q.iter_mut()) {
                    let (xp, yq) = (*x, *y);
                    *x = c * xp - s * yq;
                    *y = s * xp + c * yq;
                }
            }
        }
    }
    let values = (0..n).map(|i| a[i * n + i]).collect();
    // Back to "column k of the result is eigenvector k".
    let vectors = (0..n)
        .map(|row| (0..n).map(|k| v[k * n + row]).collect())
        .collect();
    (values, vectors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dense(rows: &[&[f64]]) -> Vec<Vec<(u32, f64)>> {
        let n = rows[0].len();
        (0..n)
            .map(|j| {
                rows.iter()
                    .enumerate()
                    .filter(|(_, row)| row[j] != 0.0)
                    .map(|(i, row)| (i as u32, row[j]))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn singular_values_by_hand() {
        // A = [[3, 0], [4, 5]]: AᵀA = [[25, 20], [20, 25]], eigenvalues 45 and 5, so σ = 3√5
        // and √5, with right singular vectors (1, 1)/√2 and (1, −1)/√2.
        let columns = dense(&[&[3.0, 0.0], &[4.0, 5.0]]);
        let (sigma, v) = subspace_svd(
            &Columns {
                rows: 2,
                columns: &columns,
            },
            2,
        );
        assert!((sigma[0] - 45f64.sqrt()).abs() < 1e-9, "{sigma:?}");
        assert!((sigma[1] - 5f64.sqrt()).abs() < 1e-9, "{sigma:?}");
        let h = 0.5f64.sqrt();
        assert!((v[0][0].abs() - h).abs() < 1e-9 && (v[0][1].abs() - h).abs() < 1e-9);
        assert!((v[0][0] * v[0][1]) > 0.0 && (v[1][0] * v[1][1]) < 0.0);
    }

    #[test]
    fn truncated_matches_the_full_decomposition() {
        // A 4 × 5 matrix: the top 2 from subspace iteration equal the top 2 of Jacobi on the
        // whole Gram matrix, and ‖A v‖ = σ.
        let rows: &[&[f64]] = &[
            &[1.0, 0.0, 2.0, 0.0, 1.0],
            &[0.0, 3.0, 0.0, 1.0, 0.0],
            &[2.0, 1.0, 0.0, 0.0, 4.0],
            &[0.0, 0.0, 1.0, 5.0, 1.0],
        ];
        let columns = dense(rows);
        let matrix = Columns {
            rows: 4,
            columns: &columns,
        };
        let (sigma, v) = subspace_svd(&matrix, 2);
        let gram: Vec<Vec<f64>> = (0..5)
            .map(|a| {
                (0..5)
                    .map(|b| (0..4).map(|i| rows[i][a] * rows[i][b]).sum())
                    .collect()
            })
            .collect();
        let (mut all, _) = jacobi_eigen(gram);
        all.sort_by(|a, b| b.total_cmp(a));
        for k in 0..2 {
            assert!((sigma[k] - all[k].sqrt()).abs() < 1e-8, "{sigma:?} {all:?}");
            let av: Vec<f64> = (0..4)
                .map(|i| (0..5).map(|j| rows[i][j] * v[k][j]).sum())
                .collect();
            assert!((dot(&av, &av).sqrt() - sigma[k]).abs() < 1e-8);
            assert!((dot(&v[k], &v[k]) - 1.0).abs() < 1e-9);
        }
        assert!(dot(&v[0], &v[1]).abs() < 1e-9);
    }

    #[test]
    fn exact_path_by_hand() {
        let columns = dense(&[&[3.0, 0.0], &[4.0, 5.0]]);
        let matrix = Columns {
            rows: 2,
            columns: &columns,
        };
        let (sigma, v) = truncated_svd(&matrix, 1);
        assert!((sigma[0] - 45f64.sqrt()).abs() < 1e-9, "{sigma:?}");
        assert!((v[0][0].abs() - 0.5f64.sqrt()).abs() < 1e-9);
        let (sigma, _) = dense_svd(&matrix, 5);
        assert!((sigma[1] - 5f64.sqrt()).abs() < 1e-9, "{sigma:?}");
    }

    #[test]
    fn rank_deficient_and_empty() {
        // Two equal columns: rank 1, σ = (√2·√2 = 2, 0).
        let columns = dense(&[&[1.0, 1.0], &[1.0, 1.0]]);
        let (sigma, v) = subspace_svd(
            &Columns {
                rows: 2,
                columns: &columns,
            },
            2,
        );
        assert!(
            (sigma[0] - 2.0).abs() < 1e-9 && sigma[1].abs() < 1e-6,
            "{sigma:?}"
        );
        assert!(v.iter().flatten().all(|x| x.is_finite()));
        let (sigma, _) = subspace_svd(
            &Columns {
                rows: 0,
                columns: &[],
            },
            3,
        );
        assert!(sigma.is_empty());
        let zero = vec![Vec::new(); 3];
        let (sigma, _) = subspace_svd(
            &Columns {
                rows: 2,
                columns: &zero,
            },
            2,
        );
        assert!(sigma.iter().all(|&s| s == 0.0));
    }
}
