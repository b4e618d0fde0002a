import Claims
import Foundation
import Testing
import Verification

/// Runs a registered claim at its test budget inside a Swift Testing test and turns its
/// verdicts into issues: a refuted check (or a trial that threw) fails the test with the seed
/// and the replay command; the printed statement of a known erratum runs inside
/// `withKnownIssue` (intermittent, since a small test budget may not see it).
///
/// The seed is `Engine.defaultSeed`, or the value of the environment variable
/// `THEOREMS_SEED` to explore other seeds.
public func expectClaim(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
  let registry = try Catalog.registry()
  let claim = try registry.claim(id)
  let seed = ProcessInfo.processInfo.environment["THEOREMS_SEED"].flatMap(UInt64.init) ?? Engine.defaultSeed
  let options = RunOptions(seed: seed, level: .test)
  for check in claim.checks {
    let result = Engine.evaluate(check, of: claim, options: options)
    let message = Comment(rawValue: failureMessage(result, seed: seed))
    if result.isKnownErratum {
      withKnownIssue("erratum as printed: \(claim.id) [\(check.label)]", isIntermittent: true) {
        if result.verdict >= .refuted { Issue.record(message, sourceLocation: sourceLocation) }
      }
    } else if result.verdict >= .refuted {
      Issue.record(message, sourceLocation: sourceLocation)
    }
  }
}

/// The text of a failing check: verdict, explanation, seed and replay command.
func failureMessage(_ result: CheckResult, seed: UInt64) -> String {
  var text = "\(result.claimID) [\(result.label)] \(result.verdict.rawValue): \(result.explanation) (seed \(seed))"
  var trial: Int?
  switch result.detail {
  case .always(let d): trial = d.firstCounterexample?.trial
  case .probability(let d): trial = d.failingTrials.first
  case .failed(_, let t) where t >= 0: trial = t
  default: break
  }
  if let trial {
    text += "\nreplay: " + Engine.replayCommand(claimID: result.claimID, check: result.label, seed: seed, trial: trial)
  }
  return text
}
