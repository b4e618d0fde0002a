import Generators
import Theory
import Verification

extension BGMS18Claims {
  /// `BGMS18.Proposition1.criticalPoints`: every critical point of L_S is a global minimum
  /// (BGMS18 §5.1, Proposition 1.1; proof §9.1.1).
  static let proposition1CriticalPoints = Claim(
    id: "BGMS18.Proposition1.criticalPoints", paper: .BGMS18, location: "§5.1, Proposition 1.1 (proof §9.1.1)",
    kinds: [.always],
    statement:
      "With Leaky ReLU, if some (x, y) ∈ S has yN(x) < 1 then ⟨∂L_S/∂W⃗, W⃗*⟩ < 0 for W⃗* = "
      + "(w*,…,w*, −w*,…,−w*); hence every critical point of L_S is a global minimum.",
    notes: [
      "**Quantitative form.** The proof gives more than < 0: each example with yN(x) < 1 "
        + "contributes −(v/n)·y⟨x, w*⟩·Σ_i(σ'(⟨w^(i), x⟩) + σ'(⟨u^(i), x⟩)) ≤ −2kvα/n, so "
        + "−⟨∇L_S, W⃗*⟩ ≥ 2kvα·#{i : y_iN(x_i) < 1}/n, which the first check verifies (ratio = "
        + "bound/observed). The gradient is `Network.lossGradient` (σ'(0) = 1); the second check "
        + "compares ⟨∇L_S, W⃗*⟩ with the central difference (L_S(W + hŴ*) − L_S(W − hŴ*))/(2h) "
        + "along the unit direction Ŵ* (h = 10⁻⁶, draws where a step of h could cross a kink of "
        + "σ or of the hinge are redrawn).",
      "**Random W and S.** d ∈ [1, 20], n ∈ [1, 60], k ∈ [1, 60] log-uniform, v ∈ [10⁻², 10] "
        + "log-uniform, α uniform in [0.05, 0.95], ‖w*‖ ∈ [1.01, 10]; S from the direct sampler "
        + "(uniform margins or all on the margin, random class balance); the entries of W are "
        + "N(0, σ²) with σ log-uniform in [10⁻³/(kv), 10/(kv)], so that anywhere from no "
        + "example to all of them has yN(x) < 1.",
      "**The proof's inequalities.** §9.1.1 prints ⟨∂L_{(x,y)}/∂w^(i), w*⟩ = ⟨−yσ'(⟨w^(i), x⟩)x, w*⟩ "
        + "≤ −σ'(⟨w^(i), x⟩) and ⟨∂L_{(x,y)}/∂u^(i), −w*⟩ ≤ −σ'(⟨w^(i), x⟩): the factor v of the "
        + "gradient is missing from both, and the second has σ'(⟨w^(i), x⟩) where the u-row's "
        + "σ'(⟨u^(i), x⟩) belongs. As printed both fail when v·y⟨x, w*⟩ < 1 (or, for the second, "
        + "when ⟨u^(i), x⟩ < 0 ≤ ⟨w^(i), x⟩); with v and σ'(⟨u^(i), x⟩) they hold, and so does the "
        + "proposition (only the sign matters).",
    ],
    checks: [
      Check(
        "random W and S", reading: "quantitative: −⟨∇L_S, W⃗*⟩ ≥ 2kvα·#{yN < 1}/n",
        budget: Budget(test: 300, report: 20_000),
        .always(
          AlwaysSpec(bound: "−⟨∇L_S, W⃗*⟩ ≥ 2kvα·#{yN(x) < 1}/n > 0 when some yN(x) < 1") { context in
            let (network, S, W, wStar) = try BGMS18.proposition1Draw(&context)
            let derivative = try network.wStarDirectionalDerivative(W, on: S, wStar: wStar)
            let active = try network.margins(W, on: S).filter { $0 < 1 }.count
            let bound = 2 * Double(network.k) * network.v * network.activation.alpha * Double(active) / Double(S.n)
            context.note("⟨∇L_S, W⃗*⟩", derivative)
            context.note("#{yN(x) < 1}", active)
            let what = "k = \(network.k), d = \(network.d), n = \(S.n), v = \(Format.number(network.v, digits: 3)), "
              + "α = \(Format.number(network.activation.alpha, digits: 3)), \(active) of \(S.n) with yN < 1: −⟨∇L_S, W⃗*⟩"
            if active == 0 {
              let gradient = try network.lossGradient(W, on: S)
              return .condition(
                gradient.entries.allSatisfy { $0 == 0 }, "\(what): no example with yN < 1, gradient exactly zero")
            }
            return .all([
              .condition(derivative < 0, "\(what) = \(Format.number(-derivative)) > 0"),
              .atLeast(-derivative, bound, relativeTolerance: 1e-9, absoluteTolerance: 0, what),
            ])
          })),
      Check(
        "gradient against finite differences", reading: "⟨∇L_S, W⃗*⟩ = directional difference quotient",
        budget: Budget(test: 100, report: 5000),
        .always(
          AlwaysSpec(bound: "|⟨∇L_S, Ŵ*⟩ − (L_S(W + hŴ*) − L_S(W − hŴ*))/(2h)| ≤ 10⁻⁶·scale") { context in
            var attempts = 0
            while true {
              attempts += 1
              let (network, S, W, wStar) = try BGMS18.proposition1Draw(&context)
              let direction = try BGMS18.Weights.wStar(k: network.k, wStar)
              let length = direction.norm
              let unit = try BGMS18.Weights.zeros(k: network.k, d: network.d).adding(direction, scaledBy: 1 / length)
              let h = 1e-6
              guard try BGMS18.awayFromKinks(network, S, W, direction: unit, h: h) else {
                if attempts < 1000 { continue }
                return .condition(false, "no draw away from kinks in 1000 attempts")
              }
              let analytic = try network.lossGradient(W, on: S).inner(unit)
              let plus = try network.loss(W.adding(unit, scaledBy: h), on: S)
              let minus = try network.loss(W.adding(unit, scaledBy: -h), on: S)
              let numeric = (plus - minus) / (2 * h)
              let scale = max(1, network.v * Double(network.k))
              context.note("analytic, numeric", [analytic, numeric])
              return .equal(
                analytic, numeric, tolerance: 1e-6 * scale, relative: false,
                "k = \(network.k), d = \(network.d), n = \(S.n): ⟨∇L_S, Ŵ*⟩")
            }
          })),
      Check(
        "proof's inequalities as printed", reading: "§9.1.1: bounds −σ'(⟨w^(i), x⟩) for both rows, no factor v",
        expectation: .refutedAsPrinted(
          reason:
            "The proof of Proposition 1.1 (§9.1.1) prints ⟨∂L_{(x,y)}/∂w^(i), w*⟩ ≤ −σ'(⟨w^(i), x⟩) and "
            + "⟨∂L_{(x,y)}/∂u^(i), −w*⟩ ≤ −σ'(⟨w^(i), x⟩). The gradient carries the factor v "
            + "(∂L/∂w^(i) = −yvσ'(⟨w^(i), x⟩)x), so the left sides are −v·y⟨x, w*⟩·σ'(·), which exceed "
            + "−σ'(·) whenever v·y⟨x, w*⟩ < 1; and the u-row's bound needs σ'(⟨u^(i), x⟩), not "
            + "σ'(⟨w^(i), x⟩). Corrected: ≤ −vσ'(⟨w^(i), x⟩) and ≤ −vσ'(⟨u^(i), x⟩), which hold on "
            + "every trial; the proposition itself is unaffected (only the sign is used)."),
        budget: Budget(test: 100, report: 5000),
        .always(
          AlwaysSpec(bound: "per-row inequalities of §9.1.1 as printed") { context in
            try proposition1ProofInequalities(corrected: false, context: &context)
          })),
      Check(
        "proof's inequalities with v", reading: "corrected: −vσ'(⟨w^(i), x⟩) and −vσ'(⟨u^(i), x⟩)",
        expectation: .correction(of: "proof's inequalities as printed"), budget: Budget(test: 100, report: 5000),
        .always(
          AlwaysSpec(bound: "per-row inequalities of §9.1.1 with the factor v and the u-row's σ'") { context in
            try proposition1ProofInequalities(corrected: true, context: &context)
          })),
    ])

  /// The per-row inequalities of the proof of Prop. 1.1 on every example with yN(x) < 1 of
  /// a random draw: as printed (bound −σ'(⟨w^(i), x⟩) for both rows) or corrected (bounds
  /// −vσ'(⟨w^(i), x⟩) and −vσ'(⟨u^(i), x⟩)). The gradient rows are those of
  /// `Network.exampleGradient`.
  static func proposition1ProofInequalities(corrected: Bool, context: inout TrialContext) throws -> Observation {
    let (network, S, W, wStar) = try BGMS18.proposition1Draw(&context)
    let k = network.k
    let d = network.d
    var worst: (ratio: Double, text: String)?
    var failures = 0
    var checked = 0
    for i in 0..<S.n {
      let x = S.x(i)
      let y = S.labels[i]
      guard y * (try network.output(W, x)) < 1 else { continue }
      let g = try network.exampleGradient(W, x: x, y: y)
      let z = try network.preActivations(W, x)
      for row in 0..<(2 * k) {
        let sign = row < k ? 1.0 : -1.0  // pair w-rows with w*, u-rows with −w*
        var inner = 0.0
        for j in 0..<d { inner += g.entries[row * d + j] * sign * wStar[j] }
        let slope: Double
        if corrected {
          slope = network.v * network.activation.derivative(z[row])
        } else {
          slope = network.activation.derivative(z[row < k ? row : row - k])  // σ'(⟨w^(i), x⟩)
        }
        let bound = -slope
        checked += 1
        let holds = inner <= bound + 1e-12 * abs(bound)
        if !holds { failures += 1 }
        let ratio = bound / inner  // both negative: ≤ 1 when inner ≤ bound
        if worst == nil || ratio > worst!.ratio {
          worst = (
            ratio,
            "example \(i), \(row < k ? "w" : "u")-row \(row < k ? row + 1 : row - k + 1): "
              + "⟨∂L/∂row, \(row < k ? "w*" : "−w*")⟩ = \(Format.number(inner)) vs bound \(Format.number(bound))"
          )
        }
      }
    }
    context.note("rows checked, failing", [checked, failures])
    guard let worst else {
      return .condition(true, "no example with yN(x) < 1 (nothing to check)")
    }
    let parameters = "k = \(k), v = \(Format.number(network.v, digits: 3)), α = \(Format.number(network.activation.alpha, digits: 3))"
    return Observation(
      holds: failures == 0, ratio: worst.ratio,
      summary: "\(parameters): \(failures) of \(checked) rows violate it; worst \(worst.text)")
  }
}
