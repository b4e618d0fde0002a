#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension BG19 {
  /// P(|B − k/2| ≤ 2√k) for B ~ Bin(k, 1/2): the event of Lemma 3.1 for one set and of
  /// Lemma 6.1. Computed as 1 minus the two tails {(k − 2n)² > 16k} (exact integer
  /// test), each term exp(log C(k, n) − k log 2) with log-gamma (`SpecialFunctions.logGamma`), so the
  /// result keeps full relative accuracy in its distance to 1. Throws unless k ≥ 1.
  public static func binomialWithinTwoRootKProbability(k: Int) throws -> Double {
    try InvalidParameter.require(k >= 1, "k", k, "must be a positive integer")
    var tail = 0.0
    let logTotal = SpecialFunctions.logGamma(Double(k) + 1) - Double(k) * log(2.0)
    // The tails are symmetric (n ↔ k − n); sum the lower one outward-in and double it.
    for n in 0...(k / 2) where !withinTwoRootK(n, k: k) {
      let lower = exp(logTotal - SpecialFunctions.logGamma(Double(n) + 1) - SpecialFunctions.logGamma(Double(k - n) + 1))
      tail += (2 * n == k) ? lower : 2 * lower
    }
    return 1 - tail
  }
}
