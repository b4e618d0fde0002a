import Foundation
import Generators
import LinearAlgebra
import Theory
import Verification

extension ADHLW19Claims {
  /// `ADHLW19.distanceToInit`: Lemma 5.3.
  static let distanceToInit = Claim(
    id: "ADHLW19.distanceToInit", paper: .ADHLW19, location: "§5, Lemma 5.3; slide \"Distance to Init\"",
    kinds: [.trend, .probability],
    statement:
      "For m ≥ κ⁻² poly(n, 1/λ₀, 1/δ), η = O(λ₀/n²), with probability ≥ 1 − δ, for all k: ‖w_r(k) − w_r(0)‖ = "
      + "O(n/(√m λ₀ √δ)) and ‖W(k) − W(0)‖_F ≤ √(yᵀ(H^∞)⁻¹y) + O(nκ/(λ₀δ)) + poly(n, 1/λ₀, 1/δ)/(m^{1/4}κ^{1/2}).",
    notes: [
      "**Setting.** n = 16 two-class inputs in d = 8 (x = normalize(c·e₁ + g)), true labels y = c, random labels "
        + "i.i.d. ±1; Φ = ½Σ (sum), η = 1/λ_max(H^∞), K = 150 steps; yᵀ(H^∞)⁻¹y by Cholesky with iterative "
        + "refinement. Arms of a check are paired (trial i: same inputs and labels).",
      "**Distance vs √(yᵀ(H^∞)⁻¹y).** At κ = 0.01 the lemma's last term poly(n, 1/λ₀, 1/δ)/(m^{1/4}κ^{1/2}) is not "
        + "small at feasible m (m^{1/4}κ^{1/2} = 0.8 at m = 4096): in a 0.2-scale run, ‖W(K) − W(0)‖_F ≤ 1.1·√(yᵀ(H^∞)⁻¹y) "
        + "held in only 2 of 8 trials at m = 4096, κ = 0.01, K = 200 (e.g. 3.05 vs 2.78, with Φ(K) = 0.02 not yet converged). This "
        + "is not evidence against the lemma (its m is far larger), so it is not a check. The checks use the lazy κ = 1, "
        + "where the kernel regime holds at these widths, and the form the proof controls, ΔW ≈ Jᵀ(H^∞)⁻¹(y − u(0)), "
        + "i.e. √((y − u(0))ᵀ(H^∞)⁻¹(y − u(0))) (the lemma's O(nκ/(λ₀δ)) term bounds the effect of u(0)): |ratio − 1| "
        + "does not grow with m = 64, 512, 4096 (clamped at 1), and ratio ≤ 1.1 with probability 0.9 at m = 2048.",
      "**True vs random labels.** ‖W(K) − W(0)‖_F (clamped at 20) is smaller for true than for random labels (paired, "
        + "m = 1024, κ = 0.01).",
      "**Per-neuron movement.** For each trial, the slopes of log max_r‖w_r(K) − w_r(0)‖ and of log of the RMS "
        + "movement ‖W(K) − W(0)‖_F/√m against log m over m = 128, 512, 2048 (κ = 0.01, same data); the lemma's "
        + "O(1/√m) predicts −1/2. The probability checks claim slope ≤ −0.35 for the max (the max over m neurons "
        + "grows like √(log m)) and |slope + 1/2| ≤ 0.1 for the RMS, each with probability 0.9.",
    ],
    checks: [
      Check(
        "|ratio − 1| vs m (κ = 1)", reading: "the proof's form √((y − u(0))ᵀ(H^∞)⁻¹(y − u(0))); clamped at 1",
        budget: Budget(test: 1, report: 40),
        .trend(
          .nonIncreasing(
            metric: "min(|‖W(K) − W(0)‖_F/√((y − u(0))ᵀ(H^∞)⁻¹(y − u(0))) − 1|, 1)", range: 0...1,
            arms: [64, 512, 4096].map { m in
              TrendSpec.Arm("m = \(m)") { context in
                min(1, abs(try distanceRun(&context, widths: [m], kappa: 1, random: false, name: "ratio").lazyRatio - 1))
              }
            }))),
      Check(
        "ratio ≤ 1.1, m = 2048, κ = 1", reading: "the proof's form √((y − u(0))ᵀ(H^∞)⁻¹(y − u(0))), constant 1.1",
        budget: Budget(test: 20, report: 40),
        .probability(
          ProbabilitySpec.bounded(
            event: "‖W(K) − W(0)‖_F ≤ 1.1·√((y − u(0))ᵀ(H^∞)⁻¹(y − u(0)))", claimed: 0.9, claimedDescription: "1 − δ, δ = 0.1"
          ) { context in
            let run = try distanceRun(&context, widths: [2048], kappa: 1, random: false, name: nil)
            context.note("ratio to √(yᵀH⁻¹y) (κ = 1)", run.ratios[0])
            return .event(run.lazyRatio, atMost: 1.1, "‖W(K) − W(0)‖_F / √((y − u(0))ᵀ(H^∞)⁻¹(y − u(0)))")
          })),
      Check(
        "distance: true vs random labels", reading: "m = 1024, κ = 0.01", budget: Budget(test: 1, report: 40),
        .trend(
          TrendSpec(
            metric: "min(‖W(K) − W(0)‖_F, 20)", range: 0...20,
            arms: ["true labels", "random labels"].map { which in
              TrendSpec.Arm(which) { context in
                min(20, try distanceRun(&context, widths: [1024], kappa: 0.01, random: which == "random labels", name: "labels").distances[0])
              }
            }, comparisons: [TrendSpec.Comparison(0, atMost: 1)]))),
      Check(
        "max per-neuron movement exponent", reading: "slope over m = 128, 512, 2048", budget: Budget(test: 20, report: 30),
        .probability(
          ProbabilitySpec(event: "slope of log max_r‖Δw_r‖ vs log m ≤ −0.35", claimed: 0.9, claimedDescription: "1 − δ, δ = 0.1") { context in
            let run = try distanceRun(&context, widths: [128, 512, 2048], kappa: 0.01, random: false, name: nil)
            let slope = try ADHLW19.logLogSlope([128, 512, 2048], run.maxMoves)
            context.note("slope (max)", slope)
            return slope <= -0.35
          })),
      Check(
        "RMS per-neuron movement exponent", reading: "slope over m = 128, 512, 2048", budget: Budget(test: 20, report: 30),
        .probability(
          ProbabilitySpec(event: "|slope of log RMS‖Δw_r‖ vs log m + 1/2| ≤ 0.1", claimed: 0.9, claimedDescription: "1 − δ, δ = 0.1") { context in
            let run = try distanceRun(&context, widths: [128, 512, 2048], kappa: 0.01, random: false, name: nil)
            let rms = zip(run.distances, [128.0, 512, 2048]).map { $0 / $1.squareRoot() }
            let slope = try ADHLW19.logLogSlope([128, 512, 2048], rms)
            context.note("slope (RMS)", slope)
            return abs(slope + 0.5) <= 0.1
          })),
    ])

  /// Trains at each width on one data set; returns the distances, their ratios to √(yᵀH⁻¹y),
  /// the largest per-neuron movements and (for the lazy reading) the ratio to √((y − u0)ᵀH⁻¹(y − u0)).
  static func distanceRun(_ context: inout TrialContext, widths: [Int], kappa: Double, random: Bool, name: String?) throws
    -> (distances: [Double], ratios: [Double], maxMoves: [Double], lazyRatio: Double)
  {
    let n = 16, d = 8, steps = 150
    var shared = Engine.context(claimID: "ADHLW19.distanceToInit", check: "\(name ?? "single")", arm: "shared", seed: context.seed, trial: context.trial).rng
    let data =
      name == nil
      ? try ADHLW19.twoClassInputs(count: n, dimension: d, separation: 1, using: &context.rng)
      : try ADHLW19.twoClassInputs(count: n, dimension: d, separation: 1, using: &shared)
    let randomY = name == nil ? ADHLW19.randomLabels(count: n, using: &context.rng) : ADHLW19.randomLabels(count: n, using: &shared)
    let task = try ADHLW19.Task(inputs: data.inputs, labels: random ? randomY : data.classes)
    let eta = 1 / task.spectrum.lambdaMax
    let root = (try task.quadraticForm()).squareRoot()
    var distances: [Double] = [], ratios: [Double] = [], moves: [Double] = []
    var lazy = 0.0
    for m in widths {
      let net = try ADHLW19.initialization(width: m, dimension: d, kappa: kappa, using: &context.rng)
      let record = try ADHLW19.train(net, inputs: task.inputs, labels: task.labels, stepSize: eta, iterations: steps)
      distances.append(record.distance)
      ratios.append(record.distance / root)
      moves.append(record.neuronMovements.max() ?? 0)
      let shifted = zip(task.labels, record.initialOutputs).map { $0 - $1 }
      lazy = record.distance / (try ADHLW19.quadraticForm(task.gram, shifted).value).squareRoot()
      context.note("m = \(m): ‖ΔW‖_F, √(yᵀH⁻¹y), max‖Δw_r‖, Φ(K)", [record.distance, root, moves.last!, record.losses[steps]])
    }
    return (distances, ratios, moves, lazy)
  }
}
