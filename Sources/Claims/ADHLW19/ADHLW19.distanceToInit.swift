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
        + "refinement. Trends are paired: trial i of every arm draws its inputs, labels and initialization from the "
        + "stream shared by the arms (`context.shared`); arms of different widths use the first m of the same largest "
        + "network's neurons (`nestedInitialization`).",
      "**Distance vs √(yᵀ(H^∞)⁻¹y).** At κ = 0.01 the lemma's last term poly(n, 1/λ₀, 1/δ)/(m^{1/4}κ^{1/2}) is not "
        + "small at feasible m (m^{1/4}κ^{1/2} = 0.8 at m = 4096): in a 0.2-scale run, ‖W(K) − W(0)‖_F ≤ 1.1·√(yᵀ(H^∞)⁻¹y) "
        + "held in only 2 of 8 trials at m = 4096, κ = 0.01, K = 200 (e.g. 3.05 vs 2.78, with Φ(K) = 0.02 not yet converged). This "
        + "is not evidence against the lemma (its m is far larger), so it is not a check. The checks use the lazy κ = 1, "
        + "where the kernel regime holds at these widths, and the form the proof controls, ΔW ≈ Jᵀ(H^∞)⁻¹(y − u(0)), "
        + "i.e. √((y − u(0))ᵀ(H^∞)⁻¹(y − u(0))) (the lemma's O(nκ/(λ₀δ)) term bounds the effect of u(0)): |ratio − 1| "
        + "does not grow with m = 64, 512, 2048 (clamped at 0.25; minimum effect 0.25 with 60 paired runs — the "
        + "observed decreases, about 0.02 and 0.01, are far below what the claim's α lets 60 runs resolve), and ratio ≤ "
        + "1.1 with probability 0.9 at m = 2048.",
      "**True vs random labels.** ‖W(K) − W(0)‖_F (clamped at 20) is smaller for true than for random labels (paired: "
        + "same inputs and initialization, m = 1024, κ = 0.01; 150 runs, minimum effect 12: the observed difference is "
        + "about 8.3 on a range of 20, and a reversal of 12 must be refutable).",
      "**Per-neuron movement: the hypotheses.** The lemma needs m ≥ κ⁻² poly(n, 1/λ₀, 1/δ) and η = O(λ₀/n²). The "
        + "earlier setting, κ = 0.01 with m = 128, 512, 2048, is outside them already without the poly factor (m < "
        + "κ⁻² = 10⁴, mκ² ≤ 0.2): there the event below held in only 25 of 30 trials (report of ddaf2dd, inconclusive), "
        + "e.g. max‖Δw_r‖ = 0.404, 0.188, 0.182 at m = 128, 512, 2048 with Φ(K) ≈ 0.05 (slope −0.29): a few neurons keep "
        + "moving as m grows — the non-kernel regime — while the RMS movement still scaled as m^{−1/2} (30 of 30). So "
        + "the checks now run at κ = 1 (m ≥ κ⁻², the kernel regime at these widths; η = 1/λ_max is still larger "
        + "than λ₀/n², the step every training check here uses). At κ = 1, u(0) is of order 1 and changes with m "
        + "(more neurons), so the movement carries the factor the proof bounds it by — ΔW ≈ Jᵀ(H^∞)⁻¹(y − u(0)), whose "
        + "norm is √q₀ = √((y − u(0))ᵀ(H^∞)⁻¹(y − u(0))); unnormalized, 18 of 30 RMS slopes missed −1/2 ± 0.1 because "
        + "of it (e.g. ‖ΔW‖_F = 5.99, 5.12, 3.48). The exponent is read on movement/√q₀ (the lemma's O(·) hides "
        + "‖y − u(0)‖ = O(√(n/δ)) the same way): per trial, the slopes of log(max_r‖w_r(K) − w_r(0)‖/√q₀) and of "
        + "log(‖W(K) − W(0)‖_F/(√m·√q₀)) against log m over nested widths 128, 512, 2048; the lemma's O(1/√m) predicts "
        + "−1/2. Claimed: slope ≤ −0.35 for the max (the max over m neurons grows like √(log m)) and |slope + 1/2| ≤ 0.1 "
        + "for the RMS, each with probability 0.9.",
    ],
    checks: [
      Check(
        "|ratio − 1| vs m (κ = 1)", reading: "the proof's form √((y − u(0))ᵀ(H^∞)⁻¹(y − u(0))); clamped at 0.25",
        budget: Budget(test: 1, report: 60),
        .trend(
          .nonIncreasing(
            metric: "min(|‖W(K) − W(0)‖_F/√((y − u(0))ᵀ(H^∞)⁻¹(y − u(0))) − 1|, 0.25)", range: 0...0.25,
            arms: [64, 512, 2048].map { m in
              TrendSpec.Arm("m = \(m)") { context in
                min(0.25, abs(try distanceRun(&context, widths: [m], kappa: 1, random: false, pairedUpTo: 2048).lazyRatio - 1))
              }
            }, paired: true, minimumEffect: distanceMinimumEffect))),
      Check(
        "ratio ≤ 1.1, m = 2048, κ = 1", reading: "the proof's form √((y − u(0))ᵀ(H^∞)⁻¹(y − u(0))), constant 1.1",
        budget: Budget(test: 20, report: 40),
        .probability(
          ProbabilitySpec.bounded(
            event: "‖W(K) − W(0)‖_F ≤ 1.1·√((y − u(0))ᵀ(H^∞)⁻¹(y − u(0)))", claimed: 0.9, claimedDescription: "1 − δ, δ = 0.1"
          ) { context in
            let run = try distanceRun(&context, widths: [2048], kappa: 1, random: false, pairedUpTo: nil)
            context.note("ratio to √(yᵀH⁻¹y) (κ = 1)", run.ratios[0])
            return .event(run.lazyRatio, atMost: 1.1, "‖W(K) − W(0)‖_F / √((y − u(0))ᵀ(H^∞)⁻¹(y − u(0)))")
          })),
      Check(
        "distance: true vs random labels", reading: "m = 1024, κ = 0.01", budget: Budget(test: 1, report: 150),
        .trend(
          TrendSpec(
            metric: "min(‖W(K) − W(0)‖_F, 20)", range: 0...20,
            arms: ["true labels", "random labels"].map { which in
              TrendSpec.Arm(which) { context in
                min(20, try distanceRun(&context, widths: [1024], kappa: 0.01, random: which == "random labels", pairedUpTo: 1024).distances[0])
              }
            }, comparisons: [TrendSpec.Comparison(0, atMost: 1)], paired: true, minimumEffect: 12))),
      Check(
        "max per-neuron movement exponent", reading: "slope over m = 128, 512, 2048; κ = 1 (m ≥ κ⁻²); movement per √q₀ (the proof's ΔW)", budget: Budget(test: 20, report: 30),
        .probability(
          ProbabilitySpec(event: "slope of log (max_r‖Δw_r‖/√q₀) vs log m ≤ −0.35", claimed: 0.9, claimedDescription: "1 − δ, δ = 0.1") { context in
            let run = try distanceRun(&context, widths: [128, 512, 2048], kappa: 1, random: false, pairedUpTo: nil)
            let slope = try ADHLW19.logLogSlope([128, 512, 2048], zip(run.maxMoves, run.lazyRoots).map { $0 / $1 })
            context.note("slope (max)", slope)
            return slope <= -0.35
          })),
      Check(
        "RMS per-neuron movement exponent", reading: "slope over m = 128, 512, 2048; κ = 1 (m ≥ κ⁻²); movement per √q₀ (the proof's ΔW)", budget: Budget(test: 20, report: 30),
        .probability(
          ProbabilitySpec(event: "|slope of log (RMS‖Δw_r‖/√q₀) vs log m + 1/2| ≤ 0.1", claimed: 0.9, claimedDescription: "1 − δ, δ = 0.1") { context in
            let run = try distanceRun(&context, widths: [128, 512, 2048], kappa: 1, random: false, pairedUpTo: nil)
            let rms = zip(zip(run.distances, run.lazyRoots), [128.0, 512, 2048]).map { $0.0 / $0.1 / $1.squareRoot() }
            let slope = try ADHLW19.logLogSlope([128, 512, 2048], rms)
            context.note("slope (RMS)", slope)
            return abs(slope + 0.5) <= 0.1
          })),
    ])

  /// The smallest reversal of the |ratio − 1| trend in m that must be refutable.
  static let distanceMinimumEffect = 0.25

  /// Trains at each width on one data set; returns the distances, their ratios to √(yᵀH⁻¹y),
  /// the largest per-neuron movements and (for the lazy reading) the ratio to √((y − u0)ᵀH⁻¹(y − u0)).
  /// With `pairedUpTo: M` (a trend's arm) the data and the first m of M neurons come from the
  /// stream shared by the arms; otherwise everything comes from the trial's stream, and the
  /// widths are nested (the first m of the largest width's neurons).
  static func distanceRun(_ context: inout TrialContext, widths: [Int], kappa: Double, random: Bool, pairedUpTo largest: Int?) throws
    -> (distances: [Double], ratios: [Double], maxMoves: [Double], lazyRatio: Double, lazyRoots: [Double])
  {
    let n = 16, d = 8, steps = 150
    let data: (inputs: Matrix, classes: [Double])
    let randomY: [Double]
    let all: ADHLW19.TwoLayerNetwork
    if let largest {
      data = try ADHLW19.twoClassInputs(count: n, dimension: d, separation: 1, using: &context.shared)
      randomY = ADHLW19.randomLabels(count: n, using: &context.shared)
      all = try ADHLW19.nestedInitialization(width: largest, largest: largest, dimension: d, kappa: kappa, using: &context.shared)
    } else {
      data = try ADHLW19.twoClassInputs(count: n, dimension: d, separation: 1, using: &context.rng)
      randomY = ADHLW19.randomLabels(count: n, using: &context.rng)
      let top = widths.max() ?? 1
      all = try ADHLW19.nestedInitialization(width: top, largest: top, dimension: d, kappa: kappa, using: &context.rng)
    }
    let task = try ADHLW19.Task(inputs: data.inputs, labels: random ? randomY : data.classes)
    let eta = 1 / task.spectrum.lambdaMax
    let root = (try task.quadraticForm()).squareRoot()
    var distances: [Double] = [], ratios: [Double] = [], moves: [Double] = []
    var lazy = 0.0
    var lazyRoots: [Double] = []
    for m in widths {
      let net = try ADHLW19.TwoLayerNetwork(
        weights: try Matrix(rows: m, columns: d, elements: Array(all.weights.elements.prefix(m * d))),
        outputWeights: Array(all.outputWeights.prefix(m)))
      let record = try ADHLW19.train(net, inputs: task.inputs, labels: task.labels, stepSize: eta, iterations: steps)
      distances.append(record.distance)
      ratios.append(record.distance / root)
      moves.append(record.neuronMovements.max() ?? 0)
      let shifted = zip(task.labels, record.initialOutputs).map { $0 - $1 }
      let q0 = (try ADHLW19.quadraticForm(task.gram, shifted).value).squareRoot()
      lazy = record.distance / q0
      lazyRoots.append(q0)
      context.note("m = \(m): ‖ΔW‖_F, √(yᵀH⁻¹y), √q₀ = √((y − u(0))ᵀH⁻¹(y − u(0))), max‖Δw_r‖, Φ(K)", [record.distance, root, q0, moves.last!, record.losses[steps]])
    }
    return (distances, ratios, moves, lazy, lazyRoots)
  }
}
