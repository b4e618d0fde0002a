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
      "**The event is the whole statement.** \"With probability ≥ 1 − δ, SGD converges to a global "
        + "minimum after ⌈max{dC/η, d/η}⌉ iterations\": the probability checks named by a count take "
        + "as event L_S = 0 reached within that many iterations, W₀ drawn without conditioning, at the "
        + "report's own setting (η log-uniform in [0.5, 5], C in [0.2, 5], drawn per trial; a mixture: "
        + "the statement is claimed for each (η, C), so a mixture probability below 1 − δ refutes it at "
        + "some (η, C)). \"Iterations\" is counted in each sense the paper could mean: non-zero updates "
        + "(the proof's \"update iterations\"), passes over S (⌈steps/d⌉) and SGD steps (Sec. 2's "
        + "iterations, zero steps included), each in two orders: the cyclic sequence e₁,…,e_d,e₁,… and "
        + "the uniform order of Sec. 2. The proof (§9.3.2) assumes no order: Lemma 12 takes \"the "
        + "example seen in time t\" from any sequence, and its count is of update iterations, which "
        + "does not depend on the order (the coordinates evolve independently); its last sentence "
        + "equates update iterations with iterations, which holds only for an order that never shows "
        + "a fit example. The checks \"final weights only\" keep the event without the count.",
      "**The iteration count.** When K₀ = ∅, the proof shows that "
        + "each e_j is fit after at most ⌈max{C, 1}/η⌉ updates on it (then every w-row positive on "
        + "e_j exceeds 1 and every u-row is ≤ 0), and sums to ⌈max{dC/η, d/η}⌉. That sum of ceilings "
        + "is d·⌈max{C, 1}/η⌉, which exceeds the printed ⌈d·max{C, 1}/η⌉ whenever max{C, 1}/η is not "
        + "an integer (up to d − 1 more; for η > d·max{C, 1} the printed count is 1 while every "
        + "unfit e_j needs an update). Per sense, given K₀ = ∅ (the \"always\" checks, W₀ redrawn "
        + "until K₀ = ∅): non-zero updates (any order) and SGD steps (both orders) exceed the printed "
        + "count, passes in cyclic order never do (each pass updates every unfit e_j once, so the "
        + "passes are at most ⌈max{C, 1}/η⌉), passes in uniform order do (a pass of d uniform draws "
        + "can miss an unfit e_j; at large η, where the printed count is 1 pass). At the report's "
        + "setting the passes readings are probability checks expected to hold; the others are "
        + "refuted as printed. Corrected: non-zero updates ≤ d·⌈max{C, 1}/η⌉ in any order, SGD "
        + "steps ≤ d·⌈max{C, 1}/η⌉ in cyclic order; with the uniform order no deterministic count "
        + "exists (the wait for the last unfit e_j is geometric). The corrected events and cyclic "
        + "passes happen exactly when K₀ = ∅, so their checks carry the exact (1 − 2^{−k})^d.",
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
          "d = \(setting.d), δ = \(Format.number(setting.delta)), k = \(statement)", reading: "final weights only: statement: k ≥ log₂(2d/δ)",
          d: setting.d, k: statement, delta: setting.delta, claimed: true, global: true, distributions: all, budget: budget),
        Theorem9Runs.check(
          "d = \(setting.d), δ = \(Format.number(setting.delta)), k = \(proof), entries", reading: "final weights only: proof: k ≥ log₂(d/δ), W₀ entries uniform",
          d: setting.d, k: proof, delta: setting.delta, claimed: true, global: true, distributions: [.uniformEntries],
          budget: budget),
        Theorem9Runs.check(
          "d = \(setting.d), δ = \(Format.number(setting.delta)), k = \(proof), ball", reading: "final weights only: proof: k ≥ log₂(d/δ), W₀ rows in the ball",
          d: setting.d, k: proof, delta: setting.delta, claimed: true, global: true, distributions: [.ball],
          budget: budget),
        Theorem9Runs.check(
          "d = \(setting.d), k = \(proof - 1)", reading: "final weights only: below the proof's threshold (no claim)", d: setting.d,
          k: proof - 1, delta: setting.delta, claimed: false, global: true, distributions: all, budget: budget),
      ] + wholeStatementChecks(d: setting.d, k: statement, delta: setting.delta)
    } + [
      theorem9CountCheck(
        "count as printed: non-zero updates", counting: .updates, order: .cyclic, corrected: false,
        reason:
          "BGMS18 Theorem 9 prints ⌈max{dC/η, d/η}⌉; the proof bounds the updates on each e_j by "
          + "⌈max{C, 1}/η⌉, whose sum over j is d·⌈max{C, 1}/η⌉ ≥ ⌈d·max{C, 1}/η⌉. E.g. d = 2, C = 1, "
          + "η = 0.4, k = 1, w₀ = (0.01, 0.01), u₀ = (−0.5, −0.5): each e_j needs 3 updates (0.01 + 0.4m ≥ 1 "
          + "first at m = 3), 6 in all, while ⌈max{dC/η, d/η}⌉ = 5. Corrected: d·⌈max{C, 1}/η⌉."),
      theorem9CountCheck(
        "count as printed: iterations, cyclic order", counting: .steps, order: .cyclic, corrected: false,
        reason:
          "Counting SGD iterations until L_S = 0 with the examples in cyclic order: at least the non-zero "
          + "updates, so the same cases exceed ⌈max{dC/η, d/η}⌉. Corrected: d·⌈max{C, 1}/η⌉ iterations "
          + "(each pass over e₁,…,e_d updates every unfit example once)."),
      theorem9CountCheck(
        "count as printed: iterations, uniform order", counting: .steps, order: .uniform, corrected: false,
        reason:
          "With examples drawn uniformly at random (the SGD of Sec. 2), the iterations until L_S = 0 "
          + "include every draw of an already fit example and are unbounded (the wait for the last "
          + "unfit e_j is geometric with mean d), so they exceed ⌈max{dC/η, d/η}⌉ whenever a draw "
          + "repeats a fit example before the last update. No deterministic corrected count exists; "
          + "only the non-zero updates are bounded."),
      theorem9CountCheck(
        "count as printed: passes, cyclic order", counting: .passes, order: .cyclic, corrected: false, reason: nil),
      theorem9CountCheck(
        "count as printed: passes, uniform order", counting: .passes, order: .uniform, corrected: false,
        reason:
          "Counting passes over S (⌈steps/d⌉) with examples drawn uniformly at random: a pass of d "
          + "draws can miss an unfit e_j, so for η ≥ d·max{C, 1} (printed count 1) a second pass is "
          + "needed whenever the first d draws miss an unfit example. No deterministic corrected count "
          + "exists in this order."),
      theorem9CountCheck(
        "updates, corrected", counting: .updates, order: .uniform, corrected: true, reason: nil,
        corrects: "count as printed: non-zero updates"),
      theorem9CountCheck(
        "iterations in cyclic order, corrected", counting: .steps, order: .cyclic, corrected: true, reason: nil,
        corrects: "count as printed: iterations, cyclic order"),
    ])

  /// The iteration count of Theorem 9 on random small instances with K₀ = ∅.
  static func theorem9CountCheck(
    _ label: String, counting: Theorem9Runs.Count, order: BGMS18.ExampleOrder, corrected: Bool, reason: String?,
    corrects: String? = nil
  ) -> Check {
    let what = counting == .updates ? "non-zero updates" : "\(counting.rawValue) until L_S = 0 (\(order) order)"
    return Check(
      label,
      reading: "\(what) ≤ \(corrected ? "d·⌈max{C, 1}/η⌉" : "⌈max{dC/η, d/η}⌉")",
      expectation: reason.map { .refutedAsPrinted(reason: $0) } ?? corrects.map { .correction(of: $0) } ?? .holds,
      role: .side,
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
          while BGMS18.theorem9K(W0).contains(true) {
            W0 = try distribution.weights(k: k, d: d, C: C, using: &context.rng)
            draws += 1
          }
          let result = try network.trainFirstLayer(
            from: W0, on: S, learningRate: eta, order: order, maxSteps: 10_000_000, using: &context.rng)
          let bound =
            corrected
            ? Double(d) * (try BGMS18.theorem9PerExampleUpdateBound(C: C, eta: eta))
            : try BGMS18.theorem9UpdateBound(d: d, C: C, eta: eta)
          let count = counting.value(result, d: d)
          context.note("d, k, η, C", [Double(d), Double(k), eta, C])
          context.note("W₀ (\(distribution.rawValue), \(draws) draws until K₀ = ∅)", W0.entries)
          context.note("outcome", result.outcome)
          context.note("non-zero updates, passes, steps until L_S = 0", Theorem9Runs.Count.allCases.map { $0.value(result, d: d) })
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

  /// The whole second statement of Theorem 9 (global minimum within the iteration count) at
  /// (d, k, δ), for each sense of "iteration" and each order, with the proof's corrected
  /// count where one exists.
  static func wholeStatementChecks(d: Int, k: Int, delta: Double) -> [Check] {
    let prefix = "d = \(d), δ = \(Format.number(delta)), k = \(k)"
    let budget = Budget(test: 200, report: 2000)
    func orderText(_ order: BGMS18.ExampleOrder) -> String {
      order == .cyclic ? "cyclic order (the proof allows any sequence)" : "uniform order (Sec. 2)"
    }
    var checks: [Check] = []
    for count in Theorem9Runs.Count.allCases {
      for order in [BGMS18.ExampleOrder.cyclic, .uniform] {
        let reason: String? =
          count == .passes
          ? nil
          : count == .updates
            ? "Non-zero updates within ⌈max{dC/η, d/η}⌉: the proof's per-example bound ⌈max{C, 1}/η⌉ sums "
              + "to d·⌈max{C, 1}/η⌉, and for max{C, 1}/η < 1 each unfit e_j needs an update while the "
              + "printed count is ⌈d·max{C, 1}/η⌉; at this setting the event's probability is below 1 − δ. "
              + "Corrected: d·⌈max{C, 1}/η⌉."
            : count == .steps
              ? "SGD steps until L_S = 0 are at least the non-zero updates (\(order) order), so they exceed "
                + "the printed count on the same runs; the event's probability is below 1 − δ."
                + (order == .cyclic ? " Corrected: d·⌈max{C, 1}/η⌉ steps in cyclic order." : "")
              : nil
        checks.append(
          Theorem9Runs.wholeStatementCheck(
            "\(prefix): \(count.rawValue), \(order)", reading: "whole statement, iterations = \(count.rawValue), \(orderText(order))",
            d: d, k: k, delta: delta, count: count, order: order, corrected: false, exactWhenFit: count == .passes && order == .cyclic,
            expectation: reason.map { .refutedAsPrinted(reason: $0) } ?? .holds, budget: budget))
      }
    }
    for (count, order) in [(Theorem9Runs.Count.updates, BGMS18.ExampleOrder.uniform), (.steps, .cyclic)] {
      checks.append(
        Theorem9Runs.wholeStatementCheck(
          "\(prefix): \(count.rawValue), \(order), corrected",
          reading: "whole statement, corrected count d·⌈max{C, 1}/η⌉ \(count.rawValue), \(orderText(order))",
          d: d, k: k, delta: delta, count: count, order: order, corrected: true, exactWhenFit: true,
          expectation: .correction(of: "\(prefix): \(count.rawValue), \(order)"), budget: budget))
    }
    return checks
  }
}
