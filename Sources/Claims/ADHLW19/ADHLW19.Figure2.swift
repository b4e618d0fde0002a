import Foundation
import Generators
import LinearAlgebra
import Theory
import Verification

extension ADHLW19Claims {
  /// `ADHLW19.Figure2`: App. A, Figure 2 (loss, error and complexity against the fraction of random labels).
  static let figure2 = Claim(
    id: "ADHLW19.Figure2", paper: .ADHLW19, location: "App. A, Figure 2",
    kinds: [.figure, .trend],
    statement:
      "The test ℓ₁ loss, the classification error and the complexity √(2yᵀ(H^∞)⁻¹y/n) all grow with the fraction "
      + "of randomized labels; the complexity tracks the test error.",
    notes: [
      "**Setting.** As Figure 1 (synthetic two-class data, or MNIST 0/1 with `--mnist DIR`), n = 100 training points, "
        + "m = min(10⁴, 2000·scale), κ = 10⁻², η = 1/λ_max(H^∞) on the sum loss, K = 200 steps; each label replaced by "
        + "a uniform ±1 with probability ρ (nested over ρ), test labels likewise (synthetic: 2000 fresh points; MNIST: "
        + "the next images of the file). The table gives the measured losses, the complexity, their ratio, whether "
        + "the main term alone is below the measured loss and whether it is vacuous (≥ 1).",
      "**Trend check.** The complexity (clamped at 6) does not decrease from ρ = 0 to 0.2, 0.4, 0.6, 0.8, 1 (n = 100, "
        + "d = 20, nested corruptions on the same inputs).",
    ],
    checks: [
      Check(
        "complexity vs ρ = 0, 0.2, …, 1", reading: "n = 100, nested corruptions", budget: Budget(test: 5, report: 200),
        .trend(
          TrendSpec(
            metric: "min(√(2yᵀ(H^∞)⁻¹y/n), 6)", range: 0...6,
            arms: [0, 0.2, 0.4, 0.6, 0.8, 1].map { rho in
              TrendSpec.Arm("ρ = \(Format.number(rho))") { context in
                var shared = Engine.context(claimID: "ADHLW19.Figure2", check: "trend", arm: "shared", seed: context.seed, trial: context.trial).rng
                let data = try ADHLW19.twoClassInputs(count: 100, dimension: 20, separation: 1, using: &shared)
                let y = try ADHLW19.randomizedLabels(data.classes, fraction: rho, using: &shared)
                return min(6, try ADHLW19.complexity(try ADHLW19.gramInfinity(data.inputs), y))
              }
            }, comparisons: (0..<5).map { TrendSpec.Comparison($0, atMost: $0 + 1) }))),
    ],
    figures: [
      FigureSpec(
        name: "ADHLW19-Figure2",
        caption:
          "ADHLW19 Fig. 2 reproduced (synthetic two-class data unless --mnist): test ℓ₁ loss, test 0-1 error and the "
          + "complexity √(2yᵀ(H^∞)⁻¹y/n) against the fraction ρ of randomized labels."
      ) { context in try figure2Render(context) },
    ])

  static func figure2Render(_ context: FigureContext) throws -> RenderedFigure {
    let m = min(10_000, Int(2000 * context.scale)), steps = 200, n = 100
    var rng = Engine.context(claimID: "ADHLW19.Figure2", check: "figure", seed: context.seed, trial: 0).rng
    let train: (inputs: Matrix, labels: [Double])
    let test: (inputs: Matrix, labels: [Double])
    let source: String
    if let dir = context.mnistDirectory {
      let all = try ADHLW19.binaryImages(ADHLW19.mnistSource(directory: dir), positive: 0, negative: 1, limit: n + 2000)
      let d = all.inputs.columns
      train = (try Matrix(rows: n, columns: d, elements: Array(all.inputs.elements.prefix(n * d))), Array(all.labels.prefix(n)))
      let rest = all.labels.count - n
      test = (try Matrix(rows: rest, columns: d, elements: Array(all.inputs.elements.suffix(rest * d))), Array(all.labels.suffix(rest)))
      source = "MNIST 0 vs 1"
    } else {
      let a = try ADHLW19.twoClassInputs(count: n, dimension: 20, separation: 1, using: &rng)
      let b = try ADHLW19.twoClassInputs(count: 2000, dimension: 20, separation: 1, using: &rng)
      train = (a.inputs, a.classes)
      test = (b.inputs, b.classes)
      source = "synthetic two-class, d = 20"
    }
    let base = try ADHLW19.Task(inputs: train.inputs, labels: train.labels)
    let net = try ADHLW19.initialization(width: max(1, m), dimension: train.inputs.columns, kappa: 0.01, using: &rng)
    let rhos = [0, 0.2, 0.4, 0.6, 0.8, 1.0]
    var l1: [(x: Double, y: Double)] = [], err: [(x: Double, y: Double)] = [], cx: [(x: Double, y: Double)] = []
    var table = "Data: \(source), n = \(n), m = \(m), κ = 0.01, η = 1/λ_max on the sum loss, K = \(steps); λ₀ = \(Format.number(base.lambdaZero, digits: 4)).\n\n"
    table += "| ρ | train Φ(K)/n | test ℓ₁ loss | test clipped ℓ₁ | test 0-1 error | complexity √(2yᵀH⁻¹y/n) | error/complexity | main term < error? | vacuous (≥ 1)? |\n"
    table += "|---:|---:|---:|---:|---:|---:|---:|---|---|\n"
    // Nested corruptions: one stream for the training labels, one for the test labels, restarted per ρ.
    for rho in rhos {
      var trainNoise = Engine.context(claimID: "ADHLW19.Figure2", check: "figure", arm: "train noise", seed: context.seed, trial: 0).rng
      var testNoise = Engine.context(claimID: "ADHLW19.Figure2", check: "figure", arm: "test noise", seed: context.seed, trial: 0).rng
      let y = try ADHLW19.randomizedLabels(train.labels, fraction: rho, using: &trainNoise)
      let yTest = try ADHLW19.randomizedLabels(test.labels, fraction: rho, using: &testNoise)
      let task = try base.relabeled(y)
      let record = try ADHLW19.train(net, inputs: train.inputs, labels: y, stepSize: 1 / base.spectrum.lambdaMax, iterations: steps)
      let u = try record.network.outputs(test.inputs)
      var sum1 = 0.0, clipped = 0.0, errors = 0.0
      for i in 0..<yTest.count {
        sum1 += abs(u[i] - yTest[i])
        clipped += min(1, abs(u[i] - yTest[i]))
        errors += yTest[i] * u[i] <= 0 ? 1 : 0
      }
      let N = Double(yTest.count)
      let complexity = try task.complexity()
      l1.append((rho, sum1 / N))
      err.append((rho, errors / N))
      cx.append((rho, complexity))
      table += "| \(Format.number(rho)) | \(Format.number(record.losses[steps] / Double(n), digits: 3)) | \(Format.number(sum1 / N, digits: 4)) | \(Format.number(clipped / N, digits: 4)) | \(Format.number(errors / N, digits: 4)) | \(Format.number(complexity, digits: 4)) | \(Format.number(errors / N / complexity, digits: 3)) | \(complexity < errors / N ? "yes" : "no") | \(complexity >= 1 ? "yes" : "no") |\n"
    }
    let chart = LineChart(
      title: "ADHLW19 Figure 2 (\(source), m = \(m))", xLabel: "fraction ρ of randomized labels", yLabel: "value",
      series: [
        LineChart.Series(label: "test ℓ₁ loss", color: LineChart.palette[0], points: l1),
        LineChart.Series(label: "test 0-1 error", color: LineChart.palette[1], points: err),
        LineChart.Series(label: "√(2yᵀH⁻¹y/n)", color: LineChart.palette[2], points: cx),
      ])
    return RenderedFigure(svg: chart.svg, table: table)
  }
}
