import Generators
import Theory

/// The trials of BGMS18 Theorems 5 and 6 (Sec. 6.1): train on a sample S from a fixed
/// separable distribution D, compute the compression bound, and estimate the 0-1 test
/// error on a large fresh sample with an exact interval.
public enum GeneralizationRuns {
  /// Which theorem's bound.
  public enum Theorem: Sendable {
    /// L_V + √(L_V·4c_k log(n/δ)/n) + 8c_k log(n/δ)/n, n ≥ 2c_k (Theorem 5).
    case five
    /// (8/n)·M_k·log(n/δ) with the Eq. 6 initialization (Theorem 6, Eq. 7).
    case six
  }

  /// One parameter set of Theorem 5 or 6.
  public struct Setting: Sendable {
    public var label: String
    public var theorem: Theorem
    public var d: Int = 10
    public var k: Int
    public var n: Int
    public var eta: Double
    public var alpha: Double
    public var wStarNorm: Double
    public var delta: Double
    /// Stop SGD after this many iterations (nil: run until L_S = 0).
    public var stopAfter: Int? = nil
    /// How y⟨x, w*⟩/‖w*‖ is drawn: uniform in [1/‖w*‖, 1], or every point on the margin.
    public var profile: BGMS18.SeparableDistribution.MarginProfile = .uniform

    public init(
      label: String, theorem: Theorem, d: Int = 10, k: Int, n: Int, eta: Double, alpha: Double, wStarNorm: Double,
      delta: Double, stopAfter: Int? = nil, profile: BGMS18.SeparableDistribution.MarginProfile = .uniform
    ) {
      self.label = label
      self.theorem = theorem
      self.d = d
      self.k = k
      self.n = n
      self.eta = eta
      self.alpha = alpha
      self.wStarNorm = wStarNorm
      self.delta = delta
      self.stopAfter = stopAfter
      self.profile = profile
    }
  }

  /// What one trial found.
  public struct Result: Sendable {
    /// c_k: the non-zero updates (the compression size, with repetitions).
    public var ck: Int
    /// |V|: the examples never updated on.
    public var validationSize: Int
    /// L_V: the 0-1 error on V.
    public var validationError: Double
    /// Errors on the fresh test sample, and its size.
    public var testErrors: Int
    public var testSize: Int
    /// Clopper–Pearson bounds on the test error at level 1 − γ each.
    public var lower: Double
    public var upper: Double
    /// The theorem's bound, nil when n < 2c_k (the theorem says nothing).
    public var bound: Double?
    public var outcome: BGMS18.TrainingOutcome

    public var testError: Double { Double(testErrors) / Double(testSize) }
    /// The test error is surely (up to γ) above the bound.
    public var surelyViolated: Bool { bound.map { lower > $0 } ?? false }
    /// The test error may be above the bound (its upper bound is).
    public var possiblyViolated: Bool { bound.map { upper > $0 } ?? false }
  }

  /// The level of each trial's inner interval: a trial is counted as a violation only when
  /// the Clopper–Pearson lower bound at level 1 − γ on its test error exceeds the bound, so
  /// a true statement is refuted by a trial with probability at most δ + γ.
  public static let gamma = 1e-6
  /// The size of each trial's fresh test sample.
  public static let testSize = 5000

  /// Trials already computed, by (seed, claim, setting, trial): the probability check and
  /// the summary tables of the same claim read the same runs.
  public static let cache = RunCache<Result>()

  /// The result of trial `trial` of `setting` (computed once per process).
  public static func result(_ setting: Setting, claimID: String, seed: UInt64, trial: Int) throws -> Result {
    try cache.value(claimID: claimID, check: setting.label, seed: seed, trial: trial) { try run(setting, context: &$0) }
  }

  /// One trial, with `context`'s stream (the stream of the setting's probability check).
  public static func run(_ setting: Setting, context: inout TrialContext) throws -> Result {
    let wStar = [setting.wStarNorm] + [Double](repeating: 0, count: setting.d - 1)
    let distribution = try BGMS18.SeparableDistribution(wStar: wStar, profile: setting.profile)
    let S = try distribution.sample(count: setting.n, using: &context.rng)
    let (network, W0) = try BGMS18.equation6Initialization(
      k: setting.k, d: setting.d, activation: .leakyReLU(alpha: setting.alpha), using: &context.rng)
    let training = try network.trainFirstLayer(
      from: W0, on: S, learningRate: setting.eta, order: .uniform, maxSteps: setting.stopAfter ?? 2_000_000,
      using: &context.rng)
    let W = training.weights
    // L_V: the examples never updated on.
    var validationErrors = 0
    var validationSize = 0
    let outputs = try network.batchOutputs(W, on: S)
    for i in 0..<S.n where training.updatesPerExample[i] == 0 {
      validationSize += 1
      if !(S.labels[i] * outputs[i] > 0) { validationErrors += 1 }
    }
    let validationError = validationSize == 0 ? 0 : Double(validationErrors) / Double(validationSize)
    // The test error on a fresh sample (N(x) = 0 counts as an error).
    let test = try distribution.sample(count: testSize, using: &context.rng)
    let testErrors = try network.zeroOneErrors(W, on: test)
    let lower = try ClopperPearson.lowerBound(successes: testErrors, trials: testSize, alpha: gamma)
    let upper = try ClopperPearson.upperBound(successes: testErrors, trials: testSize, alpha: gamma)
    let ck = training.nonZeroUpdates
    var bound: Double?
    if S.n >= 2 * ck {
      switch setting.theorem {
      case .five:
        bound = try BGMS18.theorem5Bound(validationError: validationError, compressionSize: ck, n: S.n, delta: setting.delta)
      case .six:
        let M = try BGMS18.updateBoundWithEquation6(wStarNorm: setting.wStarNorm, eta: setting.eta, alpha: setting.alpha)
        bound = try BGMS18.theorem6Bound(Mk: M, n: S.n, delta: setting.delta)
      }
    }
    let result = Result(
      ck: ck, validationSize: validationSize, validationError: validationError, testErrors: testErrors,
      testSize: testSize, lower: lower, upper: upper, bound: bound, outcome: training.outcome)
    context.note("outcome", training.outcome)
    context.note("c_k (non-zero updates)", ck)
    context.note("|V|, L_V", [Double(validationSize), validationError])
    context.note("test errors of \(testSize)", testErrors)
    context.note("test error interval (each side at level 1 − γ, γ = \(gamma))", [lower, upper])
    context.note("bound", bound.map { Format.number($0) } ?? "none (n < 2c_k)")
    context.note("surely violated", result.surelyViolated)
    context.note("possibly violated", result.possiblyViolated)
    return result
  }

  /// The probability check of a setting: "no sure violation" with probability ≥ 1 − δ − γ,
  /// against the alternative 1 − 2δ − γ (a bound that holds only half as often as claimed):
  /// "holds" needs the power to refute 1 − 1.5δ − γ with probability 0.9. The event's reach
  /// is (lower bound on the test error)/bound, so a bound mutation scales the bound inside
  /// the event (`ProbabilitySpec.bounded`).
  public static func check(_ setting: Setting, claimID: String, budget: Budget) -> Check {
    Check(
      setting.label, reading: setting.stopAfter == nil ? "SGD run until L_S = 0" : "SGD stopped after \(setting.stopAfter!) iterations",
      budget: budget,
      .probability(
        ProbabilitySpec.bounded(
          event: "the test error is not surely above the bound (Clopper–Pearson lower bound at level 1 − γ ≤ bound)",
          claimed: 1 - setting.delta - gamma,
          claimedDescription: "1 − δ − γ = 1 − \(Format.number(setting.delta)) − 10⁻⁶",
          alternative: 1 - 2 * setting.delta - gamma
        ) { context in
          let result = context.isTracing
            ? try run(setting, context: &context)
            : try self.result(setting, claimID: claimID, seed: context.seed, trial: context.trial)
          guard let bound = result.bound else { return .condition(true, "n < 2c_k: outside the theorem") }
          return Observation(
            holds: !(result.lower > bound), ratio: result.lower / bound,
            summary: "test error lower bound \(Format.number(result.lower)) vs bound \(Format.number(bound))")
        }))
  }

  /// The table of a claim's settings (not a check: the numbers behind its checks, from the
  /// same cached runs, plus the vacuous settings, which are reported here and count toward
  /// nothing): per setting the mean c_k, L_V, test error and bound, the largest ratio of test
  /// error to bound, and the rate of possible violations.
  public static func table(
    _ checked: [Setting], vacuous: [Setting], claimID: String, budget: @escaping @Sendable (Setting) -> Budget
  ) -> FigureSpec {
    FigureSpec(
      name: "\(claimID.replacingOccurrences(of: ".", with: "-"))-settings",
      caption: "\(claimID): the runs of every setting (a table, not a check; vacuous settings count toward nothing)"
    ) { context in
      var table =
        "| setting | status | runs | mean c_k | mean L_V | mean test error | mean bound (capped at 1) "
        + "| largest test error / bound | possible violations |\n|---|---|---:|---:|---:|---:|---:|---:|---:|\n"
      for (setting, isVacuous) in checked.map({ ($0, false) }) + vacuous.map({ ($0, true) }) {
        let seed = context.seed
        let runs = budget(setting).trials(at: .report(scale: context.scale))
        // A run that threw or diverged is the check's run error; the table counts it.
        let results = ParallelTrials.map(count: runs, jobs: context.jobs) { i in
          try? result(setting, claimID: claimID, seed: seed, trial: i)
        }.compactMap { $0 }
        let count = Double(max(1, results.count))
        let mean = { (f: (GeneralizationRuns.Result) -> Double) in results.reduce(0) { $0 + f($1) } / count }
        let ratio = results.compactMap { r in r.bound.map { r.testError / $0 } }.max()
        table +=
          "| \(setting.label) | \(isVacuous ? "vacuous (bound ≥ 1): no check" : "checked") | "
          + "\(results.count)\(results.count < runs ? " (\(runs - results.count) run errors)" : "") | "
          + "\(Format.number(mean { Double($0.ck) }, digits: 3)) | \(Format.number(mean(\.validationError), digits: 3)) | "
          + "\(Format.number(mean(\.testError), digits: 3)) | \(Format.number(mean { min(1, $0.bound ?? 1) }, digits: 3)) | "
          + "\(ratio.map { Format.number($0, digits: 3) } ?? "—") | "
          + "\(Format.number(mean { $0.possiblyViolated ? 1 : 0 }, digits: 3)) |\n"
      }
      return RenderedFigure(svg: "", table: table)
    }
  }

  /// Trials of each setting of Theorems 5 and 6 (the table uses the same count): settings
  /// with δ ≥ 0.25 get the 600 report trials their stated power needs (`ProbabilityPower`:
  /// 536 at α = 2.5·10⁻⁷ for 1 − 1.5δ), the others 200 (they would need thousands; their
  /// verdict says how many).
  public static func budget(_ setting: Setting) -> Budget {
    setting.delta >= 0.25 ? Budget(test: 40, report: 600) : Budget(test: 40, report: 200)
  }

  /// Notes shared by Theorems 5 and 6.
  public static let notes = [
    "**Trials.** Each trial draws S (n points, d = 10) from the fixed distribution D of the direct "
      + "sampler with w* = ‖w*‖e₁, balanced classes and y⟨x, w*⟩/‖w*‖ uniform in [1/‖w*‖, 1], W₀ "
      + "from Eq. 6 (v = R = 1/√(2k), rows uniform in the R-ball; it satisfies Eq. 5), runs SGD "
      + "with uniformly random examples until L_S = 0, and computes the bound from what the run "
      + "did (natural logarithms).",
    "**Test error, soundly.** The 0-1 test error (N(x) = 0 counts as an error) is estimated on "
      + "5000 fresh points of D. A trial counts as a violation only when the one-sided "
      + "Clopper–Pearson lower bound on its test error at level 1 − γ, γ = 10⁻⁶, is above the "
      + "bound. That inner interval fails with probability ≤ γ per trial, so if the theorem holds "
      + "the event \"not surely violated\" has probability ≥ 1 − δ − γ, the claimed value checked. "
      + "A trial whose upper bound (level 1 − γ) is above the bound is a *possible* violation; "
      + "their rate is the table \"possible violations\". A trial with n < 2c_k is outside the "
      + "theorem and counts as no violation (its bound is shown as 1).",
    "**Power.** Each setting claims \"no sure violation\" with probability ≥ 1 − δ − γ; the "
      + "alternative it must be able to refute is 1 − 2δ − γ (the bound failing twice as often as "
      + "allowed): \"holds\" needs power 0.9 at 1 − 1.5δ − γ, otherwise the verdict is "
      + "inconclusive with the trials that would give it. Settings with δ = 0.25 (the theorem "
      + "holds for every δ) reach that power at report budgets; δ = 0.05 and 0.01 would need "
      + "thousands of training runs each.",
    "**Table.** After the probability checks, a table (not a check) of every setting from the "
      + "same runs: mean c_k, L_V, test error and bound (capped at 1), the largest ratio of test "
      + "error to bound, and the rate of possible violations. A setting whose bound is vacuous "
      + "(≥ 1, no test error can exceed it) is reported only there and counts toward nothing.",
    "**Mutation.** The mutation table scales the bound inside each trial's event by F "
      + "(the event's reach is the lower bound on the test error over the bound). Only settings with L_V > 0 (SGD stopped early) bring the "
      + "test error within 2× of the bound; with L_V = 0 the bound 8c_k·log(n/δ)/n is about "
      + "8·log(n/δ) times the c_k/n error a compression of size c_k can have, so no plausible "
      + "wrong factor is visible there.",
  ]
}
