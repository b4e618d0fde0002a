import Foundation
import Generators
import LinearAlgebra
import Theory
import Verification

extension ADHLW19Claims {
  /// `ADHLW19.projections`: §4's implication of Theorem 4.1 (phenomenon ③).
  static let projections = Claim(
    id: "ADHLW19.projections", paper: .ADHLW19, location: "§4 (after Thm 4.1); slide \"Implication\"",
    kinds: [.trend],
    statement:
      "The components of the residual on the top eigenvectors of H^∞ decay faster than those on the bottom "
      + "ones; true labels put more of their mass on top eigenvectors than random labels, so they train faster.",
    notes: [
      "**Setting.** n = 40 two-class inputs in d = 10 (x = normalize(c·e₁ + g), g ~ N(0, I/d)); true labels y = c, "
        + "random labels i.i.d. ±1 on the same inputs; m = 2048, κ = 0.01, Φ = ½Σ (sum), η = 1/λ_max(H^∞), K = 30. "
        + "\"Top\" = the 4 largest eigenvalues (10% of n), \"bottom\" = the 20 smallest (50%). All arms of a check "
        + "are paired: trial i uses the same inputs, labels and initialization in every arm.",
      "**Metrics.** (1) per-eigenvector decay on the trained network: the fraction of the label energy left on a "
        + "group after K steps, Σ_group (v_iᵀ(y − u(K)))² / Σ_group (v_iᵀy)², top ≤ bottom; (2) the mass of y on the "
        + "top group, Σ_top (v_iᵀy)²/‖y‖², random ≤ true; (3) the relative training loss ‖y − u(K)‖²/‖y‖² after K "
        + "steps, true ≤ random. Metrics (1) and (3) are clamped at 1. "
        + "Paired decisions (per-trial differences): (1) 100 runs, minimum effect 0.85 (observed ≈ 0.88); (2) 1000 runs, "
        + "minimum effect 0.2 (observed ≈ 0.87); (3) 200 runs, minimum effect 0.45 (observed ≈ 0.39: a reversal as "
        + "large as the effect is just beyond what 200 runs refute at the claim's α). Check (1)'s arms read the same "
        + "training run (computed once per trial).",
    ],
    checks: [
      Check(
        "residual decay: top vs bottom eigenvectors", reading: "true labels; group fractions",
        budget: Budget(test: 1, report: 100),
        .trend(
          TrendSpec(
            metric: "min(label energy left on the group after K steps, 1)", range: 0...1,
            arms: ["top", "bottom"].map { group in
              TrendSpec.Arm(group) { context in
                let run = try projectionRun(&context, randomLabels: false)
                return min(1, group == "top" ? run.topLeft : run.bottomLeft)
              }
            }, comparisons: [TrendSpec.Comparison(0, atMost: 1)], paired: true, minimumEffect: 0.85))),
      Check(
        "label mass on top eigenvectors: random vs true", budget: Budget(test: 20, report: 1000),
        .trend(
          TrendSpec(
            metric: "Σ_top (v_iᵀy)²/‖y‖²", range: 0...1,
            arms: ["random labels", "true labels"].map { which in
              TrendSpec.Arm(which) { context in
                let data = try ADHLW19.twoClassInputs(count: 40, dimension: 10, separation: 1, using: &context.shared)
                let random = ADHLW19.randomLabels(count: 40, using: &context.shared)
                let y = which == "true labels" ? data.classes : random
                let spectrum = try ADHLW19.KernelSpectrum(try ADHLW19.gramInfinity(data.inputs))
                let p = try spectrum.projections(y)
                let mass = p.suffix(4).reduce(0) { $0 + $1 * $1 } / y.reduce(0) { $0 + $1 * $1 }
                context.note("mass on the top 4 eigenvectors", mass)
                return mass
              }
            }, comparisons: [TrendSpec.Comparison(0, atMost: 1)], paired: true, minimumEffect: 0.2))),
      Check(
        "training speed: true vs random labels", reading: "relative loss after K = 30 steps",
        budget: Budget(test: 1, report: 200),
        .trend(
          TrendSpec(
            metric: "min(‖y − u(K)‖²/‖y‖², 1)", range: 0...1,
            arms: ["true labels", "random labels"].map { which in
              TrendSpec.Arm(which) { context in
                min(1, try projectionRun(&context, randomLabels: which == "random labels").relativeLoss)
              }
            }, comparisons: [TrendSpec.Comparison(0, atMost: 1)], paired: true, minimumEffect: 0.45))),
    ])

  /// The runs of the residual-decay check: its arms "top" and "bottom" read the same run.
  static let projectionRuns = RunCache<ProjectionRun>()
  typealias ProjectionRun = (topLeft: Double, bottomLeft: Double, relativeLoss: Double)

  /// One paired run of the projections claim: data, random labels and initialization from the
  /// stream shared by the arms (`context.shared`), so every arm of a check sees the same run.
  /// Computed once per (check, trial) unless traced.
  static func projectionRun(_ context: inout TrialContext, randomLabels: Bool) throws -> ProjectionRun {
    let key = "\(context.seed)|\(context.trial)|\(context.isTestLevel)|\(randomLabels)|\(context.shared.key)"
    if !context.isTracing, let cached = projectionRuns[key] { return cached }
    let value = try projectionRunComputed(&context, randomLabels: randomLabels)
    if !context.isTracing { projectionRuns[key] = value }
    return value
  }

  static func projectionRunComputed(_ context: inout TrialContext, randomLabels: Bool) throws -> ProjectionRun {
    let n = 40, d = 10, m = 2048, steps = 30
    var shared = context.shared
    let data = try ADHLW19.twoClassInputs(count: n, dimension: d, separation: 1, using: &shared)
    let random = ADHLW19.randomLabels(count: n, using: &shared)
    let net = try ADHLW19.initialization(width: m, dimension: d, kappa: 0.01, using: &shared)
    let task = try ADHLW19.Task(inputs: data.inputs, labels: randomLabels ? random : data.classes)
    let eta = 1 / task.spectrum.lambdaMax
    let record = try ADHLW19.train(net, inputs: task.inputs, labels: task.labels, stepSize: eta, iterations: steps, keepResiduals: [steps])
    let before = try task.spectrum.projections(task.labels)
    let after = try task.spectrum.projections(record.residuals[steps]!)
    func left(_ range: Range<Int>) -> Double {
      range.reduce(0) { $0 + after[$1] * after[$1] } / range.reduce(0) { $0 + before[$1] * before[$1] }
    }
    let top = left((n - 4)..<n), bottom = left(0..<20)
    let rel = record.residualNorms[steps] * record.residualNorms[steps] / Double(n)
    context.note("top left, bottom left, relative loss", [top, bottom, rel])
    return (top, bottom, rel)
  }
}
