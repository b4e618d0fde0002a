/// The largest eigenvalue of a large symmetric operator, by Lanczos iteration.
public enum Lanczos {
  /// The result: the eigenvalue estimate and the residual bound ‖A·v − λ·v‖ of its Ritz vector.
  public struct Estimate: Sendable {
    public let value: Double
    public let residual: Double
    public let iterations: Int
  }

  /// λ_max of the symmetric n × n operator `multiply` (y ← A·x), to relative tolerance
  /// `tolerance` (|λ − λ_max| ≤ residual, and residual ≤ tolerance·|λ| on return). The start
  /// vector is deterministic, so no randomness is involved.
  public static func largestEigenvalue(
    dimension n: Int, tolerance: Double = 1e-10, maxIterations: Int = 1000,
    multiply: (_ x: [Double], _ y: inout [Double]) -> Void
  ) throws -> Estimate {
    guard n > 0 else { throw LinearAlgebraError.invalidArgument("Lanczos: dimension \(n)") }
    guard tolerance > 0, tolerance.isFinite else { throw LinearAlgebraError.invalidArgument("Lanczos: tolerance \(tolerance)") }
    // Reference implementation: power iteration (to be replaced by Lanczos with reorthogonalization).
    var x = (0..<n).map { 1 + Double($0 % 7) / 7 }
    var norm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
    for i in 0..<n { x[i] /= norm }
    var y = [Double](repeating: 0, count: n)
    for it in 1...maxIterations {
      multiply(x, &y)
      let lambda = zip(x, y).reduce(0) { $0 + $1.0 * $1.1 }
      var r = 0.0
      for i in 0..<n { r += (y[i] - lambda * x[i]) * (y[i] - lambda * x[i]) }
      r = r.squareRoot()
      if r <= tolerance * abs(lambda) { return Estimate(value: lambda, residual: r, iterations: it) }
      norm = y.reduce(0) { $0 + $1 * $1 }.squareRoot()
      for i in 0..<n { x[i] = y[i] / norm }
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
}
