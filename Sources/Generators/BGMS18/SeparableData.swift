import Theory

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension BGMS18 {
  /// A distribution D over X × Y of Sec. 2: inputs in the unit ball of R^d, labels ±1,
  /// and P(y⟨w*, x⟩ ≥ 1) = 1 for the given separator w* (‖w*‖ ≥ 1).
  ///
  /// Sampled directly, with no rejection: with û = w*/‖w*‖, draw the label y, the signed
  /// margin component s = y⟨x, û⟩ in [1/‖w*‖, 1] (`MarginProfile`; both ends moved
  /// inwards by ~1e-11 so the checks hold after rounding), and the orthogonal
  /// part uniformly in the (d−1)-ball of radius √(1 − s²) orthogonal to û; x = y s û +
  /// orthogonal part. Constant cost per sample in d and ‖w*‖.
  public struct SeparableDistribution: Sendable {
    /// How the component along w* is drawn.
    public enum MarginProfile: Sendable, Equatable {
      /// s uniform on [(1 + 1e-12)/‖w*‖, 1 − 1e-11].
      case uniform
      /// s = (1 + 1e-12)/‖w*‖: every point on the margin hyperplanes y⟨w*, x⟩ = 1 (the hardest
      /// case for Theorem 2's bound).
      case onMargin
    }

    /// The separator w*.
    public let wStar: [Double]
    /// ‖w*‖.
    public let wStarNorm: Double
    /// P(y = +1).
    public let positiveProbability: Double
    /// The law of s = y⟨x, w*⟩/‖w*‖.
    public let profile: MarginProfile

    /// Relative slack on the margin: s ≥ (1 + slack)/‖w*‖.
    static let slack = 1e-12
    /// Room kept inside the unit ball: s ≤ 1 − reserve and ‖x‖² ≤ 1 − reserve before the
    /// final margin correction.
    static let reserve = 1e-11

    /// Throws unless d ≥ 1, ‖w*‖ ≥ 1 + 1e-9 (finite; at ‖w*‖ = 1 only x = ±w* would
    /// qualify, which rounding cannot certify) and 0 ≤ positiveProbability ≤ 1.
    public init(wStar: [Double], positiveProbability: Double = 0.5, profile: MarginProfile = .uniform) throws {
      try InvalidParameter.require(!wStar.isEmpty, "d", 0, "must be a positive integer")
      for value in wStar { try InvalidParameter.requireFinite(value, "w*") }
      let norm = wStar.reduce(0) { $0 + $1 * $1 }.squareRoot()
      try InvalidParameter.require(
        norm >= 1 + 1e-9, "‖w*‖", norm, "must be ≥ 1 + 1e-9 (footnote 1 of Sec. 2 requires ≥ 1)")
      try InvalidParameter.require(
        positiveProbability >= 0 && positiveProbability <= 1, "p", positiveProbability, "must lie in [0, 1]")
      self.wStar = wStar
      self.wStarNorm = norm
      self.positiveProbability = positiveProbability
      self.profile = profile
    }

    /// A separator of norm `norm` in a uniformly random direction of R^d.
    public static func randomSeparator<G: RandomNumberGenerator>(
      dimension d: Int, norm: Double, using rng: inout G
    ) throws -> [Double] {
      try InvalidParameter.require(d >= 1, "d", d, "must be a positive integer")
      try InvalidParameter.require(norm.isFinite && norm >= 1 + 1e-9, "‖w*‖", norm, "must be finite and ≥ 1 + 1e-9")
      return rng.nextPointOnSphere(dimension: d).map { norm * $0 }
    }

    /// The input dimension d.
    public var d: Int { wStar.count }

    /// One example with the given label.
    func example<G: RandomNumberGenerator>(label y: Double, using rng: inout G) -> [Double] {
      let d = self.d
      let lower = (1 + Self.slack) / wStarNorm
      let s: Double
      switch profile {
      case .uniform: s = rng.nextUniform(in: lower, 1 - Self.reserve)
      case .onMargin: s = lower
      }
      var x = wStar.map { y * s * $0 / wStarNorm }
      if d > 1 { addOrthogonalPart(to: &x, s: s, using: &rng) }
      // Rounding in ⟨w*, orthogonal part⟩ is up to ~ε·d·‖w*‖: shift x along w* until
      // y⟨w*, x⟩ ≥ 1 holds as `TrainingSet.minimumMargin` computes it (same loop), aiming
      // 1e-12 above 1 and four times higher after every miss.
      var aim = Self.slack
      for _ in 0..<40 {
        var dot = 0.0
        for j in 0..<d { dot += wStar[j] * x[j] }
        let margin = y * dot
        if margin >= 1 { break }
        let shift = y * (1 + aim - margin) / (wStarNorm * wStarNorm)
        for j in 0..<d { x[j] += shift * wStar[j] }
        aim *= 4
      }
      return x
    }

    /// Adds a point uniform in the (d−1)-ball of radius √(1 − s²) orthogonal to w*.
    func addOrthogonalPart<G: RandomNumberGenerator>(to x: inout [Double], s: Double, using rng: inout G) {
      let d = self.d
      // A uniform direction orthogonal to û: project a Gaussian vector.
      var g = rng.nextNormalVector(count: d)
      var along = 0.0
      for j in 0..<d { along += g[j] * wStar[j] }
      along /= wStarNorm * wStarNorm
      var norm2 = 0.0
      for j in 0..<d {
        g[j] -= along * wStar[j]
        norm2 += g[j] * g[j]
      }
      let radius = max(0, 1 - s * s - Self.reserve).squareRoot()
      let r = radius * pow(rng.nextUniform(), 1 / Double(d - 1))
      if norm2 > 0 {
        let scale = r / norm2.squareRoot()
        for j in 0..<d { x[j] += scale * g[j] }
      }
    }

    /// n i.i.d. examples from D: labels independent Bernoulli(positiveProbability).
    /// Throws if a sample violates ‖x‖ ≤ 1 or y⟨w*, x⟩ ≥ 1 (never expected: every sample
    /// is verified).
    public func sample<G: RandomNumberGenerator>(count n: Int, using rng: inout G) throws -> TrainingSet {
      try InvalidParameter.require(n >= 1, "n", n, "must be a positive integer")
      var labels = [Double]()
      var inputs = [Double]()
      inputs.reserveCapacity(n * d)
      for _ in 0..<n {
        let y: Double = rng.nextBernoulli(positiveProbability) ? 1 : -1
        labels.append(y)
        inputs += example(label: y, using: &rng)
      }
      return try verified(TrainingSet(d: d, inputs: inputs, labels: labels))
    }

    /// n examples with exactly `positives` labelled +1, in a uniformly random order
    /// (an exact class balance; the examples are then exchangeable, not i.i.d.).
    public func sample<G: RandomNumberGenerator>(count n: Int, positives: Int, using rng: inout G) throws -> TrainingSet {
      try InvalidParameter.require(n >= 1, "n", n, "must be a positive integer")
      try InvalidParameter.require(positives >= 0 && positives <= n, "positives", positives, "must lie in 0...n")
      var labels = [Double](repeating: 1, count: positives) + [Double](repeating: -1, count: n - positives)
      rng.shuffle(&labels)
      var inputs = [Double]()
      inputs.reserveCapacity(n * d)
      for y in labels { inputs += example(label: y, using: &rng) }
      return try verified(TrainingSet(d: d, inputs: inputs, labels: labels))
    }

    func verified(_ S: TrainingSet) throws -> TrainingSet {
      let margin = try S.minimumMargin(of: wStar)
      try InvalidParameter.require(margin >= 1, "y⟨w*, x⟩", margin, "a sample violates the margin (Sec. 2)")
      let norm = S.maximumInputNorm
      try InvalidParameter.require(norm <= 1, "‖x‖", norm, "a sample left the unit ball (Sec. 2)")
      return S
    }
  }
}
