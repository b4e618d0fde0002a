import Generators
import Theory

extension Theorem9Runs {
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
          let (W0, result) = try run(d: d, k: k, C: C, eta: eta, distribution: distribution, using: &context.rng)
          let dead = BGMS18.theorem9K(W0).filter { $0 }.count
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
