import Theory

/// The setting of BGMS18 Sec. 7.2 (Theorem 9, Lemma 12): S = {e₁,…,e_d}×{1}, ReLU,
/// v = (1,…,1, −1,…,−1), W₀ from a continuous symmetric distribution with |[W₀]_ij| ≤ C.
/// The probability checks are in Verification/BGMS18/Theorem9Runs.swift; K_t is
/// `BGMS18.theorem9K` (Theory/BGMS18/Theorem9Bounds.swift).
public enum Theorem9Runs {
  /// The two initial distributions of the checks.
  public enum Distribution: String, Sendable, CaseIterable {
    /// Independent entries uniform on [−C, C].
    case uniformEntries = "entries uniform on [−C, C]"
    /// Rows uniform in the ball of radius C (entries bounded by C; coordinate signs are
    /// independent and uniform by the symmetry of the ball, as the proof needs).
    case ball = "rows uniform in the C-ball"

    public func weights<G: RandomNumberGenerator>(k: Int, d: Int, C: Double, using rng: inout G) throws -> BGMS18.Weights {
      switch self {
      case .uniformEntries: return try BGMS18.Initialization.uniformEntries(bound: C).weights(k: k, d: d, R: 0, using: &rng)
      case .ball: return try BGMS18.Initialization.uniformInBall.weights(k: k, d: d, R: C, using: &rng)
      }
    }
  }

  /// One SGD run (uniform order) from W₀ drawn from `distribution`.
  public static func run<G: RandomNumberGenerator>(
    d: Int, k: Int, C: Double, eta: Double, distribution: Distribution, order: BGMS18.ExampleOrder = .uniform,
    using rng: inout G
  ) throws -> (initial: BGMS18.Weights, result: BGMS18.TrainingResult) {
    let network = try BGMS18.Network(k: k, d: d, v: 1, activation: .relu)
    let S = try BGMS18.TrainingSet.standardBasis(dimension: d)
    let W0 = try distribution.weights(k: k, d: d, C: C, using: &rng)
    let result = try network.trainFirstLayer(
      from: W0, on: S, learningRate: eta, order: order, maxSteps: 10_000_000, using: &rng)
    return (W0, result)
  }
}
