import Generators
import Theory
import Verification

extension BG19Claims {
  /// `BG19.Theorem3.3`: convergence and clustering on XOR for k > 16 (BG19 §3.2).
  static let theorem3_3 = Claim(
    id: "BG19.Theorem3.3", paper: .BG19, location: "§3.2, Theorem 3.3", kinds: [.probability],
    statement:
      "For k > 16, c_η < 1/2, σ_g ≤ c_η/(16k^{3/2}): with probability ≥ 1 − √(8k)/(√π e^{8k}) − 8e⁻⁸, "
      + "after T > (1/c_η)·16√k/(√k − 4) iterations GD is at a global minimum W_T, and for i ∈ {1,3}, "
      + "j ∈ W_0⁺(i) the angle between w_T⁽ʲ⁾ and x_i is at most arccos((1 − 2c_η)/(1 + c_η)); "
      + "\"a similar result holds for u_T⁽ʲ⁾\".",
    notes: [
      "**Event.** One trial is one run from i.i.d. N(0, σ_g²) weights with η = c_η/k on the XOR "
        + "hinge loss. We run T = ⌊(1/c_η)·16√k/(√k − 4)⌋ + 1 iterations, the smallest integer T the "
        + "theorem allows (it claims every larger T too). Early stop: a run stops only at an exact "
        + "fixed point — loss exactly 0 (a global minimum: every hinge is inactive, the gradient is "
        + "0, so W_T = W_t for every later T, which also covers all T above the threshold) or a zero "
        + "subgradient. The event is: W_T has loss 0, every w_T⁽ʲ⁾, j ∈ W_0⁺(i), i ∈ {1, 3} "
        + "(§3.1 sets, by sign) makes an angle ≤ arccos((1 − 2c_η)/(1 + c_η)) with x_i, and so does "
        + "every u_T⁽ʲ⁾, j ∈ U_0⁺(i), i ∈ {2, 4} (next note).",
      "**u-filters.** The printed \"a similar result holds for u_T⁽ʲ⁾\" is part of the event, "
        + "read with the same bound: for i ∈ {2, 4} and j ∈ U_0⁺(i), angle(u_T⁽ʲ⁾, x_i) ≤ "
        + "arccos((1 − 2c_η)/(1 + c_η)).",
      "**Grid.** k ∈ {17, 50, 400} × c_η ∈ {0.01, 1/4, 0.49} at σ_g = c_η/(16k^{3/2}) (the cap), and "
        + "σ_g = cap/100 at c_η = 1/4. Claimed probability: 1 − √(8k)/(√π e^{8k}) − 8e⁻⁸ "
        + "= 1 − 8e⁻⁸ = 0.99732 to double precision. The bound is far from tight: in our "
        + "exploratory runs of this grid every run reached a loss of exactly 0 long before T (e.g. "
        + "after 107–170 of T = 53 588 iterations at k = 17, c_η = 0.01; after 5 of T = 41 at k = 400, "
        + "c_η = 0.49), at angles below a third of the bound (replay a trial to see its numbers). A run that does not "
        + "reach the event is replayable from the report.",
      "**Power.** The alternative is twice the allowed failure rate, 1 − 16e⁻⁸ ≈ 0.99463: \"holds\" "
        + "needs power 0.9 at 1 − 12e⁻⁸ ≈ 0.99597, which at α = 1.7·10⁻⁷ takes about 72 600 trials "
        + "per setting (`ProbabilityPower.trialsNeeded`); the report's 500 cannot, so each setting is "
        + "inconclusive with that count (no run of ours has missed the event).",
    ],
    checks: theorem3_3Settings.map { setting in
      Check(
        "\(setting)", reading: "u-filters with the same bound as w", budget: Budget(test: 20, report: 500),
        .probability(theorem3_3Spec(setting)))
    })

  /// The grid of Theorem 3.3.
  static let theorem3_3Settings: [BG19.Setting] =
    [17, 50, 400].flatMap { k in [0.01, 0.25, 0.49].map { BG19.Setting(k: k, cEta: $0) } }
    + [17, 50, 400].map { BG19.Setting(k: $0, cEta: 0.25, sigmaFraction: 0.01) }

  static func theorem3_3Spec(_ setting: BG19.Setting) -> ProbabilitySpec {
    ProbabilitySpec.bounded(
      event: "loss 0 after T iterations, angle(w_T⁽ʲ⁾, x_i) ≤ bound (i = 1, 3), angle(u_T⁽ʲ⁾, x_i) ≤ bound (i = 2, 4)",
      claimed: try! BG19.theorem3_3ProbabilityBound(k: setting.k),
      claimedDescription: "1 − √(8k)/(√π e^{8k}) − 8e⁻⁸",
      alternative: 1 - 2 * (1 - (try! BG19.theorem3_3ProbabilityBound(k: setting.k)))
    ) { context in
      let w0 = try setting.initialWeights(using: &context.rng)
      var gd = try setting.descent(.xor, from: w0)
      let limit = try BG19.theorem3_3MinimumIterations(k: setting.k, cEta: setting.cEta)
      let outcome = try gd.run(maxIterations: limit)
      let bound = try BG19.theorem3_3AngleBound(cEta: setting.cEta)
      var worst = 0.0
      for i in [1, 2, 3, 4] {
        let isU = i % 2 == 0
        for j in try BG19.xorPositiveSet(w0, point: i, uFilters: isU) {
          let filter = isU ? gd.weights.u[j] : gd.weights.w[j]
          worst = max(worst, try BG19.angle(filter, BG19.xorPoints[i - 1]))
        }
      }
      context.note("T", limit)
      context.note("status, final t", "\(outcome.status), \(outcome.iterations)")
      context.note("loss at W_T", outcome.loss)
      context.note("largest angle / bound", worst / bound)
      // The event's reach is the largest angle over its bound (the mutation table scales the bound).
      return Observation(
        holds: outcome.status == .globalMinimum && worst <= bound, ratio: worst / bound,
        summary: "\(outcome.status), largest angle \(Format.number(worst)) vs bound \(Format.number(bound))")
    }
  }
}
