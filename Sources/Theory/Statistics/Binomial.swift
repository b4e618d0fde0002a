#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The binomial distribution Bin(n, p): the number of successes in n independent trials
/// that each succeed with probability p. The exact law behind every "probability" verdict
/// (CLAIMS.md; e.g. the exact probability of BG19 Lemma 3.1, a binomial count).
public enum Binomial {
  /// P(X = k) = C(n, k) pᵏ (1 − p)ⁿ⁻ᵏ, computed in log space from Stirling deviances
  /// (Loader 2000, "Fast and accurate computation of binomial probabilities"), so it keeps
  /// full relative accuracy for n up to 10⁷ and far tails. Zero for k outside 0...n.
  ///
  /// - Throws: `InvalidParameter` naming `n` (n ≥ 1) or `p` (p in [0, 1]).
  public static func probability(of k: Int, trials n: Int, success p: Double) throws -> Double {
    try validate(trials: n, success: p)
    if k < 0 || k > n { return 0 }
    if p == 0 { return k == 0 ? 1 : 0 }
    if p == 1 { return k == n ? 1 : 0 }
    let nd = Double(n)
    if k == 0 { return exp(nd * log1p(-p)) }
    if k == n { return exp(nd * log(p)) }
    let kd = Double(k)
    let rest = Double(n - k)
    // C(n, k)·B(k, n − k) = n / (k (n − k)), so P(X = k) = [pᵏ qⁿ⁻ᵏ / B(k, n − k)]·n/(k(n − k)).
    let logFront = BetaFront.logFront(x: p, y: 1 - p, a: kd, b: rest)
    return exp(logFront + log(nd / kd) - log(rest))
  }

  /// P(X ≤ k), exactly through the incomplete beta function:
  /// P(X ≤ k) = I_{1−p}(n − k, k + 1) (Abramowitz & Stegun 26.5.24). 0 for k < 0 and 1 for
  /// k ≥ n.
  ///
  /// - Throws: `InvalidParameter` naming `n` (n ≥ 1) or `p` (p in [0, 1]).
  public static func lowerTail(atMost k: Int, trials n: Int, success p: Double) throws -> Double {
    try validate(trials: n, success: p)
    return lowerTailValue(atMost: k, trials: n, success: p)
  }

  /// P(X ≥ k) = I_p(k, n − k + 1), computed directly (not as 1 − P(X ≤ k − 1)), so a small
  /// upper tail keeps its relative accuracy. 1 for k ≤ 0 and 0 for k > n.
  ///
  /// - Throws: `InvalidParameter` naming `n` (n ≥ 1) or `p` (p in [0, 1]).
  public static func upperTail(atLeast k: Int, trials n: Int, success p: Double) throws -> Double {
    try validate(trials: n, success: p)
    if k <= 0 { return 1 }
    if k > n { return 0 }
    if p == 0 { return 0 }
    if p == 1 { return 1 }
    return IncompleteBeta.evaluate(x: p, y: 1 - p, a: Double(k), b: Double(n - k + 1)).lower
  }

  /// P(X ≤ k) for validated n ≥ 1 and p in [0, 1].
  static func lowerTailValue(atMost k: Int, trials n: Int, success p: Double) -> Double {
    if k < 0 { return 0 }
    if k >= n { return 1 }
    if p == 0 { return 1 }
    if p == 1 { return 0 }
    return IncompleteBeta.evaluate(x: 1 - p, y: p, a: Double(n - k), b: Double(k + 1)).lower
  }

  /// Checks n ≥ 1 and p in [0, 1] (not NaN).
  static func validate(trials n: Int, success p: Double) throws {
    try InvalidParameter.require(n >= 1, "n", n, "the number of trials must be at least 1")
    try InvalidParameter.require(p >= 0 && p <= 1, "p", p, "a probability must lie in [0, 1]")
  }
}
