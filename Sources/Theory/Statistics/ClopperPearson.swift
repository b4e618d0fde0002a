#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The exact (Clopper & Pearson 1934, Biometrika 26(4):404–413) confidence bounds for a
/// binomial success probability: the interval every "probability" verdict of CLAIMS.md is
/// built on ("refuted only when the whole interval lies on the wrong side of p").
///
/// The bounds invert the binomial tails: p_L solves P_{p_L}(X ≥ x) = α and p_U solves
/// P_{p_U}(X ≤ x) = α; through P(X ≥ x) = I_p(x, n − x + 1) they are beta quantiles,
/// found by safeguarded Newton on the logit to relative accuracy about 10⁻¹³.
public enum ClopperPearson {
  /// The one-sided lower confidence bound of level 1 − α for p after x successes in n
  /// trials: the p_L with P_{p_L}(X ≥ x) = α, so P_p(p_L > p) ≤ α for every p.
  /// 0 when x = 0; the closed forms 1 − (1 − α)^{1/n} when x = 1 and α^{1/n} when x = n.
  ///
  /// - Throws: `InvalidParameter` naming `n` (n ≥ 1), `x` (0 ≤ x ≤ n) or `α` (in (0, 1)).
  public static func lowerBound(successes x: Int, trials n: Int, alpha: Double) throws -> Double {
    try validate(successes: x, trials: n, alpha: alpha)
    return lowerBoundValue(successes: x, trials: n, alpha: alpha).value
  }

  /// The one-sided upper confidence bound of level 1 − α for p after x successes in n
  /// trials: the p_U with P_{p_U}(X ≤ x) = α, so P_p(p_U < p) ≤ α for every p.
  /// 1 when x = n; the closed forms 1 − α^{1/n} = −expm1(ln(α)/n) when x = 0 and
  /// (1 − α)^{1/n} when x = n − 1.
  ///
  /// - Throws: `InvalidParameter` naming `n` (n ≥ 1), `x` (0 ≤ x ≤ n) or `α` (in (0, 1)).
  public static func upperBound(successes x: Int, trials n: Int, alpha: Double) throws -> Double {
    try validate(successes: x, trials: n, alpha: alpha)
    return upperBoundValue(successes: x, trials: n, alpha: alpha).value
  }

  /// The two-sided Clopper–Pearson interval of level 1 − α:
  /// [lowerBound at α/2, upperBound at α/2].
  ///
  /// - Throws: `InvalidParameter` naming `n` (n ≥ 1), `x` (0 ≤ x ≤ n) or `α` (in (0, 1)).
  public static func interval(successes x: Int, trials n: Int, alpha: Double) throws -> ClosedRange<Double> {
    try validate(successes: x, trials: n, alpha: alpha)
    let lower = lowerBoundValue(successes: x, trials: n, alpha: alpha / 2).value
    let upper = upperBoundValue(successes: x, trials: n, alpha: alpha / 2).value
    return lower...max(lower, upper)
  }

  /// p_L as (p_L, 1 − p_L), for validated arguments.
  static func lowerBoundValue(successes x: Int, trials n: Int, alpha: Double) -> UnitPoint {
    let nd = Double(n)
    if x == 0 { return UnitPoint(exponent: -.infinity) }
    // x = n: pⁿ = α. x = 1: 1 − (1 − p)ⁿ = α.
    let atN = UnitPoint(exponent: log(alpha) / nd)
    if x == n { return atN }
    let atOne = UnitPoint(complementOfExponent: log1p(-alpha) / nd)
    if x == 1 { return atOne }
    // P_p(X ≥ x) = I_p(x, n − x + 1) = α; p_L increases with x, so p_L(1) < p_L(x) < p_L(n).
    return BetaQuantile.solve(
      a: Double(x), b: Double(n - x + 1), lowerTarget: alpha, upperTarget: 1 - alpha,
      bracket: (atOne, atN))
  }

  /// p_U as (p_U, 1 − p_U), for validated arguments.
  static func upperBoundValue(successes x: Int, trials n: Int, alpha: Double) -> UnitPoint {
    let nd = Double(n)
    if x == n { return UnitPoint(exponent: 0) }
    // x = 0: (1 − p)ⁿ = α. x = n − 1: 1 − pⁿ = α.
    let atZero = UnitPoint(complementOfExponent: log(alpha) / nd)
    if x == 0 { return atZero }
    let atLast = UnitPoint(exponent: log1p(-alpha) / nd)
    if x == n - 1 { return atLast }
    // P_p(X ≤ x) = 1 − I_p(x + 1, n − x) = α; p_U(0) < p_U(x) < p_U(n − 1).
    return BetaQuantile.solve(
      a: Double(x + 1), b: Double(n - x), lowerTarget: 1 - alpha, upperTarget: alpha,
      bracket: (atZero, atLast))
  }

  /// Checks n ≥ 1, 0 ≤ x ≤ n and α in (0, 1) (not NaN).
  static func validate(successes x: Int, trials n: Int, alpha: Double) throws {
    try InvalidParameter.require(n >= 1, "n", n, "the number of trials must be at least 1")
    try InvalidParameter.require(x >= 0 && x <= n, "x", x, "the successes must lie in 0...n (n = \(n))")
    try validate(alpha: alpha)
  }

  /// Checks α in (0, 1) (not NaN).
  static func validate(alpha: Double) throws {
    try InvalidParameter.require(alpha > 0 && alpha < 1, "α", alpha, "a significance level must lie in (0, 1)")
  }
}
