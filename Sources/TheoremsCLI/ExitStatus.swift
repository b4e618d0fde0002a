import Verification

/// The exit statuses of `theorems` (README "Exit status", `theorems --help`).
public enum ExitStatus {
  /// Every check holds, is a known erratum, or is undecided (inconclusive, cannot refute).
  public static let success: Int32 = 0
  /// Some check expected to hold is refuted.
  public static let refuted: Int32 = 1
  /// A usage or input error: a malformed command line, an unknown claim id, a bad
  /// `THEOREMS_SEED`, an unwritable `--out`, an unreadable `--mnist` file. Nothing was run.
  public static let usage: Int32 = 2
  /// A run error: a trial threw, a training run diverged, or an exact value was contradicted
  /// by its sample. Takes precedence over 1: a run with errors is not a valid verdict.
  public static let runError: Int32 = 3

  /// The status of a run with these results.
  public static func of(_ results: [ClaimResult]) -> Int32 {
    let checks = results.flatMap(\.checks)
    if checks.contains(where: { $0.verdict == .error }) { return runError }
    if results.contains(where: { $0.verdict == .refuted }) { return refuted }
    return success
  }
}
