import Theory

/// How a run is configured.
public struct RunOptions: Sendable {
  /// The run seed; every trial's stream is a function of it, the claim and the trial index.
  public var seed: UInt64
  /// Worker threads for trials; results do not depend on it.
  public var jobs: Int
  /// Test or report budgets.
  public var level: BudgetLevel
  /// Called as trials finish.
  public var progress: (@Sendable (ProgressEvent) -> Void)?

  public init(
    seed: UInt64 = Engine.defaultSeed, jobs: Int = ParallelTrials.defaultJobs,
    level: BudgetLevel, progress: (@Sendable (ProgressEvent) -> Void)? = nil
  ) {
    self.seed = seed
    self.jobs = jobs
    self.level = level
    self.progress = progress
  }
}

/// Progress of a run: `done` of `total` trials of one check finished.
public struct ProgressEvent: Sendable {
  public let claimID: String
  public let check: String
  public let done: Int
  public let total: Int
}

/// The outcome of one trial, with a thrown error kept as text.
enum TrialOutcome<Value: Sendable>: Sendable {
  case value(Value)
  case thrown(String)
}

/// Runs claims: trials in parallel, verdicts by the rules of `Verdict`.
public enum Engine {
  /// The seed of the committed REPORT.md and of `swift test`.
  public static let defaultSeed: UInt64 = 20_190_101

  /// The stream name of a check (and arm): a trial's stream is a pure function of
  /// (seed, this name, trial index).
  public static func streamName(claimID: String, check: String, arm: String? = nil) -> String {
    arm.map { "\(claimID)|\(check)|\($0)" } ?? "\(claimID)|\(check)"
  }

  /// Runs every check of `claim`.
  public static func run(_ claim: Claim, options: RunOptions) -> ClaimResult {
    let results = claim.checks.map { evaluate($0, of: claim, options: options) }
    return ClaimResult(claim: claim, seed: options.seed, level: options.level, checks: results)
  }

  /// Runs one check.
  public static func evaluate(_ check: Check, of claim: Claim, options: RunOptions) -> CheckResult {
    let n = check.budget.trials(at: options.level)
    let alpha = claim.alphaPerDecision
    switch check.body {
    case .probability(let spec):
      let outcomes = trials(n, check, claim, options, arm: nil) { try spec.trial(&$0) }
      return ProbabilityRule.result(spec, check: check, claim: claim, outcomes: outcomes, alpha: alpha)
    case .always(let spec):
      let outcomes = trials(n, check, claim, options, arm: nil) { try spec.trial(&$0) }
      return AlwaysRule.result(spec, check: check, claim: claim, outcomes: outcomes)
    case .trend(let spec):
      let outcomes = spec.arms.map { arm in
        trials(n, check, claim, options, arm: arm.label) { try arm.trial(&$0) }
      }
      return TrendRule.result(spec, check: check, claim: claim, outcomes: outcomes, alpha: alpha)
    }
  }

  /// Runs `n` trials of a check (or of one arm of a trend) in parallel, in trial order; only
  /// the trials of `range` when one is given (a shard's slice of the check).
  static func trials<T: Sendable>(
    _ n: Int, _ check: Check, _ claim: Claim, _ options: RunOptions, arm: String?,
    range: Range<Int>? = nil, _ body: @escaping @Sendable (inout TrialContext) throws -> T
  ) -> [TrialOutcome<T>] {
    let name = streamName(claimID: claim.id, check: check.label, arm: arm)
    let seed = options.seed
    let label = arm.map { "\(check.label) / \($0)" } ?? check.label
    let progress = options.progress.map { report in
      { @Sendable (done: Int) in
        report(ProgressEvent(claimID: claim.id, check: label, done: done, total: n))
      }
    }
    let range = range ?? 0..<n
    return ParallelTrials.map(count: range.count, jobs: options.jobs, progress: progress) { j in
      let i = range.lowerBound + j
      var context = TrialContext(seed: seed, streamName: name, trial: i)
      do {
        return .value(try body(&context))
      } catch {
        return .thrown(String(describing: error))
      }
    }
  }

  /// The first trial that threw, as a failed result.
  static func firstError<T>(_ outcomes: [TrialOutcome<T>]) -> (trial: Int, message: String)? {
    for (i, outcome) in outcomes.enumerated() {
      if case .thrown(let message) = outcome { return (i, message) }
    }
    return nil
  }
}

extension CheckResult {
  /// A result for a check one of whose trials threw.
  static func failed(
    _ check: Check, _ claim: Claim, trials: Int, alpha: Double, trial: Int, message: String
  ) -> CheckResult {
    CheckResult(
      claimID: claim.id, label: check.label, reading: check.reading,
      expectation: check.expectation, kind: check.kind, trials: trials, alpha: alpha,
      verdict: .error, explanation: "trial \(trial) threw: \(message)",
      detail: .failed(message: message, trial: trial))
  }
}
