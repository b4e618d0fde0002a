import Claims
import Foundation
import Testing
import Verification

/// Runs a registered claim at its test budget inside a Swift Testing test and turns its
/// verdicts into issues, with the seed and the replay command:
/// - a check expected to hold (or a correction) fails the test when it is refuted or could
///   not be run (a trial threw, a run diverged, an exact value was contradicted);
/// - the printed statement of a known erratum (`Expectation.refutedAsPrinted`) must be
///   *refuted*: only that refutation is recorded as a known issue. Anything else fails the
///   test, outside `withKnownIssue`: a run error (a bug is never the expected erratum), and
///   a verdict of holds or inconclusive (the test budget no longer reproduces the erratum).
///
/// The seed is `Engine.defaultSeed`, or the value of the environment variable
/// `THEOREMS_SEED` to explore other seeds; a value that is not an unsigned integer throws.
public func expectClaim(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
  try expectClaim(try Catalog.registry().claim(id), sourceLocation: sourceLocation)
}

/// `expectClaim` for a claim value (one not necessarily in the catalog).
public func expectClaim(_ claim: Claim, sourceLocation: SourceLocation = #_sourceLocation) throws {
  let seed = try SeedEnvironment.seed(from: ProcessInfo.processInfo.environment)
  let options = RunOptions(seed: seed, level: .test)
  for check in claim.checks {
    let result = Engine.evaluate(check, of: claim, options: options)
    for expected in ClaimExpectation.issues(for: result, seed: seed) {
      let comment = Comment(rawValue: expected.message)
      if expected.isKnownIssue {
        withKnownIssue("erratum as printed: \(claim.id) [\(check.label)]") {
          Issue.record(comment, sourceLocation: sourceLocation)
        }
      } else {
        Issue.record(comment, sourceLocation: sourceLocation)
      }
    }
  }
}

/// What a check's result means for its test: the issues to record, and which of them is the
/// expected erratum. Separate from `expectClaim` so the machinery tests can check the rule.
public enum ClaimExpectation {
  /// One issue to record.
  public struct Expected: Sendable, Equatable {
    /// Whether the issue is the known erratum (recorded inside `withKnownIssue`).
    public let isKnownIssue: Bool
    public let message: String
  }

  /// The issues a check's result raises in its test (none when it passes).
  public static func issues(for result: CheckResult, seed: UInt64) -> [Expected] {
    let message = failureMessage(result, seed: seed)
    if result.isKnownErratum {
      switch result.verdict {
      case .refuted:
        return [Expected(isKnownIssue: true, message: message)]
      case .error:
        return [Expected(isKnownIssue: false, message: "a run error is not the expected erratum: " + message)]
      default:
        return [
          Expected(
            isKnownIssue: false,
            message: "the printed statement of a known erratum was expected to be refuted: " + message)
        ]
      }
    }
    if result.verdict >= .refuted { return [Expected(isKnownIssue: false, message: message)] }
    return []
  }
}

/// The text of a failing check: verdict, explanation, seed and replay command.
func failureMessage(_ result: CheckResult, seed: UInt64) -> String {
  var text = "\(result.claimID) [\(result.label)] \(result.verdict.rawValue)"
  if let kind = result.runError { text += " (\(kind.rawValue))" }
  text += ": \(result.explanation) (seed \(seed))"
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
