/// Renders REPORT.md from claim results. Deterministic: nothing that varies between runs of
/// one seed (times, dates, commit ids) enters the text.
public struct ReportRenderer: Sendable {
  /// The command that reproduces the report, printed at its top.
  public let command: String
  public let seed: UInt64
  public let scale: Double

  public init(command: String, seed: UInt64, scale: Double) {
    self.command = command
    self.seed = seed
    self.scale = scale
  }

  /// The whole report.
  public func render(_ results: [ClaimResult], figures: [String: RenderedFigure] = [:]) -> String {
    var out = header(results)
    out += summary(results)
    for paper in Paper.allCases {
      let ofPaper = results.filter { $0.claim.paper == paper }
      guard !ofPaper.isEmpty else { continue }
      out += "\n## \(paper.rawValue)\n\n\(paper.citation).\n"
      for result in ofPaper { out += ClaimSection(result: result, figures: figures).text }
    }
    out += errata(results)
    out += Methods.text(results)
    return out
  }

  func header(_ results: [ClaimResult]) -> String {
    let counts = Dictionary(grouping: results, by: \.verdict).mapValues(\.count)
    let tally = [Verdict.holds, .erratum, .cannotRefute, .inconclusive, .refuted, .error]
      .compactMap { v in counts[v].map { "\($0) \(v.rawValue)" } }.joined(separator: ", ")
    return """
      # Verification report

      Seed **\(seed)**, scale \(Format.number(scale)). Reproduce this file byte for byte with:

          \(command)

      \(results.count) claims checked: \(tally). Each claim's section gives its statement, \
      parameters, trials, estimates with exact intervals, the bound, the verdict and its power; \
      the errata and the methods (generator, intervals, error budget) close the report. \
      Verdicts: **holds** (not refuted, with the power shown), **refuted** (an exact interval \
      excludes the claim, or a counterexample beyond floating-point tolerance), **erratum** (the \
      printed statement is refuted and the corrected one holds), **inconclusive** (too few \
      trials to decide; the section says how many would), **cannot refute** (no outcome of the \
      trials run could refute the check; it counts toward nothing and says why), **error** (a \
      run error: a trial threw or diverged, or a sample contradicted an exact value; never a pass).

      """
  }

  func summary(_ results: [ClaimResult]) -> String {
    var out = """

      ## Summary

      | claim | kind | verdict | trials | estimate or worst ratio | bound | tightness |
      |---|---|---|---:|---|---|---|

      """
    for result in results {
      let h = Headline(result)
      out +=
        "| [`\(result.claim.id)`](#\(Anchor.of(result.claim.id))) | \(result.claim.kindDescription) "
        + "| \(result.verdict.rawValue) | \(result.totalTrials) | \(h.estimate) | \(h.bound) "
        + "| \(h.tightness) |\n"
    }
    return out
  }

  func errata(_ results: [ClaimResult]) -> String {
    var out = "\n## Errata\n\n"
    let entries = results.filter { $0.checks.contains(where: \.isKnownErratum) }
    if entries.isEmpty {
      return out + "No statement checked so far is refuted by the evidence.\n"
    }
    out +=
      "Each entry keeps the statement as printed (its test is a known issue) next to the "
      + "corrected statement, which is checked on its own.\n"
    for result in entries {
      out += "\n### `\(result.claim.id)` (\(result.claim.location))\n\n"
      for check in result.checks where check.isKnownErratum {
        if case .refutedAsPrinted(let reason) = check.expectation { out += "\(reason)\n\n" }
        out += "- As printed — \(check.label)\(check.reading.map { " (\($0))" } ?? ""): "
        out += "**\(check.verdict.rawValue)**; \(check.explanation).\n"
        if let command = ClaimSection.replay(check, seed: result.seed) { out += "  Replay: `\(command)`\n" }
      }
      for check in result.checks {
        guard case .correction = check.expectation else { continue }
        out += "- Corrected — \(check.label)\(check.reading.map { " (\($0))" } ?? ""): "
        out += "**\(check.verdict.rawValue)**; \(check.explanation).\n"
      }
    }
    return out
  }
}

/// A GitHub-style heading anchor for a claim id.
enum Anchor {
  static func of(_ id: String) -> String {
    id.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" }
  }
}
