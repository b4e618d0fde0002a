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

  public init(seed: UInt64, streamName: String, trial: Int, tracing: Bool = false) {
    self.rng = RandomStream(seed: seed, name: streamName, trial: UInt64(trial))
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
