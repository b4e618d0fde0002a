import Generators
import Theory
import Verification

extension BGMS18Claims {
  /// (d, δ) of Theorem 9's second part.
  static let theorem9LargeGrid: [(d: Int, delta: Double)] = [(10, 0.1), (60, 0.05), (21, 0.01)]

  /// `BGMS18.Theorem9.large`: wide ReLU networks reach a global minimum (BGMS18 §7.2,
  /// Theorem 9, second part; proof §9.3.2).
  static let theorem9Large = Claim(
    id: "BGMS18.Theorem9.large", paper: .BGMS18, location: "§7.2, Theorem 9 (second part), proof §9.3.2",
    kinds: [.probability, .always],
    statement:
      "On S = {e₁,…,e_d}×{1} with ReLU and W₀ from a continuous symmetric distribution with |[W₀]_ij| ≤ C, "
      + "if k ≥ log₂(2d/δ) then with probability ≥ 1 − δ SGD converges to a global minimum after "
      + "⌈max{dC/η, d/η}⌉ iterations.",
    notes: [
      "**Thresholds.** The statement asks k ≥ log₂(2d/δ); the proof's union bound d/2^k ≤ δ needs "
        + "only k ≥ log₂(d/δ). Both are checked at their smallest k, with the exact probability "
        + "(1 − 2^{−k})^d of K₀ = ∅ (see Theorem9.small for why it is exact for both distributions), "
        + "and k one below the proof's threshold with the exact value only.",
      "**The iteration count.** When K₀ = ∅ (W₀ redrawn until it holds), the proof shows that "
        + "each e_j is fit after at most ⌈max{C, 1}/η⌉ updates on it (then every w-row positive on "
        + "e_j exceeds 1 and every u-row is ≤ 0), and sums to ⌈max{dC/η, d/η}⌉. That sum of ceilings "
        + "is d·⌈max{C, 1}/η⌉, which exceeds the printed ⌈d·max{C, 1}/η⌉ whenever max{C, 1}/η is not "
        + "an integer (up to d − 1 more; for η > d·max{C, 1} the printed count is 1 while every "
        + "unfit e_j needs an update). The proof speaks of \"update iterations\"; the statement of "
        + "\"iterations\". Checked: non-zero updates (the same in every order: the coordinates "
        + "evolve independently), SGD iterations until L_S = 0 in cyclic order, and in uniformly "
        + "random order (unbounded: the waiting time for the last example alone is geometric). "
        + "All three are refuted as printed. Corrected: non-zero updates ≤ d·⌈max{C, 1}/η⌉ in any "
        + "order, and iterations ≤ d·⌈max{C, 1}/η⌉ in cyclic order (each pass updates every unfit "
        + "example once); with random order only the expectation is bounded.",
      "**Grid.** (d, δ) = (10, 0.1), (60, 0.05), (21, 0.01): d/δ just above a power of 2, so that "
        + "at the proof's threshold the exact probability exceeds 1 − δ by about δ/2 (at d/δ just "
        + "below a power of 2 the bound is nearly attained and no affordable number of trials could "
        + "confirm it, e.g. d = 100, δ = 0.05, k = 11: exact 0.9523).",
      "**Draws for the count.** d ∈ [1, 8] and k ∈ [1, 3] log-uniform, η log-uniform in "
        + "[10⁻², 10²], C log-uniform in [0.1, 10], W₀ from the two distributions alternately.",
    ],
    checks: theorem9LargeGrid.flatMap { setting -> [Check] in
      let statement = Int(((try? BGMS18.theorem9LargeWidthThreshold(d: setting.d, delta: setting.delta, reading: .statement)) ?? 1).rounded(.up))
      let proof = Int(((try? BGMS18.theorem9LargeWidthThreshold(d: setting.d, delta: setting.delta, reading: .proof)) ?? 1).rounded(.up))
      let budget = Budget(test: 200, report: 2000)
      let all = Theorem9Runs.Distribution.allCases
      return [
        Theorem9Runs.check(
          "d = \(setting.d), δ = \(Format.number(setting.delta)), k = \(statement)", reading: "statement: k ≥ log₂(2d/δ)",
          d: setting.d, k: statement, delta: setting.delta, claimed: true, global: true, distributions: all, budget: budget),
        Theorem9Runs.check(
          "d = \(setting.d), δ = \(Format.number(setting.delta)), k = \(proof), entries", reading: "proof: k ≥ log₂(d/δ), W₀ entries uniform",
          d: setting.d, k: proof, delta: setting.delta, claimed: true, global: true, distributions: [.uniformEntries],
          budget: budget),
        Theorem9Runs.check(
          "d = \(setting.d), δ = \(Format.number(setting.delta)), k = \(proof), ball", reading: "proof: k ≥ log₂(d/δ), W₀ rows in the ball",
          d: setting.d, k: proof, delta: setting.delta, claimed: true, global: true, distributions: [.ball],
          budget: budget),
        Theorem9Runs.check(
          "d = \(setting.d), k = \(proof - 1)", reading: "below the proof's threshold (no claim)", d: setting.d,
          k: proof - 1, delta: setting.delta, claimed: false, global: true, distributions: all, budget: budget),
      ]
    } + [
      theorem9CountCheck(
        "count as printed: non-zero updates", counting: .updates, order: .cyclic, corrected: false,
        reason:
          "BGMS18 Theorem 9 prints ⌈max{dC/η, d/η}⌉; the proof bounds the updates on each e_j by "
          + "⌈max{C, 1}/η⌉, whose sum over j is d·⌈max{C, 1}/η⌉ ≥ ⌈d·max{C, 1}/η⌉. E.g. d = 2, C = 1, "
          + "η = 0.4, k = 1, w₀ = (0.01, 0.01), u₀ = (−0.5, −0.5): each e_j needs 3 updates (0.01 + 0.4m ≥ 1 "
          + "first at m = 3), 6 in all, while ⌈max{dC/η, d/η}⌉ = 5. Corrected: d·⌈max{C, 1}/η⌉."),
      theorem9CountCheck(
        "count as printed: iterations, cyclic order", counting: .iterations, order: .cyclic, corrected: false,
        reason:
          "Counting SGD iterations until L_S = 0 with the examples in cyclic order: at least the non-zero "
          + "updates, so the same cases exceed ⌈max{dC/η, d/η}⌉. Corrected: d·⌈max{C, 1}/η⌉ iterations "
          + "(each pass over e₁,…,e_d updates every unfit example once)."),
      theorem9CountCheck(
        "count as printed: iterations, uniform order", counting: .iterations, order: .uniform, corrected: false,
        reason:
          "With examples drawn uniformly at random (the SGD of Sec. 2), the iterations until L_S = 0 "
          + "include every draw of an already fit example and are unbounded (the wait for the last "
          + "unfit e_j is geometric with mean d); they exceed ⌈max{dC/η, d/η}⌉ on most trials. No "
          + "deterministic corrected count exists; only the non-zero updates are bounded."),
      theorem9CountCheck(
        "updates, corrected", counting: .updates, order: .uniform, corrected: true, reason: nil,
        corrects: "count as printed: non-zero updates"),
      theorem9CountCheck(
        "iterations in cyclic order, corrected", counting: .iterations, order: .cyclic, corrected: true, reason: nil,
        corrects: "count as printed: iterations, cyclic order"),
    ])

  enum Theorem9Counting: Sendable {
    case updates
    case iterations
  }

  /// The iteration count of Theorem 9 on random small instances with K₀ = ∅.
  static func theorem9CountCheck(
    _ label: String, counting: Theorem9Counting, order: BGMS18.ExampleOrder, corrected: Bool, reason: String?,
    corrects: String? = nil
  ) -> Check {
    let what = counting == .updates ? "non-zero updates" : "iterations until L_S = 0 (\(order) order)"
    return Check(
      label,
      reading: "\(what) ≤ \(corrected ? "d·⌈max{C, 1}/η⌉" : "⌈max{dC/η, d/η}⌉")",
      expectation: reason.map { .refutedAsPrinted(reason: $0) } ?? corrects.map { .correction(of: $0) } ?? .holds,
      budget: Budget(test: 100, report: 4000),
      .always(
        AlwaysSpec(bound: "\(what) ≤ \(corrected ? "d·⌈max{C, 1}/η⌉" : "⌈max{dC/η, d/η}⌉")") { context in
          let d = BGMS18Ranges.logUniform(1...8, using: &context.rng)
          let k = BGMS18Ranges.logUniform(1...3, using: &context.rng)
          let eta = BGMS18Ranges.logUniform(1e-2...1e2, using: &context.rng)
          let C = BGMS18Ranges.logUniform(0.1...10, using: &context.rng)
          let distribution = Theorem9Runs.Distribution.allCases[context.trial % 2]
          let network = try BGMS18.Network(k: k, d: d, v: 1, activation: .relu)
          let S = try BGMS18.TrainingSet.standardBasis(dimension: d)
          var W0 = try distribution.weights(k: k, d: d, C: C, using: &context.rng)
          var draws = 1
          while Theorem9Runs.K(W0).contains(true) {
            W0 = try distribution.weights(k: k, d: d, C: C, using: &context.rng)
            draws += 1
          }
          let result = try network.trainFirstLayer(
            from: W0, on: S, learningRate: eta, order: order, maxSteps: 10_000_000, using: &context.rng)
          let bound =
            corrected
            ? Double(d) * (try BGMS18.theorem9PerExampleUpdateBound(C: C, eta: eta))
            : try BGMS18.theorem9UpdateBound(d: d, C: C, eta: eta)
          let count = counting == .updates ? result.nonZeroUpdates : result.steps
          context.note("d, k, η, C", [Double(d), Double(k), eta, C])
          context.note("W₀ (\(distribution.rawValue), \(draws) draws until K₀ = ∅)", W0.entries)
          context.note("outcome", result.outcome)
          context.note("non-zero updates, iterations until L_S = 0", [result.nonZeroUpdates, result.steps])
          context.note("updates per example", result.updatesPerExample)
          let printed = try BGMS18.theorem9UpdateBound(d: d, C: C, eta: eta)
          let perExample = try BGMS18.theorem9PerExampleUpdateBound(C: C, eta: eta)
          context.note("⌈max{dC/η, d/η}⌉, d·⌈max{C, 1}/η⌉", [printed, Double(d) * perExample])
          let parameters =
            "d = \(d), k = \(k), η = \(Format.number(eta, digits: 4)), C = \(Format.number(C, digits: 4)), "
            + "W₀ \(distribution == .ball ? "in the ball" : "entries uniform")"
          guard result.outcome == .converged else {
            return .condition(false, "\(parameters): K₀ = ∅ but SGD ended \(result.outcome)")
          }
          return .atMost(Double(count), bound, "\(parameters): \(what)")
        }))
  }
}
