import Generators
import Theory
import Verification

extension BGMS18Claims {
  /// `BGMS18.Proposition1.nonConvex`: L_S is not convex (BGMS18 §5.1, Proposition 1.2;
  /// proof §9.1.1).
  static let proposition1NonConvex = Claim(
    id: "BGMS18.Proposition1.nonConvex", paper: .BGMS18, location: "§5.1, Proposition 1.2 (proof §9.1.1)",
    kinds: [.always],
    statement:
      "L_S is non-convex: with f_x(w, u) = σ(⟨w, x⟩) − σ(⟨u, x⟩), w₁ = w₂ = u₁ = x and u₂ = −x, "
      + "f_x at the midpoint (‖x‖²) exceeds the average of f_x(w₁, u₁) = 0 and f_x(w₂, u₂) = (1+α)‖x‖².",
    notes: [
      "**The proof's example.** For random x (d ∈ [1, 20], uniform in the unit ball) and α "
        + "uniform in (0, 1), the three values are computed from σ and compared with 0, (1+α)‖x‖² "
        + "and ‖x‖² (relative tolerance 10⁻¹²), and the midpoint must exceed the average.",
      "**L_S itself.** f_x is one pair of neurons, not L_S; the second check builds a pair on "
        + "which L_S is not convex: S = {(x, −1)} (separable by w* = −x/‖x‖², ‖w*‖ ≥ 1), W₁ with "
        + "every row x, W₂ with w-rows x and u-rows −x. Then L_S(W₁) = 1, L_S(W₂) = 1 + "
        + "kv(1+α)‖x‖² and L_S((W₁+W₂)/2) = 1 + kv‖x‖², above the average 1 + kv(1+α)‖x‖²/2.",
      "**Random W and S.** The third check draws a random separable S and W (as for "
        + "Proposition1.criticalPoints) and looks for a pair with L_S((W₁+W₂)/2) > (L_S(W₁) + "
        + "L_S(W₂))/2 + 10⁻⁹: first 100 independent random pairs (Gaussian, scale log-uniform), "
        + "then up to 1000 segments C ± t·(e_r ⊗ x_i) (C = W for the first 50, then fresh "
        + "Gaussian W with independent scales for the w- and u-rows, log-uniform in "
        + "[10⁻², 100]/(kv)) that move one row r along one "
        + "example x_i whose hinge is active (half of the time a w-row for y_i = +1 or a u-row for "
        + "y_i = −1, where −σ(⟨row, x_i⟩) is the concave part of the loss; otherwise any row, since "
        + "other examples can share the kink, e.g. for d = 1), with t so that the pre-activation "
        + "changes sign. It holds when a violating pair is found, and reports how.",
    ],
    checks: [
      Check(
        "midpoint example", reading: "f_x of §9.1.1", budget: Budget(test: 500, report: 50_000),
        .always(
          AlwaysSpec(bound: "f_x(mid) = ‖x‖² > ((1+α)‖x‖² + 0)/2") { context in
            let d = BGMS18Ranges.logUniform(1...20, using: &context.rng)
            var x = context.rng.nextPointInBall(dimension: d)
            if x.allSatisfy({ $0 == 0 }) { x[0] = 0.5 }
            let alpha = context.rng.nextUniform(in: 1e-6, 1 - 1e-6)
            let values = try BGMS18.midpointExample(x: x, activation: .leakyReLU(alpha: alpha))
            let squared = x.reduce(0) { $0 + $1 * $1 }
            context.note("x", x)
            context.note("α", alpha)
            context.note("f(w₁,u₁), f(w₂,u₂), f(mid)", [values.first, values.second, values.midpoint])
            let average = (values.first + values.second) / 2
            return .all([
              .equal(values.first, 0, tolerance: 1e-12 * squared, relative: false, "f_x(w₁, u₁)"),
              .equal(values.second, (1 + alpha) * squared, tolerance: 1e-12, "f_x(w₂, u₂)"),
              .equal(values.midpoint, squared, tolerance: 1e-12, "f_x(mid)"),
              .condition(
                values.midpoint > average,
                "d = \(d), α = \(Format.number(alpha, digits: 4)), ‖x‖² = \(Format.number(squared, digits: 4)): "
                  + "f_x(mid) − average = \(Format.number(values.midpoint - average)) = (1−α)‖x‖²/2 > 0"),
            ])
          })),
      Check(
        "L_S on a constructed pair", reading: "S = {(x, −1)}", budget: Budget(test: 300, report: 20_000),
        .always(
          AlwaysSpec(bound: "L_S(mid) = 1 + kv‖x‖² > average") { context in
            let d = BGMS18Ranges.logUniform(1...20, using: &context.rng)
            var x = context.rng.nextPointInBall(dimension: d)
            if x.allSatisfy({ $0 == 0 }) { x[0] = 0.5 }
            let k = BGMS18Ranges.logUniform(1...100, using: &context.rng)
            let v = BGMS18Ranges.logUniform(1e-2...10, using: &context.rng)
            let alpha = context.rng.nextUniform(in: 0.01, 0.99)
            let network = try BGMS18.Network(k: k, d: d, v: v, activation: .leakyReLU(alpha: alpha))
            let (first, second, S) = try BGMS18.nonConvexLossExample(x: x, k: k)
            var mid = try first.adding(second)
            for i in mid.entries.indices { mid.entries[i] /= 2 }
            let l1 = try network.loss(first, on: S)
            let l2 = try network.loss(second, on: S)
            let lm = try network.loss(mid, on: S)
            let squared = x.reduce(0) { $0 + $1 * $1 }
            let kv = Double(k) * v
            context.note("L_S(W₁), L_S(W₂), L_S(mid)", [l1, l2, lm])
            let wStar = x.map { -$0 / squared }
            return .all([
              .condition(try S.minimumMargin(of: wStar) >= 1 - 1e-12, "w* = −x/‖x‖² separates S"),
              .equal(l1, 1, tolerance: 1e-12, "L_S(W₁)"),
              .equal(l2, 1 + kv * (1 + alpha) * squared, tolerance: 1e-12, "L_S(W₂)"),
              .equal(lm, 1 + kv * squared, tolerance: 1e-12, "L_S(mid)"),
              .condition(
                lm > (l1 + l2) / 2,
                "k = \(k), v = \(Format.number(v, digits: 3)), α = \(Format.number(alpha, digits: 3)): "
                  + "L_S(mid) − average = \(Format.number(lm - (l1 + l2) / 2)) > 0"),
            ])
          })),
      Check(
        "random W and S", reading: "search for a violating pair", budget: Budget(test: 100, report: 5000),
        .always(
          AlwaysSpec(bound: "some pair (W₁, W₂) of ≤ 1100 has L_S(mid) > average") { context in
            try proposition1NonConvexSearch(&context)
          })),
    ])

  /// The search of the third check (see the notes).
  static func proposition1NonConvexSearch(_ context: inout TrialContext) throws -> Observation {
    let (network, S, W, _) = try BGMS18.proposition1Draw(&context)
    let k = network.k
    let d = network.d
    let what = "k = \(k), d = \(d), n = \(S.n)"
    func violation(_ W1: BGMS18.Weights, _ W2: BGMS18.Weights) throws -> Double? {
      var mid = try W1.adding(W2)
      for i in mid.entries.indices { mid.entries[i] /= 2 }
      let gap = try network.loss(mid, on: S) - (network.loss(W1, on: S) + network.loss(W2, on: S)) / 2
      return gap > 1e-9 ? gap : nil
    }
    for pair in 1...100 {
      let scale = BGMS18Ranges.logUniform(1e-2...10, using: &context.rng) / (Double(k) * network.v)
      let W1 = try BGMS18.Weights(
        k: k, d: d, entries: context.rng.nextNormalVector(count: 2 * k * d, standardDeviation: scale))
      let W2 = try BGMS18.Weights(
        k: k, d: d, entries: context.rng.nextNormalVector(count: 2 * k * d, standardDeviation: scale))
      if let gap = try violation(W1, W2) {
        context.note("random pair", pair)
        return .condition(true, "\(what): random pair \(pair) violates convexity by \(Format.number(gap))")
      }
    }
    for attempt in 1...1000 {
      // The centre: W itself first, then fresh W whose w- and u-rows have independent
      // random scales (on a centrally symmetric S the kinks of the two examples of a pair
      // cancel while both are active; a violation needs one active and one fit, which
      // unequal scales make likely).
      var center = W
      if attempt > 50 {
        let scale = 1 / (Double(k) * network.v)
        let sw = scale * BGMS18Ranges.logUniform(1e-2...100, using: &context.rng)
        let su = scale * BGMS18Ranges.logUniform(1e-2...100, using: &context.rng)
        center = try BGMS18.Weights(
          k: k, d: d,
          entries: context.rng.nextNormalVector(count: k * d, standardDeviation: sw)
            + context.rng.nextNormalVector(count: k * d, standardDeviation: su))
      }
      let margins = try network.margins(center, on: S)
      let active = (0..<S.n).filter { margins[$0] < 1 }
      guard !active.isEmpty else { continue }
      let i = active[context.rng.nextInt(below: active.count)]
      let x = S.x(i)
      let squared = x.reduce(0) { $0 + $1 * $1 }
      guard squared > 0 else { continue }
      // Mostly the row whose −σ is concave for this example; sometimes any row (other
      // examples share the kink, e.g. for d = 1, and may outweigh it).
      let row = context.rng.nextBernoulli(0.5)
        ? (S.labels[i] > 0 ? 0 : k) + context.rng.nextInt(below: k) : context.rng.nextInt(below: 2 * k)
      var z = 0.0
      for j in 0..<d { z += center.entries[row * d + j] * x[j] }
      let t = (abs(z) / squared) * (1 + BGMS18Ranges.logUniform(1e-3...10, using: &context.rng))
      var D = try BGMS18.Weights.zeros(k: k, d: d)
      for j in 0..<d { D.entries[row * d + j] = x[j] }
      if let gap = try violation(center.adding(D, scaledBy: -t), center.adding(D, scaledBy: t)) {
        context.note("directed segment", "attempt \(attempt), example \(i), row \(row), t = \(t)")
        return .condition(
          true, "\(what): directed segment \(attempt) along row \(row) violates convexity by \(Format.number(gap))")
      }
    }
    return .condition(
      false, "\(what): no violating pair among 100 random pairs and 1000 directed segments")
  }
}
