#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Distribution-free bounds: how far an empirical distribution function or an empirical mean
/// can stray from the truth, at a given level, whatever the distribution.
public enum ConcentrationBounds {
  /// The Dvoretzky–Kiefer–Wolfowitz inequality with Massart's constant (Massart 1990, Ann.
  /// Probab. 18(3):1269–1283, Theorem 1): P(sup_x |F_n(x) − F(x)| > ε) ≤ 2 exp(−2nε²), so at
  /// level α the band half-width is ε = √(ln(2/α) / (2n)).
  ///
  /// - Throws: `InvalidParameter` naming `n` (n ≥ 1) or `α` (in (0, 1)).
  public static func dkwEpsilon(samples n: Int, alpha: Double) throws -> Double {
    try InvalidParameter.require(n >= 1, "n", n, "the number of samples must be at least 1")
    try ClopperPearson.validate(alpha: alpha)
    return ((log(2) - log(alpha)) / (2 * Double(n))).squareRoot()
  }

  /// Hoeffding's inequality (Hoeffding 1963, JASA 58:13–30, Theorem 2) for the mean of n
  /// i.i.d. values in [a, b]: P(X̄ − E X̄ ≥ t) ≤ exp(−2nt²/(b − a)²), so the one-sided
  /// half-width at level α is t = (b − a)·√(ln(1/α) / (2n)). `range` is b − a.
  ///
  /// - Throws: `InvalidParameter` naming `n` (n ≥ 1), `range` (finite, ≥ 0) or `α` (in (0, 1)).
  public static func hoeffdingHalfWidth(samples n: Int, range: Double, alpha: Double) throws -> Double {
    try InvalidParameter.require(n >= 1, "n", n, "the number of samples must be at least 1")
    try InvalidParameter.require(
      range >= 0 && range.isFinite, "range", range, "the width b − a must be a finite non-negative number")
    try ClopperPearson.validate(alpha: alpha)
    return range * (-log(alpha) / (2 * Double(n))).squareRoot()
  }

  /// The Kolmogorov statistic D_n = sup_x |F_n(x) − F(x)| of a sample against a continuous
  /// distribution function F: with the order statistics x₍₁₎ ≤ … ≤ x₍ₙ₎,
  /// D_n = max_i max(i/n − F(x₍ᵢ₎), F(x₍ᵢ₎) − (i − 1)/n) (ties included).
  /// NaN for an empty sample or one containing NaN (there is no empirical distribution).
  public static func kolmogorovDistance(_ sample: [Double], cdf: (Double) -> Double) -> Double {
    if sample.isEmpty || sample.contains(where: { $0.isNaN }) { return .nan }
    let sorted = sample.sorted()
    let n = Double(sorted.count)
    var distance = 0.0
    for (index, x) in sorted.enumerated() {
      let f = cdf(x)
      if f.isNaN { return .nan }
      let i = Double(index)
      distance = max(distance, (i + 1) / n - f, f - i / n)
    }
    return distance
  }
}
