extension BGMS18 {
  /// What Lemma 11 asks of a direction ŵ (Sec. 9.3.1): a margin α > 0 with
  /// |⟨x, ŵ⟩| > α for every x ∈ S, and more than half of S with ⟨ŵ, x⟩ < 0. (This α is a
  /// margin, not the Leaky ReLU slope: Theorem 8 is about ReLU.)
  public struct Lemma11Direction: Sendable, Equatable {
    /// ŵ.
    public let direction: [Double]
    /// α = β/2 with β = min_{x∈S} |⟨ŵ, x⟩| (the proof's choice).
    public let margin: Double
    /// #{x ∈ S : ⟨ŵ, x⟩ < 0}, > n/2.
    public let negatives: Int
  }

  /// The proof of Lemma 11 applied to a candidate: if no x ∈ S has ⟨candidate, x⟩ = 0,
  /// take ŵ = candidate when more than half of S is on its negative side, −candidate when
  /// more than half is on its positive side, with α = β/2. Returns nil when the candidate
  /// is orthogonal to some x, or splits S exactly in half — a case the proof misses: for
  /// S = {(x, 1), (−x, −1)} every direction splits S in half, so no ŵ exists.
  public static func lemma11Direction(from candidate: [Double], on S: TrainingSet) throws -> Lemma11Direction? {
    try InvalidParameter.require(candidate.count == S.d, "ŵ", "length \(candidate.count)", "must have length d = \(S.d)")
    var beta = Double.infinity
    var negatives = 0
    for i in 0..<S.n {
      var dot = 0.0
      for j in 0..<S.d { dot += candidate[j] * S.inputs[i * S.d + j] }
      if dot == 0 { return nil }
      if dot < 0 { negatives += 1 }
      beta = min(beta, abs(dot))
    }
    if 2 * negatives > S.n { return Lemma11Direction(direction: candidate, margin: beta / 2, negatives: negatives) }
    if 2 * negatives < S.n {
      return Lemma11Direction(direction: candidate.map { -$0 }, margin: beta / 2, negatives: S.n - negatives)
    }
    return nil
  }

  /// The bad local minimum of Theorem 8 (Sec. 9.3.1) for ReLU with v = (1,…,1,−1,…,−1).
  public struct Theorem8LocalMinimum: Sendable {
    /// W = [w,…,w, u,…,u] with w = cŵ + w*, u = cŵ − w*.
    public let weights: Weights
    /// The network: ReLU, v = 1.
    public let network: Network
    /// c > ‖w*‖·max‖x‖/α (the proof's c > ‖w*‖/α with ‖x‖ ≤ 1); here twice that.
    public let c: Double
    /// L_S(W) = #{⟨ŵ, x⟩ < 0}/n > 1/2.
    public let loss: Double
    /// A radius ε such that L_S is constant on {W' : ‖W' − W‖_F < ε}: no pre-activation
    /// changes sign and yN stays ≥ 1 on the positive side of ŵ.
    public let radius: Double
  }

  /// Builds the local minimum of Theorem 8 from a separator w* of S (y⟨w*, x⟩ ≥ 1) and a
  /// direction of Lemma 11. Throws if w* does not separate S, or the direction does not
  /// satisfy Lemma 11 on S.
  public static func theorem8LocalMinimum(
    on S: TrainingSet, wStar: [Double], direction lemma: Lemma11Direction, k: Int
  ) throws -> Theorem8LocalMinimum {
    try Check.k(k)
    let separation = try S.minimumMargin(of: wStar)
    try InvalidParameter.require(separation >= 1, "w*", "margin \(separation)", "must satisfy y⟨w*, x⟩ ≥ 1 on S")
    guard let checked = try lemma11Direction(from: lemma.direction, on: S),
      checked.direction == lemma.direction, checked.margin >= lemma.margin
    else {
      throw InvalidParameter("ŵ", "\(lemma.direction)", "must satisfy Lemma 11 on S")
    }
    let rho = S.maximumInputNorm
    let wStarNorm = wStar.reduce(0) { $0 + $1 * $1 }.squareRoot()
    let c = 2 * wStarNorm * rho / lemma.margin
    let w = zip(lemma.direction, wStar).map { c * $0 + $1 }
    let u = zip(lemma.direction, wStar).map { c * $0 - $1 }
    let W = try Weights(w: [[Double]](repeating: w, count: k), u: [[Double]](repeating: u, count: k))
    let network = try Network(k: k, d: S.d, v: 1, activation: .relu)
    // Radius: pre-activations move by ≤ ε‖x‖; N moves by ≤ √(2k)·ε·‖x‖.
    var smallestPreActivation = Double.infinity
    var smallestPositiveMargin = Double.infinity
    for i in 0..<S.n {
      let x = S.x(i)
      let z = try network.preActivations(W, x)
      smallestPreActivation = min(smallestPreActivation, z.map { abs($0) }.min()!)
      if z[0] > 0 { smallestPositiveMargin = min(smallestPositiveMargin, S.labels[i] * (try network.output(W, x))) }
    }
    var radius = smallestPreActivation / rho
    if smallestPositiveMargin.isFinite {
      radius = min(radius, (smallestPositiveMargin - 1) / ((2 * Double(k)).squareRoot() * rho))
    }
    return Theorem8LocalMinimum(
      weights: W, network: network, c: c, loss: try network.loss(W, on: S), radius: radius)
  }
}
