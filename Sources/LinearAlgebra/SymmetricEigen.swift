/// The eigendecomposition A = V·diag(λ)·Vᵀ of a symmetric matrix.
public struct SymmetricEigen: Sendable {
  /// The eigenvalues in ascending order.
  public let values: [Double]
  /// The orthonormal eigenvectors as columns (column j belongs to `values[j]`), when requested.
  public let vectors: Matrix?

  /// Decomposes `a` (assumed symmetric; the lower triangle is read).
  public init(_ a: Matrix, computeVectors: Bool = true, threads: Int = 1) throws {
    guard a.isSquare else { throw LinearAlgebraError.dimensionMismatch("eigen of a \(a.rows)×\(a.columns) matrix") }
    guard a.elements.allSatisfy(\.isFinite) else { throw LinearAlgebraError.invalidArgument("eigen: non-finite entry") }
    // Reference implementation: cyclic Jacobi (to be replaced by tridiagonalization + QR/D&C).
    let n = a.rows
    var m = a
    for i in 0..<n { for j in (i + 1)..<max(i + 1, n) { m[i, j] = a[j, i] } }
    var v = Matrix.identity(n)
    for _ in 0..<100 {
      var off = 0.0
      for i in 0..<n { for j in (i + 1)..<max(i + 1, n) { off += m[i, j] * m[i, j] } }
      if off <= 1e-30 * max(1, m.frobeniusNorm * m.frobeniusNorm) { break }
      for p in 0..<n {
        for q in (p + 1)..<max(p + 1, n) where m[p, q] != 0 {
          let theta = (m[q, q] - m[p, p]) / (2 * m[p, q])
          let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
          let c = 1 / (t * t + 1).squareRoot(), s = t * c
          for k in 0..<n {
            let mkp = m[k, p], mkq = m[k, q]
            m[k, p] = c * mkp - s * mkq
            m[k, q] = s * mkp + c * mkq
          }
          for k in 0..<n {
            let mpk = m[p, k], mqk = m[q, k]
            m[p, k] = c * mpk - s * mqk
            m[q, k] = s * mpk + c * mqk
          }
          for k in 0..<n {
            let vkp = v[k, p], vkq = v[k, q]
            v[k, p] = c * vkp - s * vkq
            v[k, q] = s * vkp + c * vkq
          }
        }
      }
    }
    let order = (0..<n).sorted { m[$0, $0] < m[$1, $1] }
    values = order.map { m[$0, $0] }
    if computeVectors {
      var sorted = Matrix(rows: n, columns: n)
      for (newJ, oldJ) in order.enumerated() { for i in 0..<n { sorted[i, newJ] = v[i, oldJ] } }
      vectors = sorted
    } else {
      vectors = nil
    }
  }
}
