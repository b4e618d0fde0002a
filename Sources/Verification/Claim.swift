/// The kinds of check of the catalog (`CLAIMS.md`, "Kinds of check").
public enum CheckKind: String, Sendable, CaseIterable, Codable {
  /// Must hold on every trial; one violation beyond floating-point tolerance refutes it.
  case always
  /// "With probability at least p": refuted only when an exact interval excludes p.
  case probability
  /// A closed form against exhaustive enumeration or high-precision computation.
  case exact
  /// A comparison between settings, with a confidence interval on the difference.
  case trend
  /// A figure of the paper reproduced with the numbers behind it.
  case figure
}

/// One checkable statement of a paper: defined once, run by its test and by the report.
public struct Claim: Sendable {
  /// The id of `CLAIMS.md`, e.g. `BG19.Lemma3.1`.
  public let id: String
  /// The paper the claim is from.
  public let paper: Paper
  /// Where in the paper: section, statement and equations.
  public let location: String
  /// The kinds of check the catalog lists, e.g. probability + exact.
  public let kinds: [CheckKind]
  /// A one-line paraphrase of the statement.
  public let statement: String
  /// Conventions, readings and choices the report states (one paragraph each).
  public let notes: [String]
  /// The checks: one per parameter set and reading.
  public let checks: [Check]
  /// Figures drawn by the report (not by tests).
  public let figures: [FigureSpec]

  public init(
    id: String, paper: Paper, location: String, kinds: [CheckKind], statement: String,
    notes: [String] = [], checks: [Check], figures: [FigureSpec] = []
  ) {
    self.id = id
    self.paper = paper
    self.location = location
    self.kinds = kinds
    self.statement = statement
    self.notes = notes
    self.checks = checks
    self.figures = figures
  }

  /// The kinds joined as the catalog writes them ("probability + exact").
  public var kindDescription: String { kinds.map(\.rawValue).joined(separator: " + ") }

  /// The number of statistical decisions among which the claim's error share is split.
  public var statisticalDecisions: Int { checks.reduce(0) { $0 + $1.statisticalDecisions } }

  /// The error share of each statistical decision of this claim (`ErrorBudget`).
  /// The role of the check labelled `label` (main when there is no such check).
  public func role(of label: String) -> CheckRole {
    checks.first { $0.label == label }?.role ?? .main
  }

  public var alphaPerDecision: Double {
    ErrorBudget.perClaim / Double(max(1, statisticalDecisions))
  }
}

/// What the suite expects of a check.
public enum Expectation: Sendable, Equatable, Codable {
  /// The statement should hold.
  case holds
  /// The statement as printed is known to be refuted (an erratum); the reason says why.
  /// Its test is a known issue; the corrected statement is a separate check that must hold.
  case refutedAsPrinted(reason: String)
  /// The corrected statement of an erratum: it must hold, and the errata list it next to the
  /// printed check it corrects (named by its label).
  case correction(of: String)
}

/// Whether a check tests a claim's main statement or a side statement (a constant, a step of
/// the proof, an auxiliary count). A refuted printed side statement whose claim otherwise holds
/// makes the claim "holds, with errata"; a refuted printed main statement makes it "erratum"
/// (see `ClaimResult.verdict` and the report's methods).
public enum CheckRole: String, Sendable, Codable {
  case main
  case side
}

/// One check of a claim: a parameter set, a reading of the statement, and its trials.
public struct Check: Sendable {
  /// The parameter set, e.g. `k = 17`.
  public let label: String
  /// Which reading of the statement this check tests (nil when unambiguous).
  public let reading: String?
  /// What the suite expects.
  public let expectation: Expectation
  /// Main or side statement (default main: a refuted printed statement makes the claim an erratum).
  public let role: CheckRole
  /// Trial counts.
  public let budget: Budget
  /// The check itself.
  public let body: CheckBody

  public init(
    _ label: String, reading: String? = nil, expectation: Expectation = .holds,
    role: CheckRole = .main, budget: Budget, _ body: CheckBody
  ) {
    self.label = label
    self.reading = reading
    self.expectation = expectation
    self.role = role
    self.budget = budget
    self.body = body
  }

  /// The kind of this check's verdict rule.
  public var kind: CheckKind {
    switch body {
    case .probability: .probability
    case .always(let spec): spec.isExact ? .exact : .always
    case .trend: .trend
    }
  }

  /// The statistical decisions this check makes (see `ErrorBudget`).
  public var statisticalDecisions: Int {
    switch body {
    case .probability(let spec): (spec.claimed == nil ? 0 : 1) + (spec.exact == nil ? 0 : 1)
    case .always: 0
    case .trend(let spec): spec.comparisons.count
    }
  }

  /// Whether this check is the printed statement of a known erratum.
  public var isKnownErratum: Bool {
    if case .refutedAsPrinted = expectation { return true }
    return false
  }
}

/// The verdict rule and trial function of a check.
public enum CheckBody: Sendable {
  case probability(ProbabilitySpec)
  case always(AlwaysSpec)
  case trend(TrendSpec)
}

/// "The event happens with probability at least `claimed`." Each trial returns whether the
/// event happened. Refuted when the one-sided Clopper–Pearson upper bound falls below
/// `claimed`; where `exact` is known, the two-sided interval must also contain it. With no
/// claimed bound, the check tests only that the exact value is the event's probability (a
/// closed form checked by sampling).
public struct ProbabilitySpec: Sendable {
  /// The claimed lower bound on the probability (nil: only the exact value is checked).
  public let claimed: Double?
  /// How the bound reads in the paper, e.g. `1 − 8e⁻⁸`.
  public let claimedDescription: String
  /// The exact probability, where it is known.
  public let exact: Double?
  /// How the exact value was computed.
  public let exactDescription: String?
  /// The event, as text.
  public let event: String
  /// The nearest meaningful alternative to the claim (e.g. 1 − 2δ for "≥ 1 − δ"): "holds"
  /// requires that a true probability halfway between the claim and it would be refuted with
  /// probability ≥ 0.9; otherwise the verdict is inconclusive with the trials that would
  /// (`ProbabilityRule`). nil: no stated alternative (the power column still reports it).
  public let alternative: Double?
  /// One trial: did the event happen, and (for an event with a bound inside) how close
  /// did it come to the bound (`EventOutcome.reach`)?
  public let observe: @Sendable (inout TrialContext) throws -> EventOutcome

  /// One trial: did the event happen?
  public var trial: @Sendable (inout TrialContext) throws -> Bool {
    let observe = self.observe
    return { try observe(&$0).happened }
  }

  public init(
    event: String, claimed: Double?, claimedDescription: String, exact: Double? = nil,
    exactDescription: String? = nil, alternative: Double? = nil,
    trial: @escaping @Sendable (inout TrialContext) throws -> Bool
  ) {
    self.init(
      event: event, claimed: claimed, claimedDescription: claimedDescription, exact: exact,
      exactDescription: exactDescription, alternative: alternative,
      observe: { EventOutcome(happened: try trial(&$0)) })
  }

  init(
    event: String, claimed: Double?, claimedDescription: String, exact: Double?,
    exactDescription: String?, alternative: Double?,
    observe: @escaping @Sendable (inout TrialContext) throws -> EventOutcome
  ) {
    self.event = event
    self.claimed = claimed
    self.claimedDescription = claimedDescription
    self.exact = exact
    self.exactDescription = exactDescription
    self.alternative = alternative
    self.observe = observe
  }

  /// A check whose event compares a measurement with a bound: each trial returns an
  /// `Observation` (`atMost`, `atLeast`, `all` of several, or one built with its ratio)
  /// whose `holds` is the event and whose `ratio` is its reach (`EventOutcome`), so that
  /// the mutation tables re-decide the event with the bound scaled, from the same trials.
  /// An observation of NaN or ±∞ is a trial error, as in "always" checks.
  /// With an exact value (the probability of the unmutated event) the mutations do not move
  /// the event.
  public static func bounded(
    event: String, claimed: Double?, claimedDescription: String, exact: Double? = nil,
    exactDescription: String? = nil, alternative: Double? = nil,
    trial: @escaping @Sendable (inout TrialContext) throws -> Observation
  ) -> ProbabilitySpec {
    ProbabilitySpec(
      event: event, claimed: claimed, claimedDescription: claimedDescription, exact: exact,
      exactDescription: exactDescription, alternative: alternative,
      observe: { context in
        let o = try trial(&context).validated()
        return EventOutcome(happened: o.holds, reach: o.ratio.flatMap { $0.isNaN ? nil : $0 })
      })
  }

  /// The same trials with another claim (for mutations and synthetic violations).
  public func replacing(
    claimed: Double?, claimedDescription: String, exact: Double?, alternative: Double?
  ) -> ProbabilitySpec {
    ProbabilitySpec(
      event: event, claimed: claimed, claimedDescription: claimedDescription, exact: exact,
      exactDescription: exactDescription, alternative: alternative, observe: observe)
  }

  /// The probability the check must detect with power 0.9: halfway between the claim and the
  /// alternative (nil without either).
  public var powerTarget: Double? {
    guard let c = claimed, let a = alternative, a < c else { return nil }
    return (c + a) / 2
  }
}

/// "On every trial, the observation satisfies its bound." Each trial returns an
/// `Observation`; one that does not hold is a counterexample, replayable by its trial index.
public struct AlwaysSpec: Sendable {
  /// The bound or identity, as text.
  public let bound: String
  /// Exact checks run a fixed list of cases (trial i is case i) instead of random trials.
  public let isExact: Bool
  /// One trial.
  public let trial: @Sendable (inout TrialContext) throws -> Observation

  public init(
    bound: String, isExact: Bool = false,
    trial: @escaping @Sendable (inout TrialContext) throws -> Observation
  ) {
    self.bound = bound
    self.isExact = isExact
    self.trial = trial
  }
}
