import Generators
import Theory
import Verification

/// The setting of BGMS18 Sec. 7.2 (Theorem 9, Lemma 12): S = {e₁,…,e_d}×{1}, ReLU,
/// v = (1,…,1, −1,…,−1), W₀ from a continuous symmetric distribution with |[W₀]_ij| ≤ C.
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

  /// K_t = {e_j : ⟨w^(i), e_j⟩ ≤ 0 for all i} (Sec. 9.3.2), as a mask over j.
  public static func K(_ W: BGMS18.Weights) -> [Bool] {
    (0..<W.d).map { j in (0..<W.k).allSatisfy { W.entries[$0 * W.d + j] <= 0 } }
  }

  /// One SGD run (uniform order) from W₀ drawn from `distribution`.
  public static func run(
    d: Int, k: Int, C: Double, eta: Double, distribution: Distribution, order: BGMS18.ExampleOrder = .uniform,
    context: inout TrialContext
  ) throws -> (initial: BGMS18.Weights, result: BGMS18.TrainingResult) {
    let network = try BGMS18.Network(k: k, d: d, v: 1, activation: .relu)
    let S = try BGMS18.TrainingSet.standardBasis(dimension: d)
    let W0 = try distribution.weights(k: k, d: d, C: C, using: &context.rng)
    let result = try network.trainFirstLayer(
      from: W0, on: S, learningRate: eta, order: order, maxSteps: 10_000_000, using: &context.rng)
    return (W0, result)
  }

  /// A probability check of Theorem 9: the event `global` (SGD reaches L_S = 0) or its
  /// complement, at width k, with the theorem's bound (when k meets the threshold) and the
  /// exact probability. η is drawn log-uniform in [0.5, 5] and C in [0.2, 5] (the event
  /// does not depend on them); `distributions` alternate by trial.
  public static func check(
    _ label: String, reading: String, d: Int, k: Int, delta: Double, claimed: Bool, global: Bool,
    distributions: [Distribution], budget: Budget
  ) -> Check {
    let stuck = (try? BGMS18.theorem9StuckProbability(k: k, d: d)) ?? .nan
    return Check(
      label, reading: reading, budget: budget,
      .probability(
        ProbabilitySpec(
          event: global ? "SGD reaches a global minimum (L_S = 0)" : "SGD ends at a non-global minimum (stuck at L_S > 0)",
          claimed: claimed ? 1 - delta : nil,
          claimedDescription: claimed ? "1 − δ = \(Format.number(1 - delta))" : "(no claim at this k)",
          exact: global ? 1 - stuck : stuck,
          exactDescription: global ? "(1 − 2^{−k})^d" : "1 − (1 − 2^{−k})^d"
        ) { context in
          let distribution = distributions[context.trial % distributions.count]
          let eta = BGMS18Ranges.logUniform(0.5...5, using: &context.rng)
          let C = BGMS18Ranges.logUniform(0.2...5, using: &context.rng)
          let (W0, result) = try run(d: d, k: k, C: C, eta: eta, distribution: distribution, context: &context)
          let dead = K(W0).filter { $0 }.count
          context.note("W₀", distribution.rawValue)
          context.note("η, C", [eta, C])
          context.note("|K₀|", dead)
          context.note("outcome", result.outcome)
          switch result.outcome {
          case .converged: return global
          case .stuck: return !global
          default:
            throw InvalidParameter("outcome", "\(result.outcome)", "a run of Theorem 9 must converge or get stuck")
          }
        }))
  }
}
