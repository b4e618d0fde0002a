import Theory

/// Reruns one trial of one check with tracing on, so that it prints everything it computed.
public struct ReplayResult: Sendable {
  public let claimID: String
  public let check: String
  public let arm: String?
  public let seed: UInt64
  public let trial: Int
  /// The trial's outcome, as text.
  public let outcome: String
  /// What the trial recorded, in order.
  public let trace: [(String, String)]
}

extension Engine {
  /// Replays trial `trial` of `check` (and of each arm of a trend) with `seed`.
  public static func replay(_ claim: Claim, check: Check, seed: UInt64, trial: Int) -> [ReplayResult] {
    func run<T>(_ arm: String?, _ body: (inout TrialContext) throws -> T, _ show: (T) -> String)
      -> ReplayResult
    {
      var context = TrialContext(
        seed: seed, streamName: streamName(claimID: claim.id, check: check.label, arm: arm),
        trial: trial, tracing: true,
        sharedStreamName: sharedStreamName(claimID: claim.id, check: check.label))
      let outcome: String
      do {
        outcome = show(try body(&context))
      } catch let divergence as Divergence {
        outcome = "diverged: \(divergence)"
      } catch {
        outcome = "threw: \(error)"
      }
      return ReplayResult(
        claimID: claim.id, check: check.label, arm: arm, seed: seed, trial: trial,
        outcome: outcome, trace: context.trace ?? [])
    }
    switch check.body {
    case .probability(let spec):
      return [run(nil, spec.trial) { "event (\(spec.event)) \($0 ? "happened" : "did not happen")" }]
    case .always(let spec):
      return [run(nil, { try spec.trial(&$0).validated() }) { "\($0.holds ? "holds" : "VIOLATED"): \($0.summary)" }]
    case .trend(let spec):
      return spec.arms.map { arm in
        run(arm.label, arm.trial) { "\(spec.metric) = \(Format.number($0, digits: 10))" }
      }
    }
  }

  /// The command that replays a trial, as the report and failing tests print it.
  public static func replayCommand(claimID: String, check: String, seed: UInt64, trial: Int) -> String {
    let quoted = "'" + check.replacingOccurrences(of: "'", with: "'\\''") + "'"
    return "swift run -c release theorems replay \(claimID) --check \(quoted) --seed \(seed) --trial \(trial)"
  }
}
