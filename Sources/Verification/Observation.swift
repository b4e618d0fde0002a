/// What one trial of an "always" or exact check observed.
///
/// `ratio` is normalized so that a value ≤ 1 satisfies the bound and the value tells how
/// tight it was: observed/bound for an upper bound, bound/observed for a lower bound,
/// |error|/tolerance for an identity.
public struct Observation: Sendable, Equatable, Codable {
  /// Whether the bound holds on this trial (within tolerance).
  public var holds: Bool
  /// The normalized ratio, where one is defined.
  public var ratio: Double?
  /// One line: what was compared with what.
  public var summary: String

  public init(holds: Bool, ratio: Double?, summary: String) {
    self.holds = holds
    self.ratio = ratio
    self.summary = summary
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
      summary: "\(what) \(Format.number(observed)) ≤ \(Format.number(bound))")
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
      summary: "\(what) \(Format.number(observed)) ≥ \(Format.number(bound))")
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
        + "tolerance \(Format.number(tolerance)))")
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
    return Observation(
      holds: failing.isEmpty, ratio: ratios.max(),
      summary: shown.map(\.summary).joined(separator: "; "))
  }
}
