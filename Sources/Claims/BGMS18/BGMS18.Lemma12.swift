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
      "**σ'(0): the proof's convention decides.** §9.3.2 proves the lemma with \"if e_j ∈ K_t then for "
        + "each i ∈ [k] we have ∂N/∂w_t^(i)(e_j) = 0 and therefore the update does not change w_t^(i)\": "
        + "a w-row with ⟨w^(i), e_j⟩ = 0 does not move, i.e. σ'(0) = 0 (the proof of Theorem 9 names "
        + "σ'(0) = 0 too). The printed check uses that convention on every W₀, including W₀ whose j-th "
        + "entry is 0 in every w-row (drawn with probability 1/2, column j random): the lemma holds, so "
        + "there is no erratum. Reading: with the convention of Eq. 10 (σ'(0) = 1, p = 1 when the "
        + "pre-activation is ≥ 0, the suite's default elsewhere), a w-row with an exactly-zero j-th "
        + "entry moves to η at the first update on e_j and e_j leaves K. That is a **finding** about "
        + "the other convention on a set of W₀ of measure zero (the continuous initializations of "
        + "Theorem 9 avoid it almost surely), checked as such: in every trajectory with a zeroed "
        + "column, K changes exactly at the first step on that e_j, and with continuous W₀ K_t stays "
        + "K₀ under σ'(0) = 1 as well.",
    ],
    checks: [
      Check(
        "as printed", reading: "the proof's σ'(0) = 0, every W₀ (zeroed columns included)",
        budget: Budget(test: 40, report: 2000),
        .always(
          AlwaysSpec(bound: "K_t = K₀ for every t") { context in
            try lemma12Trial(zeroColumn: context.rng.nextBernoulli(0.5), derivativeAtZero: 0, context: &context)
          })),
      Check(
        "continuous W₀", reading: "σ'(0) = 1 (Eq. 10), W₀ without zero entries",
        budget: Budget(test: 100, report: 4000),
        .always(
          AlwaysSpec(bound: "K_t = K₀ for every t") { context in
            try lemma12Trial(zeroColumn: false, derivativeAtZero: 1, context: &context)
          })),
      Check(
        "σ'(0) = 1, zeroed column (finding)", reading: "σ'(0) = 1 (Eq. 10), W₀ with a zero column",
        budget: Budget(test: 40, report: 2000),
        .always(
          AlwaysSpec(bound: "K changes exactly at the first step on the zeroed e_j (the lemma fails in this reading)") { context in
            try lemma12Trial(zeroColumn: true, derivativeAtZero: 1, expectChange: true, context: &context)
          })),
    ])

  /// One trajectory of 300 uniformly random SGD steps (`BGMS18.orthogonalSGDStep` with the
  /// given σ'(0)). With `expectChange`, the observation holds iff K changes exactly at the
  /// first step on the zeroed column (and nowhere before).
  static func lemma12Trial(
    zeroColumn: Bool, derivativeAtZero: Double, expectChange: Bool = false, context: inout TrialContext
  ) throws -> Observation {
    let d = BGMS18Ranges.logUniform(1...30, using: &context.rng)
    let k = BGMS18Ranges.logUniform(1...8, using: &context.rng)
    let eta = BGMS18Ranges.logUniform(1e-2...1e2, using: &context.rng)
    let C = BGMS18Ranges.logUniform(0.1...10, using: &context.rng)
    let distribution = Theorem9Runs.Distribution.allCases[context.trial % 2]
    var W = try distribution.weights(k: k, d: d, C: C, using: &context.rng)
    var zeroed: Int?
    if zeroColumn {
      let j = context.rng.nextInt(below: d)
      for i in 0..<k { W.entries[i * d + j] = 0 }
      zeroed = j
    }
    let K0 = Theorem9Runs.K(W)
    let parameters =
      "d = \(d), k = \(k), η = \(Format.number(eta, digits: 4)), C = \(Format.number(C, digits: 4))"
      + (zeroed.map { ", w-entries of column \($0 + 1) set to 0" } ?? "")
    context.note("parameters", parameters)
    context.note("K₀", (0..<d).filter { K0[$0] }.map { $0 + 1 })
    for t in 1...300 {
      let j = context.rng.nextInt(below: d)
      try BGMS18.orthogonalSGDStep(&W, example: j, learningRate: eta, derivativeAtZero: derivativeAtZero)
      let K = Theorem9Runs.K(W)
      if K != K0 {
        let changed = (0..<d).filter { K[$0] != K0[$0] }.map { $0 + 1 }
        let text = "\(parameters), σ'(0) = \(Int(derivativeAtZero)): K changed at step \(t) (example e_\(j + 1)); e_j changed for j ∈ \(changed)"
        if expectChange { return .condition(j == zeroed && changed == [j + 1], text) }
        return .condition(false, text)
      }
      if expectChange && j == zeroed {
        return .condition(false, "\(parameters): the first step on the zeroed e_\(j + 1) (step \(t)) left K unchanged")
      }
    }
    if expectChange {
      return .condition(true, "\(parameters): e_\((zeroed ?? 0) + 1) never drawn in 300 steps (K unchanged, as expected)")
    }
    return .condition(true, "\(parameters), σ'(0) = \(Int(derivativeAtZero)): K_t = K₀ (|K₀| = \(K0.filter { $0 }.count)) for 300 steps")
  }
}
