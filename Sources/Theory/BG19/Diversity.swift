#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension BG19 {
  /// How to read "D₊ uniform" in BG19 §4 after Def. 4.2.
  public enum PositiveReading: Sendable, CaseIterable {
    /// D₊ is uniform over the positive points of {±1}^{2d} (x ~ uniform, conditioned on
    /// f*(x) = 1): the marginal of positive points that Def. 4.2 speaks of.
    case uniformOverPositivePoints
    /// x uniform on all of {±1}^{2d}, not conditioned on being positive.
    case uniformOverAllPoints
  }

  /// p₊ exactly as printed after BG19 Def. 4.2: 1 − (4·3^d − 6·2^d + 4)/4^d, evaluated
  /// as 1 − 4(3/4)^d + 6(1/2)^d − 4(1/4)^d (no overflow for large d). Throws unless d ≥ 1.
  public static func printedDiversePositiveProbability(d: Int) throws -> Double {
    try InvalidParameter.require(d >= 1, "d", d, "must be a positive integer")
    let dd = Double(d)
    let missing: Double = 4 * pow(0.75, dd) - 6 * pow(0.5, dd) + 4 * pow(0.25, dd)
    return 1 - missing
  }

  /// p₋ exactly as printed after BG19 Def. 4.2: 1 − 1/2^{d−1}. Throws unless d ≥ 1.
  public static func printedDiverseNegativeProbability(d: Int) throws -> Double {
    try InvalidParameter.require(d >= 1, "d", d, "must be a positive integer")
    return 1 - pow(0.5, Double(d - 1))
  }

  /// p₊, the probability that a point of D₊ is diverse (P_x = {1,2,3,4}, Def. 4.2),
  /// exactly, under the given reading of "uniform D₊". The printed formula equals the
  /// `.uniformOverAllPoints` value; the conditional one is larger by 1/(1 − 2^{−d}).
  /// Throws unless d ≥ 1.
  public static func diversePositiveProbability(d: Int, reading: PositiveReading) throws -> Double {
    switch reading {
    case .uniformOverPositivePoints:
      return try MaskDistribution.uniformPositivePoints(d: d).probability(of: .diversePositive)
    case .uniformOverAllPoints:
      return try MaskDistribution.uniformPoints(d: d).probability(of: .diversePositive)
    }
  }

  /// p₋, the probability that a point of D₋, uniform over the negative points
  /// (x uniform on {p2, p4}^d), is diverse (P_x = {2, 4}, Def. 4.2). Throws unless d ≥ 1.
  public static func diverseNegativeProbability(d: Int) throws -> Double {
    try MaskDistribution.uniformNegativePoints(d: d).probability(of: .diverseNegative)
  }
}

extension BG19 {
  /// Exact counts over all x ∈ {±1}^{2d}, each x coded by its d pattern indices (base 4).
  public struct DiversityEnumeration: CustomStringConvertible, Sendable {
    public private(set) var all = 0, positive = 0, negative = 0, diversePositive = 0, diverseNegative = 0

    public init(d: Int) {
      let total = 1 << (2 * d)
      for code in 0..<total {
        var mask = 0
        var c = code
        for _ in 0..<d {
          mask |= 1 << (c & 3)  // pattern p_{(c & 3) + 1}
          c >>= 2
        }
        all += 1
        if mask & 0b0101 != 0 {
          positive += 1
          if mask == 0b1111 { diversePositive += 1 }
        } else {
          negative += 1
          if mask == 0b1010 { diverseNegative += 1 }
        }
      }
    }

    public var description: String {
      "all \(all), positive \(positive) (diverse \(diversePositive)), negative \(negative) (diverse \(diverseNegative))"
    }
  }
}
