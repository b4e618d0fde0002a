/// The eigendecomposition A = V·diag(λ)·Vᵀ of a symmetric matrix.
///
/// A is reduced to tridiagonal form A = Q·T·Qᵀ (blocked Householder, `Tridiagonalization`); the
/// eigenvalues of T come from the implicit QL iteration and its eigenvectors from inverse
/// iteration with clustered reorthogonalization (`TridiagonalEigen`); V = Q·Z is formed by
/// applying the reflectors in blocks through GEMM. The eigenvalues have absolute error of a
/// small multiple of ε‖A‖; the tests check ‖AV − VΛ‖ ≤ 1e-12·n·‖A‖ and ‖VᵀV − I‖ ≤ 1e-12·n on
/// spectra with clusters, repeated values and grading from 1e-12 to 1.
public struct SymmetricEigen: Sendable {
  /// The eigenvalues in ascending order.
  public let values: [Double]
  /// The orthonormal eigenvectors as columns (column j belongs to `values[j]`), when requested.
  public let vectors: Matrix?

  /// Decomposes `a` (assumed symmetric; the lower triangle is read). `threads` is passed to
  /// the GEMM-based steps; the result does not depend on it.
  public init(_ a: Matrix, computeVectors: Bool = true, threads: Int = 1) throws {
    guard a.isSquare else { throw LinearAlgebraError.dimensionMismatch("eigen of a \(a.rows)×\(a.columns) matrix") }
    var finite = true
    for i in 0..<a.rows { for j in 0...i where !a.elements[i * a.rows + j].isFinite { finite = false } }
    guard finite else { throw LinearAlgebraError.invalidArgument("eigen: non-finite entry") }
    guard threads >= 1 else { throw LinearAlgebraError.invalidArgument("eigen: threads = \(threads)") }
    let n = a.rows
    if n == 0 {
      values = []
      vectors = computeVectors ? Matrix(rows: 0, columns: 0) : nil
      return
    }
    let tri = Tridiagonalization(a, threads: threads)
    let d = tri.diagonal
    var e = tri.offDiagonal
    let norm = TridiagonalEigen.norm(d, e)
    let blocks = TridiagonalEigen.split(d, &e, norm: norm)
    // Values per block, then the global ascending order.
    var all: [(value: Double, block: Int, local: Int)] = []
    var blockValues: [[Double]] = []
    for (b, block) in blocks.enumerated() {
      let vals = try TridiagonalEigen.values(d[block.lower..<block.upper], e[block.lower..<max(block.lower, block.upper - 1)])
      blockValues.append(vals)
      for (k, v) in vals.enumerated() { all.append((v, b, k)) }
    }
    let order = all.indices.sorted { all[$0].value < all[$1].value || (all[$0].value == all[$1].value && $0 < $1) }
    values = order.map { all[$0].value }
    guard computeVectors else { vectors = nil; return }
    // Z (n × n): column `position` is the vector of T for values[position].
    var position = [Int](repeating: 0, count: all.count)
    for (p, idx) in order.enumerated() { position[idx] = p }
    var z = [Double](repeating: 0, count: n * n)
    var base = 0
    let gap = TridiagonalEigen.clusterGap(n)
    for (b, block) in blocks.enumerated() {
      let m = block.upper - block.lower
      let vecs = try TridiagonalEigen.vectors(
        d[block.lower..<block.upper], e[block.lower..<max(block.lower, block.upper - 1)], blockValues[b],
        norm: norm, clusterGap: gap)
      for k in 0..<m {
        let col = position[base + k]
        for r in 0..<m { z[(block.lower + r) * n + col] = vecs[k * m + r] }
      }
      base += m
    }
    tri.applyQ(to: &z, columns: n, threads: threads)
    vectors = try Matrix(rows: n, columns: n, elements: z)
  }
}
