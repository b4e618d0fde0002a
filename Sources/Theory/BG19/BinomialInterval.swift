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

extension BG19 {
  /// 1 − q(k) = P(|Bin(k, 1/2) − k/2| > 2√k), the failure probability of the events of
  /// BG19 Lemmas 3.1 and 6.1, fast enough to scan every k up to 10⁴ and beyond: the lower
  /// tail Σ_{n ≤ m} C(k, n)2^{−k} (m the largest n with k − 2n > 4√k, found in integer
  /// arithmetic) is summed from n = m downward with the term ratio C(k, n−1)/C(k, n) =
  /// n/(k − n + 1), starting from log C(k, m) − k log 2 (one log-gamma triple), and stopped
  /// when a term falls below 10⁻¹⁸ of the sum; doubled by symmetry. O(√k) operations per k.
  /// Throws unless k ≥ 1.
  public static func binomialOutsideTwoRootKProbability(k: Int) throws -> Double {
    try InvalidParameter.require(k >= 1, "k", k, "must be a positive integer")
    // Largest n with (k − 2n)² > 16k and k − 2n > 0.
    var m = k / 2
    while m >= 0 && withinTwoRootK(m, k: k) { m -= 1 }
    guard m >= 0 else { return 0 }
    let logTerm =
      SpecialFunctions.logGamma(Double(k) + 1) - SpecialFunctions.logGamma(Double(m) + 1)
      - SpecialFunctions.logGamma(Double(k - m) + 1) - Double(k) * log(2.0)
    var term = exp(logTerm)
    var sum = 0.0
    var n = m
    while n >= 0 {
      sum += term
      if term < 1e-18 * sum { break }
      term *= Double(n) / Double(k - n + 1)
      n -= 1
    }
    return 2 * sum
  }
}
