import Generators

/// The engine's streams for work done outside a check's own trial loop: figures, tables and
/// runs shared by several checks. Every draw of the suite comes from a stream keyed by
/// (seed, claim id | check label [| arm], trial index), so a figure's point or a table's row
/// is trial I of a named check and `theorems replay ID --check LABEL --seed N --trial I`
/// recomputes it with everything it computed. Nothing outside Sources/Verification and
/// Sources/Generators constructs a `RandomStream` or a `TrialContext` (a machinery test scans
/// the sources).
extension Engine {
  /// The context the engine gives trial `trial` of check `check` (and arm `arm`) of claim
  /// `claimID` in the run with `seed`: its own stream and the stream `shared` by every arm of
  /// the check at that trial (`sharedStreamName`, as `Engine.trials` and replays use).
  public static func context(
    claimID: String, check: String, arm: String? = nil, seed: UInt64, trial: Int, tracing: Bool = false
  ) -> TrialContext {
    TrialContext(
      seed: seed, streamName: streamName(claimID: claimID, check: check, arm: arm), trial: trial, tracing: tracing,
      sharedStreamName: sharedStreamName(claimID: claimID, check: check))
  }

  /// Switches `context` to the stream of the same trial of another check (and arm) of
  /// `claimID`, keeping its trace: a summary check replays the run of the check it reads.
  public static func useStream(
    of check: String, arm: String? = nil, claimID: String, in context: inout TrialContext
  ) {
    context.rng = Engine.context(claimID: claimID, check: check, arm: arm, seed: context.seed, trial: context.trial).rng
  }

  /// Trials `0..<count` of a check's stream in parallel, in trial order: the runs a figure
  /// averages are the trials of a check, one replay away.
  public static func map<T: Sendable>(
    claimID: String, check: String, arm: String? = nil, seed: UInt64, count: Int, jobs: Int,
    _ body: @escaping @Sendable (inout TrialContext) throws -> T
  ) throws -> [T] {
    try ParallelTrials.map(count: count, jobs: jobs) { i -> Result<T, any Error> in
      var context = Engine.context(claimID: claimID, check: check, arm: arm, seed: seed, trial: i)
      return Result { try body(&context) }
    }.map { try $0.get() }
  }
}

extension RunCache {
  /// The value of trial `trial` of check `check` (and arm `arm`) of `claimID`, computed once per
  /// process from the engine's context of that trial. Use it when several checks, a figure or a
  /// table read the same runs; a replay (tracing) should call `body` on its own context instead,
  /// so that the trace records the run.
  public func value(
    claimID: String, check: String, arm: String? = nil, seed: UInt64, trial: Int,
    _ body: (inout TrialContext) throws -> Value
  ) throws -> Value {
    let key = "\(seed)|\(Engine.streamName(claimID: claimID, check: check, arm: arm))|\(trial)"
    if let cached = self[key] { return cached }
    var context = Engine.context(claimID: claimID, check: check, arm: arm, seed: seed, trial: trial)
    let value = try body(&context)
    self[key] = value
    return value
  }
}
