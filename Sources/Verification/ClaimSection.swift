/// The report section of one claim.
struct ClaimSection {
  let result: ClaimResult
  let figures: [String: RenderedFigure]

  var text: String {
    let claim = result.claim
    var out = "\n<a id=\"\(Anchor.of(claim.id))\"></a>\n\n### `\(claim.id)` — \(claim.location)\n\n"
    out += "**Verdict: \(result.verdict.rawValue)** · kind: \(claim.kindDescription) · "
    out += "error share \(Format.level(ErrorBudget.perClaim))"
    if claim.statisticalDecisions > 0 {
      out += " over \(claim.statisticalDecisions) decisions (α = \(Format.level(claim.alphaPerDecision)) each)"
    } else {
      out += " (unused: refuted only by counterexamples)"
    }
    out += "\n\n> \(claim.statement)\n\n"
    for note in claim.notes { out += "\(note)\n\n" }
    out += tables()
    for figure in claim.figures {
      let rendered = figures[figure.name]
      // A table without a drawing (an empty SVG) is shown as its caption and table only.
      if rendered?.svg.isEmpty == true {
        out += "\n*\(figure.caption)*\n\n"
      } else {
        out += "\n![\(figure.caption)](figures/\(figure.name).svg)\n\n*\(figure.caption)*\n\n"
      }
      if let rendered { out += rendered.table + "\n" }
    }
    return out
  }

  func tables() -> String {
    var out = ""
    let probability = result.checks.filter { $0.kind == .probability }
    let always = result.checks.filter { $0.kind == .always || $0.kind == .exact }
    let trend = result.checks.filter { $0.kind == .trend }
    let failed = result.checks.filter { if case .failed = $0.detail { return true } else { return false } }
    if !probability.isEmpty {
      out += """
        | parameters | reading | trials | event count | estimate | \(interval) | exact | claimed | \
        verdict | power: refutes p ≤ |
        |---|---|---:|---:|---|---|---|---|---|---|

        """
      for c in probability {
        guard case .probability(let d) = c.detail else { continue }
        out +=
          "| \(c.label) | \(c.reading ?? "—") | \(d.trials) | \(d.successes) | "
          + "\(Format.probability(d.estimate)) | \(Format.interval(d.interval)) | "
          + "\(d.exact.map(Format.probability) ?? "—") | \(d.claimed == nil ? d.claimedDescription : "≥ " + d.claimedDescription) | "
          + "\(verdict(c)) | \(d.claimed == nil ? "—" : d.detectable.map(Format.probability) ?? "none") |\n"
      }
      out += "\n"
      for c in probability {
        guard case .probability(let d) = c.detail else { continue }
        out += "- \(c.label): \(d.event); \(c.explanation)."
        if let e = d.exactDescription { out += " Exact value: \(e)." }
        if let trial = d.failingTrials.first, d.successes < d.trials {
          out += " A trial without the event: `\(Engine.replayCommand(claimID: c.claimID, check: c.label, seed: result.seed, trial: trial))`."
        }
        out += "\n"
      }
      out += "\n"
    }
    if !always.isEmpty {
      out += """
        | parameters | reading | kind | cases | violations | worst ratio (≤ 1 holds) | bound | verdict |
        |---|---|---|---:|---:|---|---|---|

        """
      for c in always {
        guard case .always(let d) = c.detail else { continue }
        out +=
          "| \(c.label) | \(c.reading ?? "—") | \(c.kind.rawValue) | \(d.cases)"
          + (d.outsideHypothesis > 0 ? " (\(d.outsideHypothesis) outside the hypothesis)" : "") + " | \(d.failures) | "
          + "\(d.worstRatio.map { Format.number($0, digits: 4) } ?? "—") | \(d.bound) | \(verdict(c)) |\n"
      }
      out += "\n"
      for c in always {
        guard case .always(let d) = c.detail else { continue }
        if let (trial, summary) = d.firstCounterexample {
          out += "- \(c.label): counterexample at trial \(trial): \(summary). Replay: `\(Self.replay(c, seed: result.seed)!)`\n"
        } else if let summary = d.worstSummary, let trial = d.worstTrial {
          out += "- \(c.label): tightest case, trial \(trial): \(summary).\n"
        }
      }
      out += "\n"
    }
    for c in trend {
      guard case .trend(let d) = c.detail else { continue }
      out += "Trend \(c.label)\(c.reading.map { " (\($0))" } ?? ""): \(d.metric), \(c.trials) trials per setting, \(d.method) bounds. **\(verdict(c))**: \(c.explanation).\n\n"
      out += "| setting | mean | interval |\n|---|---|---|\n"
      for a in d.arms { out += "| \(a.label) | \(Format.number(a.mean, digits: 4)) | \(Format.range(a.interval)) |\n" }
      if d.paired {
        out += "\n| claim | mean paired difference | interval | refuted | smallest refuted reversal | runs that would decide |\n|---|---|---|---|---|---|\n"
        for k in d.comparisons {
          out += "| mean(\(k.lhs)) ≤ mean(\(k.rhs))\(k.slack == 0 ? "" : " + \(Format.number(k.slack))") | \(Format.number(k.difference, digits: 4)) | \(Format.range(k.interval)) | \(k.refuted ? "yes" : "no") | \(k.detectableReversal.map { Format.number($0, digits: 3) } ?? "—") | \(k.runsNeeded.map(String.init) ?? "—") |\n"
        }
      } else {
        out += "\n| claim | difference | interval | refuted |\n|---|---|---|---|\n"
        for k in d.comparisons {
          out += "| mean(\(k.lhs)) ≤ mean(\(k.rhs))\(k.slack == 0 ? "" : " + \(Format.number(k.slack))") | \(Format.number(k.difference, digits: 4)) | \(Format.range(k.interval)) | \(k.refuted ? "yes" : "no") |\n"
        }
      }
      out += "\n"
    }
    for c in failed {
      out += "- \(c.label): **\(verdict(c))**: \(c.explanation)\n"
    }
    return out
  }

  var interval: String {
    "interval (level 1 − α)"
  }

  func verdict(_ c: CheckResult) -> String {
    if let kind = c.runError { return "\(c.verdict.rawValue) (\(kind.rawValue))" }
    return c.isKnownErratum ? "\(c.verdict.rawValue) (erratum as printed)" : c.verdict.rawValue
  }

  /// The replay command of a check's first counterexample (or first failing trial).
  static func replay(_ c: CheckResult, seed: UInt64) -> String? {
    switch c.detail {
    case .always(let d):
      return d.firstCounterexample.map {
        Engine.replayCommand(claimID: c.claimID, check: c.label, seed: seed, trial: $0.trial)
      }
    case .probability(let d):
      return d.failingTrials.first.map {
        Engine.replayCommand(claimID: c.claimID, check: c.label, seed: seed, trial: $0)
      }
    case .failed(_, let trial) where trial >= 0:
      return Engine.replayCommand(claimID: c.claimID, check: c.label, seed: seed, trial: trial)
    default:
      return nil
    }
  }
}
