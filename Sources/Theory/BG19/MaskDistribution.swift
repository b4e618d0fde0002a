#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension BG19 {
  /// A distribution of P_x over the 15 non-empty pattern sets. Because the network of
  /// Eq. 2 depends on x only through P_x (Remark 4.1) and f* does too (Eq. 3), the test
  /// error of a network under a distribution D of (x, f*(x)) is exactly
  /// Σ_A P_D(P_x = A)·1[the network errs on A]; ``testError(of:reading:)`` computes it.
  public struct MaskDistribution: Equatable, Sendable {
    /// P(P_x = A) indexed by A's mask; 16 entries, entry 0 (the empty set) is 0.
    public let probabilities: [Double]

    /// Throws unless there are 16 finite non-negative entries, entry 0 is 0, and they
    /// sum to 1 within 1e-9.
    public init(probabilities: [Double]) throws {
      try InvalidParameter.require(probabilities.count == 16, "probabilities",
        "count \(probabilities.count)", "must have 16 entries indexed by mask")
      for p in probabilities {
        try InvalidParameter.require(p.isFinite && p >= 0, "probabilities", p, "must be finite and ≥ 0")
      }
      try InvalidParameter.require(probabilities[0] == 0, "probabilities", probabilities[0],
        "P_x is never empty: entry 0 must be 0")
      let total = probabilities.reduce(0, +)
      try InvalidParameter.require(abs(total - 1) <= 1e-9, "probabilities", "sum \(total)",
        "must sum to 1")
      self.probabilities = probabilities
    }

    /// P(P_x = A): p_A of BG19 §6 (before Eq. 5).
    public func probability(of set: PatternSet) -> Double { probabilities[Int(set.rawValue)] }

    /// P(f*(x) = 1): the mass of the sets that contain p1 or p3.
    public var positiveProbability: Double {
      PatternSet.allNonEmpty.filter(\.isPositive).reduce(0) { $0 + probability(of: $1) }
    }

    /// p* = min_{1≤i≤4} p_{A_i} with A1 = {2}, A2 = {4}, A3 = {2,4,1}, A4 = {2,4,3}
    /// (BG19 Eq. 5).
    public var pStar: Double { PatternSet.aSets.map { probability(of: $0) }.min()! }

    /// The exact test error Σ_A P(A)·1[network errs on A] of a network of Eq. 2, with
    /// labels f* (Eq. 3) and the given reading of sign(0).
    public func testError(of weights: Weights, reading: ErrorReading = .signWithZero) -> Double {
      PatternSet.allNonEmpty.reduce(0) {
        $0 + (XORD.errs(weights, on: $1, reading: reading) ? probability(of: $1) : 0)
      }
    }

    /// The conditional distribution given f*(x) = 1 (`positive`) or −1: D₊ or D₋ of
    /// BG19 §4. Throws if that side has probability 0.
    public func conditional(positive: Bool) throws -> MaskDistribution {
      var p = probabilities
      for a in PatternSet.allNonEmpty where a.isPositive != positive { p[Int(a.rawValue)] = 0 }
      let total = p.reduce(0, +)
      try InvalidParameter.require(total > 0, "positive", positive, "that side has probability 0")
      return try MaskDistribution(probabilities: p.map { $0 / total })
    }

    /// P_x for x uniform on {±1}^{2d}: the d patterns are i.i.d. uniform on {p1,…,p4},
    /// so P(P_x = A) = (number of maps from d positions onto A)/4^d
    /// = Σ_{j=0}^{|A|} (−1)^j C(|A|, j) ((|A| − j)/4)^d (inclusion–exclusion).
    /// Throws unless d ≥ 1.
    public static func uniformPoints(d: Int) throws -> MaskDistribution {
      try InvalidParameter.require(d >= 1, "d", d, "must be a positive integer")
      var p = [Double](repeating: 0, count: 16)
      for a in PatternSet.allNonEmpty { p[Int(a.rawValue)] = ontoProbability(a.count, d: d, base: 4) }
      return try MaskDistribution(probabilities: p)
    }

    /// D₊ uniform over the positive points of {±1}^{2d} (one reading of "D₊ uniform",
    /// BG19 §4 after Def. 4.2): P(A) = P_uniform(P_x = A)/(1 − 2^{−d}) for A ∋ p1 or p3.
    /// Throws unless d ≥ 1.
    public static func uniformPositivePoints(d: Int) throws -> MaskDistribution {
      try uniformPoints(d: d).conditional(positive: true)
    }

    /// D₋ uniform over the negative points of {±1}^{2d}, i.e. x uniform on {p2, p4}^d:
    /// P(A) = Σ_j (−1)^j C(|A|, j) ((|A| − j)/2)^d for A ⊆ {2, 4} (BG19 §4 after
    /// Def. 4.2). Throws unless d ≥ 1.
    public static func uniformNegativePoints(d: Int) throws -> MaskDistribution {
      try InvalidParameter.require(d >= 1, "d", d, "must be a positive integer")
      var p = [Double](repeating: 0, count: 16)
      for a in PatternSet.allNonEmpty where !a.isPositive {
        p[Int(a.rawValue)] = ontoProbability(a.count, d: d, base: 2)
      }
      return try MaskDistribution(probabilities: p)
    }

    /// The mixture λ·`first` + (1 − λ)·`second`; throws unless λ ∈ [0, 1].
    public static func mixture(_ first: MaskDistribution, _ second: MaskDistribution,
      weightOfFirst lambda: Double) throws -> MaskDistribution
    {
      try InvalidParameter.require(lambda.isFinite && (0...1).contains(lambda), "λ", lambda,
        "must lie in [0, 1]")
      return try MaskDistribution(probabilities: (0..<16).map {
        lambda * first.probabilities[$0] + (1 - lambda) * second.probabilities[$0]
      })
    }

    /// The distributions of BG19 §6.3's numerical examples: D₊ puts p₊ on the diverse
    /// set {1,2,3,4} and (1 − p₊)/2 on each of A3, A4; D₋ puts p₋ on {2,4} and
    /// (1 − p₋)/2 on each of A1, A2; D mixes them with P(positive) = 1/2, so that
    /// p_{A3} = p_{A4} = (1 − p₊)/4, p_{A1} = p_{A2} = (1 − p₋)/4 and
    /// p* = min{(1 − p₊)/4, (1 − p₋)/4}. Throws unless p₊, p₋ ∈ [0, 1].
    public static func sampleComplexityExample(pPlus: Double, pMinus: Double) throws
      -> (positive: MaskDistribution, negative: MaskDistribution, combined: MaskDistribution)
    {
      try InvalidParameter.require(pPlus.isFinite && (0...1).contains(pPlus), "p₊", pPlus, "must lie in [0, 1]")
      try InvalidParameter.require(pMinus.isFinite && (0...1).contains(pMinus), "p₋", pMinus, "must lie in [0, 1]")
      var pos = [Double](repeating: 0, count: 16)
      pos[Int(PatternSet.diversePositive.rawValue)] = pPlus
      pos[Int(PatternSet.a3.rawValue)] = (1 - pPlus) / 2
      pos[Int(PatternSet.a4.rawValue)] = (1 - pPlus) / 2
      var neg = [Double](repeating: 0, count: 16)
      neg[Int(PatternSet.diverseNegative.rawValue)] = pMinus
      neg[Int(PatternSet.a1.rawValue)] = (1 - pMinus) / 2
      neg[Int(PatternSet.a2.rawValue)] = (1 - pMinus) / 2
      let positive = try MaskDistribution(probabilities: pos)
      let negative = try MaskDistribution(probabilities: neg)
      return (positive, negative, try mixture(positive, negative, weightOfFirst: 0.5))
    }
  }

  /// The probability that d i.i.d. uniform draws from `base` symbols cover a given set
  /// of `a` of them and nothing else: Σ_{j=0}^{a} (−1)^j C(a, j) ((a − j)/base)^d.
  static func ontoProbability(_ a: Int, d: Int, base: Double) -> Double {
    var total = 0.0
    var binomial = 1.0
    for j in 0...a {
      total += (j % 2 == 0 ? 1 : -1) * binomial * pow(Double(a - j) / base, Double(d))
      binomial = binomial * Double(a - j) / Double(j + 1)
    }
    return max(0, total)
  }
}
