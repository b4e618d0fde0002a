import Theory

extension BGMS18 {
  /// Random initializations W₀ with every row of norm ≤ R (Eq. 5), and the bounded
  /// symmetric one of Sec. 7.2.
  public enum Initialization: Sendable, Equatable {
    /// Entries N(0, σ²), then every row of norm > R scaled down to norm R.
    /// `standardDeviation: nil` means σ = R/√d (typical row norm ≈ R).
    case gaussian(standardDeviation: Double?)
    /// Every row uniform in the ball of radius R.
    case uniformInBall
    /// Every row uniform on the sphere of radius R (the extreme of Eq. 5).
    case onSphere
    /// The deterministic initialization of the proof of Theorem 10 (Sec. 9.1.4):
    /// w₀^(i) = −(R/√d)(1,…,1), u₀^(i) = (R/√d)(1,…,1).
    case theorem10
    /// Independent entries uniform on [−C, C] (Sec. 7.2: "a continuous symmetric
    /// distribution with |[W₀]_{ij}| ≤ C"); ignores R.
    case uniformEntries(bound: Double)

    /// W₀ ∈ R^{2k×d} with rows of norm ≤ R (except `.uniformEntries`). Throws unless
    /// k ≥ 1, d ≥ 1, R ≥ 0 and the case's parameter is finite and > 0.
    public func weights<G: RandomNumberGenerator>(k: Int, d: Int, R: Double, using rng: inout G) throws -> Weights {
      try InvalidParameter.require(k >= 1, "k", k, "must be a positive integer")
      try InvalidParameter.require(d >= 1, "d", d, "must be a positive integer")
      try InvalidParameter.require(R.isFinite && R >= 0, "R", R, "must be a finite number ≥ 0 (Eq. 5)")
      var entries = [Double]()
      entries.reserveCapacity(2 * k * d)
      switch self {
      case .gaussian(let sd):
        let sigma = sd ?? R / Double(d).squareRoot()
        try InvalidParameter.require(sigma.isFinite && sigma > 0, "σ", sigma, "must be a finite number > 0")
        for _ in 0..<(2 * k) {
          let g = rng.nextNormalVector(count: d, standardDeviation: sigma)
          let norm = g.reduce(0) { $0 + $1 * $1 }.squareRoot()
          entries += norm > R ? g.map { $0 * (R / norm) } : g
        }
      case .uniformInBall:
        for _ in 0..<(2 * k) { entries += rng.nextPointInBall(dimension: d, radius: R) }
      case .onSphere:
        for _ in 0..<(2 * k) { entries += rng.nextPointOnSphere(dimension: d).map { R * $0 } }
      case .theorem10:
        return try BGMS18.theorem10Initialization(k: k, d: d, R: R)
      case .uniformEntries(let C):
        try InvalidParameter.require(C.isFinite && C > 0, "C", C, "must be a finite number > 0")
        for _ in 0..<(2 * k * d) { entries.append(rng.nextUniform(in: -C, C)) }
      }
      return try Weights(k: k, d: d, entries: entries)
    }
  }

  /// The initialization of Eq. 6: R = v = 1/√(2k), with rows drawn by `rows` (default:
  /// uniform in the ball of radius R). Returns the network (v = 1/√(2k)) and W₀.
  public static func equation6Initialization<G: RandomNumberGenerator>(
    k: Int, d: Int, activation: Activation, rows: Initialization = .uniformInBall, using rng: inout G
  ) throws -> (network: Network, weights: Weights) {
    let scale = try equation6Scale(k: k)
    let network = try Network(k: k, d: d, v: scale, activation: activation)
    return (network, try rows.weights(k: k, d: d, R: scale, using: &rng))
  }
}
