/// What one trial of a probability check observed: whether the event happened and, when the
/// event compares a measurement with a bound (`ProbabilitySpec.bounded`), how close the
/// measurement came to it, so that a bound mutation (`BoundMutation`) re-decides the event
/// from the same trial without running it again.
public struct EventOutcome: Sendable, Codable, Equatable {
  /// Whether the event happened.
  public var happened: Bool
  /// The event's reach: the `Observation.ratio` of its comparison (measured/bound for an
  /// upper bound, bound/measured for a lower one). With every bound inside the event scaled
  /// by F (upper bounds ×F, lower bounds ÷F) the event happens iff it happened and
  /// reach ≤ F. nil: no bound inside the event (a mutation moves only the claimed probability).
  public var reach: Double?

  public init(happened: Bool, reach: Double? = nil) {
    self.happened = happened
    self.reach = reach
  }

  /// The event with every bound inside it scaled by `factor` (a factor of 1 or more leaves it).
  public func scaled(by factor: Double) -> Bool {
    guard happened, let reach, factor < 1 else { return happened }
    return reach <= factor
  }
}
