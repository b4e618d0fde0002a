/// The thin singular value decomposition A = U·diag(s)·Vᵀ of an m × n matrix, r = min(m, n).
public struct SingularValueDecomposition: Sendable {
  /// The singular values in descending order (r of them).
  public let values: [Double]
  /// U (m × r, orthonormal columns), when requested.
  public let u: Matrix?
  /// Vᵀ (r × n, orthonormal rows), when requested.
  public let vt: Matrix?

  /// Decomposes `a`.
  public init(_ a: Matrix, computeVectors: Bool = false, threads: Int = 1) throws {
    guard a.elements.allSatisfy(\.isFinite) else { throw LinearAlgebraError.invalidArgument("SVD: non-finite entry") }
    // Reference implementation: one-sided Jacobi on the columns (to be replaced).
    let tall = a.rows >= a.columns
    let w0 = tall ? a : a.transposed  // m × n with m ≥ n
    let m = w0.rows, n = w0.columns
    var cols = (0..<n).map { w0.column($0) }
    var v = (0..<n).map { j in (0..<n).map { $0 == j ? 1.0 : 0.0 } }
    for _ in 0..<100 {
      var rotated = false
      for p in 0..<n {
        for q in (p + 1)..<max(p + 1, n) {
          var alpha = 0.0, beta = 0.0, gamma = 0.0
          for i in 0..<m { alpha += cols[p][i] * cols[p][i]; beta += cols[q][i] * cols[q][i]; gamma += cols[p][i] * cols[q][i] }
          if abs(gamma) <= 1e-15 * (alpha * beta).squareRoot() || gamma == 0 { continue }
          rotated = true
          let zeta = (beta - alpha) / (2 * gamma)
          let t = (zeta >= 0 ? 1.0 : -1.0) / (abs(zeta) + (1 + zeta * zeta).squareRoot())
          let c = 1 / (1 + t * t).squareRoot(), s = c * t
          for i in 0..<m { let x = cols[p][i], y = cols[q][i]; cols[p][i] = c * x - s * y; cols[q][i] = s * x + c * y }
          for i in 0..<n { let x = v[p][i], y = v[q][i]; v[p][i] = c * x - s * y; v[q][i] = s * x + c * y }
        }
      }
      if !rotated { break }
    }
    let norms = cols.map { c in c.reduce(0) { $0 + $1 * $1 }.squareRoot() }
    let order = (0..<n).sorted { norms[$0] > norms[$1] }
    values = order.map { norms[$0] }
    guard computeVectors else { u = nil; vt = nil; return }
    var uu = Matrix(rows: m, columns: n), vv = Matrix(rows: n, columns: n)
    for (k, j) in order.enumerated() {
      for i in 0..<m { uu[i, k] = norms[j] > 0 ? cols[j][i] / norms[j] : 0 }
      for i in 0..<n { vv[k, i] = v[j][i] }
    }
    if tall { u = uu; vt = vv } else { u = vv.transposed; vt = uu.transposed }
  }
}
