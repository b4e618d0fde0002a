#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension BG19 {
  /// P(|B − k/2| ≤ 2√k) for B ~ Bin(k, 1/2): the event of Lemma 3.1 for one set and of
  /// Lemma 6.1. Computed as 1 minus the two tails {(k − 2n)² > 16k} (exact integer
  /// test), each term exp(log C(k, n) − k log 2) with log-gamma (`SpecialFunctions.logGamma`), so the
  /// result keeps full relative accuracy in its distance to 1. The lower tail is summed
  /// from its edge outward and stops once the terms fall below 10⁻²⁰ of the sum (they decay
  /// geometrically), so the cost grows like √k. Throws unless 1 ≤ k ≤ 10⁸.
  public static func binomialWithinTwoRootKProbability(k: Int) throws -> Double {
    try InvalidParameter.require(k >= 1 && k <= 100_000_000, "k", k, "must be an integer in 1...10⁸")
    var tail = 0.0
    let logTotal = SpecialFunctions.logGamma(Double(k) + 1) - Double(k) * log(2.0)
    // The tails are symmetric (n ↔ k − n); sum the lower one from its edge outward and double.
    var edge = k / 2
    while edge >= 0 && withinTwoRootK(edge, k: k) { edge -= 1 }
    var terms: [Double] = []
    var largest = 0.0
    var n = edge
    while n >= 0 {
      let lower = exp(logTotal - SpecialFunctions.logGamma(Double(n) + 1) - SpecialFunctions.logGamma(Double(k - n) + 1))
      terms.append((2 * n == k) ? lower : 2 * lower)
      largest = max(largest, lower)
      if lower < 1e-20 * largest { break }
      n -= 1
    }
    // Add the smallest terms first (ascending n), as a full sum from n = 0 would.
    for term in terms.reversed() { tail += term }
    return 1 - tail
  }
}
