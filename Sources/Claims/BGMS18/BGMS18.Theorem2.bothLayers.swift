import Generators
import Theory
import Verification

extension BGMS18Claims {
  /// The regimes of the both-layers check: learning-rate ranges (η for both layers).
  static let bothLayersRegimes: [(label: String, eta: ClosedRange<Double>)] = [
    ("η ∈ [10⁻³, 10⁻¹]", 1e-3...1e-1),
    ("η ∈ [10⁻³, 10³]", 1e-3...1e3),
  ]

  /// C̄: a both-layers run stops as soon as some v_t^(i)/v_0^(i) leaves (0, C̄] (Eq. 8 violated).
  static let bothLayersEquation8Cap = 1e6

  /// `BGMS18.Theorem2.bothLayers`: the update bound when both layers are trained (BGMS18
  /// §5.3, Eq. 8, 13; §9.1.2).
  static let theorem2BothLayers = Claim(
    id: "BGMS18.Theorem2.bothLayers", paper: .BGMS18, location: "§5.3; §9.1.2, Eq. 8, 13",
    kinds: [.always],
    statement:
      "If the second-layer weights keep c ≤ v_t^(i)/v_0^(i) ≤ C (Eq. 8) while both layers are trained, SGD "
      + "makes at most C²‖w*‖²/(c²α²) + ‖w*‖²/(kηc²v²α²) + √(R(8k²η²C²v² + 8ηk))‖w*‖^{1.5}/(2k(ηcvα)^{1.5}) "
      + "+ 2R‖w*‖/(ηcvα) non-zero updates (Eq. 13).",
    notes: [
      "**Runs.** Random instances as for Theorem 2 (d ∈ [1, 30], n ∈ [1, 100], k ∈ [1, 100], v ∈ "
        + "[10⁻², 10], R/v ∈ [10⁻², 10], ‖w*‖ ∈ [1.01, 10] log-uniform, α uniform in [0.05, 0.95], "
        + "M_k ≤ 2·10⁵), uniformly random examples, both layers updated at every step with "
        + "yN(x) < 1 by their gradients at the current point (W_r += ηy a_r σ'(z_r)x, a_r += ηyσ(z_r), "
        + "the same η). c and C of Eq. 8 are measured over the whole run (min and max of "
        + "v_t^(i)/v_0^(i) over all 2k weights and all t), and the count of non-zero updates is "
        + "compared with Eq. 13 at those c, C (the proof's inequalities only need Eq. 8 to hold "
        + "along the run, so the bound applies also to runs stopped by the iteration cap).",
      "**Eq. 8 violated.** Eq. 8 is the theorem's hypothesis: constants 0 < c ≤ C with "
        + "c ≤ v_t^(i)/v_0^(i) ≤ C along the run. A run is stopped at the first step after which some "
        + "ratio v_t^(i)/v_0^(i) leaves (0, C̄], C̄ = 10⁶ — a weight that changes sign or reaches 0 "
        + "(c ≤ 0), or grows a millionfold — and is recorded as **Eq. 8 violated**: outside the "
        + "hypothesis, so neither a pass nor a counterexample nor a run error; the check counts such "
        + "runs and decides on the others, and the table after the checks gives their rate per regime "
        + "(the paper claims no rate; its Figure 3 chooses η per width to avoid sign changes). Stopping "
        + "there is what keeps large η from overflowing: continued, such runs reach y·N(x) = ∞ (η up to "
        + "10³, seed 20190101, trial 11, step 358, before the cap existed).",
      "Two regimes: η log-uniform in [10⁻³, 10⁻¹] and in [10⁻³, 10³].",
    ],
    checks: bothLayersRegimes.map { regime in
      Check(
        "Eq. 13, \(regime.label)", reading: "measured c, C", budget: bothLayersBudget,
        .always(
          AlwaysSpec(bound: "non-zero updates ≤ Eq. 13(c, C) while Eq. 8 holds") { context in
            let run = context.isTracing
              ? try bothLayersRun(regime.eta, context: &context)
              : try bothLayersResult(regime.label, regime.eta, seed: context.seed, trial: context.trial)
            return run.observation
          }))
    },
    figures: [
      FigureSpec(
        name: "BGMS18-Theorem2-bothLayers-signChanges",
        caption:
          "BGMS18.Theorem2.bothLayers: the rate of runs stopped outside Eq. 8 (a second-layer ratio "
          + "v_t/v₀ left (0, 10⁶]: a sign change, or growth beyond 10⁶), per regime (a table of the "
          + "always-checks' runs, not a check)"
      ) { context in
        let runs = bothLayersBudget.trials(at: .report(scale: context.scale))
        var table =
          "| regime | runs | run errors (diverged, threw: see the check) | Eq. 8 violated | of which sign changes "
          + "| rate | 95% Clopper–Pearson interval |\n|---|---:|---:|---:|---:|---:|---|\n"
        for regime in bothLayersRegimes {
          let seed = context.seed
          let outcomes = ParallelTrials.map(count: runs, jobs: context.jobs) { i in
            try? bothLayersResult(regime.label, regime.eta, seed: seed, trial: i)
          }
          let completed = outcomes.compactMap { $0 }
          let violated = completed.filter(\.outsideEquation8).count
          let changed = completed.filter(\.signChanged).count
          let interval = completed.isEmpty
            ? 0...1 : try ClopperPearson.interval(successes: violated, trials: completed.count, alpha: 0.05)
          table +=
            "| \(regime.label) | \(runs) | \(runs - completed.count) | \(violated) | \(changed) | "
            + "\(Format.number(Double(violated) / Double(max(1, completed.count)), digits: 3)) | \(Format.interval(interval)) |\n"
        }
        return RenderedFigure(svg: "", table: table)
      }
    ])

  /// Trials of each regime (the sign-change table reads the same runs).
  static let bothLayersBudget = Budget(test: 30, report: 3000)

  struct BothLayersOutcome: Sendable {
    var observation: Observation
    var signChanged: Bool
    /// The run was stopped outside Eq. 8 (`bothLayersEquation8Cap`).
    var outsideEquation8: Bool = false
  }

  static let bothLayersCache = RunCache<BothLayersOutcome>()

  /// The run of trial `trial` of a regime, computed once per process with the stream of its
  /// always-check.
  static func bothLayersResult(_ label: String, _ eta: ClosedRange<Double>, seed: UInt64, trial: Int) throws -> BothLayersOutcome {
    try bothLayersCache.value(claimID: "BGMS18.Theorem2.bothLayers", check: "Eq. 13, \(label)", seed: seed, trial: trial) {
      try bothLayersRun(eta, context: &$0)
    }
  }

  static func bothLayersRun(_ etaRange: ClosedRange<Double>, context: inout TrialContext) throws -> BothLayersOutcome {
    let ranges = BGMS18Ranges(d: 1...30, n: 1...100, k: 1...100, eta: etaRange, wStarNorm: 1.01...10)
    let instance = try ranges.instance(using: &context.rng)
    instance.note(&context)
    let cap = Theorem2Runs.stepCap(instance, bound: try instance.updateBound())
    let run = try instance.network.trainBothLayers(
      from: instance.initial, on: instance.set, learningRate: instance.eta, order: .uniform, maxSteps: cap,
      equation8Cap: bothLayersEquation8Cap, using: &context.rng)
    let updates = run.training.nonZeroUpdates
    context.note("outcome", run.training.outcome)
    context.note("non-zero updates", updates)
    context.note("c, C", [run.c, run.C])
    context.note("sign changes, weights that changed sign", [run.signChanges, run.neuronsWithSignChange])
    let label = "\(instance.parameters)"
    let signChanged = run.neuronsWithSignChange > 0 || run.c <= 0
    if signChanged || run.training.outcome == .outsideEquation8 {
      context.note("Eq. 8 violated at step", run.training.steps)
      return BothLayersOutcome(
        observation: .outsideHypothesis(
          "\(label): Eq. 8 violated at step \(run.training.steps) (c = \(Format.number(run.c, digits: 4)), "
            + "C = \(Format.number(run.C, digits: 4)): "
            + (signChanged ? "a second-layer weight changed sign" : "v_t/v₀ > \(Format.number(bothLayersEquation8Cap))")
            + "); Eq. 13 does not apply"),
        signChanged: signChanged, outsideEquation8: true)
    }
    let bound = try BGMS18.bothLayersUpdateBound(
      wStarNorm: instance.wStarNorm, k: instance.k, eta: instance.eta, v: instance.v, alpha: instance.alpha,
      R: instance.R, c: run.c, C: run.C)
    context.note("Eq. 13 bound", bound)
    let observation: Observation
    switch run.training.outcome {
    case .converged, .stepCapReached:
      observation = .atMost(
        Double(updates), bound,
        "\(label), c = \(Format.number(run.c, digits: 4)), C = \(Format.number(run.C, digits: 4))"
          + (run.training.outcome == .stepCapReached ? " (stopped at the cap)" : "") + ": non-zero updates")
    case .stuck, .diverged, .outsideEquation8:
      observation = .condition(false, "\(label): both-layer SGD ended \(run.training.outcome) with c = \(Format.number(run.c)) > 0")
    }
    return BothLayersOutcome(observation: observation, signChanged: false)
  }
}
