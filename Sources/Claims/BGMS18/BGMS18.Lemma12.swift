import Generators
import Theory
import Verification

extension BGMS18Claims {
  /// `BGMS18.Lemma12`: the dead coordinates K_t never change (BGMS18 §9.3.2, Lemma 12).
  static let lemma12 = Claim(
    id: "BGMS18.Lemma12", paper: .BGMS18, location: "§9.3.2, Lemma 12",
    kinds: [.always],
    statement:
      "On S = {e₁,…,e_d}×{1} with ReLU and v = (1,…,1, −1,…,−1), along every SGD trajectory "
      + "K_{t+1} = K_t, where K_t = {e_j : ⟨w_t^(i), e_j⟩ ≤ 0 for all i ∈ [k]}.",
    notes: [
      "**Trajectories.** d ∈ [1, 30], k ∈ [1, 8] log-uniform, η log-uniform in [10⁻², 10²], C "
        + "log-uniform in [0.1, 10]; W₀ with entries uniform on [−C, C] or rows uniform in the C-ball "
        + "(alternately); 300 SGD steps (`Network.sgdStep`) on uniformly random examples, K_t "
        + "compared with K₀ after every step.",
      "**σ'(0).** The proof says that when e_j ∈ K_t no w-row moves, i.e. it takes σ'(0) = 0 for a "
        + "w-row with ⟨w^(i), e_j⟩ = 0. With the convention of Eq. 10 (σ'(0) = 1, p = 1 when the "
        + "pre-activation is ≥ 0), which the suite uses throughout, a w-row with an exactly-zero "
        + "j-th entry moves to η on the first update on e_j and e_j leaves K: the lemma, stated for "
        + "every trajectory, fails at such W₀ (a set of measure zero under the continuous "
        + "initializations of Theorem 9, which the proof of Theorem 9 also sets aside). The printed "
        + "check zeroes, with probability 1/2, the j-th entry of every w-row for a random j; the "
        + "corrected check uses continuous W₀ only (no zero entry, almost surely).",
    ],
    checks: [
      Check(
        "as printed", reading: "every W₀, σ'(0) = 1 (Eq. 10)",
        expectation: .refutedAsPrinted(
          reason:
            "BGMS18 Lemma 12 asserts K_{t+1} = K_t along every trajectory. Its proof assumes a w-row "
            + "with ⟨w^(i), e_j⟩ = 0 does not move; with σ'(0) = 1 (Eq. 10's p = 1 when the pre-activation "
            + "is ≥ 0) it does: if every w-row has j-th entry 0, then e_j ∈ K₀, N(e_j) ≤ 0 < 1, and the "
            + "first update on e_j sets those entries to η > 0, so e_j ∉ K₁. Corrected: K_t is constant "
            + "for every W₀ without zero entries (almost every W₀ of Theorem 9), or for every W₀ with "
            + "σ'(0) = 0."),
        budget: Budget(test: 40, report: 2000),
        .always(
          AlwaysSpec(bound: "K_t = K₀ for every t") { context in
            try lemma12Trial(zeroColumn: context.rng.nextBernoulli(0.5), context: &context)
          })),
      Check(
        "continuous W₀", reading: "corrected: W₀ without zero entries", expectation: .correction(of: "as printed"),
        budget: Budget(test: 100, report: 4000),
        .always(
          AlwaysSpec(bound: "K_t = K₀ for every t") { context in
            try lemma12Trial(zeroColumn: false, context: &context)
          })),
    ])

  static func lemma12Trial(zeroColumn: Bool, context: inout TrialContext) throws -> Observation {
    let d = BGMS18Ranges.logUniform(1...30, using: &context.rng)
    let k = BGMS18Ranges.logUniform(1...8, using: &context.rng)
    let eta = BGMS18Ranges.logUniform(1e-2...1e2, using: &context.rng)
    let C = BGMS18Ranges.logUniform(0.1...10, using: &context.rng)
    let distribution = Theorem9Runs.Distribution.allCases[context.trial % 2]
    let network = try BGMS18.Network(k: k, d: d, v: 1, activation: .relu)
    let S = try BGMS18.TrainingSet.standardBasis(dimension: d)
    var W = try distribution.weights(k: k, d: d, C: C, using: &context.rng)
    var zeroed: Int?
    if zeroColumn {
      let j = context.rng.nextInt(below: d)
      for i in 0..<k { W.entries[i * d + j] = 0 }
      zeroed = j
    }
    let K0 = BGMS18.theorem9K(W)
    let parameters =
      "d = \(d), k = \(k), η = \(Format.number(eta, digits: 4)), C = \(Format.number(C, digits: 4))"
      + (zeroed.map { ", w-entries of column \($0 + 1) set to 0" } ?? "")
    context.note("parameters", parameters)
    context.note("K₀", (0..<d).filter { K0[$0] }.map { $0 + 1 })
    for t in 1...300 {
      let j = context.rng.nextInt(below: d)
      try network.sgdStep(&W, x: S.x(j), y: 1, learningRate: eta)
      let K = BGMS18.theorem9K(W)
      if K != K0 {
        let changed = (0..<d).filter { K[$0] != K0[$0] }.map { $0 + 1 }
        return .condition(false, "\(parameters): K changed at step \(t) (example e_\(j + 1)); e_j changed for j ∈ \(changed)")
      }
    }
    return .condition(true, "\(parameters): K_t = K₀ (|K₀| = \(K0.filter { $0 }.count)) for 300 steps")
  }
}
