/// Errors of the linear-algebra layer: each names the operation and the offending value.
public enum LinearAlgebraError: Error, Equatable, CustomStringConvertible {
  /// Operand shapes do not fit (the message names the operation and both shapes).
  case dimensionMismatch(String)
  /// Cholesky met a pivot ≤ 0 (or NaN) at row `pivot` (0-based): the input is not positive definite.
  case notPositiveDefinite(pivot: Int, value: Double)
  /// An argument is outside its domain (NaN/∞ entries, a negative tolerance, …).
  case invalidArgument(String)
  /// An iteration did not converge within its limit.
  case noConvergence(String)

  public var description: String {
    switch self {
    case .dimensionMismatch(let m): "dimension mismatch: \(m)"
    case .notPositiveDefinite(let p, let v): "not positive definite: pivot \(p) is \(v)"
    case .invalidArgument(let m): "invalid argument: \(m)"
    case .noConvergence(let m): "no convergence: \(m)"
    }
  }
}
