/// What one trial of an "always" or exact check observed.
///
/// `ratio` is normalized so that a value ≤ 1 satisfies the bound and the value tells how
/// tight it was: observed/bound for an upper bound, bound/observed for a lower bound,
/// |error|/tolerance for an identity.
///
/// The factories (`atMost`, `atLeast`, `equal`, `all`) reject NaN and ±∞ among the values
/// and bounds they compare: such an observation carries `rejection`, and the engine throws
/// `InvalidObservation` for the trial (a run error, never a pass or a counterexample).
public struct Observation: Sendable, Equatable, Codable {
  /// Whether the bound holds on this trial (within tolerance).
  public var holds: Bool
  /// The normalized ratio, where one is defined.
  public var ratio: Double?
  /// One line: what was compared with what.
  public var summary: String
  /// Why the observation is not a valid comparison (a NaN or ±∞ value or bound), nil when
  /// it is. The engine turns a rejected observation into a thrown `InvalidObservation`.
  public private(set) var rejection: String? = nil
  /// The numbers compared, when a factory built the observation (for `BoundMutation`).
  public private(set) var comparison: Comparison? = nil
  /// The trial fell outside the statement's hypothesis (`outsideHypothesis`): neither a pass
  /// nor a counterexample; "always" checks count such trials and show them.
  public private(set) var isOutsideHypothesis = false

  /// What `atMost`, `atLeast` and `equal` compared.
  public struct Comparison: Sendable, Equatable, Codable {
    public enum Kind: Sendable, Equatable, Codable { case atMost, atLeast, equal }
    public let kind: Kind
    /// The observed (or computed) value.
    public let observed: Double
    /// The bound (or the expected value).
    public let bound: Double
    /// The tolerances: relative and absolute for bounds; for `equal`, `tolerance` and
    /// whether it is relative.
    public let relativeTolerance: Double
    public let absoluteTolerance: Double
    public let relative: Bool
  }

  public init(holds: Bool, ratio: Double?, summary: String) {
    self.holds = holds
    self.ratio = ratio
    self.summary = summary
  }

  /// Throws `InvalidObservation` when the observation compared a NaN or ±∞; returns it
  /// unchanged otherwise.
  public func validated() throws -> Observation {
    if let rejection { throw InvalidObservation(message: rejection) }
    return self
  }

  /// The observation with its compared numbers recorded.
  func comparing(_ c: Comparison) -> Observation {
    var copy = self
    copy.comparison = c
    return copy
  }

  /// The observation marked as rejected when any named value is NaN or ±∞.
  func rejecting(_ values: [(String, Double)]) -> Observation {
    guard let (name, value) = values.first(where: { !$0.1.isFinite }) else { return self }
    var copy = self
    copy.rejection = "\(name) = \(Format.number(value)) is not a finite number (\(summary))"
    return copy
  }

  /// `observed ≤ bound`, allowing a relative and an absolute floating-point tolerance.
  public static func atMost(
    _ observed: Double, _ bound: Double, relativeTolerance: Double = 1e-9,
    absoluteTolerance: Double = 1e-12, _ what: String = "observed"
  ) -> Observation {
    let holds = observed <= bound + relativeTolerance * abs(bound) + absoluteTolerance
    let ratio = bound != 0 ? observed / bound : (observed <= 0 ? 0 : .infinity)
    return Observation(
      holds: holds && !observed.isNaN && !bound.isNaN, ratio: ratio,
      summary: "\(what) \(Format.number(observed)) ≤ \(Format.number(bound))"
    ).rejecting([("observed \(what)", observed), ("bound", bound)]).comparing(
      Comparison(
        kind: .atMost, observed: observed, bound: bound, relativeTolerance: relativeTolerance,
        absoluteTolerance: absoluteTolerance, relative: true))
  }

  /// `observed ≥ bound`, with tolerances; the ratio is bound/observed.
  public static func atLeast(
    _ observed: Double, _ bound: Double, relativeTolerance: Double = 1e-9,
    absoluteTolerance: Double = 1e-12, _ what: String = "observed"
  ) -> Observation {
    let holds = observed >= bound - relativeTolerance * abs(bound) - absoluteTolerance
    let ratio = observed != 0 ? bound / observed : (bound <= 0 ? 0 : .infinity)
    return Observation(
      holds: holds && !observed.isNaN && !bound.isNaN, ratio: ratio,
      summary: "\(what) \(Format.number(observed)) ≥ \(Format.number(bound))"
    ).rejecting([("observed \(what)", observed), ("bound", bound)]).comparing(
      Comparison(
        kind: .atLeast, observed: observed, bound: bound, relativeTolerance: relativeTolerance,
        absoluteTolerance: absoluteTolerance, relative: true))
  }

  /// `computed == expected` within `tolerance` (absolute, or relative to |expected| when
  /// `relative`).
  public static func equal(
    _ computed: Double, _ expected: Double, tolerance: Double, relative: Bool = true,
    _ what: String = "value"
  ) -> Observation {
    let scale = relative ? max(abs(expected), Double.leastNormalMagnitude) : 1
    let error = abs(computed - expected) / scale
    let holds = error <= tolerance
    return Observation(
      holds: holds, ratio: error / tolerance,
      summary:
        "\(what) \(Format.number(computed)) vs \(Format.number(expected)) "
        + "(\(relative ? "relative" : "absolute") error \(Format.number(error)), "
        + "tolerance \(Format.number(tolerance)))"
    ).rejecting([("computed \(what)", computed), ("expected \(what)", expected), ("tolerance", tolerance)])
      .comparing(
        Comparison(
          kind: .equal, observed: computed, bound: expected, relativeTolerance: tolerance,
          absoluteTolerance: 0, relative: relative))
  }

  /// A probability event "measured ≤ bound" (`ProbabilitySpec.bounded`): holds exactly when
  /// `measured <= bound` (no tolerance, false for NaN), with ratio measured/bound, the event's
  /// reach under a bound mutation. Not rejected for non-finite values: the event is what the
  /// check's statement says, as a Boolean would be.
  public static func event(_ measured: Double, atMost bound: Double, _ what: String = "measured") -> Observation {
    Observation(
      holds: measured <= bound, ratio: bound > 0 ? measured / bound : nil,
      summary: "\(what) \(Format.number(measured)) ≤ \(Format.number(bound))")
  }

  /// A trial outside the statement's hypothesis (e.g. a both-layers run whose second layer
  /// left Eq. 8 of BGMS18): not a pass, not a counterexample, not a run error. The "always"
  /// rule counts these trials separately and decides on the others (`AlwaysRule`).
  public static func outsideHypothesis(_ summary: String) -> Observation {
    var o = Observation(holds: true, ratio: nil, summary: summary)
    o.isOutsideHypothesis = true
    return o
  }

  /// A condition without a ratio.
  public static func condition(_ holds: Bool, _ summary: String) -> Observation {
    Observation(holds: holds, ratio: nil, summary: summary)
  }

  /// All of several observations: holds when each does; the ratio is the largest.
  public static func all(_ parts: [Observation]) -> Observation {
    let failing = parts.filter { !$0.holds }
    let ratios = parts.compactMap(\.ratio)
    let shown = failing.isEmpty ? parts : failing
    var combined = Observation(
      holds: failing.isEmpty, ratio: ratios.max(),
      summary: shown.map(\.summary).joined(separator: "; "))
    combined.rejection = parts.lazy.compactMap(\.rejection).first
    return combined
  }
}

/// A trial's observation compared a NaN or ±∞ (see `Observation.rejection`).
public struct InvalidObservation: Error, CustomStringConvertible, Sendable {
  public let message: String
  public var description: String { "invalid observation: \(message)" }
}
