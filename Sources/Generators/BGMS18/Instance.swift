import Theory

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An instance of the setting of BGMS18 (Sec. 2, Sec. 5.1): a separable training set
/// S in the unit ball with separator w*, a network N_W(x) = vᵀσ(Wx) with Leaky ReLU, a
/// learning rate η and an initialization W₀ with rows of norm ≤ R (Eq. 5). Drawn by `BGMS18Ranges` (Ranges.swift); printed in replays by
/// Verification/BGMS18/Instance.swift.
public struct BGMS18Instance: Sendable {
  /// How W₀ was drawn.
  public enum InitialRows: String, Sendable, CaseIterable {
    /// N(0, R²/d) entries, rows clipped to norm R.
    case gaussian
    /// Rows uniform in the ball of radius R.
    case ball
    /// Rows uniform on the sphere of radius R.
    case sphere
    /// Every w-row −Rŵ* and every u-row +Rŵ* (ŵ* = w*/‖w*‖): the rows point against the
    /// separator, as in the proof of Theorem 10 (Sec. 9.1.4) for w* = (1,…,1).
    case adversarial
  }

  public var network: BGMS18.Network
  public var set: BGMS18.TrainingSet
  public var initial: BGMS18.Weights
  public var wStar: [Double]
  public var wStarNorm: Double
  public var eta: Double
  public var R: Double
  public var rows: InitialRows
  public var profile: BGMS18.SeparableDistribution.MarginProfile
  public var positiveProbability: Double

  public init(
    network: BGMS18.Network, set: BGMS18.TrainingSet, initial: BGMS18.Weights, wStar: [Double], wStarNorm: Double,
    eta: Double, R: Double, rows: InitialRows, profile: BGMS18.SeparableDistribution.MarginProfile,
    positiveProbability: Double
  ) {
    self.network = network
    self.set = set
    self.initial = initial
    self.wStar = wStar
    self.wStarNorm = wStarNorm
    self.eta = eta
    self.R = R
    self.rows = rows
    self.profile = profile
    self.positiveProbability = positiveProbability
  }

  public var k: Int { network.k }
  public var d: Int { network.d }
  public var n: Int { self.set.n }
  public var v: Double { network.v }
  public var alpha: Double { network.activation.alpha }

  /// M_k of Theorem 2 for this instance.
  public func updateBound() throws -> Double {
    try BGMS18.updateBound(wStarNorm: wStarNorm, k: k, eta: eta, v: v, alpha: alpha, R: R)
  }

  /// W₀ of the given kind for separator direction `unit`.
  public static func initialWeights<G: RandomNumberGenerator>(
    _ rows: InitialRows, k: Int, d: Int, R: Double, unit: [Double], using rng: inout G
  ) throws -> BGMS18.Weights {
    switch rows {
    case .gaussian: return try BGMS18.Initialization.gaussian(standardDeviation: nil).weights(k: k, d: d, R: R, using: &rng)
    case .ball: return try BGMS18.Initialization.uniformInBall.weights(k: k, d: d, R: R, using: &rng)
    case .sphere: return try BGMS18.Initialization.onSphere.weights(k: k, d: d, R: R, using: &rng)
    case .adversarial:
      let w = unit.map { -R * $0 }
      let u = unit.map { R * $0 }
      return try BGMS18.Weights(w: [[Double]](repeating: w, count: k), u: [[Double]](repeating: u, count: k))
    }
  }
}

