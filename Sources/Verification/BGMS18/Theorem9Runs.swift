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

extension Theorem9Runs {
  /// What "iterations" counts in Theorem 9's ⌈max{dC/η, d/η}⌉ (BGMS18 Sec. 7.2; the proof,
  /// Sec. 9.3.2, bounds "update iterations" and concludes "iterations").
  public enum Count: String, Sendable, CaseIterable {
    /// Non-zero updates (steps with N(e_j) < 1 that changed W): the proof's "update iterations".
    case updates = "non-zero updates"
    /// Passes over S: ⌈(SGD steps until L_S = 0)/d⌉ (epochs of d examples).
    case passes = "passes over S"
    /// SGD steps (iterations of Sec. 2) until L_S = 0, zero steps included.
    case steps = "SGD steps"

    /// The count of a converged run on S = {e₁,…,e_d}×{1}.
    public func value(_ result: BGMS18.TrainingResult, d: Int) -> Int {
      switch self {
      case .updates: return result.nonZeroUpdates
      case .steps: return result.steps
      case .passes: return (result.steps + d - 1) / d
      }
    }
  }

  /// The iteration bound of Theorem 9: as printed ⌈max{dC/η, d/η}⌉, or what the proof
  /// shows, d·⌈max{C, 1}/η⌉ (Sec. 9.3.2: at most ⌈max{C, 1}/η⌉ updates on each e_j).
  public static func countBound(d: Int, C: Double, eta: Double, corrected: Bool) throws -> Double {
    corrected
      ? Double(d) * (try BGMS18.theorem9PerExampleUpdateBound(C: C, eta: eta))
      : try BGMS18.theorem9UpdateBound(d: d, C: C, eta: eta)
  }

  /// A probability check of Theorem 9's whole second statement: with W₀ drawn as in
  /// `check` (no conditioning on K₀ = ∅) and η, C drawn per trial as there (log-uniform in
  /// [0.5, 5] and [0.2, 5]), SGD in `order` reaches L_S = 0 within the iteration bound,
  /// counted as `count`. A mixture over (η, C): refuting it refutes the statement at some
  /// (η, C), since the statement is claimed for each. With `exactWhenFit`, the event is
  /// claimed to happen exactly when K₀ = ∅, so its probability is (1 − 2^{−k})^d (the
  /// proof's bound on each e_j's updates; the always checks test that implication).
  public static func wholeStatementCheck(
    _ label: String, reading: String, d: Int, k: Int, delta: Double, count: Count, order: BGMS18.ExampleOrder,
    corrected: Bool, exactWhenFit: Bool, expectation: Expectation, budget: Budget
  ) -> Check {
    let bound = corrected ? "d·⌈max{C, 1}/η⌉" : "⌈max{dC/η, d/η}⌉"
    let fit = exactWhenFit ? (try? BGMS18.theorem9StuckProbability(k: k, d: d)).map { 1 - $0 } : nil
    return Check(
      label, reading: reading, expectation: expectation, budget: budget,
      .probability(
        ProbabilitySpec.bounded(
          event: "SGD (\(order) order) reaches L_S = 0 within \(bound) \(count.rawValue)",
          claimed: 1 - delta, claimedDescription: "1 − δ = \(Format.number(1 - delta))",
          exact: fit, exactDescription: fit == nil ? nil : "P(K₀ = ∅) = (1 − 2^{−k})^d"
        ) { context in
          // The event's reach is the count over its limit (the mutation table scales the limit).
          let distribution = Distribution.allCases[context.trial % Distribution.allCases.count]
          let eta = BGMS18Ranges.logUniform(0.5...5, using: &context.rng)
          let C = BGMS18Ranges.logUniform(0.2...5, using: &context.rng)
          let (W0, result) = try run(d: d, k: k, C: C, eta: eta, distribution: distribution, order: order, using: &context.rng)
          let limit = try countBound(d: d, C: C, eta: eta, corrected: corrected)
          context.note("W₀", distribution.rawValue)
          context.note("η, C", [eta, C])
          context.note("|K₀|", BGMS18.theorem9K(W0).filter { $0 }.count)
          context.note("outcome", result.outcome)
          context.note("non-zero updates, passes, steps", Count.allCases.map { $0.value(result, d: d) })
          context.note(bound, limit)
          switch result.outcome {
          case .converged:
            let value = Double(count.value(result, d: d))
            return Observation(holds: value <= limit, ratio: value / limit, summary: "\(count.rawValue) \(Format.number(value)) vs \(Format.number(limit))")
          case .stuck: return .condition(false, "stuck at L_S > 0")
          default:
            throw InvalidParameter("outcome", "\(result.outcome)", "a run of Theorem 9 must converge or get stuck")
          }
        }))
  }
}
