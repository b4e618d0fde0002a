import Generators
import Theory

/// Runs SGD on a random instance and compares its non-zero updates with M_k (BGMS18
/// Theorem 2, Sec. 5.1): shared by `Theorem2` and the training half of `Corollary3`.
public enum Theorem2Runs {
  /// The iteration cap of a run on `instance`: enough for M_k updates even when only one
  /// example of n is still violated (uniform order), within a fixed amount of work.
  public static func stepCap(_ instance: BGMS18Instance, bound: Double) -> Int {
    let byBound = 20 * min(bound, 1e7) * Double(instance.n) + 1000
    let byWork = 4e8 / Double(2 * instance.k * instance.d + instance.n)
    return Int(min(byBound, max(byWork, 1000 + 20 * Double(instance.n))))
  }

  /// The observation of Theorem 2 on one run: updates ≤ M_k, and a Leaky ReLU run never
  /// ends stuck or diverged. A run that reaches the iteration cap with at most M_k updates
  /// is not a counterexample (it is recorded as such in the summary).
  public static func observe(
    _ result: BGMS18.TrainingResult, bound: Double, label: String, context: inout TrialContext
  ) -> Observation {
    let updates = Double(result.nonZeroUpdates)
    context.note("outcome", result.outcome)
    context.note("non-zero updates", result.nonZeroUpdates)
    context.note("iterations until L_S = 0", result.steps)
    context.note("M_k", bound)
    context.note("updates / M_k", updates / bound)
    switch result.outcome {
    case .converged:
      return .atMost(updates, bound, "\(label): non-zero updates")
    case .stepCapReached where updates <= bound:
      return Observation(
        holds: true, ratio: updates / bound,
        summary: "\(label): \(result.nonZeroUpdates) updates ≤ M_k = \(Format.number(bound)) when the cap of "
          + "\(result.iterations) iterations stopped the run (not converged, not a counterexample)")
    case .stepCapReached:
      return .atMost(updates, bound, "\(label): non-zero updates (run stopped at the cap)")
    case .stuck:
      return .condition(false, "\(label): SGD stuck at L_S > 0 after \(result.nonZeroUpdates) updates (M_k = \(Format.number(bound)))")
    case .diverged:
      return .condition(false, "\(label): SGD diverged after \(result.nonZeroUpdates) updates")
    case .outsideEquation8:
      return .condition(false, "\(label): first-layer SGD reported a second-layer outcome (a bug)")
    }
  }

  /// One trial: a random instance from `ranges`, SGD in `order` from W₀ until L_S = 0.
  public static func trial(
    ranges: BGMS18Ranges, order: BGMS18.ExampleOrder, context: inout TrialContext
  ) throws -> Observation {
    let instance = try ranges.instance(using: &context.rng)
    return try run(instance, order: order, context: &context)
  }

  /// SGD on `instance` in `order`, observed against `bound` (default M_k).
  public static func run(
    _ instance: BGMS18Instance, order: BGMS18.ExampleOrder, context: inout TrialContext, bound: Double? = nil
  ) throws -> Observation {
    instance.note(&context)
    let bound = try bound ?? instance.updateBound()
    let result = try instance.network.trainFirstLayer(
      from: instance.initial, on: instance.set, learningRate: instance.eta, order: order,
      maxSteps: stepCap(instance, bound: bound), using: &context.rng)
    return observe(result, bound: bound, label: "\(instance.parameters), \(order) order", context: &context)
  }
}
