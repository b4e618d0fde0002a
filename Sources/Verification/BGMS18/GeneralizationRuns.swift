import Generators
import Theory
import Verification

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
    let key = "\(seed)|\(claimID)|\(setting.label)|\(trial)"
    if let cached = cache[key] { return cached }
    var context = TrialContext(
      seed: seed, streamName: Engine.streamName(claimID: claimID, check: setting.label), trial: trial)
    let value = try run(setting, context: &context)
    cache[key] = value
    return value
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

  /// The probability check of a setting: "no sure violation" with probability ≥ 1 − δ − γ.
  public static func check(_ setting: Setting, claimID: String, budget: Budget) -> Check {
    Check(
      setting.label, reading: setting.stopAfter == nil ? "SGD run until L_S = 0" : "SGD stopped after \(setting.stopAfter!) iterations",
      budget: budget,
      .probability(
        ProbabilitySpec(
          event: "the test error is not surely above the bound (Clopper–Pearson lower bound at level 1 − γ ≤ bound)",
          claimed: 1 - setting.delta - gamma,
          claimedDescription: "1 − δ − γ = 1 − \(Format.number(setting.delta)) − 10⁻⁶"
        ) { context in
          let result = context.isTracing
            ? try run(setting, context: &context)
            : try self.result(setting, claimID: claimID, seed: context.seed, trial: context.trial)
          return !result.surelyViolated
        }))
  }

  /// A summary table over the settings (a trend check without comparisons: each arm's mean
  /// and interval), reading the runs of the probability checks.
  public static func summary(
    _ label: String, metric: String, settings: [Setting], claimID: String, budget: Budget,
    isBernoulli: Bool = false, _ value: @escaping @Sendable (Result) -> Double
  ) -> Check {
    Check(
      label, reading: "summary of the runs above (no claim)", budget: budget,
      .trend(
        TrendSpec(
          metric: metric, range: 0...1, isBernoulli: isBernoulli,
          arms: settings.map { setting in
            TrendSpec.Arm(setting.label) { context in
              value(try result(setting, claimID: claimID, seed: context.seed, trial: context.trial))
            }
          },
          comparisons: [])))
  }

  /// Trials of each setting of Theorems 5 and 6 (the summaries use the same count).
  public static let budget = Budget(test: 40, report: 200)

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
    "**Tables.** After the probability checks, three summary tables (trend checks without "
      + "comparisons, each arm a setting, read from the same runs): the mean test error, the mean "
      + "bound capped at 1, and the rate of possible violations.",
  ]

  /// The summary tables of Theorems 5 and 6.
  public static func summaries(_ settings: [Setting], claimID: String) -> [Check] {
    [
      summary(
        "test error", metric: "0-1 test error", settings: settings, claimID: claimID, budget: budget
      ) { $0.testError },
      summary(
        "bound", metric: "bound, capped at 1 (1: vacuous or n < 2c_k)", settings: settings, claimID: claimID,
        budget: budget
      ) { min(1, $0.bound ?? 1) },
      summary(
        "possible violations", metric: "upper bound on the test error above the bound", settings: settings,
        claimID: claimID, budget: budget, isBernoulli: true
      ) { $0.possiblyViolated ? 1 : 0 },
    ]
  }
}
