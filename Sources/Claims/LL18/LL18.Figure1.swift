import Foundation
import Generators
import LinearAlgebra
import Theory
import Verification

extension LL18Claims {
  /// `LL18.Figure1`: the synthetic experiment of §7 (LL18 Fig. 1).
  static let figure1 = Claim(
    id: "LL18.Figure1", paper: .LL18, location: "§7, Figure 1", kinds: [.figure, .always],
    statement:
      "On the §7 mixture (d = 1000, k = 10, l = 2, σ = 1, σ₀ = 5, 1000 + 1000 points, T = 400, B = 16, η = 10/m): "
      + "test accuracy quickly reaches 100%, the activation-pattern difference ratio is < 0.1, the relative "
      + "distance is < 0.1, and the top 20 singular values of W_T − W_0 dominate while W_T's spectrum is flat.",
    notes: [
      "**Runs.** Every number of the figure and of the checks comes from one set of §7 runs: d = 1000, k = 10, "
        + "l = 2, σ = 1, σ₀ = 5, 1000 training and 1000 test points, T = 400 steps of B = 16, η = 10/m, m ∈ {100, 1000, "
        + "10⁴}, both initialization readings, diagnostics every 10 steps. Run i of every (m, reading) trains on the "
        + "same draw of data (its own initialization and batches). Repeats at --scale 1: 5 (the paper's count) at "
        + "m = 100 and 1000, 1 at m = 10⁴ (one 10⁴-unit run costs about as much as five at m = 1000); --scale X "
        + "multiplies them (--scale 5: 25, 25 and 5, the paper's full setting with 5 repeats at m = 10⁴; run once "
        + "with seed 20190101: every check has the verdict it has at --scale 1). The m = 10⁴ runs record the test "
        + "accuracy at T only (its curve would double their cost) and skip the drift measurement. Run i of "
        + "(m, reading) is trial i of the checks labelled `§7, m = …, σ² = …: …`, so `theorems replay LL18.Figure1 "
        + "--check LABEL --trial I` prints every number of that run (all recorded steps, both spectra). Batches: a "
        + "random partition per pass (T = 400 steps of B = 16 on N = 1000 is 6.4 passes; §3's one pass would be "
        + "⌊1000/16⌋ = 62 steps, see the 62-step column of the table).",
      "**Speed.** The runs train in sample space (`LL18.SampleSpaceSGD`, shared with the W1 benchmark): with "
        + "K = X Xᵀ once, P ← P − η K[:, B] G per step (applied in one product per snapshot), ‖W_t − W₀‖ kept "
        + "from the step's inner products, W_T − W₀ = −η Ĝᵀ X formed once; the drift of the kept pre-activations "
        + "against a full recomputation X W_Tᵀ is the table's last column (≤ 1e-9 is required by the unit tests).",
      "**Figure 2 (MNIST).** §7 runs SGD on MNIST for T = 2×10⁴ steps of B = 64 with η = 4×10³/m (the text "
        + "does not give the widths or the input scaling). By default the figure draws the committed 5,000-image "
        + "sample (Data/): a random 1000 images for training and 500 for testing, each image scaled to ‖x‖ = 1 "
        + "((A2)), and, as the other reading of the unstated input scaling, pixels x/255 (‖x‖ ≈ 9) at m = 100 (see "
        + "its rows: the printed η then moves W many times its initial norm), B = 64 and η = 4000/m "
        + "as printed, and T = 2×10⁴ · 1000/60,000 = 333 steps, the same 21.3 passes over the training set as the "
        + "paper's 2×10⁴ steps on 60,000 images; m ∈ {100, 1000}, both initialization readings, 1 run each at "
        + "--scale 1 (X runs at --scale X). With `--mnist DIR` it draws the full training file (50,000 for training, "
        + "the last 10,000 for testing, T = 16,667: 21.3 passes). The runs are trial i of the summary check "
        + "`\(figure2SeriesLabel)` (no claim: §7 says only that the MNIST results are similar, less significant), so "
        + "replay prints them (replay reads the committed sample, not --mnist).",
      "**Checks (always, on every run).** (1) Test accuracy at T ≥ 0.95 (\"quickly converges to 100%\"), relative "
        + "distance at T < 0.1, and the top-20 singular values of W_T − W_0 dominate while W_T's spectrum does not "
        + "(the top-20 share of Σs and the gap s₂₀/s₂₁ larger for W_T − W_0 than for W_T). (2) \"The activation "
        + "pattern difference ratio is less than 0.1\" over (unit, training input) pairs. (3) The same per unit "
        + "(a unit counts as changed when any training input flips it): refuted as printed at every width, since "
        + "nearly every unit flips on some of the 1000 inputs. Under (A3) (variance 1/m) the pairs ratio at m = 100 "
        + "is about 0.12, so (2) is refuted as printed there; the corrected statement (the ratio is below 0.1 from "
        + "m = 1000 on) is the m = 1000 check. Under §7's reading (variance 1/√m) (2) holds at every width. In "
        + "`swift test` the checks run one run each: m = 100, and m = 400 for the m ≥ 1000 checks.",
    ],
    checks: LL18.InitializationReading.allCases.flatMap { reading in
      figure1Widths.flatMap { m in figure1Checks(m: m, reading: reading) }
    } + [figure2SeriesCheck],
    figures: [
      FigureSpec(
        name: "LL18-Figure1",
        caption:
          "LL18 Fig. 1 reproduced (§7 synthetic data, d = 1000, k = 10, l = 2, T = 400, B = 16, η = 10/m): test "
          + "accuracy, activation-pattern change (pairs and per unit), relative distance against steps, and the "
          + "singular values of W_T − W_0 and of W_T; mean ± one standard deviation over repeats."
      ) { context in try figure1Render(context) },
      FigureSpec(
        name: "LL18-Figure2",
        caption:
          "LL18 Fig. 2 reproduced on MNIST (10 digits, d = 784, B = 64, η = 4000/m; by default the committed 5,000-image "
          + "sample, 1000 training and 500 test images, T = 333 steps: the paper's 21.3 passes; the full training file "
          + "with --mnist): the panels of Fig. 1; mean ± one standard deviation over repeats."
      ) { context in try figure2Render(context) },
    ])

  /// The widths of §7.
  static let figure1Widths = [100, 1000, 10_000]

  /// Repeats per (m, reading) at --scale 1 (the figure's runs are the checks' trials).
  static func figure1Budget(m: Int) -> Budget { Budget(test: 1, report: m >= 10_000 ? 1 : 5) }

  /// The §7 setting of a run. m = 10⁴ runs use two GEMM threads (they run alone), record the
  /// test accuracy at T only and skip the drift measurement (each would add half a run).
  static func figure1Setting(m: Int, reading: LL18.InitializationReading) -> LL18.ExperimentSetting {
    var s = LL18.ExperimentSetting.section7(m: m, reading: reading)
    if m >= 10_000 {
      s.threads = 2
      s.testCurve = false
      s.measuresDrift = false
    }
    return s
  }

  /// Run `context.trial` at (m, reading): the series "§7 runs" (tests: m = 100, and m = 400 for
  /// the m ≥ 1000 checks, whose statements hold there too).
  static func figure1Run(_ context: inout TrialContext, m: Int, reading: LL18.InitializationReading) throws -> LL18Runs.Summary {
    let width = context.isTestLevel ? min(m, 400) : m
    return try LL18Runs.summary(
      figure1Setting(m: width, reading: reading), claimID: "LL18.Figure1", series: "§7 runs", spectra: true, context: &context)
  }

  static func figure1Label(m: Int, reading: LL18.InitializationReading, _ what: String) -> String {
    "§7, m = \(m), \(reading.label): \(what)"
  }

  /// The three checks of one (m, reading) (see the claim's notes).
  static func figure1Checks(m: Int, reading: LL18.InitializationReading) -> [Check] {
    let pairs = figure1Label(m: m, reading: reading, "pattern change over pairs < 0.1")
    let pairsExpectation: Expectation =
      reading == .varianceOneOverM && m == 100
      ? .refutedAsPrinted(reason: "under (A3) at m = 100 the pairs ratio is about 0.12")
      : reading == .varianceOneOverM && m == 1000
        ? .correction(of: figure1Label(m: 100, reading: reading, "pattern change over pairs < 0.1")) : .holds
    return [
      Check(
        figure1Label(m: m, reading: reading, "accuracy, distance, low rank"), reading: reading.rawValue,
        budget: figure1Budget(m: m),
        .always(
          AlwaysSpec(bound: "test accuracy at T ≥ 0.95; ‖W_T − W_0‖_F/‖W_0‖_F < 0.1; top-20 share and gap s₂₀/s₂₁ of W_T − W_0 exceed those of W_T") { context in
            let r = try figure1Run(&context, m: m, reading: reading)
            let u = LL18.topShares(r.updateSpectrum, q: 20), w = LL18.topShares(r.weightSpectrum, q: 20)
            return .all([
              .atLeast(r.last.testAccuracy ?? 0, 0.95, "test accuracy at T"),
              .atMost(r.last.relativeDistance, 0.1, "relative distance at T"),
              .condition(u.linear > w.linear, "top-20 share of Σs: W_T − W_0 \(Format.number(u.linear, digits: 3)) vs W_T \(Format.number(w.linear, digits: 3))"),
              .condition((u.gap ?? 0) > (w.gap ?? .infinity), "s₂₀/s₂₁: W_T − W_0 \(Format.number(u.gap ?? .nan, digits: 3)) vs W_T \(Format.number(w.gap ?? .nan, digits: 3))"),
            ])
          })),
      Check(
        pairs, reading: "\(reading.rawValue); pattern change over (unit, input) pairs" + (pairsExpectation == .holds || reading != .varianceOneOverM ? "" : m == 100 ? " (as printed)" : " (corrected: from m = 1000 on)"),
        expectation: pairsExpectation, budget: figure1Budget(m: m),
        .always(
          AlwaysSpec(bound: "fraction of (unit, training input) pairs whose pattern changed < 0.1") { context in
            let r = try figure1Run(&context, m: m, reading: reading)
            return .atMost(r.last.patternChangePairs, 0.1, "pattern change over pairs at T")
          })),
      Check(
        figure1Label(m: m, reading: reading, "pattern change per unit < 0.1"), reading: "\(reading.rawValue); pattern change per unit",
        expectation: .refutedAsPrinted(reason: "read per unit, almost every unit changes its pattern on some training input"),
        budget: figure1Budget(m: m),
        .always(
          AlwaysSpec(bound: "fraction of units whose pattern changed on some training input < 0.1") { context in
            let r = try figure1Run(&context, m: m, reading: reading)
            return .atMost(r.last.patternChangeUnits, 0.1, "pattern change per unit at T")
          })),
    ]
  }

  typealias Figure1Run = LL18Runs.Summary

  static func figure1Render(_ context: FigureContext) throws -> RenderedFigure {
    var groups: [(LL18.InitializationReading, Int, [Figure1Run], String)] = []
    for reading in LL18.InitializationReading.allCases {
      for m in figure1Widths {
        let count = figure1Budget(m: m).trials(at: .report(scale: context.scale))
        let setting = figure1Setting(m: m, reading: reading)
        let runs = try ParallelTrials.map(count: count, jobs: context.jobs) { i -> Result<Figure1Run, any Error> in
          Result { try LL18Runs.summary(setting, claimID: "LL18.Figure1", series: "§7 runs", spectra: true, seed: context.seed, trial: i) }
        }.map { try $0.get() }
        groups.append((reading, m, runs, ""))
      }
    }
    let replay =
      "Run i of (m, reading) is trial i of the checks `§7, m = …, σ² = …: …`; `theorems replay LL18.Figure1 --check "
      + "'§7, m = 1000, σ² = 1/m: accuracy, distance, low rank' --trial 0` prints all its numbers.\n\n"
    return try renderRuns(groups, onePass: 62, preface: replay)
  }

  /// The six panels (test accuracy, pattern change in both readings, relative distance against
  /// steps; singular values of W_T − W_0 and W_T) and the table of one group of runs per
  /// (reading, m): mean ± one standard deviation over the group's runs.
  static func renderRuns(
    _ groups: [(LL18.InitializationReading, Int, [Figure1Run], String)], onePass: Int, passes: String = "one pass", preface: String
  ) throws -> RenderedFigure {
    var table =
      "| reading | m | runs | test accuracy at T | pattern change, pairs | pattern change, per unit | relative distance | "
      + "at step \(onePass) (\(passes)): pairs / distance | top-20 share of Σs (W_T − W_0 / W_T) | s₂₀/s₂₁ (W_T − W_0 / W_T) | "
      + "largest drift of kept P (0: none kept) |\n"
      + "|---|---:|---:|---|---|---|---|---|---|---|---|\n"
    var panels: [[LineChart.Series]] = Array(repeating: [], count: 6)
    var color = 0
    for (reading, m, runs, suffix) in groups {
      do {
        let repeats = runs.count
        let steps = runs[0].snapshots.map { Double($0.step) }
        func stat(_ f: (Figure1Run) -> Double) -> (Double, Double) {
          let v = runs.map(f)
          let mean = v.reduce(0, +) / Double(v.count)
          let sd = (v.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(1, v.count - 1))).squareRoot()
          return (mean, sd)
        }
        let label = "\(reading == .varianceOneOverM ? "1/m" : "1/√m"), m = \(m)\(suffix)"
        let c = LineChart.palette[color % LineChart.palette.count]
        color += 1
        let metrics: [(LL18.Snapshot) -> Double] = [
          { $0.testAccuracy ?? 0 }, { $0.patternChangePairs }, { $0.patternChangeUnits }, { $0.relativeDistance },
        ]
        for (p, metric) in metrics.enumerated() {
          // Runs that record the test accuracy at T only (m = 10⁴) plot that point alone.
          let recorded = steps.indices.filter { t in p != 0 || runs.allSatisfy { $0.snapshots[t].testAccuracy != nil } }
          let x = recorded.map { steps[$0] }
          let series = recorded.map { t in stat { metric($0.snapshots[t]) } }
          panels[p].append(
            LineChart.Series(
              label: label, color: c, points: zip(x, series).map { (x: $0, y: $1.0) },
              band: zip(x, series).map { (x: $0, low: $1.0 - $1.1, high: $1.0 + $1.1) }))
        }
        let q = min(60, runs[0].updateSpectrum.count)
        for (p, spectrum) in [(4, \Figure1Run.updateSpectrum), (5, \Figure1Run.weightSpectrum)] {
          let series = (0..<q).map { i in stat { $0[keyPath: spectrum][i] } }
          panels[p].append(
            LineChart.Series(
              label: label, color: c, points: series.enumerated().map { (x: Double($0 + 1), y: $1.0) },
              band: series.enumerated().map { (x: Double($0 + 1), low: $1.0 - $1.1, high: $1.0 + $1.1) }))
        }
        func pm(_ s: (Double, Double)) -> String { "\(Format.number(s.0, digits: 4)) ± \(Format.number(s.1, digits: 2))" }
        let last = { (r: Figure1Run) in r.snapshots[r.snapshots.count - 1] }
        let su = runs.map { LL18.topShares($0.updateSpectrum, q: 20) }, sw = runs.map { LL18.topShares($0.weightSpectrum, q: 20) }
        let mean = { (v: [Double]) in Format.number(v.reduce(0, +) / Double(v.count), digits: 3) }
        table +=
          "| \(reading.rawValue)\(suffix) | \(m) | \(repeats) | \(pm(stat { last($0).testAccuracy ?? 0 })) | \(pm(stat { last($0).patternChangePairs })) | "
          + "\(pm(stat { last($0).patternChangeUnits })) | \(pm(stat { last($0).relativeDistance })) | "
          + "\(pm(stat { $0.snapshot(atOrBefore: onePass).patternChangePairs })) / \(pm(stat { $0.snapshot(atOrBefore: onePass).relativeDistance })) | "
          + "\(mean(su.map(\.linear))) / \(mean(sw.map(\.linear))) | \(mean(su.map { $0.gap ?? .nan })) / \(mean(sw.map { $0.gap ?? .nan })) | "
          + "\(Format.number(runs.map(\.drift).max() ?? 0, digits: 2)) |\n"
      }
    }
    let titles = [
      ("test accuracy", "step"), ("pattern change over (unit, input) pairs", "step"), ("pattern change per unit", "step"),
      ("‖W_t − W_0‖_F / ‖W_0‖_F", "step"), ("singular values of W_T − W_0", "index"), ("singular values of W_T", "index"),
    ]
    var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1280\" height=\"1200\" viewBox=\"0 0 1280 1200\">\n"
    for (p, (title, x)) in titles.enumerated() {
      let chart = LineChart(title: title, xLabel: x, yLabel: title, series: panels[p]).svg
      let dx = (p % 2) * 640, dy = (p / 2) * 400
      svg += chart.replacingOccurrences(of: "<svg xmlns=\"http://www.w3.org/2000/svg\" ", with: "<svg x=\"\(dx)\" y=\"\(dy)\" ", options: [], range: chart.range(of: "<svg xmlns=\"http://www.w3.org/2000/svg\" "))
    }
    svg += "</svg>\n"
    return RenderedFigure(svg: svg, table: preface + table)
  }

  /// The runs of Figure 2 (MNIST) per reading: m = 100 and 1000 on unit-norm images, and m = 100
  /// on pixels x/255 (the other reading of the unstated input scaling).
  static let figure2Arms = [(100, true), (1000, true), (100, false)]
  static let figure2Budget = Budget(test: 1, report: 1)
  static let figure2SeriesLabel = "MNIST runs of Figure 2 (no claim)"

  /// The MNIST runs as a summary check: trial i of arm (m, reading) is run i; tests run m = 100.
  static let figure2SeriesCheck = Check(
    figure2SeriesLabel, reading: "the figure's runs (no claim)", budget: figure2Budget,
    .trend(
      TrendSpec(
        metric: "test accuracy at T (MNIST)", range: 0...1,
        arms: LL18.InitializationReading.allCases.flatMap { reading in
          figure2Arms.map { (m, unitNorm) in
            TrendSpec.Arm("m = \(m), \(reading.label)\(unitNorm ? "" : ", pixels x/255")") { context in
              // Tests: m = 100 and 30 steps (the same code path).
              let width = context.isTestLevel ? 100 : m
              let r = try LL18MNIST.run(
                m: width, reading: reading, seed: context.seed, trial: context.trial, mnist: nil, tracing: context.isTracing,
                steps: context.isTestLevel ? 30 : nil, unitNorm: unitNorm)
              if context.isTracing { r.note(into: &context) }
              return r.last.testAccuracy ?? 0
            }
          }
        },
        comparisons: [])))

  static func figure2Render(_ context: FigureContext) throws -> RenderedFigure {
    let count = figure2Budget.trials(at: .report(scale: context.scale))
    let source = try LL18MNIST.data(seed: context.seed, mnist: context.mnistDirectory)
    var groups: [(LL18.InitializationReading, Int, [Figure1Run], String)] = []
    for reading in LL18.InitializationReading.allCases {
      for (m, unitNorm) in figure2Arms {
        let runs = try ParallelTrials.map(count: count, jobs: context.jobs) { i -> Result<Figure1Run, any Error> in
          Result { try LL18MNIST.run(m: m, reading: reading, seed: context.seed, trial: i, mnist: context.mnistDirectory, unitNorm: unitNorm) }
        }.map { try $0.get() }
        groups.append((reading, m, runs, unitNorm ? "" : "; pixels x/255"))
      }
    }
    let steps = LL18MNIST.steps(trainCount: source.train.count)
    let preface =
      "Data: \(source.source), images scaled to ‖x‖ = 1 (rows marked x/255: pixels/255); T = \(steps), B = 64, η = 4000/m. Run i of (m, reading) is trial i of the check "
      + "`\(figure2SeriesLabel)`\(context.mnistDirectory == nil ? "" : " (replay reads the committed sample, not --mnist)").\n\n"
    return try renderRuns(groups, onePass: 2 * source.train.count / 64, passes: "two passes", preface: preface)
  }
}
