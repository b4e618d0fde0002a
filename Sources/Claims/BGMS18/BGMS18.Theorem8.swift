import Generators
import Theory
import Verification

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension BGMS18Claims {
  /// `BGMS18.Theorem8`: with ReLU, L_S has bad local minima (BGMS18 §7.1, Theorem 8;
  /// proof §9.3.1).
  static let theorem8 = Claim(
    id: "BGMS18.Theorem8", paper: .BGMS18, location: "§7.1, Theorem 8 (proof §9.3.1)",
    kinds: [.always],
    statement:
      "With ReLU and v = (1,…,1, −1,…,−1), for every finite linearly separable S there is a local "
      + "minimum W of L_S with L_S(W) > 1/2.",
    notes: [
      "**The proof's construction.** With ŵ, α of Lemma 11 and c > ‖w*‖/α (here c = "
        + "2‖w*‖·max‖x‖/α), W has every w-row cŵ + w* and every u-row cŵ − w*. Inputs with "
        + "⟨ŵ, x⟩ > α get N(x) = 2k⟨w*, x⟩ (yN ≥ 2k > 1, loss 0), those with ⟨ŵ, x⟩ < −α get "
        + "N(x) = 0 (loss 1, every neuron inactive): L_S = #{⟨ŵ, x⟩ < 0}/n > 1/2, the gradient "
        + "is exactly zero, and L_S is constant on the Frobenius ball of radius ε = min(min|z|/ρ, "
        + "(min yN − 1)/(√(2k)ρ)) (ρ = max‖x‖): no pre-activation changes sign and no fit example "
        + "drops below margin 1 there. Each check verifies L_S > 1/2, a gradient of exactly zero "
        + "(`lossGradient`, σ'(0) = 1), and L_S(W + Δ) ≥ L_S(W) for 100 perturbations Δ uniform "
        + "in that ball (radius in the summary), plus 20 on its boundary.",
      "**When it fails.** The construction needs Lemma 11, which fails exactly on ray-balanced S "
        + "(see BGMS18.Lemma11), e.g. any S ∪ −S. On S = {(x, 1), (−x, −1)} the theorem itself "
        + "fails: every row is active on exactly one of x, −x (unless orthogonal to x), and a row "
        + "active on an example with positive loss has a non-zero gradient there that the other "
        + "example cannot cancel; so at a critical point with loss on (x, 1) no row is active on "
        + "x, N(x) = 0 and every row is active on −x, which must then be fit: L_S = 1/2 exactly. "
        + "Hence no critical point, let alone local minimum, has L_S > 1/2 (the check on two-point "
        + "sets finds a descent move at every sampled W with L_S > 1/2). For larger ray-balanced "
        + "sets only the proof's construction is known to fail. **Corrected theorem:** the "
        + "statement holds for every S that is not ray-balanced (in particular |S| odd, or almost "
        + "every i.i.d. sample), with the proof's construction.",
      "**Trials.** S as for Lemma 11 (i.i.d., S ∪ −S, S ∪ −S minus one point, or two points; the "
        + "corrected check draws only the unbalanced kinds), k ∈ [1, 6].",
    ],
    checks: [
      Check(
        "as printed", reading: "every finite separable S: a local minimum with L_S > 1/2 exists",
        expectation: .refutedAsPrinted(
          reason:
            "BGMS18 Theorem 8 claims a local minimum with L_S > 1/2 for every finite separable S. On "
            + "S = {(x, 1), (−x, −1)} there is none: a row active on an example with positive loss "
            + "has a non-zero gradient that the other example cannot cancel, so any critical point "
            + "has L_S ≤ 1/2 (see the notes; every sampled W with L_S > 1/2 has a descent move ±t·x "
            + "on one row). Corrected: the statement, with the proof's construction, holds for every "
            + "S that is not ray-balanced (checked below)."),
        budget: Budget(test: 40, report: 2000),
        .always(
          AlwaysSpec(bound: "a local minimum with L_S > 1/2 exists") { context in
            let draw = try Theorem8Sets.draw(using: &context.rng)
            let k = 1 + context.rng.nextInt(below: 6)
            context.note("S", draw.description)
            if let (direction, _) = try Theorem8Sets.direction(draw.set, using: &context.rng) {
              return try theorem8Verify(draw, direction: direction, k: k, context: &context)
            }
            if draw.kind == .twoPoints {
              let (candidates, descents) = try theorem8TwoPointCandidates(draw.set, k: k, context: &context)
              return .condition(
                false,
                "\(draw.description), k = \(k): no local minimum with L_S > 1/2 exists (proof in the notes; "
                  + "\(descents) of \(candidates) sampled W with L_S > 1/2 have a descent move)")
            }
            return .condition(
              true,
              "\(draw.description) is ray-balanced: the proof's construction does not exist; the statement is "
                + "undecided here (not counted)")
          })),
      Check(
        "as printed, the proof's construction", reading: "every finite separable S: the construction of §9.3.1",
        expectation: .refutedAsPrinted(
          reason:
            "The proof of BGMS18 Theorem 8 (§9.3.1) builds its local minimum from the ŵ of Lemma 11, which "
            + "does not exist when S is ray-balanced (every line through 0 carries as many inputs on "
            + "each side, e.g. any S ∪ −S): then every admissible ŵ puts exactly half of S on each "
            + "side and the construction has L_S = 1/2 at best. Corrected: the construction works for "
            + "every S that is not ray-balanced."),
        budget: Budget(test: 40, report: 2000),
        .always(
          AlwaysSpec(bound: "the construction exists and is a local minimum with L_S > 1/2") { context in
            let draw = try Theorem8Sets.draw(using: &context.rng)
            let k = 1 + context.rng.nextInt(below: 6)
            context.note("S", draw.description)
            guard let (direction, _) = try Theorem8Sets.direction(draw.set, using: &context.rng) else {
              return .condition(
                false, "\(draw.description) is ray-balanced: no ŵ of Lemma 11, so the construction does not exist")
            }
            return try theorem8Verify(draw, direction: direction, k: k, context: &context)
          })),
      Check(
        "S not ray-balanced", reading: "corrected", expectation: .correction(of: "as printed"),
        budget: Budget(test: 40, report: 2000),
        .always(
          AlwaysSpec(bound: "the construction is a local minimum with L_S > 1/2") { context in
            let draw = try Theorem8Sets.draw(unbalancedOnly: true, using: &context.rng)
            let k = 1 + context.rng.nextInt(below: 6)
            context.note("S", draw.description)
            guard let (direction, _) = try Theorem8Sets.direction(draw.set, using: &context.rng) else {
              return .condition(false, "\(draw.description): no ŵ found although S is not ray-balanced")
            }
            return try theorem8Verify(draw, direction: direction, k: k, context: &context)
          })),
      Check(
        "S = {(x, 1), (−x, −1)}", reading: "no local minimum with L_S > 1/2",
        budget: Budget(test: 20, report: 1000),
        .always(
          AlwaysSpec(bound: "every sampled W with L_S > 1/2 has a descent move") { context in
            let d = BGMS18Ranges.logUniform(1...10, using: &context.rng)
            var x = context.rng.nextPointInBall(dimension: d)
            if x.allSatisfy({ $0 == 0 }) { x[0] = 0.5 }
            let S = try BGMS18.TrainingSet(d: d, inputs: x + x.map { -$0 }, labels: [1, -1])
            let k = 1 + context.rng.nextInt(below: 6)
            let (candidates, descents) = try theorem8TwoPointCandidates(S, k: k, context: &context)
            return .condition(
              descents == candidates,
              "d = \(d), k = \(k), ‖x‖ = \(Format.number(x.reduce(0) { $0 + $1 * $1 }.squareRoot(), digits: 4)): "
                + "\(descents) of \(candidates) sampled W with L_S > 1/2 have a descent move")
          })),
    ])

  /// Builds the construction of the proof and verifies it is a local minimum with
  /// L_S > 1/2.
  static func theorem8Verify(
    _ draw: Theorem8Sets.Draw, direction: BGMS18.Lemma11Direction, k: Int, context: inout TrialContext
  ) throws -> Observation {
    let minimum = try BGMS18.theorem8LocalMinimum(on: draw.set, wStar: draw.wStar, direction: direction, k: k)
    let network = minimum.network
    let W = minimum.weights
    let S = draw.set
    let loss = try network.loss(W, on: S)
    let gradient = try network.lossGradient(W, on: S)
    let radius = minimum.radius
    var smallest = loss
    let count = W.entries.count
    for p in 0..<120 {
      var delta = context.rng.nextPointOnSphere(dimension: count)
      let r = p < 100 ? radius * pow(context.rng.nextUniform(), 1 / Double(count)) : radius * (1 - 1e-9)
      for i in delta.indices { delta[i] *= r }
      let perturbed = try BGMS18.Weights(k: k, d: S.d, entries: zip(W.entries, delta).map { $0 + $1 })
      smallest = min(smallest, try network.loss(perturbed, on: S))
    }
    context.note("k, c, radius", [Double(k), minimum.c, radius])
    context.note("L_S, smallest perturbed L_S", [loss, smallest])
    let what = "\(draw.description), k = \(k)"
    return .all([
      Observation(
        holds: loss > 0.5, ratio: 0.5 / loss,
        summary: "\(what): L_S = \(Format.number(loss)) > 1/2 (ratio 1/2 ÷ L_S), radius ε = \(Format.number(radius))"),
      .condition(gradient.entries.allSatisfy { $0 == 0 }, "gradient exactly zero"),
      .condition(radius > 0, "radius ε = \(Format.number(radius)) > 0"),
      .condition(
        smallest >= loss - 1e-12,
        "smallest L_S over 120 perturbations of norm ≤ ε = \(Format.number(radius)): \(Format.number(smallest))"),
    ])
  }

  /// On a two-point set {(x, 1), (−x, −1)}: samples W (Gaussian of random scale, and the
  /// end points of ReLU SGD from them) and counts those with L_S > 1/2 and those among
  /// them with a descent move: one row moved by ±10⁻⁶·x that lowers L_S.
  static func theorem8TwoPointCandidates(
    _ S: BGMS18.TrainingSet, k: Int, context: inout TrialContext
  ) throws -> (candidates: Int, descents: Int) {
    let network = try BGMS18.Network(k: k, d: S.d, v: 1, activation: .relu)
    let x = S.x(0)
    var candidates = 0
    var descents = 0
    for attempt in 0..<80 {
      let scale = BGMS18Ranges.logUniform(1e-3...10, using: &context.rng)
      var W = try BGMS18.Weights(
        k: k, d: S.d, entries: context.rng.nextNormalVector(count: 2 * k * S.d, standardDeviation: scale))
      if attempt % 4 == 3 {
        W = try network.trainFirstLayer(
          from: W, on: S, learningRate: BGMS18Ranges.logUniform(1e-3...1, using: &context.rng), order: .uniform,
          maxSteps: 1000, using: &context.rng
        ).weights
      }
      let loss = try network.loss(W, on: S)
      guard loss > 0.5 else { continue }
      candidates += 1
      search: for row in 0..<(2 * k) {
        for sign in [1.0, -1.0] {
          var moved = W
          for j in 0..<S.d { moved.entries[row * S.d + j] += sign * 1e-6 * x[j] }
          if try network.loss(moved, on: S) < loss {
            descents += 1
            break search
          }
        }
      }
    }
    return (candidates, descents)
  }
}
