extension BG19 {
  /// The signs of a network's outputs over a domain of pattern sets (BG19 §4,
  /// "the function f* can be realized by the above network with k = 2 … for k = 1, f*
  /// cannot be realized"). Bit A (A's mask) of `positive`/`negative` is set iff
  /// sign(N(A)) = +1/−1; a set of the domain in neither has N(A) = 0.
  public struct SignPattern: Comparable, Sendable, CustomStringConvertible {
    /// The domain: bit A set iff A is in it.
    public let domain: UInt16
    /// Bit A set iff N(A) > 0.
    public let positive: UInt16
    /// Bit A set iff N(A) < 0.
    public let negative: UInt16

    /// sign(N_W(A)) for A in `domain` (N of Eq. 2).
    public init(weights: Weights, domain: [PatternSet] = PatternSet.allNonEmpty) {
      var d: UInt16 = 0
      var p: UInt16 = 0
      var n: UInt16 = 0
      for a in domain {
        let bit = UInt16(1) << UInt16(a.rawValue)
        d |= bit
        let out = XORD.output(weights, on: a)
        if out > 0 { p |= bit } else if out < 0 { n |= bit }
      }
      (self.domain, self.positive, self.negative) = (d, p, n)
    }

    init(domain: UInt16, positive: UInt16, negative: UInt16) {
      (self.domain, self.positive, self.negative) = (domain, positive, negative)
    }

    /// f* (Eq. 3) on `domain`: +1 on the sets containing p1 or p3, −1 on the others.
    public static func target(domain: [PatternSet] = PatternSet.allNonEmpty) -> SignPattern {
      var d: UInt16 = 0
      var p: UInt16 = 0
      for a in domain {
        d |= 1 << UInt16(a.rawValue)
        if a.isPositive { p |= 1 << UInt16(a.rawValue) }
      }
      return SignPattern(domain: d, positive: p, negative: d & ~p)
    }

    /// sign(N(A)) ∈ {−1, 0, 1}, or nil if A is not in the domain.
    public func sign(on set: PatternSet) -> Int? {
      let bit = UInt16(1) << UInt16(set.rawValue)
      guard domain & bit != 0 else { return nil }
      return positive & bit != 0 ? 1 : (negative & bit != 0 ? -1 : 0)
    }

    /// Whether no set of the domain has N(A) = 0 (a ±1-valued function).
    public var isStrict: Bool { positive | negative == domain }

    /// Lexicographic order on (domain, positive, negative), for sorting and de-duplication.
    public static func < (a: SignPattern, b: SignPattern) -> Bool {
      (a.domain, a.positive, a.negative) < (b.domain, b.positive, b.negative)
    }

    /// Each set of the domain with its sign, e.g. `{1}:+ {2}:- {3}:0`.
    public var description: String {
      PatternSet.allNonEmpty.compactMap { a in
        sign(on: a).map { "\(a):" + ($0 > 0 ? "+" : $0 < 0 ? "-" : "0") }
      }.joined(separator: " ")
    }
  }

  /// The k = 2 network of BG19 §4 that realizes f*: w⁽¹⁾ = 3p1, w⁽²⁾ = 3p3,
  /// u⁽¹⁾ = p2, u⁽²⁾ = p4. On A ∋ p1 or p3 a w-filter outputs 6 and the u's at most
  /// 2 + 2, so N ≥ 2; on A ⊆ {p2, p4} the w's output 0 and some u outputs 2, so N ≤ −2.
  public static let realizabilityWitness: Weights = try! Weights(
    w: [3 * p1, 3 * p3], u: [p2, p4])

  /// Every sign pattern over `domain` that a k = 1 network of Eq. 2 achieves, sorted
  /// and without repetition — an exact decision procedure for k = 1 (BG19 §4).
  ///
  /// With α = w·p1, β = w·p2, γ = u·p1, δ = u·p2 we have w·p3 = −α, w·p4 = −β,
  /// u·p3 = −γ, u·p4 = −δ, and sign(N(A)) = sign(σ(max_{l∈A} w·p_l) − σ(max_{l∈A} u·p_l))
  /// depends only on the weak order of the nine numbers ±α, ±β, ±γ, ±δ, 0. That order
  /// is fixed by the signs of α, β, γ, δ and the weak order of |α|, |β|, |γ|, |δ|, 0,
  /// which magnitudes in 0…4 realize in every case (at most four non-zero levels); and
  /// (α, β) = (a + b, a − b) ranges over all of R² as w = (a, b) does. So the integer
  /// grid (α, β, γ, δ) ∈ {−4, …, 4}⁴, i.e. w = ((α + β)/2, (α − β)/2) and likewise u
  /// (exact in floating point), achieves every pattern any k = 1 network achieves.
  public static func singleFilterSignPatterns(domain: [PatternSet] = PatternSet.allNonEmpty)
    -> [SignPattern]
  {
    var patterns: [SignPattern] = []
    patterns.reserveCapacity(6561)
    for alpha in -4...4 {
      for beta in -4...4 {
        for gamma in -4...4 {
          for delta in -4...4 {
            let w = SIMD2(Double(alpha + beta) / 2, Double(alpha - beta) / 2)
            let u = SIMD2(Double(gamma + delta) / 2, Double(gamma - delta) / 2)
            patterns.append(SignPattern(weights: try! Weights(w: [w], u: [u]), domain: domain))
          }
        }
      }
    }
    patterns.sort()
    var unique: [SignPattern] = []
    for p in patterns where unique.last != p { unique.append(p) }
    return unique
  }

  /// Whether some k = 1 network of Eq. 2 has sign(N(A)) = f*(A) on every A of `domain`
  /// (BG19 §4: false for every domain that contains {p1} and {p3}, e.g. d = 1).
  public static func singleFilterRealizesTarget(domain: [PatternSet] = PatternSet.allNonEmpty)
    -> Bool
  {
    singleFilterSignPatterns(domain: domain).contains(SignPattern.target(domain: domain))
  }
}
