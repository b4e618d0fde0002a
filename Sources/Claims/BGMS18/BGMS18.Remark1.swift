import Generators
import Theory
import Verification

extension BGMS18Claims {
  /// The learning rates of Remark 1's trend.
  static let remark1Rates: [Double] = [0.01, 0.1, 1, 10, 100, 1e4]

  /// `BGMS18.Remark1`: η → ∞ is optimal on the example of Theorem 4 (BGMS18 §6.1, Remark 1;
  /// §5.2).
  static let remark1 = Claim(
    id: "BGMS18.Remark1", paper: .BGMS18, location: "§6.1, Remark 1; §5.2",
    kinds: [.trend, .always],
    statement:
      "On the sequence of Theorem 4, as η → ∞ SGD makes the minimum number of updates (‖w*‖² = d) "
      + "and the learned classifier agrees with w*.",
    notes: [
      "**Setting.** The sequence e₁,…,e_d repeated, w* = (1,…,1), R = v = 1/√(2k), the "
        + "initialization of the proof of Theorem 10; d ∈ [2, 30] and k ∈ [1, 20] log-uniform, α "
        + "uniform in [0.05, 0.95], drawn afresh for every trial of every η.",
      "**Trend.** The metric is the excess (c − d)/c ∈ [0, 1) of the count c of non-zero "
        + "updates over its minimum d; the claim is that it does not increase from each η to the "
        + "next (η = 0.01, 0.1, 1, 10, 100, 10⁴), with Hoeffding intervals. The count is exactly d "
        + "once η ≥ (1 + (1+α)/(2√d))/α (< 28 on this grid): the first update on e_j gives "
        + "w_j = −R/√d + ηvα ≥ 0 and u_j = R/√d − ηv < 0, so N(e_j) = kv(w_j − αu_j) = "
        + "αη − (1+α)/(2√d) ≥ 1 (kv² = Rkv = 1/2). The always-check at η = 10⁴ verifies c = d on "
        + "every trial.",
      "**Agreement with w*.** By the symmetry of the example every final w-row is a·(1,…,1) and "
        + "every u-row b·(1,…,1), and at L_S = 0, kv(σ(a) − σ(b)) ≥ 1 forces a > b; positive "
        + "homogeneity then gives sign N(x) = sign⟨w*, x⟩ for every x, at every η. The "
        + "always-check measures the disagreement on 1000 fresh points uniform in the unit ball, "
        + "at every η: it is exactly 0. What η → ∞ adds is the count, not the agreement.",
    ],
    checks: [
      Check(
        "update count", reading: "excess (c − d)/c non-increasing in η", budget: Budget(test: 20, report: 600),
        .trend(
          TrendSpec.nonIncreasing(
            metric: "excess updates (c − d)/c", range: 0...1,
            arms: remark1Rates.map { eta in
              TrendSpec.Arm("η = \(Format.number(eta))") { context in
                let run = try remark1Run(eta: eta, context: &context)
                return Double(run.updates - run.d) / Double(run.updates)
              }
            }))),
      Check(
        "η = 10⁴: exactly d updates", reading: "the limit η → ∞", budget: Budget(test: 50, report: 2000),
        .always(
          AlwaysSpec(bound: "non-zero updates = d") { context in
            let run = try remark1Run(eta: 1e4, context: &context)
            return .equal(
              Double(run.updates), Double(run.d), tolerance: 0, relative: false,
              "\(run.parameters): non-zero updates")
          })),
      Check(
        "agreement with w*", reading: "fresh points uniform in the unit ball, every η",
        budget: Budget(test: 30, report: 1200),
        .always(
          AlwaysSpec(bound: "sign N(x) = sign⟨w*, x⟩ on 1000 fresh points") { context in
            let eta = remark1Rates[context.trial % remark1Rates.count]
            let run = try remark1Run(eta: eta, context: &context)
            var disagreements = 0
            for _ in 0..<1000 {
              let x = context.rng.nextPointInBall(dimension: run.d)
              let s = x.reduce(0, +)
              let output = try run.network.output(run.weights, x)
              if !(output * s > 0) { disagreements += 1 }
            }
            return .atMost(
              Double(disagreements), 0, absoluteTolerance: 0, "\(run.parameters): disagreements of 1000")
          })),
    ])

  /// One run of Remark 1.
  struct Remark1Run {
    var d: Int
    var updates: Int
    var network: BGMS18.Network
    var weights: BGMS18.Weights
    var parameters: String
  }

  static func remark1Run(eta: Double, context: inout TrialContext) throws -> Remark1Run {
    let d = BGMS18Ranges.logUniform(2...30, using: &context.rng)
    let k = BGMS18Ranges.logUniform(1...20, using: &context.rng)
    let alpha = context.rng.nextUniform(in: 0.05, 0.95)
    let scale = try BGMS18.equation6Scale(k: k)
    let network = try BGMS18.Network(k: k, d: d, v: scale, activation: .leakyReLU(alpha: alpha))
    let S = try BGMS18.TrainingSet.standardBasis(dimension: d)
    let W0 = try BGMS18.theorem10Initialization(k: k, d: d, R: scale)
    let result = try network.trainFirstLayer(from: W0, on: S, learningRate: eta, order: .cyclic, maxSteps: 50_000_000)
    let parameters = "d = \(d), k = \(k), α = \(Format.number(alpha, digits: 3)), η = \(Format.number(eta))"
    context.note("parameters", parameters)
    context.note("outcome", result.outcome)
    context.note("non-zero updates", result.nonZeroUpdates)
    guard result.outcome == .converged else {
      throw InvalidParameter("outcome", "\(result.outcome)", "the run of Remark 1 must reach L_S = 0 (\(parameters))")
    }
    return Remark1Run(d: d, updates: result.nonZeroUpdates, network: network, weights: result.weights, parameters: parameters)
  }
}
