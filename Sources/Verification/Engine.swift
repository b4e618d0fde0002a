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
  /// Every bound tightened (`BoundMutation`), for `theorems report --mutate-bounds F`.
  public var mutation: BoundMutation? = nil

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

/// The outcome of one trial, with a thrown error kept as text. A divergence
/// (`Theory.Divergence`: NaN or ∞ in a training run) is its own outcome.
public enum TrialOutcome<Value: Sendable>: Sendable {
  case value(Value)
  case thrown(String)
  case diverged(String)

  /// The value transformed, errors kept.
  func map<T>(_ transform: (Value) -> T) -> TrialOutcome<T> {
    switch self {
    case .value(let v): .value(transform(v))
    case .thrown(let m): .thrown(m)
    case .diverged(let m): .diverged(m)
    }
  }
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

  /// The name of the stream every arm of a check shares at a trial index
  /// (`TrialContext.shared`).
  public static func sharedStreamName(claimID: String, check: String) -> String {
    "\(claimID)|\(check)|shared"
  }

  /// Runs every check of `claim`.
  public static func run(_ claim: Claim, options: RunOptions) -> ClaimResult {
    let results = claim.checks.map { evaluate($0, of: claim, options: options) }
    return ClaimResult(
      claim: claim, seed: options.seed, level: options.level, checks: results, mutation: options.mutation)
  }

  /// Runs one check. A check that no outcome of its trials could refute
  /// (`Refutability.cannotRefute`) gets the verdict "cannot refute" with the reason, unless
  /// it failed to run. The result carries the verdicts of the standard mutations
  /// (`BoundMutation.standard`), re-decided from the same outcomes; with
  /// `options.mutation` the verdict is the mutated statement's.
  public static func evaluate(_ check: Check, of claim: Claim, options: RunOptions) -> CheckResult {
    let (result, decided) = decide(check, of: claim, options: options)
    return finish(result, check, claim, decided: decided, trials: check.budget.trials(at: options.level), run: options.mutation)
  }

  /// A decided result made final: "cannot refute" where no outcome could refute, the
  /// mutations' verdicts attached, and the run's own mutation (if any) as the verdict.
  static func finish(
    _ decidedResult: CheckResult, _ check: Check, _ claim: Claim, decided: DecidedOutcomes?, trials n: Int,
    run mutation: BoundMutation?
  ) -> CheckResult {
    var result = decidedResult
    if result.verdict != .error, let reason = Refutability.cannotRefute(check, of: claim, trials: n) {
      result.verdict = .cannotRefute
      result.explanation = "\(reason) (\(result.explanation))"
    }
    var mutations = BoundMutation.standard
    if let mutation, !mutations.contains(mutation) { mutations.append(mutation) }
    var own: CheckResult?
    var verdicts: [MutatedVerdict] = []
    for m in mutations {
      let mutated = Engine.mutated(result, check, claim, decided: decided, mutation: m)
      verdicts.append(MutatedVerdict(mutation: m.name, verdict: mutated.verdict, why: MutationTable.why(mutated, mutation: m)))
      if m == mutation { own = mutated }
    }
    var final = own ?? result
    final.mutations = verdicts
    return final
  }

  /// The outcomes a check was decided on: all its trials, or a trend's confirmatory runs
  /// (trial indices from `firstTrial`) when it ran them.
  struct DecidedOutcomes {
    var outcomes: ChunkOutcomes
    var firstTrial: Int = 0
  }

  /// `result` re-decided under `mutation` from the same outcomes (no trial runs again). A run
  /// error or a check that cannot refute stays what it is.
  static func mutated(
    _ result: CheckResult, _ check: Check, _ claim: Claim, decided: DecidedOutcomes?, mutation: BoundMutation
  ) -> CheckResult {
    guard result.verdict != .error, result.verdict != .cannotRefute, let decided else { return result }
    let mutatedCheck = mutation.mutate(check)
    let alpha = claim.alphaPerDecision
    switch (mutatedCheck.body, decided.outcomes) {
    case (.probability(let spec), .probability(let o)):
      let exactKnown: Bool
      if case .probability(let original) = check.body { exactKnown = original.exact != nil } else { exactKnown = false }
      let events = o.map { $0.map { EventOutcome(happened: mutation.event($0, exactKnown: exactKnown)) } }
      return ProbabilityRule.result(spec, check: mutatedCheck, claim: claim, outcomes: events.map { $0.map(\.happened) }, alpha: alpha)
    case (.always(let spec), .always(let o)):
      return AlwaysRule.result(spec, check: mutatedCheck, claim: claim, outcomes: o.map { $0.map(mutation.mutate) })
    case (.trend(let spec), .trend(let o)):
      var r = TrendRule.result(spec, check: mutatedCheck, claim: claim, outcomes: o, alpha: alpha, firstTrial: decided.firstTrial)
      if decided.firstTrial > 0 { r.explanation += "; decided on the \(o.first?.count ?? 0) confirmatory runs" }
      return r
    default:
      return result
    }
  }

  /// Runs one check's trials and applies its verdict rule; also returns the outcomes it
  /// decided on (nil when a rule could not be applied to them).
  static func decide(_ check: Check, of claim: Claim, options: RunOptions) -> (CheckResult, DecidedOutcomes?) {
    let n = check.budget.trials(at: options.level)
    let alpha = claim.alphaPerDecision
    switch check.body {
    case .probability(let spec):
      let outcomes = trials(n, check, claim, options, arm: nil) { try spec.observe(&$0) }
      let result = ProbabilityRule.result(spec, check: check, claim: claim, outcomes: outcomes.map { $0.map(\.happened) }, alpha: alpha)
      return (result, DecidedOutcomes(outcomes: .probability(outcomes)))
    case .always(let spec):
      let outcomes = trials(n, check, claim, options, arm: nil) { context in try spec.trial(&context).validated() }
      return (AlwaysRule.result(spec, check: check, claim: claim, outcomes: outcomes), DecidedOutcomes(outcomes: .always(outcomes)))
    case .trend(let spec):
      func run(_ count: Int, offset: Int) -> [[TrialOutcome<Double>]] {
        spec.arms.map { arm in
          trials(count, check, claim, options, arm: arm.label, offset: offset) { try arm.trial(&$0) }
        }
      }
      let pilot = run(n, offset: 0)
      let result = TrendRule.result(spec, check: check, claim: claim, outcomes: pilot, alpha: alpha)
      // Run count from the observed variance: the pilot's runs choose how many fresh runs
      // (trial indices after the pilot's) decide; only those enter the confirmatory interval,
      // so its level is the nominal one.
      guard spec.paired, let cap = spec.maximumRuns, result.verdict == .inconclusive,
        let wanted = TrendRule.runsNeeded(result), wanted > n
      else { return (result, DecidedOutcomes(outcomes: .trend(pilot))) }
      // The cap scales like the budget: by --scale in the report, by test/report in tests.
      let scaled: Int
      switch options.level {
      case .test: scaled = cap * check.budget.test / max(1, check.budget.report)
      case .report: scaled = check.budget.scalable ? Budget(test: cap, report: cap).trials(at: options.level) : cap
      }
      // A quarter more than the pilot's estimate: the fresh runs' variance differs from the
      // pilot's, and a count chosen exactly at the edge misses the effect half the time.
      let confirmatory = min((wanted * 5 + 3) / 4, max(n, scaled))
      guard confirmatory > 0 else { return (result, DecidedOutcomes(outcomes: .trend(pilot))) }
      let fresh = run(confirmatory, offset: n)
      var decided = TrendRule.result(spec, check: check, claim: claim, outcomes: fresh, alpha: alpha, firstTrial: n)
      decided.explanation += "; \(n) pilot runs chose \(confirmatory) confirmatory runs (trials \(n)..<\(n + confirmatory))"
      return (decided, DecidedOutcomes(outcomes: .trend(fresh), firstTrial: n))
    }
  }

  /// Runs `n` trials of a check (or of one arm of a trend) in parallel, in trial order; only
  /// the trials of `range` when one is given (a shard's slice of the check).
  static func trials<T: Sendable>(
    _ n: Int, _ check: Check, _ claim: Claim, _ options: RunOptions, arm: String?, offset: Int = 0,
    range: Range<Int>? = nil, _ body: @escaping @Sendable (inout TrialContext) throws -> T
  ) -> [TrialOutcome<T>] {
    let name = streamName(claimID: claim.id, check: check.label, arm: arm)
    let shared = sharedStreamName(claimID: claim.id, check: check.label)
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
      var context = TrialContext(seed: seed, streamName: name, trial: offset + i, sharedStreamName: shared)
      context.level = options.level
      return outcome { try body(&context) }
    }
  }

  /// Runs one trial body, keeping a thrown error (or a divergence) as text.
  static func outcome<T>(_ body: () throws -> T) -> TrialOutcome<T> {
    do {
      return .value(try body())
    } catch let divergence as Divergence {
      return .diverged(divergence.description)
    } catch {
      return .thrown(String(describing: error))
    }
  }

  /// The first trial that threw or diverged: its index, message and kind.
  static func firstError<T>(_ outcomes: [TrialOutcome<T>]) -> TrialFailure? {
    for (i, outcome) in outcomes.enumerated() {
      switch outcome {
      case .value: continue
      case .thrown(let message): return (i, message, .trialError)
      case .diverged(let message): return (i, message, .diverged)
      }
    }
    return nil
  }
}

/// A trial that failed to run: its index (−1: not a trial's fault), message and kind.
typealias TrialFailure = (trial: Int, message: String, kind: RunError)

extension CheckResult {
  /// A result for a check one of whose trials threw.
  static func failed(
    _ check: Check, _ claim: Claim, trials: Int, alpha: Double, _ failure: TrialFailure
  ) -> CheckResult {
    let (trial, message, kind) = failure
    let explanation: String
    switch kind {
    case .diverged: explanation = "trial \(trial) diverged: \(message)"
    case _ where trial < 0: explanation = "could not be evaluated: \(message)"
    default: explanation = "trial \(trial) threw: \(message)"
    }
    return CheckResult(
      claimID: claim.id, label: check.label, reading: check.reading,
      expectation: check.expectation, kind: check.kind, trials: trials, alpha: alpha,
      verdict: .error, explanation: explanation,
      detail: .failed(message: message, trial: trial), runError: kind)
  }
}
