import Generators
import Theory
import Verification

extension BG19Claims {
  /// `BG19.Theorem6.3`: the over-parameterized network recovers f* from diverse data
  /// (BG19 §6.1).
  static let theorem6_3 = Claim(
    id: "BG19.Theorem6.3", paper: .BG19, location: "§6.1, Theorem 6.3", kinds: [.probability],
    statement:
      "For k ≥ 120, η = c_η/k with c_η ≤ 1/410, σ_g ≤ c_η/(16k^{3/2}), γ ≥ 8 and a diverse training "
      + "set: with probability ≥ 1 − c − 16e⁻⁸, after T ≥ 28(γ + 1 + 8c_η)/c_η iterations GD is at a "
      + "global minimum with sign(N_{W_T}(x)) = f*(x) for all x ∈ {±1}^{2d}, and for i ∈ {1,3}, "
      + "j ∈ W_0⁺(i), the angle between w_T⁽ʲ⁾ and p_i is at most arccos((γ − 1 − 2c_η)/(γ − 1 + c_η)).",
    notes: [
      "**Event.** One trial draws a diverse training set — m = 3 positive points with "
        + "P_x = {1,2,3,4} and 3 negative points with P_x = {2,4}, uniform among such points of "
        + "{±1}^{2d} — and W_0, runs GD on the loss of Eq. 4 (through pattern sets: the loss and "
        + "gradient depend on x only through P_x) for T = ⌈28(γ + 1 + 8c_η)/c_η⌉ iterations "
        + "(103 544 at γ = 8, c_η = 1/410), and asks: loss exactly 0 at W_T; sign(N_{W_T}) = f* on all "
        + "15 non-empty pattern sets — hence on all of {±1}^{2d}, since every P_x is one of them "
        + "(Remark 4.1) — and, for d ≤ 5, also on each of the 4^d points evaluated literally by "
        + "Eq. 2; and angle(w_T⁽ʲ⁾, p_i) ≤ arccos((γ − 1 − 2c_η)/(γ − 1 + c_η)) for every j in the "
        + "argmax sets W_0⁺(1), W_0⁺(3) of §6.",
      "**Early stopping.** A run stops before T only at an exact fixed point of GD: loss exactly 0 "
        + "makes every hinge inactive and the gradient exactly 0 (so W_T = W_t for every later T — "
        + "which also covers every T above the threshold), and a zero subgradient with positive "
        + "loss (which would fail the event). Nothing is extrapolated: the state checked is W_T. "
        + "Runs reach loss 0 within about 4 000–10 000 iterations of the allowed 10⁵–2.5·10⁵.",
      "**Readings.** sign(0) = 0: an output of exactly 0 does not equal f*(x), so \"recovers f*\" "
        + "requires N > 0 on every positive and N < 0 on every negative set; the reading in which 0 "
        + "predicts +1 is weaker and implied. Ties in max-pooling go to the lowest pattern number, "
        + "σ'(0) = 0. The negligible constant is taken as c = 0, which makes the claimed probability "
        + "1 − 16e⁻⁸ = 0.994633 as large as the theorem allows (c ≤ 10⁻¹⁰ changes it by at most 10⁻¹⁰).",
      "**Parameters.** d ∈ {4, 5, 6, 8}, k ∈ {120, 150, 200}, γ ∈ {8, 16}, c_η ∈ {1/410, 1/1000}, "
        + "σ_g at its cap and at cap/100. Every run we made recovered f*; the angles stay well below "
        + "the bound (replay a trial to see its numbers).",
      "**Power.** The alternative is twice the allowed failure rate, 1 − 32e⁻⁸ ≈ 0.98927: \"holds\" "
        + "needs power 0.9 at 1 − 24e⁻⁸ ≈ 0.99195, about 34 000 trials per setting at α = 5·10⁻⁷; "
        + "the report's 200 (each a long GD run) cannot, so each setting is inconclusive with that count.",
    ],
    checks: theorem6_3Settings.map { (d, setting) in
      Check(
        "d = \(d), \(setting)", budget: Budget(test: 8, report: 200),
        .probability(
          ProbabilitySpec.bounded(
            event: "loss 0 at W_T, sign(N) = f* on {±1}^{2d}, angle bound",
            claimed: try! BG19.theorem6_3ProbabilityBound(c: 0), claimedDescription: "1 − c − 16e⁻⁸, c = 0",
            alternative: 1 - 2 * (1 - (try! BG19.theorem6_3ProbabilityBound(c: 0)))
          ) { context in
            try theorem6_3Trial(d: d, setting, context: &context)
          }))
    })

  /// The parameter sets (d, setting) of Theorem 6.3.
  static let theorem6_3Settings: [(Int, BG19.Setting)] = [
    (4, BG19.Setting(k: 120, cEta: 1.0 / 410, gamma: 8)),
    (5, BG19.Setting(k: 200, cEta: 1.0 / 410, sigmaFraction: 0.01, gamma: 8)),
    (6, BG19.Setting(k: 120, cEta: 1.0 / 410, gamma: 16)),
    (8, BG19.Setting(k: 150, cEta: 1.0 / 1000, gamma: 8)),
  ]

  /// One trial; the event's reach is the largest angle over its bound.
  static func theorem6_3Trial(d: Int, _ setting: BG19.Setting, context: inout TrialContext) throws -> Observation {
    let points = try BG19.decoyTrainingSet(d: d, count: 3, using: &context.rng)
    let w0 = try setting.initialWeights(using: &context.rng)
    var gd = try setting.descent(try setting.objective(points.patternSets), from: w0)
    let limit = try BG19.theorem6_3MinimumIterations(gamma: setting.gamma, cEta: setting.cEta)
    let outcome = try gd.run(maxIterations: limit)
    let final = gd.weights
    let recovers = BG19.XORD.recoversTarget(final)
    var literal = true
    if d <= 5 {
      for code in 0..<(1 << (2 * d)) {
        let x = BG19.point(code: code, d: d)
        let n = try BG19.XORD.output(final, point: x)
        if !(try BG19.targetFunction(x) * n > 0) {
          literal = false
          break
        }
      }
    }
    let bound = try BG19.theorem6_3AngleBound(gamma: setting.gamma, cEta: setting.cEta)
    var worst = 0.0
    for i in [1, 3] {
      for j in try BG19.XORD.wPlus(w0, pattern: i) {
        worst = max(worst, try BG19.angle(final.w[j], BG19.patterns[i - 1]))
      }
    }
    context.note("T", limit)
    context.note("status, final t, loss", "\(outcome.status), \(outcome.iterations), \(outcome.loss)")
    let sizes = try [1, 3].map { try BG19.XORD.wPlus(w0, pattern: $0).count }
    context.note("|W_0⁺(1)|, |W_0⁺(3)|", sizes)
    context.note("sets erred (sign(0) = 0)", BG19.XORD.erredSets(final).map(\.description))
    context.note("sets erred (0 predicts +1)", BG19.XORD.erredSets(final, reading: .zeroPredictsPositive).map(\.description))
    context.note("literal check on all 4^d points (d ≤ 5)", d <= 5 ? "\(literal)" : "not run")
    context.note("largest angle / bound", worst / bound)
    return Observation(
      holds: outcome.status == .globalMinimum && recovers && literal && worst <= bound, ratio: worst / bound,
      summary: "\(outcome.status), recovers f*: \(recovers && literal), largest angle \(Format.number(worst)) vs bound \(Format.number(bound))")
  }
}
