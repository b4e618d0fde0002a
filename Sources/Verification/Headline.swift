/// The summary row of a claim: its tightest check expected to hold (or, for an erratum, the
/// refuted printed main statement; a claim that holds with errata shows its checks that hold).
///
/// Tightness is a ratio that is ≤ 1 when the check holds and near 1 when the bound is tight:
/// the worst observed/bound ratio of an "always" check, and (1 − estimate)/(1 − claimed) —
/// the observed failure rate over the allowed one — of a probability check.
struct Headline {
  var estimate = "—"
  var bound = "—"
  var tightness = "—"

  init(_ result: ClaimResult) {
    let erratum = result.checks.first {
      $0.isKnownErratum && $0.verdict == .refuted && result.claim.role(of: $0.label) == .main
    }
    let candidates = erratum.map { [$0] } ?? result.checks.filter { !$0.isKnownErratum }
    var best: (score: Double, row: Headline)?
    for c in candidates {
      var row = Headline(estimate: "—", bound: "—", tightness: "—")
      var score = -Double.infinity
      switch c.detail {
      case .probability(let d):
        row.estimate = Format.probability(d.estimate)
        row.bound = d.claimed == nil ? "= \(d.exact.map(Format.probability) ?? "?")" : "≥ \(d.claimedDescription)"
        if let claimed = d.claimed, claimed < 1 {
          score = (1 - d.estimate) / (1 - claimed)
          row.tightness = "failure rate \(Format.number(score, digits: 3))× allowed"
        }
      case .always(let d) where c.isKnownErratum && d.firstCounterexample != nil:
        row.estimate = "as printed: " + d.firstCounterexample!.summary
        row.bound = d.bound
        score = .infinity
      case .always(let d):
        if let r = d.worstRatio {
          row.estimate = "worst ratio \(Format.number(r, digits: 4))"
          score = r
          row.tightness = Format.number(r, digits: 4)
        }
        row.bound = d.bound
      case .trend(let d):
        if let k = d.comparisons.max(by: { $0.difference < $1.difference }) {
          row.estimate = "Δ \(Format.number(k.difference, digits: 3))"
          row.bound = "Δ ≤ \(Format.number(k.slack))"
          score = k.difference
        }
      case .failed(let message, _):
        row.estimate = "error: \(message.prefix(40))"
        score = .infinity
      }
      if best == nil || score > best!.score { best = (score, row) }
    }
    if let row = best?.row { self = row }
  }

  private init(estimate: String, bound: String, tightness: String) {
    self.estimate = estimate
    self.bound = bound
    self.tightness = tightness
  }
}
