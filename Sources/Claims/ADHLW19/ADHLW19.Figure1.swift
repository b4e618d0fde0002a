import Foundation
import Generators
import LinearAlgebra
import Theory
import Verification

extension ADHLW19Claims {
  /// `ADHLW19.Figure1`: App. A, Figure 1 (training speed for true, random and worst-case labels).
  static let figure1 = Claim(
    id: "ADHLW19.Figure1", paper: .ADHLW19, location: "App. A, Figure 1",
    kinds: [.figure, .trend],
    statement:
      "Training loss against iterations for true, random and worst-case labels (the eigenvector of λ_min): true "
      + "labels train fastest, worst-case labels slowest; with the eigenvalues of H^∞ and the projections of y on its "
      + "eigenvectors.",
    notes: [
      "**Data.** Synthetic by default: n two-class inputs x = normalize(c·e₁ + g), g ~ N(0, I/d), d = 20, true labels "
        + "y = c; random labels i.i.d. ±1; worst-case labels = the eigenvector of λ_min(H^∞) scaled to ‖y‖₂ = √n (the "
        + "norm of ±1 labels; its entries may exceed 1, outside |y_i| ≤ 1). With `--mnist DIR`, MNIST digits 0 (+1) "
        + "and 1 (−1), each image scaled to unit norm, the first n of them. n = 100 (MNIST: 100·max(1, scale) up to "
        + "1000); m = min(10⁴, 2000·scale) (the paper's m = 10⁴ from --scale 5); κ = 10⁻² as in App. A.",
      "**Loss and step size.** App. A: η = 10⁻³, full-batch GD. With the sum loss Φ = ½Σ (Eq. 2) the iteration is "
        + "stable only if ηλ_max(H^∞) < 2, and λ_max grows like n for inputs with a common direction (MNIST n = 10⁴: "
        + "λ_max in the thousands), so App. A probably used a mean loss, i.e. η/n on the sum. The curves use η = "
        + "1/λ_max(H^∞) on the sum loss (stable, and comparable across label sets); the table lists ηλ_max for "
        + "η = 10⁻³ under both readings (sum: unstable once > 2; mean: the number of steps to train grows like n).",
      "**Trend check.** Relative loss ‖y − u(K)‖²/‖y‖² after K = 30 steps (n = 40, d = 10, m = 1024, κ = 0.01, "
        + "η = 1/λ_max): true ≤ random ≤ worst-case, paired (same inputs and initialization in every arm); clamped at 1.",
    ],
    checks: [
      Check(
        "loss after K: true ≤ random ≤ worst case", reading: "η = 1/λ_max, sum loss", budget: Budget(test: 1, report: 40),
        .trend(
          TrendSpec(
            metric: "min(‖y − u(K)‖²/‖y‖², 1)", range: 0...1,
            arms: ["true", "random", "worst case"].map { which in
              TrendSpec.Arm(which) { context in
                let n = 40, d = 10, steps = 30
                var shared = Engine.context(claimID: "ADHLW19.Figure1", check: "trend", arm: "shared", seed: context.seed, trial: context.trial).rng
                let data = try ADHLW19.twoClassInputs(count: n, dimension: d, separation: 1, using: &shared)
                let random = ADHLW19.randomLabels(count: n, using: &shared)
                let net = try ADHLW19.initialization(width: 1024, dimension: d, kappa: 0.01, using: &shared)
                let base = try ADHLW19.Task(inputs: data.inputs, labels: data.classes)
                let y = which == "true" ? data.classes : which == "random" ? random : base.spectrum.bottomEigenvector(norm: Double(n).squareRoot())
                let record = try ADHLW19.train(net, inputs: data.inputs, labels: y, stepSize: 1 / base.spectrum.lambdaMax, iterations: steps)
                return min(1, record.residualNorms[steps] * record.residualNorms[steps] / Double(n))
              }
            }, comparisons: [TrendSpec.Comparison(0, atMost: 1), TrendSpec.Comparison(1, atMost: 2)]))),
    ],
    figures: [
      FigureSpec(
        name: "ADHLW19-Figure1",
        caption:
          "ADHLW19 Fig. 1 reproduced (synthetic two-class data unless --mnist): (a) relative training loss "
          + "‖y − u(k)‖²/‖y‖² for true, random and worst-case labels, with Thm 4.1's prediction; (b) eigenvalues of "
          + "H^∞; (c) cumulative label energy on the top eigenvectors."
      ) { context in try figure1Render(context) },
    ])

  /// The figure's data set: synthetic, or MNIST 0/1 with `--mnist DIR`.
  static func adhlw19Figure1Data(_ context: FigureContext) throws -> (inputs: Matrix, labels: [Double], source: String) {
    if let dir = context.mnistDirectory {
      let n = min(1000, Int(100 * max(1, context.scale)))
      let data = try ADHLW19.binaryImages(ADHLW19.mnistSource(directory: dir), positive: 0, negative: 1, limit: n)
      return (data.inputs, data.labels, "MNIST 0 vs 1, n = \(data.labels.count)")
    }
    // The stream of trial 0 of the figure's stream "figure" (claim ADHLW19.Figure1).
    var rng = Engine.context(claimID: "ADHLW19.Figure1", check: "figure", seed: context.seed, trial: 0).rng
    let data = try ADHLW19.twoClassInputs(count: 100, dimension: 20, separation: 1, using: &rng)
    return (data.inputs, data.classes, "synthetic two-class, n = 100, d = 20")
  }

  static func figure1Render(_ context: FigureContext) throws -> RenderedFigure {
    let data = try adhlw19Figure1Data(context)
    let n = data.labels.count, d = data.inputs.columns
    let m = min(10_000, Int(2000 * context.scale)), steps = 100
    var rng = Engine.context(claimID: "ADHLW19.Figure1", check: "figure", arm: "labels", seed: context.seed, trial: 0).rng
    let task = try ADHLW19.Task(inputs: data.inputs, labels: data.labels)
    let eta = 1 / task.spectrum.lambdaMax
    let sets: [(String, [Double])] = [
      ("true", data.labels), ("random", ADHLW19.randomLabels(count: n, using: &rng)),
      ("worst case", task.spectrum.bottomEigenvector(norm: Double(n).squareRoot())),
    ]
    let net = try ADHLW19.initialization(width: max(1, m), dimension: d, kappa: 0.01, using: &rng)
    var lossSeries: [LineChart.Series] = []
    var energySeries: [LineChart.Series] = []
    var rows: [String] = []
    for (index, (label, y)) in sets.enumerated() {
      let record = try ADHLW19.train(net, inputs: data.inputs, labels: y, stepSize: eta, iterations: steps)
      let p = try task.spectrum.projections(y)
      let predicted = try task.spectrum.predictedResiduals(projections: p, stepSize: eta, iterations: steps)
      let norm2 = y.reduce(0) { $0 + $1 * $1 }
      let color = LineChart.palette[index]
      lossSeries.append(LineChart.Series(label: label, color: color, points: (0...steps).map { (Double($0), record.residualNorms[$0] * record.residualNorms[$0] / norm2) }))
      lossSeries.append(LineChart.Series(label: "\(label), Thm 4.1", color: LineChart.palette[index + 3], points: (0...steps).map { (Double($0), predicted[$0] * predicted[$0] / norm2) }))
      var cumulative = 0.0
      energySeries.append(LineChart.Series(label: label, color: color, points: p.reversed().enumerated().map { (i, v) in
        cumulative += v * v / norm2
        return (Double(i + 1), cumulative)
      }))
      for k in [0, 10, 30, 100] where k <= steps {
        rows.append("| \(label) | \(k) | \(Format.number(record.residualNorms[k] * record.residualNorms[k] / norm2, digits: 4)) | \(Format.number(predicted[k] * predicted[k] / norm2, digits: 4)) |")
      }
    }
    var a = LineChart(title: "(a) training loss", xLabel: "iteration k", yLabel: "‖y − u(k)‖²/‖y‖²", series: lossSeries)
    a.width = 420
    var b = LineChart(
      title: "(b) eigenvalues of H^∞", xLabel: "index (descending)", yLabel: "log10 λ",
      series: [LineChart.Series(label: "λ_i", color: LineChart.palette[0], points: task.spectrum.values.reversed().enumerated().map { (Double($0.offset + 1), log10(max($0.element, 1e-300))) })])
    b.width = 420
    var c = LineChart(title: "(c) label energy on top eigenvectors", xLabel: "number of top eigenvectors", yLabel: "cumulative (v_iᵀy)²/‖y‖²", series: energySeries)
    c.width = 420
    let svg = figure1Panels([a.svg, b.svg, c.svg], panelWidth: 420, panelHeight: 400, title: "ADHLW19 Figure 1 (\(data.source), m = \(m))")
    let lambdaMax = task.spectrum.lambdaMax
    var table = "Data: \(data.source); m = \(m), κ = 0.01, η = 1/λ_max = \(Format.number(eta, digits: 4)) on the sum loss, K = \(steps).\n\n"
    table += "λ₀ = \(Format.number(task.lambdaZero, digits: 4)), λ_max = \(Format.number(lambdaMax, digits: 4)), trace = \(Format.number(task.spectrum.values.reduce(0, +), digits: 6)) (n/2 = \(n / 2)).\n\n"
    table += "App. A's η = 10⁻³: sum loss ηλ_max = \(Format.number(1e-3 * lambdaMax, digits: 4)) (\(1e-3 * lambdaMax < 2 ? "stable" : "unstable: > 2")); mean loss ηλ_max/n = \(Format.number(1e-3 * lambdaMax / Double(n), digits: 4)).\n\n"
    table += "| labels | k | ‖y − u(k)‖²/‖y‖² | Thm 4.1 ‖(I − ηH^∞)^k y‖²/‖y‖² |\n|---|---:|---:|---:|\n" + rows.joined(separator: "\n") + "\n"
    return RenderedFigure(svg: svg, table: table)
  }

  /// Complete SVG panels side by side in one SVG (each nested at its offset).
  static func figure1Panels(_ svgs: [String], panelWidth: Double, panelHeight: Double, title: String) -> String {
    let width = Int(panelWidth * Double(svgs.count)), height = Int(panelHeight) + 24
    var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
      + "viewBox=\"0 0 \(width) \(height)\" font-family=\"sans-serif\" font-size=\"13\">\n"
      + "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
      + "<text x=\"\(width / 2)\" y=\"16\" text-anchor=\"middle\">\(title)</text>\n"
    for (i, panel) in svgs.enumerated() {
      guard let range = panel.range(of: "<svg ") else { continue }
      s += panel.replacingCharacters(in: range, with: "<svg x=\"\(Int(panelWidth * Double(i)))\" y=\"24\" ")
    }
    return s + "</svg>\n"
  }
}
