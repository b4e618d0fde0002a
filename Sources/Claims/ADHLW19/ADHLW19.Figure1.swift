import Foundation
import Generators
import LinearAlgebra
import Theory
import Verification

extension ADHLW19Claims {
  /// `ADHLW19.Figure1`: App. A, Figure 1 (training speed for true, random and worst-case labels).
  static let figure1 = Claim(
    id: "ADHLW19.Figure1", paper: .ADHLW19, location: "App. A, Figure 1",
    kinds: [.figure, .always, .trend],
    statement:
      "Training loss against iterations for true, random and worst-case labels (the eigenvector of λ_min): true "
      + "labels train fastest, worst-case labels slowest; with the eigenvalues of H^∞ and the projections of y on its "
      + "eigenvectors.",
    notes: [
      "**Data (MNIST 0/1 by default).** App. A trains on the first two classes of MNIST, 10,000 training images, "
        + "labels ±1, each image scaled to unit norm. By default the figure and its check run on a **subset**: the "
        + "committed 5,000-image MNIST sample (Data/README.md; SHA-256 checked on load) has 500 zeros and 500 ones; the "
        + "first \(figureTrainPerClass) of each digit (in file order) are the training set, n = \(2 * figureTrainPerClass) "
        + "(digit 0 ↦ +1, digit 1 ↦ −1, pixels/255 divided by the image's norm, d = 784). `theorems report --mnist DIR` "
        + "draws the figure on the paper's data (the first images of 0 and 1 of the full training file, n = "
        + "min(10⁴, \(2 * figureTrainPerClass)·scale)); its check and replays always read the committed sample. Random "
        + "labels: i.i.d. ±1; worst-case labels: the eigenvector of λ_min(H^∞) scaled to ‖y‖₂ = √n (the norm of ±1 "
        + "labels; its entries may exceed 1, outside |y_i| ≤ 1).",
      "**Width, κ and --scale.** κ = 10⁻² as in App. A; m = min(10⁴, \(figureWidthPerScale)·scale): \(figureWidthPerScale) in the "
        + "default report, the paper's m = 10⁴ from `--scale \(10_000 / figureWidthPerScale)`. Training runs in the span of the "
        + "n training inputs (`ADHLW19.trainInInputSpan`: GD sees the inputs only through w_rᵀx_i and moves w_r "
        + "within their span, so the run is the same, at n instead of d = 784 columns per step).",
      "**Loss and step size.** App. A: η = 10⁻³, full-batch GD. With the sum loss Φ = ½Σ (Eq. 2) the iteration is "
        + "stable only if ηλ_max(H^∞) < 2, and λ_max grows like n for inputs with a common direction (MNIST n = 10⁴: "
        + "λ_max in the thousands), so App. A probably used a mean loss, i.e. η/n on the sum. The curves use η = "
        + "1/λ_max(H^∞) on the sum loss (stable, and comparable across label sets), K = \(figure1Steps); the table lists "
        + "ηλ_max for η = 10⁻³ under both readings (sum: unstable once > 2; mean: the number of steps grows like n).",
      "**Checks.** (1) The figure's runs (always): trial t trains one initialization (and one draw of random labels) "
        + "from trial t's stream on the three label sets; its relative loss ‖y − u(K)‖²/‖y‖² after K steps must be "
        + "ordered true ≤ random ≤ worst case. Trial 0 is the figure: `theorems replay ADHLW19.Figure1 --check "
        + "'\(figure1RunsLabel)' --trial 0` prints every number of its table and its curves. (2) A paired trend on "
        + "synthetic data (many runs, cheap): x = normalize(c·e₁ + g), g ~ N(0, I/d), n = 40, d = 10, m = 256, κ = 0.01, "
        + "η = 1/λ_max, K = 30; trial i of every arm uses the same inputs, random labels and initialization "
        + "(`context.shared`); relative loss after K (clamped at 1), true ≤ random ≤ worst case, decided on the paired "
        + "differences with a stated minimum effect (\(Format.number(figure1MinimumEffect)): a reversal that large must be "
        + "refutable) with \(figure1TrendRuns) paired runs (the Bernstein bound at the claim's α refutes about 78/runs of a unit range, so this is the smallest minimum effect the budget affords; the observed differences are about 0.4 and 0.5).",
    ],
    checks: [figure1RunsCheck, figure1TrendCheck],
    figures: [
      FigureSpec(
        name: "ADHLW19-Figure1",
        caption:
          "ADHLW19 Fig. 1 reproduced on MNIST 0 vs 1 (by default the committed sample's first 50 + 50 images, a subset; "
          + "the paper's data with --mnist): (a) relative training loss ‖y − u(k)‖²/‖y‖² for true, random and "
          + "worst-case labels, with Thm 4.1's prediction; (b) eigenvalues of H^∞; (c) cumulative label energy on the "
          + "top eigenvectors."
      ) { context in try figure1Render(context) },
    ])

  /// Training images per digit (the committed sample's first, in file order).
  static let figureTrainPerClass = 50
  /// The figures' width per unit of `--scale` (m = min(10⁴, this·scale)).
  static let figureWidthPerScale = 1000
  /// Steps drawn in Figure 1.
  static let figure1Steps = 100
  static let figure1MinimumEffect = 0.35
  static let figure1TrendRuns = 300

  /// The width of the figures' runs at a budget level: min(10⁴, 1000·scale) in the report, 128
  /// in `swift test` (the same statement, a smaller network).
  static func figureWidth(_ level: BudgetLevel) -> Int {
    switch level {
    case .test: return 128
    case .report(let scale): return max(1, min(10_000, Int((Double(figureWidthPerScale) * scale).rounded())))
    }
  }

  /// MNIST 0/1, loaded once per process: the committed sample's split (nil directory) or the
  /// paper's data from `--mnist DIR` with `trainCount` training images.
  static let digitsCache = RunCache<ADHLW19.ZerosAndOnes>()
  static func digits(directory: String?, trainCount: Int = 0) throws -> ADHLW19.ZerosAndOnes {
    let key = directory.map { "\($0)|\(trainCount)" } ?? "sample"
    if let cached = digitsCache[key] { return cached }
    let value =
      try directory.map { try ADHLW19.ZerosAndOnes.fullSetting(directory: $0, trainCount: trainCount, testCount: 2000) }
      ?? ADHLW19.ZerosAndOnes.committedSample(trainPerClass: figureTrainPerClass, testPerClass: 500 - figureTrainPerClass)
    digitsCache[key] = value
    return value
  }

  /// The first `count` training rows (the test level trains on fewer images).
  static func firstRows(_ x: Matrix, _ y: [Double], _ count: Int) throws -> (Matrix, [Double]) {
    let n = min(count, y.count)
    return (try Matrix(rows: n, columns: x.columns, elements: Array(x.elements.prefix(n * x.columns))), Array(y.prefix(n)))
  }

  static let figure1RunsLabel = "MNIST 0/1 runs: true ≤ random ≤ worst case after K steps"

  /// One run of Figure 1: everything its panels and table show.
  struct Figure1Run: Sendable {
    struct LabelSet: Sendable {
      var name: String
      /// ‖y − u(k)‖²/‖y‖², k = 0…K.
      var loss: [Double]
      /// Thm 4.1's ‖(I − ηH^∞)^k y‖²/‖y‖², k = 0…K.
      var predicted: [Double]
      /// Σ_{top j} (v_jᵀy)²/‖y‖², j = 1…n (descending eigenvalues).
      var energy: [Double]
    }
    var n: Int
    var m: Int
    var eta: Double
    /// Eigenvalues of H^∞, descending.
    var eigenvalues: [Double]
    var sets: [LabelSet]
  }

  static let figure1Cache = RunCache<Figure1Run>()

  /// Run `trial` of the figure check on `x`, `y` (one initialization and one draw of random
  /// labels from the trial's stream), recording every number in the trace.
  static func figure1Run(_ context: inout TrialContext, inputs x: Matrix, labels y: [Double], width m: Int, steps: Int) throws -> Figure1Run {
    let n = y.count
    let task = try ADHLW19.Task(inputs: x, labels: y)
    let eta = 1 / task.spectrum.lambdaMax
    let random = ADHLW19.randomLabels(count: n, using: &context.rng)
    let worst = task.spectrum.bottomEigenvector(norm: Double(n).squareRoot())
    let net = try ADHLW19.initialization(width: m, dimension: x.columns, kappa: 0.01, using: &context.rng)
    context.note("n, d, m, K", [n, x.columns, m, steps])
    context.note("λ₀, λ_max, trace(H^∞), η = 1/λ_max", [task.lambdaZero, task.spectrum.lambdaMax, task.spectrum.values.reduce(0, +), eta])
    context.note("App. A's η = 10⁻³: ηλ_max (sum loss), ηλ_max/n (mean loss)", [1e-3 * task.spectrum.lambdaMax, 1e-3 * task.spectrum.lambdaMax / Double(n)])
    context.note("eigenvalues of H^∞, descending", Array(task.spectrum.values.reversed()))
    var sets: [Figure1Run.LabelSet] = []
    for (name, labels) in [("true", y), ("random", random), ("worst case", worst)] {
      let record = try ADHLW19.trainInInputSpan(net, inputs: x, labels: labels, stepSize: eta, iterations: steps)
      let p = try task.spectrum.projections(labels)
      let predicted = try task.spectrum.predictedResiduals(projections: p, stepSize: eta, iterations: steps)
      let norm2 = labels.reduce(0) { $0 + $1 * $1 }
      var cumulative = 0.0
      let energy = p.reversed().map { v -> Double in
        cumulative += v * v / norm2
        return cumulative
      }
      let set = Figure1Run.LabelSet(
        name: name, loss: record.residualNorms.map { $0 * $0 / norm2 }, predicted: predicted.map { $0 * $0 / norm2 }, energy: energy)
      context.note("\(name): ‖y − u(k)‖²/‖y‖², k = 0…K", set.loss)
      context.note("\(name): Thm 4.1 ‖(I − ηH^∞)^k y‖²/‖y‖², k = 0…K", set.predicted)
      context.note("\(name): cumulative label energy on the top eigenvectors", set.energy)
      sets.append(set)
    }
    return Figure1Run(n: n, m: m, eta: eta, eigenvalues: Array(task.spectrum.values.reversed()), sets: sets)
  }

  /// The figure's runs, as an always check (trial 0 is the figure).
  static var figure1RunsCheck: Check {
    Check(
      figure1RunsLabel, reading: "MNIST 0/1 (committed sample, n = \(2 * figureTrainPerClass)), η = 1/λ_max, sum loss, κ = 0.01",
      budget: Budget(test: 1, report: 1, scalable: false),
      .always(
        AlwaysSpec(bound: "‖y − u(K)‖²/‖y‖²: true ≤ random ≤ worst case") { context in
          let data = try digits(directory: nil)
          let m = figureWidth(context.level)
          let (x, y) = try firstRows(data.trainInputs, data.trainLabels, context.isTestLevel ? 40 : data.trainLabels.count)
          let run: Figure1Run
          if context.isTracing || context.isTestLevel {
            run = try figure1Run(&context, inputs: x, labels: y, width: m, steps: figure1Steps)
          } else {
            let key = "\(context.seed)|\(context.trial)|\(m)|sample"
            if let cached = figure1Cache[key] {
              run = cached
            } else {
              run = try figure1Run(&context, inputs: x, labels: y, width: m, steps: figure1Steps)
              figure1Cache[key] = run
            }
          }
          let last = run.sets.map { $0.loss[figure1Steps] }
          return .all([
            .atMost(last[0], last[1], relativeTolerance: 0, absoluteTolerance: 0, "true-label loss at K vs random"),
            .atMost(last[1], last[2], relativeTolerance: 0, absoluteTolerance: 0, "random-label loss at K vs worst case"),
          ])
        }))
  }

  /// The synthetic paired trend (cheap; many runs).
  static var figure1TrendCheck: Check {
    Check(
      "synthetic: loss after K: true ≤ random ≤ worst case", reading: "η = 1/λ_max, sum loss; paired (same data and initialization)",
      budget: Budget(test: 2, report: figure1TrendRuns),
      .trend(
        TrendSpec(
          metric: "min(‖y − u(K)‖²/‖y‖², 1)", range: 0...1,
          arms: ["true", "random", "worst case"].map { which in
            TrendSpec.Arm(which) { context in
              let n = 40, d = 10, steps = 30
              let data = try ADHLW19.twoClassInputs(count: n, dimension: d, separation: 1, using: &context.shared)
              let random = ADHLW19.randomLabels(count: n, using: &context.shared)
              let net = try ADHLW19.initialization(width: 256, dimension: d, kappa: 0.01, using: &context.shared)
              let base = try ADHLW19.Task(inputs: data.inputs, labels: data.classes)
              let y = which == "true" ? data.classes : which == "random" ? random : base.spectrum.bottomEigenvector(norm: Double(n).squareRoot())
              let record = try ADHLW19.train(net, inputs: data.inputs, labels: y, stepSize: 1 / base.spectrum.lambdaMax, iterations: steps)
              let value = min(1, record.residualNorms[steps] * record.residualNorms[steps] / Double(n))
              context.note("relative loss after K", value)
              return value
            }
          }, comparisons: [TrendSpec.Comparison(0, atMost: 1), TrendSpec.Comparison(1, atMost: 2)],
          paired: true, minimumEffect: figure1MinimumEffect)))
  }

  static func figure1Render(_ context: FigureContext) throws -> RenderedFigure {
    let m = figureWidth(.report(scale: context.scale))
    let run: Figure1Run
    let source: String
    var trial = Engine.context(claimID: "ADHLW19.Figure1", check: figure1RunsLabel, seed: context.seed, trial: 0)
    if let dir = context.mnistDirectory {
      let n = min(10_000, Int((Double(2 * figureTrainPerClass) * max(1, context.scale)).rounded()))
      let data = try digits(directory: dir, trainCount: n)
      run = try figure1Run(&trial, inputs: data.trainInputs, labels: data.trainLabels, width: m, steps: figure1Steps)
      source = data.summary + " (--mnist; the check and replays use the committed sample)"
    } else {
      let data = try digits(directory: nil)
      let key = "\(context.seed)|0|\(m)|sample"
      if let cached = figure1Cache[key] {
        run = cached
      } else {
        run = try figure1Run(&trial, inputs: data.trainInputs, labels: data.trainLabels, width: m, steps: figure1Steps)
        figure1Cache[key] = run
      }
      let command = Engine.replayCommand(claimID: "ADHLW19.Figure1", check: figure1RunsLabel, seed: context.seed, trial: 0)
      source = data.summary + "; trial 0 of the check '\(figure1RunsLabel)'" + (context.scale == 1 ? " (`\(command)` prints every number)" : "")
    }
    let steps = figure1Steps
    var lossSeries: [LineChart.Series] = []
    var energySeries: [LineChart.Series] = []
    var rows: [String] = []
    for (index, set) in run.sets.enumerated() {
      lossSeries.append(LineChart.Series(label: set.name, color: LineChart.palette[index], points: set.loss.enumerated().map { (Double($0), $1) }))
      lossSeries.append(LineChart.Series(label: "\(set.name), Thm 4.1", color: LineChart.palette[index + 3], points: set.predicted.enumerated().map { (Double($0), $1) }))
      energySeries.append(LineChart.Series(label: set.name, color: LineChart.palette[index], points: set.energy.enumerated().map { (Double($0 + 1), $1) }))
      for k in [0, 10, 30, 100] where k <= steps {
        rows.append("| \(set.name) | \(k) | \(Format.number(set.loss[k], digits: 4)) | \(Format.number(set.predicted[k], digits: 4)) |")
      }
    }
    var a = LineChart(title: "(a) training loss", xLabel: "iteration k", yLabel: "‖y − u(k)‖²/‖y‖²", series: lossSeries)
    a.width = 420
    var b = LineChart(
      title: "(b) eigenvalues of H^∞", xLabel: "index (descending)", yLabel: "log10 λ",
      series: [LineChart.Series(label: "λ_i", color: LineChart.palette[0], points: run.eigenvalues.enumerated().map { (Double($0.offset + 1), log10(max($0.element, 1e-300))) })])
    b.width = 420
    var c = LineChart(title: "(c) label energy on top eigenvectors", xLabel: "number of top eigenvectors", yLabel: "cumulative (v_iᵀy)²/‖y‖²", series: energySeries)
    c.width = 420
    let svg = Panels.row([a.svg, b.svg, c.svg], panelWidth: 420, panelHeight: 400, title: "ADHLW19 Figure 1 (MNIST 0 vs 1, n = \(run.n), m = \(run.m))")
    let lambdaMax = run.eigenvalues.first ?? .nan
    let lambdaZero = run.eigenvalues.last ?? .nan
    var table = "Data: \(source). m = \(run.m), κ = 0.01, η = 1/λ_max = \(Format.number(run.eta, digits: 4)) on the sum loss, K = \(steps).\n\n"
    table += "λ₀ = \(Format.number(lambdaZero, digits: 4)), λ_max = \(Format.number(lambdaMax, digits: 4)), trace = \(Format.number(run.eigenvalues.reduce(0, +), digits: 6)) (n/2 = \(Format.number(Double(run.n) / 2))).\n\n"
    table += "App. A's η = 10⁻³: sum loss ηλ_max = \(Format.number(1e-3 * lambdaMax, digits: 4)) (\(1e-3 * lambdaMax < 2 ? "stable" : "unstable: > 2")); mean loss ηλ_max/n = \(Format.number(1e-3 * lambdaMax / Double(run.n), digits: 4)).\n\n"
    table += "| labels | k | ‖y − u(k)‖²/‖y‖² | Thm 4.1 ‖(I − ηH^∞)^k y‖²/‖y‖² |\n|---|---:|---:|---:|\n" + rows.joined(separator: "\n") + "\n"
    return RenderedFigure(svg: svg, table: table)
  }
}
