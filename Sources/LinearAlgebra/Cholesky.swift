import Foundation

/// The Cholesky factorization A = L·Lᵀ of a symmetric positive-definite matrix.
///
/// Computed by the recursive (blocked) algorithm: factor A₁₁, solve L₂₁ = A₂₁·L₁₁⁻ᵀ, update
/// A₂₂ ← A₂₂ − L₂₁·L₂₁ᵀ, factor A₂₂ (Gustavson, "Recursion leads to automatic variable
/// blocking for dense linear-algebra algorithms", IBM J. Res. Dev. 41(6), 1997); the updates
/// run through the packed GEMM kernel, so nearly all flops are level 3.
public struct Cholesky: Sendable {
  /// The lower-triangular factor L (the strict upper triangle is zero).
  public let factor: Matrix

  /// Factors `a` (only its lower triangle is read). Throws `.notPositiveDefinite` with the
  /// failing pivot (0-based row) and its value when a pivot is ≤ 0 or not finite.
  public init(_ a: Matrix, threads: Int = 1) throws {
    guard a.isSquare else { throw LinearAlgebraError.dimensionMismatch("Cholesky of a \(a.rows)×\(a.columns) matrix") }
    let n = a.rows
    var l = a
    var failure: (Int, Double)? = nil
    l.elements.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      failure = Cholesky.factorLower(n, base, n, offset: 0, threads: max(1, threads))
      for i in 0..<n { (base + i * n + i + 1).update(repeating: 0, count: n - i - 1) }
    }
    if let (pivot, value) = failure { throw LinearAlgebraError.notPositiveDefinite(pivot: pivot, value: value) }
    factor = l
  }

  /// Factors the n × n block at `a` (stride lda) in place into its lower triangle; returns the
  /// first failing pivot (shifted by `offset`) or nil.
  static func factorLower(
    _ n: Int, _ a: UnsafeMutablePointer<Double>, _ lda: Int, offset: Int, threads: Int
  ) -> (Int, Double)? {
    if n <= 32 {
      for j in 0..<n {
        let rj = a + j * lda
        let d = rj[j] - Level1.dot(j, UnsafePointer(rj), 1, UnsafePointer(rj), 1)
        guard d > 0, d.isFinite else { return (offset + j, d) }
        let r = d.squareRoot()
        rj[j] = r
        for i in (j + 1)..<max(j + 1, n) {
          let ri = a + i * lda
          ri[j] = (ri[j] - Level1.dot(j, UnsafePointer(ri), 1, UnsafePointer(rj), 1)) / r
        }
      }
      return nil
    }
    let n1 = n / 2, n2 = n - n1
    if let f = factorLower(n1, a, lda, offset: offset, threads: threads) { return f }
    let a21 = a + n1 * lda, a22 = a21 + n1
    Level3.trsmRightLowerTranspose(m: n2, n: n1, UnsafePointer(a), ldl: lda, a21, ldb: lda, threads: threads)
    Level3.syrkLower(
      .none, n: n2, k: n1, alpha: -1, UnsafePointer(a21), lda: lda, beta: 1, a22, ldc: lda, threads: threads)
    return factorLower(n2, a22, lda, offset: offset + n1, threads: threads)
  }

  /// y = L⁻¹·b (forward substitution).
  public func forwardSubstitute(_ b: [Double]) throws -> [Double] {
    let n = factor.rows
    guard b.count == n else { throw LinearAlgebraError.dimensionMismatch("Cholesky: n = \(n), b has \(b.count)") }
    var y = b
    factor.elements.withUnsafeBufferPointer { l in
      y.withUnsafeMutableBufferPointer { yp in
        guard let lb = l.baseAddress, let yb = yp.baseAddress else { return }
        for i in 0..<n {
          yb[i] = (yb[i] - Level1.dot(i, lb + i * n, 1, UnsafePointer(yb), 1)) / lb[i * n + i]
        }
      }
    }
    return y
  }

  /// x = L⁻ᵀ·y (back substitution, column-oriented so that L is read by rows).
  func backSubstitute(_ y: [Double]) -> [Double] {
    let n = factor.rows
    var x = y
    factor.elements.withUnsafeBufferPointer { l in
      x.withUnsafeMutableBufferPointer { xp in
        guard let lb = l.baseAddress, let xb = xp.baseAddress else { return }
        for i in stride(from: n - 1, through: 0, by: -1) {
          xb[i] /= lb[i * n + i]
          Level1.axpy(i, -xb[i], lb + i * n, xb)
        }
      }
    }
    return x
  }

  /// Solves A·x = b.
  public func solve(_ b: [Double]) throws -> [Double] {
    backSubstitute(try forwardSubstitute(b))
  }

  /// Solves A·x = b and then refines x by `steps` rounds of iterative refinement
  /// x ← x + A⁻¹(b − A·x) against the original matrix `a` (full, symmetric), which reduces the
  /// backward error of x to the order of machine precision for well-scaled problems.
  public func solve(_ b: [Double], refiningWith a: Matrix, steps: Int = 2) throws -> [Double] {
    guard a.rows == factor.rows, a.columns == factor.rows else {
      throw LinearAlgebraError.dimensionMismatch("Cholesky.solve: factor is \(factor.rows)², A is \(a.rows)×\(a.columns)")
    }
    guard steps >= 0 else { throw LinearAlgebraError.invalidArgument("Cholesky.solve: steps = \(steps)") }
    var x = try solve(b)
    var ax = [Double](repeating: 0, count: b.count)
    for _ in 0..<steps {
      try BLAS.gemv(.none, alpha: 1, a, x, beta: 0, &ax)
      var r = b
      for i in 0..<r.count { r[i] -= ax[i] }
      let d = try solve(r)
      for i in 0..<x.count { x[i] += d[i] }
    }
    return x
  }

  /// yᵀ·A⁻¹·y computed stably as ‖L⁻¹·y‖² (a sum of squares, never negative); the quadratic
  /// form of ADHLW19's generalization bound √(2·yᵀ(H^∞)⁻¹y / n).
  public func inverseQuadraticForm(_ y: [Double]) throws -> Double {
    let z = try forwardSubstitute(y)
    return z.withUnsafeBufferPointer { p in p.isEmpty ? 0 : Level1.dot(p.count, p.baseAddress!, 1, p.baseAddress!, 1) }
  }

  /// log det A = 2·Σ log L_ii.
  public var logDeterminant: Double {
    var s = 0.0
    for i in 0..<factor.rows { s += 2 * log(factor[i, i]) }
    return s
  }
}
