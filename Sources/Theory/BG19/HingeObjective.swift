extension BG19 {
  /// A hinge objective over pattern sets, the common form of the XOR loss (BG19 §3.1)
  /// and the XORD loss (Eq. 4):
  ///
  ///     ℓ(W) = Σ_A π₊(A)·max{γ − N_W(A), 0} + π₋(A)·max{1 + N_W(A), 0},
  ///
  /// where N_W(A) is the output of Eq. 2 on any x with P_x = A (for d = 1 and singleton
  /// sets it is Eq. 1). Eq. 4 is π₊(A) = #{x ∈ S₊ : P_x = A}/m, π₋(A) likewise; the XOR
  /// loss is γ = 1 and π = 1 on the four singletons {p1} = x1, {p3} = x3 (positive),
  /// {p4} = x2, {p2} = x4 (negative).
  ///
  /// Conventions: σ'(0) = 0; max-pooling routes the gradient to the smallest
  /// maximizing pattern number; a positive term is active iff N < γ, a negative one iff
  /// N > −1 (derivative 0 at the kinks).
  public struct HingeObjective: Equatable, Sendable {
    /// One pattern set with non-zero weight.
    public struct Term: Equatable, Sendable {
      /// The pattern set A.
      public let set: PatternSet
      /// π₊(A), the weight of the positive hinge max{γ − N, 0}.
      public let positiveWeight: Double
      /// π₋(A), the weight of the negative hinge max{1 + N, 0}.
      public let negativeWeight: Double
    }

    /// The terms, by increasing mask.
    public let terms: [Term]
    /// γ, the margin on positive points (Eq. 4; 1 for XOR).
    public let gamma: Double

    /// The objective with weights π₊, π₋ indexed by mask (arrays of 16, entry 0 unused);
    /// throws unless the weights are finite and non-negative, some weight is positive,
    /// and γ is finite.
    public init(positiveWeights: [Double], negativeWeights: [Double], gamma: Double) throws {
      try InvalidParameter.require(positiveWeights.count == 16, "positiveWeights",
        "count \(positiveWeights.count)", "must have 16 entries indexed by mask")
      try InvalidParameter.require(negativeWeights.count == 16, "negativeWeights",
        "count \(negativeWeights.count)", "must have 16 entries indexed by mask")
      try InvalidParameter.requireFinite(gamma, "γ")
      var terms: [Term] = []
      for mask in 0..<16 {
        let a = positiveWeights[mask]
        let b = negativeWeights[mask]
        try InvalidParameter.require(a.isFinite && a >= 0, "π₊", a, "must be finite and ≥ 0")
        try InvalidParameter.require(b.isFinite && b >= 0, "π₋", b, "must be finite and ≥ 0")
        guard a > 0 || b > 0 else { continue }
        try InvalidParameter.require(mask != 0, "π", "mask 0", "the empty pattern set has no weight")
        terms.append(Term(set: PatternSet(unchecked: UInt8(mask)), positiveWeight: a, negativeWeight: b))
      }
      try InvalidParameter.require(!terms.isEmpty, "π", "0", "some weight must be positive")
      self.terms = terms
      self.gamma = gamma
    }

    /// The XOR hinge loss of BG19 §3.1, ℓ(W) = Σ_{i=1}^{4} max{1 − y_i N_W(x_i), 0}.
    public static let xor: HingeObjective = {
      var pos = [Double](repeating: 0, count: 16)
      var neg = [Double](repeating: 0, count: 16)
      pos[0b0001] = 1  // x1 = p1
      pos[0b0100] = 1  // x3 = p3
      neg[0b1000] = 1  // x2 = p4
      neg[0b0010] = 1  // x4 = p2
      return try! HingeObjective(positiveWeights: pos, negativeWeights: neg, gamma: 1)
    }()

    /// The XORD loss of BG19 Eq. 4 on a training set: (1/m₊) Σ_{S₊} max{γ − N, 0} +
    /// (1/m₋) Σ_{S₋} max{1 + N, 0} (the paper has m₊ = m₋ = m). Throws unless γ is
    /// finite and positive (the paper takes γ ≥ 1, and γ ≥ 8 in §6.1).
    public static func xord(_ set: TrainingSet, gamma: Double) throws -> HingeObjective {
      try InvalidParameter.require(gamma.isFinite && gamma > 0, "γ", gamma, "must be finite and > 0")
      var pos = [Double](repeating: 0, count: 16)
      var neg = [Double](repeating: 0, count: 16)
      for a in set.positives { pos[Int(a.rawValue)] += 1 }
      for a in set.negatives { neg[Int(a.rawValue)] += 1 }
      let mp = Double(set.positives.count)
      let mn = Double(set.negatives.count)
      return try HingeObjective(
        positiveWeights: pos.map { $0 / mp }, negativeWeights: neg.map { $0 / mn }, gamma: gamma)
    }

    /// ℓ(W).
    public func loss(_ weights: Weights) -> Double {
      weights.storage.withUnsafeBufferPointer { s in
        var l = 0.0
        for term in terms {
          let n = BG19.output(s, k: weights.k, mask: term.set.rawValue)
          l += term.positiveWeight * max(gamma - n, 0) + term.negativeWeight * max(1 + n, 0)
        }
        return l
      }
    }

    /// ∂ℓ/∂W, laid out like ``Weights/storage`` (conventions in the type's documentation).
    public func gradient(_ weights: Weights) -> [Double] {
      let k = weights.k
      var g = [Double](repeating: 0, count: 4 * k)
      weights.storage.withUnsafeBufferPointer { s in
        for term in terms {
          let dLdN = derivative(output: BG19.output(s, k: k, mask: term.set.rawValue), term: term)
          if dLdN == 0 { continue }
          for r in 0..<(2 * k) {
            let (value, l) = BG19.maxPool(s[2 * r], s[2 * r + 1], mask: term.set.rawValue)
            guard value > 0 else { continue }
            let c = r < k ? dLdN : -dLdN
            g[2 * r] += c * BG19.patterns[l - 1].x
            g[2 * r + 1] += c * BG19.patterns[l - 1].y
          }
        }
      }
      return g
    }

    /// dℓ/dN on one term: −π₊ if the positive hinge is active (N < γ), plus π₋ if the
    /// negative one is (N > −1).
    @inlinable
    func derivative(output n: Double, term: Term) -> Double {
      (n < gamma ? -term.positiveWeight : 0) + (n > -1 ? term.negativeWeight : 0)
    }
  }
}
