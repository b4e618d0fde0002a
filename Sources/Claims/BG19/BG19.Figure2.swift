import Generators
import Theory
import Verification

extension BG19Claims {
  /// `BG19.Figure2`: XOR filters at initialization and at convergence for k = 50 and k = 2
  /// (BG19 §3.4, Fig. 2).
  static let figure2 = Claim(
    id: "BG19.Figure2", paper: .BG19, location: "§3.4, Figure 2", kinds: [.figure, .trend],
    statement:
      "On XOR, k = 50 explores all directions at initialization and GD converges to a global "
      + "minimum with filters clustered on the training points, while k = 2 does not explore all "
      + "directions and converges to a local minimum.",
    notes: [
      "**Setting (our choice; §3.4 gives none).** The XOR problem of §3.1, η = c_η/k with "
        + "c_η = 1/4, σ_g = c_η/(16k^{3/2}), GD run to an exact fixed point (loss 0, or a zero "
        + "subgradient; cap 10⁶ iterations). Fig. 2's caption colours both families blue and red "
        + "but names w twice; we draw w⁽ʲ⁾ in blue and u⁽ʲ⁾ in red, as in Fig. 3.",
      "**Panels.** (a), (b): the first seeded run with k = 50 at t = 0 and at its fixed point. "
        + "(c), (d): for k = 2, the first seeded run (trial index in the table) that ends at a model "
        + "erring on some x_i — Fig. 2 (d) shows such a run; the trend check says how often it "
        + "happens. Each panel is scaled to its own vectors; circles mark the directions of x₁…x₄.",
      "**Trend.** The qualitative statement is checked as: the fraction of runs that end at a model "
        + "erring on some x_i (sign(0) = 0) does not increase from k = 2 to 4, 8, 17 and 50. For "
        + "k = 2 it is exactly 3/4 (Theorem 3.4); by the same argument it is at least "
        + "1 − (1 − 2^{1−k})² for every k.",
    ],
    checks: [
      Check(
        "k = 2, 4, 8, 17, 50", reading: "errs: y·N(x) ≤ 0 (sign(0) = 0)",
        budget: Budget(test: 300, report: 5000),
        .trend(
          .nonIncreasing(
            metric: "fraction of runs ending at a model that errs on some x_i", range: 0...1,
            isBernoulli: true,
            arms: [2, 4, 8, 17, 50].map { k in
              TrendSpec.Arm("k = \(k)") { context in
                let run = try figure2Run(BG19.Setting(k: k, cEta: 0.25), rng: &context.rng)
                context.note("status, final t", "\(run.status), \(run.iterations)")
                context.note("erred points", run.erred)
                return run.erred.isEmpty ? 0 : 1
              }
            }))),
    ],
    figures: [
      FigureSpec(
        name: "BG19-Figure2",
        caption:
          "BG19 Fig. 2 reproduced: XOR filters w (blue) and u (red). (a) k = 50, t = 0; (b) k = 50 at "
          + "convergence; (c) k = 2, t = 0; (d) k = 2 at convergence (a run that errs)."
      ) { context in try figure2Render(seed: context.seed) },
    ])

  /// One XOR run of Figure 2: W_0, the final iterate, how GD stopped, and the erred points.
  struct XORRun {
    var initial: BG19.Weights
    var final: BG19.Weights
    var status: BG19.GradientDescent.Status
    var iterations: Int
    var erred: [Int]
  }

  static func figure2Run(_ setting: BG19.Setting, rng: inout RandomStream) throws -> XORRun {
    let w0 = try setting.initialWeights(using: &rng)
    var gd = try setting.descent(.xor, from: w0)
    let outcome = try gd.run(maxIterations: 1_000_000)
    return XORRun(
      initial: w0, final: gd.weights, status: outcome.status, iterations: outcome.iterations,
      erred: BG19.XOR.erredPoints(gd.weights))
  }

  static func figure2Render(seed: UInt64) throws -> RenderedFigure {
    let stream = "BG19.Figure2|figure"
    var rng = RandomStream(seed: seed, name: stream, trial: 0)
    let large = try figure2Run(BG19.Setting(k: 50, cEta: 0.25), rng: &rng)
    var smallTrial = 0
    var small: XORRun
    repeat {
      var r = RandomStream(seed: seed, name: stream + "|k=2", trial: UInt64(smallTrial))
      small = try figure2Run(BG19.Setting(k: 2, cEta: 0.25), rng: &r)
      smallTrial += 1
    } while small.erred.isEmpty && smallTrial < 1000
    let names = ["x1", "x4", "x3", "x2"]  // p1 = x1, p2 = x4, p3 = x3, p4 = x2
    func chart(_ title: String, _ weights: BG19.Weights) -> String {
      let norm = (weights.w + weights.u).map { ($0 * $0).sum().squareRoot() }.max() ?? 1
      return ArrowChart(
        title: title, arrows: BG19.arrows(weights),
        markers: BG19.patternMarkers(radius: norm / 2.squareRoot(), names: names)
      ).svg
    }
    let svg = Panels.row(
      [
        chart("(a) k = 50, t = 0", large.initial),
        chart("(b) k = 50, t = \(large.iterations)", large.final),
        chart("(c) k = 2, t = 0", small.initial),
        chart("(d) k = 2, t = \(small.iterations)", small.final),
      ], panelWidth: 320, panelHeight: 340, title: "BG19 Figure 2 (XOR): w blue, u red")
    var table = "| panel | k | run | iterate t | how GD stopped | ℓ(W_t) | N(x₁), N(x₂), N(x₃), N(x₄) | erred points |\n"
    table += "|---|---:|---:|---:|---|---:|---|---|\n"
    for (panel, run, trial, initial) in [
      ("(a)", large, 0, true), ("(b)", large, 0, false), ("(c)", small, smallTrial - 1, true),
      ("(d)", small, smallTrial - 1, false),
    ] {
      let w = initial ? run.initial : run.final
      let outputs = BG19.xorPoints.map { Format.number(BG19.XOR.output(w, at: $0), digits: 4) }
      table +=
        "| \(panel) | \(w.k) | \(trial) | \(initial ? 0 : run.iterations) | \(initial ? "—" : "\(run.status)") | "
        + "\(Format.number(BG19.XOR.loss(w), digits: 4)) | \(outputs.joined(separator: ", ")) | "
        + "\(BG19.XOR.erredPoints(w).map { "x\($0)" }.joined(separator: " ")) |\n"
    }
    return RenderedFigure(svg: svg, table: table)
  }
}
