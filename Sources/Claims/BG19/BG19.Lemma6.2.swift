import Generators
import Theory
import Verification

extension BG19Claims {
  /// `BG19.Lemma6.2`: clustering dynamics on XORD (BG19 §6.1).
  static let lemma6_2 = Claim(
    id: "BG19.Lemma6.2", paper: .BG19, location: "§6.1, Lemma 6.2 (a⁺(t) defined in §6)",
    kinds: [.probability, .always],
    statement:
      "For i ∈ {1,3}, with probability ≥ 1 − √(2k)/(√π e^{8k}), for all t ≥ 0 and j ∈ W_0⁺(i): "
      + "w_t⁽ʲ⁾ = a⁺(t)ηp_i + v_t with v_t·p_i > 0 and |v_t·p_2| < 2η.",
    notes: [
      "**Checked as \"always\".** 1 − √(2k)/(√π e^{8k}) is 1 − 10^{−414} at k = 120: one run violating "
        + "the decomposition refutes it. Each trial is one run on a diverse training set — by §6 "
        + "(first paragraph) any set of m diverse positive and m diverse negative points gives the "
        + "loss of one diverse pair x⁺ (P_x = {1,2,3,4}) and x⁻ (P_x = {2,4}), so we train on that "
        + "pair of pattern sets — checked at every iterate W_t and every j ∈ W_0⁺(1) ∪ W_0⁺(3) "
        + "(argmax sets of §6). v_t = w_t⁽ʲ⁾ − a⁺(t)ηp_i is determined; a counterexample is reported "
        + "as (run = trial, t, i, j).",
      "**Iteration indexing.** W_0 is the initialization; §6 defines a⁺(t) as the number of "
        + "iterations 0 ≤ t′ ≤ t with N_{W_t′}(x⁺) < γ (printed, *inclusive*). As for Lemma 3.2, "
        + "the printed count fails at t = 0 (a⁺(0) = 1 and v_0·p_i = w_0⁽ʲ⁾·p_i − 2η < 0), and "
        + "counting 0 ≤ t′ < t (the updates already applied; *exclusive*) holds in every run.",
      "**Runs.** Setting of §6.1: k ≥ 120, η = c_η/k with c_η ≤ 1/410, σ_g ≤ c_η/(16k^{3/2}), "
        + "γ ≥ 8, run to an exact fixed point (loss exactly 0: nothing moves and a⁺(t) stops growing, "
        + "so the check covers all later t) or T = ⌈28(γ + 1 + 8c_η)/c_η⌉ iterations (Thm. 6.3). "
        + "Conventions: σ'(0) = 0, max-pooling ties to the lowest pattern number, hinge derivative 0 "
        + "at its kink (x⁺ is active iff N(x⁺) < γ, the strict inequality of a⁺(t)). Parameter "
        + "sets vary k, c_η, γ and σ_g; the verdicts do not depend on them.",
    ],
    checks: lemma6_2Settings.enumerated().flatMap { (index, setting) in
      [
        Check(
          "\(setting) · t′ ≤ t", reading: "a⁺(t) counts 0 ≤ t′ ≤ t (printed)",
          expectation: .refutedAsPrinted(
            reason: index == 0 ? lemma6_2Erratum : "The same erratum at \(setting)."),
          budget: Budget(test: 10, report: 100),
          .always(AlwaysSpec(bound: "v_t·p_i > 0 and |v_t·p_2| < 2η at every t") { context in
            try lemma6_2Trial(setting, convention: .inclusive, context: &context)
          })),
        Check(
          "\(setting) · t′ < t", reading: "a⁺(t) counts 0 ≤ t′ < t",
          expectation: .correction(of: "\(setting) · t′ ≤ t"), budget: Budget(test: 6, report: 120),
          .always(AlwaysSpec(bound: "v_t·p_i > 0 and |v_t·p_2| < 2η at every t") { context in
            try lemma6_2Trial(setting, convention: .exclusive, context: &context)
          })),
      ]
    })

  /// The parameter sets of Lemma 6.2 (§6.1 assumptions).
  static let lemma6_2Settings = [
    BG19.Setting(k: 120, cEta: 1.0 / 410, gamma: 8),
    BG19.Setting(k: 300, cEta: 1.0 / 410, sigmaFraction: 0.01, gamma: 8),
    BG19.Setting(k: 120, cEta: 1.0 / 1000, gamma: 12),
  ]

  static let lemma6_2Erratum =
    "Lemma 6.2 with a⁺(t) counting 0 ≤ t′ ≤ t, as §6 prints it, fails at t = 0 in every run: x⁺ "
    + "is active at W_0 (N_{W_0}(x⁺) ≈ 0 < γ), so a⁺(0) = 1 (as §6.1 itself remarks) and "
    + "v_0 = w_0⁽ʲ⁾ − ηp_i has v_0·p_i = w_0⁽ʲ⁾·p_i − 2η < 0, since |w_0⁽ʲ⁾·p_i| is of order "
    + "σ_g ≤ η/(16√k) (k = 120, c_η = 1/410: 2η = 4.1e-5 against σ_g√2 = 1.7e-7). Counting "
    + "0 ≤ t′ < t gives v_t·p_i = w_0⁽ʲ⁾·p_i > 0 for all t (p_1 ⊥ p_2) and the lemma holds in every "
    + "run (check \"t′ < t\")."

  /// One XORD run of Lemma 6.2 on the diverse pair.
  static func lemma6_2Trial(
    _ setting: BG19.Setting, convention: BG19.CountConvention, context: inout TrialContext
  ) throws -> Observation {
    let w0 = try setting.initialWeights(using: &context.rng)
    let clusters = try [1, 3].map { i in
      BG19.Cluster(
        name: "i = \(i)", direction: BG19.patterns[i - 1], across: BG19.p2,
        filters: try BG19.XORD.wPlus(w0, pattern: i), uFilters: false,
        isActive: { history, t in try history.isActive(positive: .diversePositive, at: t) })
    }
    var gd = try setting.descent(try setting.objective(BG19.diversePair), from: w0, recordActivity: true)
    let limit = try BG19.theorem6_3MinimumIterations(gamma: setting.gamma, cEta: setting.cEta)
    return try BG19.clusteringObservation(
      &gd, clusters: clusters, convention: convention, maxIterations: limit, context: &context)
  }
}
