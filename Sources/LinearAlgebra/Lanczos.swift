/// The largest eigenvalue of a large symmetric operator, by Lanczos iteration with full
/// reorthogonalization (Golub & Van Loan §10.1–10.3; Parlett, The Symmetric Eigenvalue Problem,
/// ch. 13). Every new Lanczos vector is orthogonalized twice against all earlier ones
/// (classical Gram–Schmidt, "twice is enough"), so the basis stays orthonormal to working
/// precision and no spurious copies of converged Ritz values appear. After each step the
/// largest Ritz value θ of the tridiagonal T_j and the last entry s_j of its unit eigenvector
/// give the exact residual ‖A·y − θ·y‖ = β_j·|s_j| of the Ritz vector y.
public enum Lanczos {
  /// The result: the eigenvalue estimate, the residual ‖A·y − θ·y‖ of its Ritz vector y (so
  /// some eigenvalue of A lies within `residual` of `value`) and the number of steps.
  public struct Estimate: Sendable {
    public let value: Double
    public let residual: Double
    public let iterations: Int
  }

  /// λ_max of the symmetric n × n operator `multiply` (y ← A·x), to relative tolerance
  /// `tolerance`: on return residual ≤ tolerance·|value| (or the Krylov space is exhausted and
  /// the residual is at rounding level). The start vector is a fixed deterministic vector (an
  /// integer hash of the index), so no randomness is involved; as with any Krylov method, the
  /// value is λ_max provided that vector is not orthogonal to the top eigenvector. Throws when
  /// the tolerance is not met within `maxIterations` steps or the operator returns NaN/∞.
  public static func largestEigenvalue(
    dimension n: Int, tolerance: Double = 1e-10, maxIterations: Int = 1000,
    multiply: (_ x: [Double], _ y: inout [Double]) -> Void
  ) throws -> Estimate {
    guard n > 0 else { throw LinearAlgebraError.invalidArgument("Lanczos: dimension \(n)") }
    guard tolerance > 0, tolerance.isFinite else { throw LinearAlgebraError.invalidArgument("Lanczos: tolerance \(tolerance)") }
    guard maxIterations >= 1 else { throw LinearAlgebraError.invalidArgument("Lanczos: maxIterations \(maxIterations)") }
    var q = startVector(n)
    var basis: [[Double]] = []
    var alpha: [Double] = [], beta: [Double] = []
    var w = [Double](repeating: 0, count: n)
    let steps = min(maxIterations, n)
    for j in 1...steps {
      basis.append(q)
      multiply(q, &w)
      guard w.allSatisfy({ $0.isFinite }) else { throw LinearAlgebraError.invalidArgument("Lanczos: the operator returned a non-finite entry") }
      let a = try BLAS.dot(q, w)
      alpha.append(a)
      // w ← w − Q·(Qᵀw), twice.
      for _ in 0..<2 {
        for v in basis {
          let c = try BLAS.dot(v, w)
          try BLAS.axpy(-c, v, &w)
        }
      }
      let b = w.withUnsafeBufferPointer { Level1.nrm2(n, $0.baseAddress!, 1) }
      // The largest Ritz value of T_j and the last entry of its eigenvector.
      let (theta, last) = try topRitzPair(alpha, beta)
      let residual = b * abs(last)
      let tNorm = TridiagonalEigen.norm(alpha, beta)
      let exhausted = j == n || b <= 1e3 * Double.ulpOfOne * tNorm
      if residual <= tolerance * abs(theta) || exhausted {
        return Estimate(value: theta, residual: residual, iterations: j)
      }
      beta.append(b)
      for i in 0..<n { q[i] = w[i] / b }
    }
    throw LinearAlgebraError.noConvergence("Lanczos: \(maxIterations) iterations")
  }

  /// λ_max of a symmetric matrix.
  public static func largestEigenvalue(of a: Matrix, tolerance: Double = 1e-10, maxIterations: Int = 1000) throws -> Estimate {
    guard a.isSquare else { throw LinearAlgebraError.dimensionMismatch("Lanczos of a \(a.rows)×\(a.columns) matrix") }
    return try largestEigenvalue(dimension: a.rows, tolerance: tolerance, maxIterations: maxIterations) { x, y in
      try! BLAS.gemv(.none, alpha: 1, a, x, beta: 0, &y)
    }
  }

  /// The fixed unit start vector.
  static func startVector(_ n: Int) -> [Double] {
    var x = (0..<n).map { k -> Double in
      var h = UInt64(truncatingIfNeeded: k &* 0x9E37_79B9 &+ 0x5EED)
      h = (h ^ (h >> 33)) &* 0xFF51_AFD7_ED55_8CCD
      h = (h ^ (h >> 33)) &* 0xC4CE_B9FE_1A85_EC53
      h ^= h >> 33
      return 0.5 + Double(h >> 11) * 0x1p-53
    }
    TridiagonalEigen.normalize(&x)
    return x
  }

  /// (θ, s_j): the largest eigenvalue of the tridiagonal (alpha, beta) and the last entry of
  /// its unit eigenvector.
  static func topRitzPair(_ alpha: [Double], _ beta: [Double]) throws -> (Double, Double) {
    let j = alpha.count
    if j == 1 { return (alpha[0], 1) }
    var e = beta
    let norm = TridiagonalEigen.norm(alpha, beta)
    let blocks = TridiagonalEigen.split(alpha, &e, norm: norm)
    var best = -Double.infinity, last = 0.0
    for block in blocks {
      let vals = try TridiagonalEigen.values(alpha[block.lower..<block.upper], e[block.lower..<max(block.lower, block.upper - 1)])
      let top = vals.last!
      guard top > best else { continue }
      best = top
      if block.upper == j {
        let vec = try TridiagonalEigen.vectors(
          alpha[block.lower..<block.upper], e[block.lower..<max(block.lower, block.upper - 1)], [top], norm: norm,
          clusterGap: 0)
        last = vec.last!
      } else {
        last = 0  // the Ritz vector lives in an earlier block: its residual is exactly zero
      }
    }
    return (best, last)
  }
}
