import Foundation
import Generators
import Theory
import Verification

extension BG19Claims {
  /// `BG19.Figure1`: XORD test error against the number of channels k (BG19 §1, Fig. 1).
  static let figure1 = Claim(
    id: "BG19.Figure1", paper: .BG19, location: "§1, Figure 1", kinds: [.figure, .trend],
    statement:
      "Training the network of Eq. 2 on XORD data, the test error falls as the number of channels k "
      + "grows, over all runs and over the runs that reach zero training error.",
    notes: [
      "**Setting (our choice; the details are in the unavailable supplementary).** Two data "
        + "distributions, both with P(positive) = 1/2: (A) the distribution of the §6.3 examples "
        + "with p₊ = p₋ = 0.9 (D₊: {1,2,3,4} with 0.9, A₃ and A₄ with 0.05 each; D₋: {2,4} with 0.9, "
        + "A₁ and A₂ with 0.05 each); (B) D₊ uniform over the positive and D₋ uniform over the "
        + "negative points of {±1}^{10} (d = 5). Training sets of 5 positive and 5 negative samples, "
        + "k ∈ {2, 4, 8, 20, 50, 120}, γ = 8, η = c_η/k with c_η = 0.05, σ_g = c_η/(16k^{3/2}), GD "
        + "until an exact fixed point (loss exactly 0, or a zero subgradient) or 20 000 iterations. "
        + "(c_η = 0.05 instead of 1/410 makes runs 20× shorter; in exploratory runs both gave the "
        + "same curves within noise: the dynamics at this initialization depend on c_η mainly "
        + "through the time scale.) Both distributions give the same qualitative picture, so the "
        + "verdict does not hinge on the choice. Conventions: σ'(0) = 0, max-pooling ties to the "
        + "lowest pattern number, hinge derivative 0 at its kink.",
      "**Test error** is exact: Σ_A P(P_x = A)·1[the network errs on A] over the 15 pattern sets "
        + "(sign(0) = 0: an output of 0 is an error), not a sample. Zero training error: "
        + "sign(N(x)) = y on all 10 training points. The \"zero training error\" arms draw fresh "
        + "training sets and initializations until a run reaches zero training error and report "
        + "its test error — exact rejection sampling of the conditional distribution the paper's "
        + "blue curve shows.",
      "**Trend.** For each distribution and each of the two populations, with k ∈ {2, 8, 20, 120}: "
        + "the mean test error at k = 8, 20 and 120 is at most that at k = 2 (\"falls as k grows\"; "
        + "beyond k ≈ 20 the curves are flat within noise, so no order is claimed among the larger "
        + "k). For the confidence bounds each run contributes one Bernoulli draw with success "
        + "probability its exact test error e: the draw's mean is exactly the mean test error, and "
        + "Clopper–Pearson bounds apply (Hoeffding bounds on [0, 1] would be about ±0.17 wide at 400 "
        + "runs and could refute nothing; a variance-adaptive bound on the exact errors would be "
        + "sharper still). The figure shows the exact means over all six k with ±2 standard errors, "
        + "from separately seeded runs, and the table gives the numbers.",
    ],
    checks: figure1Distributions.flatMap { (name, _) in
      [false, true].map { zeroTraining in
        Check(
          "\(name), \(zeroTraining ? "zero training error" : "all runs")",
          budget: Budget(test: 20, report: 400),
          .trend(
            TrendSpec(
              metric: "test error (one Bernoulli(test error) draw per run)", range: 0...1,
              isBernoulli: true,
              arms: figure1TrendChannels.map { k in
                TrendSpec.Arm("k = \(k)") { context in
                  let run = try figure1Run(name, k: k, zeroTraining: zeroTraining, rng: &context.rng)
                  context.note("draws until zero training error", run.attempts)
                  context.note("how GD stopped", "\(run.status), \(run.iterations)")
                  context.note("exact test error", run.testError)
                  return context.rng.nextBernoulli(run.testError) ? 1 : 0
                }
              },
              comparisons: (1..<figure1TrendChannels.count).map { TrendSpec.Comparison($0, atMost: 0) })))
      }
    },
    figures: [
      FigureSpec(
        name: "BG19-Figure1",
        caption:
          "BG19 Fig. 1 reproduced: exact XORD test error against the number of channels k, all runs "
          + "and runs with zero training error, for distributions (A) and (B); bands ±2 standard errors."
      ) { context in try figure1Render(context) },
    ])

  static let figure1Channels = [2, 4, 8, 20, 50, 120]
  /// The k of the trend checks (the figure draws all of `figure1Channels`).
  static let figure1TrendChannels = [2, 8, 20, 120]

  /// The two data distributions of Figure 1: (positive, negative, combined).
  static let figure1Distributions: [(String, (BG19.MaskDistribution, BG19.MaskDistribution, BG19.MaskDistribution))] = [
    ("(A) p₊ = p₋ = 0.9", {
      let d = try! BG19.MaskDistribution.sampleComplexityExample(pPlus: 0.9, pMinus: 0.9)
      return (d.positive, d.negative, d.combined)
    }()),
    ("(B) uniform, d = 5", {
      let positive = try! BG19.MaskDistribution.uniformPositivePoints(d: 5)
      let negative = try! BG19.MaskDistribution.uniformNegativePoints(d: 5)
      return (positive, negative, try! BG19.MaskDistribution.mixture(positive, negative, weightOfFirst: 0.5))
    }()),
  ]

  struct Figure1Run {
    var testError: Double
    var zeroTrainingError: Bool
    var attempts: Int
    var status: BG19.GradientDescent.Status
    var iterations: Int
  }

  /// One run of Figure 1 (or, with `zeroTraining`, the first of a sequence of runs that reaches
  /// zero training error; throws after 1000 attempts).
  static func figure1Run(_ name: String, k: Int, zeroTraining: Bool, rng: inout RandomStream) throws -> Figure1Run {
    let (positive, negative, combined) = figure1Distributions.first { $0.0 == name }!.1
    let setting = BG19.Setting(k: k, cEta: 0.05, gamma: 8)
    for attempt in 1...1000 {
      let set = try BG19.sampleTrainingSet(m: 5, positive: positive, negative: negative, using: &rng)
      let w0 = try setting.initialWeights(using: &rng)
      var gd = try setting.descent(try setting.objective(set), from: w0)
      let outcome = try gd.run(maxIterations: 20_000)
      let fits = !BG19.hasTrainingError(gd.weights, set)
      if fits || !zeroTraining {
        return Figure1Run(
          testError: combined.testError(of: gd.weights), zeroTrainingError: fits, attempts: attempt,
          status: outcome.status, iterations: outcome.iterations)
      }
    }
    throw InvalidParameter("k", k, "no run reached zero training error in 1000 attempts")
  }

  static func figure1Render(_ context: FigureContext) throws -> RenderedFigure {
    let runs = max(20, Int((200 * context.scale).rounded()))
    var series: [LineChart.Series] = []
    var table =
      "| distribution | k | runs | mean test error (all) | ±2 s.e. | runs with zero training error | mean test error (those) | ±2 s.e. |\n"
      + "|---|---:|---:|---|---|---:|---|---|\n"
    for (index, (name, _)) in figure1Distributions.enumerated() {
      var all: [(Double, Double, Double)] = []
      var fit: [(Double, Double, Double)] = []
      for k in figure1Channels {
        let seed = context.seed
        let results = try ParallelTrials.map(count: runs, jobs: context.jobs) { i -> Result<Figure1Run, any Error> in
          var rng = RandomStream(seed: seed, name: "BG19.Figure1|figure|\(name)|k = \(k)", trial: UInt64(i))
          return Result { try figure1Run(name, k: k, zeroTraining: false, rng: &rng) }
        }.map { try $0.get() }
        let errors = results.map(\.testError)
        let fitting = results.filter(\.zeroTrainingError).map(\.testError)
        let (m, se) = SampleMean.withStandardError(errors)
        let (mf, sef) = SampleMean.withStandardError(fitting)
        all.append((Double(k), m, se))
        if !fitting.isEmpty { fit.append((Double(k), mf, sef)) }
        table +=
          "| \(name) | \(k) | \(errors.count) | \(Format.number(m, digits: 4)) | \(Format.number(2 * se, digits: 2)) | "
          + "\(fitting.count) | \(fitting.isEmpty ? "—" : Format.number(mf, digits: 4)) | "
          + "\(fitting.isEmpty ? "—" : Format.number(2 * sef, digits: 2)) |\n"
      }
      let short = String(name.prefix(3))  // "(A)" or "(B)"
      for (points, label, color) in [
        (all, "\(short) all runs", LineChart.palette[2 * index]),
        (fit, "\(short) zero training error", LineChart.palette[2 * index + 1]),
      ] {
        series.append(
          LineChart.Series(
            label: label, color: color, points: points.map { (x: $0.0, y: $0.1) },
            band: points.map { (x: $0.0, low: max(0, $0.1 - 2 * $0.2), high: $0.1 + 2 * $0.2) }))
      }
    }
    var chart = LineChart(
      title: "BG19 Figure 1: XORD test error against the number of channels k", xLabel: "channels k",
      yLabel: "test error (exact)", series: series)
    chart.logX = true
    let top = series.flatMap { $0.band.map(\.high) }.max() ?? 1
    chart.yRange = 0...(top * 1.05)
    return RenderedFigure(svg: chart.svg, table: table)
  }
}
