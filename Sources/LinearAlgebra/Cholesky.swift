/// The Cholesky factorization A = L·Lᵀ of a symmetric positive-definite matrix.
public struct Cholesky: Sendable {
  /// The lower-triangular factor L (the strict upper triangle is zero).
  public let factor: Matrix

  /// Factors `a` (only its lower triangle is read). Throws `.notPositiveDefinite` with the
  /// failing pivot when a pivot is ≤ 0 or not finite.
  public init(_ a: Matrix) throws {
    guard a.isSquare else { throw LinearAlgebraError.dimensionMismatch("Cholesky of a \(a.rows)×\(a.columns) matrix") }
    let n = a.rows
    var l = Matrix(rows: n, columns: n)
    for j in 0..<n {
      var d = a[j, j]
      for p in 0..<j { d -= l[j, p] * l[j, p] }
      guard d > 0, d.isFinite else { throw LinearAlgebraError.notPositiveDefinite(pivot: j, value: d) }
      let r = d.squareRoot()
      l[j, j] = r
      for i in (j + 1)..<max(j + 1, n) {
        var s = a[i, j]
        for p in 0..<j { s -= l[i, p] * l[j, p] }
        l[i, j] = s / r
      }
    }
    factor = l
  }

  /// Solves A·x = b.
  public func solve(_ b: [Double]) throws -> [Double] {
    let n = factor.rows
    guard b.count == n else { throw LinearAlgebraError.dimensionMismatch("Cholesky.solve: n = \(n), b has \(b.count)") }
    var y = b
    for i in 0..<n {
      var s = y[i]
      for p in 0..<i { s -= factor[i, p] * y[p] }
      y[i] = s / factor[i, i]
    }
    for i in stride(from: n - 1, through: 0, by: -1) {
      var s = y[i]
      for p in (i + 1)..<max(i + 1, n) { s -= factor[p, i] * y[p] }
      y[i] = s / factor[i, i]
    }
    return y
  }
}
