import Foundation

// Codable forms of the results a shard sends to the merge (see `PartFile`). Most result types
// synthesize Codable where they are declared; the ones below hold tuples or are generic.

extension AlwaysDetail: Codable {
  private enum CodingKeys: String, CodingKey {
    case bound, cases, failures, worstRatio, worstTrial, worstSummary
    case firstCounterexampleTrial, firstCounterexampleSummary
    case outsideHypothesis, firstOutsideTrial, firstOutsideSummary
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let trial = try c.decodeIfPresent(Int.self, forKey: .firstCounterexampleTrial)
    let summary = try c.decodeIfPresent(String.self, forKey: .firstCounterexampleSummary)
    guard (trial == nil) == (summary == nil) else {
      throw DecodingError.dataCorruptedError(
        forKey: .firstCounterexampleTrial, in: c, debugDescription: "counterexample trial without summary")
    }
    self.init(
      bound: try c.decode(String.self, forKey: .bound), cases: try c.decode(Int.self, forKey: .cases),
      failures: try c.decode(Int.self, forKey: .failures),
      worstRatio: try c.decodeIfPresent(Double.self, forKey: .worstRatio),
      worstTrial: try c.decodeIfPresent(Int.self, forKey: .worstTrial),
      worstSummary: try c.decodeIfPresent(String.self, forKey: .worstSummary),
      firstCounterexample: trial.map { ($0, summary!) })
    outsideHypothesis = try c.decode(Int.self, forKey: .outsideHypothesis)
    let outsideTrial = try c.decodeIfPresent(Int.self, forKey: .firstOutsideTrial)
    let outsideSummary = try c.decodeIfPresent(String.self, forKey: .firstOutsideSummary)
    guard (outsideTrial == nil) == (outsideSummary == nil) else {
      throw DecodingError.dataCorruptedError(
        forKey: .firstOutsideTrial, in: c, debugDescription: "outside trial without summary")
    }
    firstOutside = outsideTrial.map { ($0, outsideSummary!) }
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(bound, forKey: .bound)
    try c.encode(cases, forKey: .cases)
    try c.encode(failures, forKey: .failures)
    try c.encodeIfPresent(worstRatio, forKey: .worstRatio)
    try c.encodeIfPresent(worstTrial, forKey: .worstTrial)
    try c.encodeIfPresent(worstSummary, forKey: .worstSummary)
    try c.encodeIfPresent(firstCounterexample?.trial, forKey: .firstCounterexampleTrial)
    try c.encodeIfPresent(firstCounterexample?.summary, forKey: .firstCounterexampleSummary)
    try c.encode(outsideHypothesis, forKey: .outsideHypothesis)
    try c.encodeIfPresent(firstOutside?.trial, forKey: .firstOutsideTrial)
    try c.encodeIfPresent(firstOutside?.summary, forKey: .firstOutsideSummary)
  }
}

/// A trial outcome as `{"value": …}`, `{"thrown": "message"}` or `{"diverged": "message"}`.
extension TrialOutcome: Codable where Value: Codable {
  private enum CodingKeys: String, CodingKey { case value, thrown, diverged }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    if let message = try c.decodeIfPresent(String.self, forKey: .thrown) {
      self = .thrown(message)
    } else if let message = try c.decodeIfPresent(String.self, forKey: .diverged) {
      self = .diverged(message)
    } else {
      self = .value(try c.decode(Value.self, forKey: .value))
    }
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .value(let v): try c.encode(v, forKey: .value)
    case .thrown(let message): try c.encode(message, forKey: .thrown)
    case .diverged(let message): try c.encode(message, forKey: .diverged)
    }
  }
}

/// The raw trial outcomes of a slice of one check, as the engine produced them, for a check
/// whose trials are split over shards: the merge concatenates the slices in trial order and
/// applies the check's verdict rule once, exactly as a single run does.
enum ChunkOutcomes: Sendable, Codable {
  case probability([TrialOutcome<EventOutcome>])
  case always([TrialOutcome<Observation>])
  /// One array per arm, in the spec's arm order.
  case trend([[TrialOutcome<Double>]])

  /// The number of trials (per arm for a trend; nil when the arms disagree).
  var count: Int? {
    switch self {
    case .probability(let o): o.count
    case .always(let o): o.count
    case .trend(let arms):
      Set(arms.map(\.count)).count <= 1 ? (arms.first?.count ?? 0) : nil
    }
  }

  /// The slices in order, joined; nil when their kinds or arm counts differ.
  static func concatenated(_ chunks: [ChunkOutcomes]) -> ChunkOutcomes? {
    guard let first = chunks.first else { return nil }
    switch first {
    case .probability:
      var all: [TrialOutcome<EventOutcome>] = []
      for chunk in chunks {
        guard case .probability(let o) = chunk else { return nil }
        all += o
      }
      return .probability(all)
    case .always:
      var all: [TrialOutcome<Observation>] = []
      for chunk in chunks {
        guard case .always(let o) = chunk else { return nil }
        all += o
      }
      return .always(all)
    case .trend(let arms):
      var all = [[TrialOutcome<Double>]](repeating: [], count: arms.count)
      for chunk in chunks {
        guard case .trend(let o) = chunk, o.count == arms.count else { return nil }
        for a in o.indices { all[a] += o[a] }
      }
      return .trend(all)
    }
  }
}

extension Engine {
  /// The raw outcomes of trials `range` of a check (all arms of a trend).
  static func outcomes(
    _ check: Check, of claim: Claim, options: RunOptions, range: Range<Int>
  ) -> ChunkOutcomes {
    let n = check.budget.trials(at: options.level)
    switch check.body {
    case .probability(let spec):
      return .probability(trials(n, check, claim, options, arm: nil, range: range) { try spec.observe(&$0) })
    case .always(let spec):
      return .always(trials(n, check, claim, options, arm: nil, range: range) { try spec.trial(&$0).validated() })
    case .trend(let spec):
      return .trend(
        spec.arms.map { arm in
          trials(n, check, claim, options, arm: arm.label, range: range) { try arm.trial(&$0) }
        })
    }
  }

  /// The result of a check from the outcomes of all its trials, by the same rule as
  /// `evaluate` (with the mutations' verdicts); nil when the outcomes do not fit the check
  /// (kind, arms).
  static func result(_ check: Check, of claim: Claim, outcomes: ChunkOutcomes) -> CheckResult? {
    let alpha = claim.alphaPerDecision
    let decided: CheckResult
    switch (check.body, outcomes) {
    case (.probability(let spec), .probability(let o)):
      decided = ProbabilityRule.result(spec, check: check, claim: claim, outcomes: o.map { $0.map(\.happened) }, alpha: alpha)
    case (.always(let spec), .always(let o)):
      decided = AlwaysRule.result(spec, check: check, claim: claim, outcomes: o)
    case (.trend(let spec), .trend(let o)) where o.count == spec.arms.count:
      decided = TrendRule.result(spec, check: check, claim: claim, outcomes: o, alpha: alpha)
    default:
      return nil
    }
    return finish(
      decided, check, claim, decided: DecidedOutcomes(outcomes: outcomes), trials: outcomes.count ?? 0, run: nil)
  }
}

/// The JSON settings of part files: sorted keys (a canonical byte form for the checksum),
/// non-finite numbers as strings. Doubles round-trip exactly (shortest representation).
enum PartJSON {
  static func encoder(pretty: Bool) -> JSONEncoder {
    let e = JSONEncoder()
    e.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    e.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "+Infinity", negativeInfinity: "-Infinity", nan: "NaN")
    return e
  }

  static func decoder() -> JSONDecoder {
    let d = JSONDecoder()
    d.nonConformingFloatDecodingStrategy = .convertFromString(
      positiveInfinity: "+Infinity", negativeInfinity: "-Infinity", nan: "NaN")
    return d
  }
}
