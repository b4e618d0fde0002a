import Generators

/// What a trial receives: its seeded stream, its index, and (when replaying) a trace to
/// which it writes everything it computed.
public struct TrialContext: Sendable {
  /// The trial's random stream: a pure function of (seed, stream name, trial index).
  public var rng: RandomStream
  /// The trial index.
  public let trial: Int
  /// The run seed.
  public let seed: UInt64
  /// Name/value pairs recorded in replay mode, nil otherwise (so hot paths pay nothing).
  public private(set) var trace: [(String, String)]?

  /// A stream shared by every arm of a trend at this trial index: keyed by (seed, claim id
  /// and check label, trial index) but not by the arm, so that trial i of each arm can draw
  /// the same data (a training set, a test set) and the arms are compared on paired data
  /// (`TrendSpec.paired`). Distinct from `rng`, also outside trends.
  public var shared: RandomStream

  /// Always 1. Bound mutations no longer rerun trials: a probability check whose event
  /// compares a measurement with a bound returns an `Observation` (`ProbabilitySpec.bounded`)
  /// and the engine re-decides the event with the bound scaled (`EventOutcome.reach`).
  @available(*, deprecated, message: "use ProbabilitySpec.bounded: mutations re-decide the event from its Observation")
  public var boundFactor: Double { 1 }
  /// The budget level the trial runs at (set by the engine; replays and figures run at the
  /// report level). A check may use smaller sizes at `.test` where its statement is the same
  /// (LL18: the paired "more often than not" checks), so that `swift test` stays fast.
  public var level: BudgetLevel = .report(scale: 1)

  /// Whether the trial runs at the test budget.
  public var isTestLevel: Bool { level == .test }

  /// `sharedStreamName` keys `shared` (default: `streamName` followed by `|shared`).
  public init(
    seed: UInt64, streamName: String, trial: Int, tracing: Bool = false, sharedStreamName: String? = nil
  ) {
    self.rng = RandomStream(seed: seed, name: streamName, trial: UInt64(trial))
    self.shared = RandomStream(seed: seed, name: sharedStreamName ?? streamName + "|shared", trial: UInt64(trial))
    self.trial = trial
    self.seed = seed
    self.trace = tracing ? [] : nil
  }

  /// Whether the trial is being replayed (and so should record what it computes).
  public var isTracing: Bool { trace != nil }

  /// Records a named value when replaying; the value is not even formatted otherwise.
  public mutating func note(_ name: String, _ value: @autoclosure () -> Any) {
    if trace != nil { trace!.append((name, Format.value(value()))) }
  }
}
