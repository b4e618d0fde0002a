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
        + "Hence no critical point, let alone local minimum, has L_S > 1/2. The check \"as printed\" "
        + "decides this on each two-point draw by computation: the proof's construction with "
        + "ŵ = x/‖x‖ (the best ŵ: Lemma 11's does not exist), and a descent search (negative "
        + "gradient, row moves ±t·x, 60 random perturbations, t = 10⁻⁶ and 10⁻³) from every "
        + "candidate with L_S > 1/2 (W = 0, rows orthogonal to x, Gaussian W, SGD end points); the "
        + "statement is refuted on the draw only when the construction has L_S ≤ 1/2 and every "
        + "candidate has a descent direction. For larger ray-balanced "
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
            + "has L_S ≤ 1/2 (see the notes). Computed on each two-point draw: the proof's construction "
            + "with ŵ = x/‖x‖ has L_S = 1/2, not > 1/2, and every candidate W with L_S > 1/2 (W = 0, rows "
            + "orthogonal to x, Gaussian W, SGD end points) has a descent direction (negative gradient, a "
            + "row move ±t·x, or a random perturbation). Corrected: the statement, with the proof's construction, holds for every "
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
              return try theorem8TwoPointObservation(draw.set, k: k, what: draw.description, context: &context)
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
        role: .side, budget: Budget(test: 40, report: 2000),
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
            let (candidates, descents, _) = try theorem8TwoPointCandidates(S, k: k, context: &context)
            return .condition(
              descents == candidates,
              "d = \(d), k = \(k), ‖x‖ = \(Format.number(x.reduce(0) { $0 + $1 * $1 }.squareRoot(), digits: 4)): "
                + "\(descents) of \(candidates) candidates W with L_S > 1/2 have a descent direction")
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

  /// The printed statement on a ray-balanced two-point set S = {(x, 1), (−x, −1)}, decided
  /// by computation: the proof's construction (§9.3.1) with the best ŵ available (ŵ = x/‖x‖;
  /// Lemma 11's ŵ does not exist), and a descent search from every candidate W with
  /// L_S > 1/2. The statement survives on S when the construction has L_S > 1/2 and no descent
  /// is found from it, or when some candidate with L_S > 1/2 has no descent direction (a local
  /// minimum candidate); it is refuted on S when every candidate has one.
  static func theorem8TwoPointObservation(
    _ S: BGMS18.TrainingSet, k: Int, what: String, context: inout TrialContext
  ) throws -> Observation {
    let x = S.x(0)
    let norm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
    // §9.3.1 with ŵ = x/‖x‖ (β = ‖x‖, α = β/2), w* = x/‖x‖² (y⟨w*, x⟩ = 1), c = 2‖w*‖ρ/α:
    // w-rows cŵ + w*, u-rows cŵ − w*.
    let direction = x.map { $0 / norm }
    let wStar = x.map { $0 / (norm * norm) }
    let c = 2 * (1 / norm) * norm / (norm / 2)
    let network = try BGMS18.Network(k: k, d: S.d, v: 1, activation: .relu)
    let constructed = try BGMS18.Weights(
      w: [[Double]](repeating: zip(direction, wStar).map { c * $0 + $1 }, count: k),
      u: [[Double]](repeating: zip(direction, wStar).map { c * $0 - $1 }, count: k))
    let constructionLoss = try network.loss(constructed, on: S)
    let constructionDescent = constructionLoss > 0.5 ? try theorem8Descent(network, constructed, on: S, context: &context) : nil
    let (candidates, descents, methods) = try theorem8TwoPointCandidates(S, k: k, context: &context)
    context.note("construction with ŵ = x/‖x‖: L_S", constructionLoss)
    context.note("candidates with L_S > 1/2, with a descent direction", [candidates, descents])
    let constructionSurvives = constructionLoss > 0.5 && constructionDescent == nil
    return .condition(
      constructionSurvives || descents < candidates || candidates == 0,
      "\(what), k = \(k): the proof's construction (ŵ = x/‖x‖) has L_S = \(Format.number(constructionLoss))"
        + (constructionLoss > 0.5 ? (constructionDescent.map { ", descent by \($0)" } ?? ", no descent found") : " (not > 1/2)")
        + "; \(descents) of \(candidates) candidates W with L_S > 1/2 have a descent direction (\(methods))")
  }

  /// A descent direction of L_S at W, if one is found: the negative gradient (σ'(0) = 1),
  /// each row moved by ±t·x_j for each input, or 60 random perturbations, at step sizes
  /// 10⁻⁶ and 10⁻³ (relative to ‖W‖ + 1). Returns the method that found it.
  static func theorem8Descent(
    _ network: BGMS18.Network, _ W: BGMS18.Weights, on S: BGMS18.TrainingSet, context: inout TrialContext
  ) throws -> String? {
    let loss = try network.loss(W, on: S)
    let scale = W.entries.reduce(0) { $0 + $1 * $1 }.squareRoot() + 1
    func lower(_ delta: [Double], _ t: Double) throws -> Bool {
      let moved = try BGMS18.Weights(k: W.k, d: W.d, entries: zip(W.entries, delta).map { $0 + t * $1 })
      return try network.loss(moved, on: S) < loss - 1e-12
    }
    let gradient = try network.lossGradient(W, on: S).entries
    let gradientNorm = gradient.reduce(0) { $0 + $1 * $1 }.squareRoot()
    for t in [1e-6, 1e-3] {
      if gradientNorm > 0, try lower(gradient.map { -$0 / gradientNorm }, t * scale) { return "the negative gradient" }
      for row in 0..<(2 * W.k) {
        for i in 0..<S.n {
          for sign in [1.0, -1.0] {
            var delta = [Double](repeating: 0, count: W.entries.count)
            for j in 0..<S.d { delta[row * S.d + j] = sign * S.x(i)[j] }
            if try lower(delta, t * scale) { return "a row move ±t·x" }
          }
        }
      }
      for _ in 0..<60 {
        if try lower(context.rng.nextPointOnSphere(dimension: W.entries.count), t * scale) { return "a random perturbation" }
      }
    }
    return nil
  }

  /// On a two-point set {(x, 1), (−x, −1)}: the candidates W with L_S > 1/2 among W = 0,
  /// W with every row orthogonal to x, Gaussian W of random scale, and the end points of
  /// ReLU SGD from them; counts those with a descent direction (`theorem8Descent`).
  static func theorem8TwoPointCandidates(
    _ S: BGMS18.TrainingSet, k: Int, context: inout TrialContext
  ) throws -> (candidates: Int, descents: Int, methods: String) {
    let network = try BGMS18.Network(k: k, d: S.d, v: 1, activation: .relu)
    let x = S.x(0)
    let xx = x.reduce(0) { $0 + $1 * $1 }
    var candidates = 0
    var descents = 0
    var found: [String: Int] = [:]
    for attempt in 0..<82 {
      var W: BGMS18.Weights
      if attempt == 0 {
        W = try BGMS18.Weights(k: k, d: S.d, entries: [Double](repeating: 0, count: 2 * k * S.d))
      } else if attempt == 1 {
        var entries = context.rng.nextNormalVector(count: 2 * k * S.d)
        for row in 0..<(2 * k) {
          let dot = (0..<S.d).reduce(0) { $0 + entries[row * S.d + $1] * x[$1] }
          for j in 0..<S.d { entries[row * S.d + j] -= dot / xx * x[j] }
        }
        W = try BGMS18.Weights(k: k, d: S.d, entries: entries)
      } else {
        let scale = BGMS18Ranges.logUniform(1e-3...10, using: &context.rng)
        W = try BGMS18.Weights(
          k: k, d: S.d, entries: context.rng.nextNormalVector(count: 2 * k * S.d, standardDeviation: scale))
        if attempt % 4 == 3 {
          W = try network.trainFirstLayer(
            from: W, on: S, learningRate: BGMS18Ranges.logUniform(1e-3...1, using: &context.rng), order: .uniform,
            maxSteps: 1000, using: &context.rng
          ).weights
        }
      }
      let loss = try network.loss(W, on: S)
      guard loss > 0.5 else { continue }
      candidates += 1
      if let method = try theorem8Descent(network, W, on: S, context: &context) {
        descents += 1
        found[method, default: 0] += 1
      }
    }
    let methods = found.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
    return (candidates, descents, methods.isEmpty ? "none" : methods)
  }
}
