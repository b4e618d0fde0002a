import Foundation
import Generators
import LinearAlgebra
import Theory
import Verification

extension ADHLW19Claims {
  /// `ADHLW19.Figure2`: App. A, Figure 2 (loss, error and complexity against the fraction of random labels).
  static let figure2 = Claim(
    id: "ADHLW19.Figure2", paper: .ADHLW19, location: "App. A, Figure 2",
    kinds: [.figure, .always, .trend],
    statement:
      "The test ℓ₁ loss, the classification error and the complexity √(2yᵀ(H^∞)⁻¹y/n) all grow with the fraction "
      + "of randomized labels; the complexity tracks the test error.",
    notes: [
      "**Data (MNIST 0/1 by default).** App. A: 10,000 training and 2,000 validation images of MNIST's first two "
        + "classes. By default a **subset**, the committed 5,000-image sample's zeros and ones (500 each, file order): "
        + "the first \(figureTrainPerClass) of each digit are the training set (n = \(2 * figureTrainPerClass), as in "
        + "Figure 1), the other \(500 - figureTrainPerClass) of each digit the test set (\(2 * (500 - figureTrainPerClass)) images); "
        + "`--mnist DIR` draws the figure on the paper's data (the first n = min(10⁴, \(2 * figureTrainPerClass)·scale) "
        + "images of 0 and 1 of the full training file, the next 2,000 for testing); the checks and replays always "
        + "read the committed sample.",
      "**Setting.** m = min(10⁴, \(figureWidthPerScale)·scale) (the paper's 10⁴ from `--scale \(10_000 / figureWidthPerScale)`), κ = 10⁻², "
        + "η = 1/λ_max(H^∞) on the sum loss, K = \(figure2Steps) steps (trained in the span of the training inputs, as "
        + "Figure 1); each label replaced by a uniform ±1 with probability ρ, nested over ρ (the same uniform draws "
        + "decide at every ρ), test labels likewise. The table gives the training loss reached, the test losses, the "
        + "complexity, their ratio, whether the main term alone is below the measured error and whether it is vacuous (≥ 1).",
      "**Checks.** (1) The figure's runs (always): trial t draws one initialization (its stream) and one nested "
        + "corruption (its shared stream) and trains at every ρ; the test 0-1 error, the test ℓ₁ loss and the "
        + "complexity must each be larger at ρ = 1 than at ρ = 0 (the ends of the figure; between neighbouring ρ a "
        + "single run need not be monotone). Trial 0 is the figure: `theorems replay ADHLW19.Figure2 --check "
        + "'\(figure2RunsLabel)' --trial 0` prints every number of its table. (2) The complexity does not decrease "
        + "from ρ = 0 to 0.2, 0.4, 0.6, 0.8, 1 on the figure's training images: a paired trend (trial i: one nested "
        + "corruption, from `context.shared`, for every ρ), clamped at \(Format.number(figure2ComplexityCap)), minimum "
        + "effect \(Format.number(figure2MinimumEffect)) with 750 paired runs (√(2/λ₀) ≈ 7 bounds the complexity; the clamp at 5 keeps the range, which sets the Bernstein bound's width, small; the steps between ρ = 0.6, 0.8 and 1 grow by about 0.1–0.4, below what the budget can resolve: the check refutes a reversal of 0.7, not of 0.1).",
    ],
    checks: [figure2RunsCheck, figure2ComplexityTrend],
    figures: [
      FigureSpec(
        name: "ADHLW19-Figure2",
        caption:
          "ADHLW19 Fig. 2 reproduced on MNIST 0 vs 1 (by default the committed sample: 50 + 50 training, 450 + 450 test "
          + "images, a subset; the paper's data with --mnist): test ℓ₁ loss, test 0-1 error and the complexity "
          + "√(2yᵀ(H^∞)⁻¹y/n) against the fraction ρ of randomized labels."
      ) { context in try figure2Render(context) },
    ])

  static let figure2Rhos = [0, 0.2, 0.4, 0.6, 0.8, 1.0]
  static let figure2Steps = 200
  static let figure2ComplexityCap = 5.0
  static let figure2MinimumEffect = 0.7
  static let figure2RunsLabel = "MNIST 0/1 runs: test error, ℓ₁ loss and complexity larger at ρ = 1 than at ρ = 0"

  /// One run of Figure 2: a row per ρ.
  struct Figure2Run: Sendable {
    struct Row: Sendable {
      var rho: Double
      var trainLoss: Double
      var testL1: Double
      var testClipped: Double
      var testError: Double
      var complexity: Double
    }
    var n: Int
    var m: Int
    var lambdaZero: Double
    var rows: [Row]
  }

  static let figure2Cache = RunCache<Figure2Run>()

  /// The nested corruption of App. A's "fraction ρ of randomized labels": a copy of `noise`
  /// per ρ, so that the same uniform draws decide at every ρ (training labels, then test labels).
  static func nestedCorruption(_ y: [Double], _ yTest: [Double], rho: Double, noise: RandomStream) throws -> ([Double], [Double]) {
    var stream = noise
    let train = try ADHLW19.randomizedLabels(y, fraction: rho, using: &stream)
    let test = try ADHLW19.randomizedLabels(yTest, fraction: rho, using: &stream)
    return (train, test)
  }

  /// Run `trial` of the figure check: the initialization from the trial's stream, the nested
  /// corruption from its shared stream; every number is recorded in the trace.
  static func figure2Run(_ context: inout TrialContext, data: ADHLW19.ZerosAndOnes, trainCount: Int, width m: Int) throws -> Figure2Run {
    let (x, y) = try firstRows(data.trainInputs, data.trainLabels, trainCount)
    let n = y.count
    let base = try ADHLW19.Task(inputs: x, labels: y)
    let eta = 1 / base.spectrum.lambdaMax
    let net = try ADHLW19.initialization(width: m, dimension: x.columns, kappa: 0.01, using: &context.rng)
    let noise = context.shared
    context.note("n, N (test), m, K, λ₀, η", [Double(n), Double(data.testLabels.count), Double(m), Double(figure2Steps), base.lambdaZero, eta])
    var rows: [Figure2Run.Row] = []
    for rho in figure2Rhos {
      let (yTrain, yTest) = try nestedCorruption(y, data.testLabels, rho: rho, noise: noise)
      let record = try ADHLW19.trainInInputSpan(net, inputs: x, labels: yTrain, stepSize: eta, iterations: figure2Steps)
      let u = try record.network.outputs(data.testInputs)
      var l1 = 0.0, clipped = 0.0, errors = 0.0
      for i in 0..<yTest.count {
        l1 += abs(u[i] - yTest[i])
        clipped += min(1, abs(u[i] - yTest[i]))
        errors += yTest[i] * u[i] <= 0 ? 1 : 0
      }
      let count = Double(yTest.count)
      let row = Figure2Run.Row(
        rho: rho, trainLoss: record.losses[figure2Steps] / Double(n), testL1: l1 / count, testClipped: clipped / count,
        testError: errors / count, complexity: try ADHLW19.complexity(base.gram, yTrain))
      context.note(
        "ρ = \(Format.number(rho)): Φ(K)/n, test ℓ₁, clipped ℓ₁, 0-1 error, √(2yᵀH⁻¹y/n)",
        [row.trainLoss, row.testL1, row.testClipped, row.testError, row.complexity])
      rows.append(row)
    }
    return Figure2Run(n: n, m: m, lambdaZero: base.lambdaZero, rows: rows)
  }

  static var figure2RunsCheck: Check {
    Check(
      figure2RunsLabel,
      reading: "MNIST 0/1 (committed sample, n = \(2 * figureTrainPerClass), \(2 * (500 - figureTrainPerClass)) test images), η = 1/λ_max, sum loss, κ = 0.01",
      budget: Budget(test: 1, report: 1, scalable: false),
      .always(
        AlwaysSpec(bound: "test 0-1 error, test ℓ₁ loss and √(2yᵀ(H^∞)⁻¹y/n) at ρ = 0 ≤ at ρ = 1") { context in
          let data = try digits(directory: nil)
          let m = figureWidth(context.level)
          let count = context.isTestLevel ? 40 : data.trainLabels.count
          let run: Figure2Run
          let key = "\(context.seed)|\(context.trial)|\(m)|sample"
          if !context.isTracing, !context.isTestLevel, let cached = figure2Cache[key] {
            run = cached
          } else {
            run = try figure2Run(&context, data: data, trainCount: count, width: m)
            if !context.isTestLevel { figure2Cache[key] = run }
          }
          let first = run.rows.first!, last = run.rows.last!
          return .all([
            .atMost(first.testError, last.testError, relativeTolerance: 0, absoluteTolerance: 0, "test 0-1 error at ρ = 0 vs 1"),
            .atMost(first.testL1, last.testL1, relativeTolerance: 0, absoluteTolerance: 0, "test ℓ₁ loss at ρ = 0 vs 1"),
            .atMost(first.complexity, last.complexity, relativeTolerance: 0, absoluteTolerance: 0, "complexity at ρ = 0 vs 1"),
          ])
        }))
  }

  /// The paired complexity trend on the figure's training images.
  static var figure2ComplexityTrend: Check {
    Check(
      "MNIST 0/1: complexity vs ρ = 0, 0.2, …, 1", reading: "n = \(2 * figureTrainPerClass) training images, nested corruptions, paired",
      budget: Budget(test: 5, report: 750),
      .trend(
        TrendSpec(
          metric: "min(√(2yᵀ(H^∞)⁻¹y/n), \(Format.number(figure2ComplexityCap)))", range: 0...figure2ComplexityCap,
          arms: figure2Rhos.map { rho in
            TrendSpec.Arm("ρ = \(Format.number(rho))") { context in
              let data = try digits(directory: nil)
              let gram = try figure2Gram()
              let y = try ADHLW19.randomizedLabels(data.trainLabels, fraction: rho, using: &context.shared)
              let value = try ADHLW19.complexity(gram, y)
              context.note("√(2yᵀ(H^∞)⁻¹y/n)", value)
              return min(figure2ComplexityCap, value)
            }
          }, comparisons: (0..<(figure2Rhos.count - 1)).map { TrendSpec.Comparison($0, atMost: $0 + 1) },
          paired: true, minimumEffect: figure2MinimumEffect)))
  }

  /// H^∞ of the committed sample's training images (computed once).
  static let figure2GramCache = RunCache<Matrix>()
  static func figure2Gram() throws -> Matrix {
    if let cached = figure2GramCache["sample"] { return cached }
    let gram = try ADHLW19.gramInfinity(try digits(directory: nil).trainInputs)
    figure2GramCache["sample"] = gram
    return gram
  }

  static func figure2Render(_ context: FigureContext) throws -> RenderedFigure {
    let m = figureWidth(.report(scale: context.scale))
    var trial = Engine.context(claimID: "ADHLW19.Figure2", check: figure2RunsLabel, seed: context.seed, trial: 0)
    let run: Figure2Run
    let source: String
    if let dir = context.mnistDirectory {
      let n = min(10_000, Int((Double(2 * figureTrainPerClass) * max(1, context.scale)).rounded()))
      let data = try digits(directory: dir, trainCount: n)
      run = try figure2Run(&trial, data: data, trainCount: n, width: m)
      source = data.summary + " (--mnist; the checks and replays use the committed sample)"
    } else {
      let data = try digits(directory: nil)
      let key = "\(context.seed)|0|\(m)|sample"
      if let cached = figure2Cache[key] {
        run = cached
      } else {
        run = try figure2Run(&trial, data: data, trainCount: data.trainLabels.count, width: m)
        figure2Cache[key] = run
      }
      let command = Engine.replayCommand(claimID: "ADHLW19.Figure2", check: figure2RunsLabel, seed: context.seed, trial: 0)
      source = data.summary + "; trial 0 of the check '\(figure2RunsLabel)'" + (context.scale == 1 ? " (`\(command)` prints every number)" : "")
    }
    var table = "Data: \(source). n = \(run.n), m = \(run.m), κ = 0.01, η = 1/λ_max on the sum loss, K = \(figure2Steps); λ₀ = \(Format.number(run.lambdaZero, digits: 4)).\n\n"
    table += "| ρ | train Φ(K)/n | test ℓ₁ loss | test clipped ℓ₁ | test 0-1 error | complexity √(2yᵀH⁻¹y/n) | error/complexity | main term < error? | vacuous (≥ 1)? |\n"
    table += "|---:|---:|---:|---:|---:|---:|---:|---|---|\n"
    for row in run.rows {
      table += "| \(Format.number(row.rho)) | \(Format.number(row.trainLoss, digits: 3)) | \(Format.number(row.testL1, digits: 4)) | \(Format.number(row.testClipped, digits: 4)) | \(Format.number(row.testError, digits: 4)) | \(Format.number(row.complexity, digits: 4)) | \(Format.number(row.testError / row.complexity, digits: 3)) | \(row.complexity < row.testError ? "yes" : "no") | \(row.complexity >= 1 ? "yes" : "no") |\n"
    }
    let chart = LineChart(
      title: "ADHLW19 Figure 2 (MNIST 0 vs 1, n = \(run.n), m = \(run.m))", xLabel: "fraction ρ of randomized labels", yLabel: "value",
      series: [
        LineChart.Series(label: "test ℓ₁ loss", color: LineChart.palette[0], points: run.rows.map { ($0.rho, $0.testL1) }),
        LineChart.Series(label: "test 0-1 error", color: LineChart.palette[1], points: run.rows.map { ($0.rho, $0.testError) }),
        LineChart.Series(label: "√(2yᵀH⁻¹y/n)", color: LineChart.palette[2], points: run.rows.map { ($0.rho, $0.complexity) }),
      ])
    return RenderedFigure(svg: chart.svg, table: table)
  }
}
