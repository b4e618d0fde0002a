/// The error every bound, network and statistic throws on bad input: it names the
/// parameter, the value it got and what the paper (or the math) requires of it.
///
///     throw InvalidParameter("k", k, "must be a positive integer")
public struct InvalidParameter: Error, CustomStringConvertible, Equatable, Sendable {
  /// The parameter's name in the paper's notation (`k`, `α`, `δ`, `η`, …).
  public let name: String
  /// The rejected value, as text.
  public let value: String
  /// What the value must satisfy.
  public let requirement: String

  public init(_ name: String, _ value: some CustomStringConvertible, _ requirement: String) {
    self.name = name
    self.value = value.description
    self.requirement = requirement
  }

  public var description: String { "invalid parameter \(name) = \(value): \(requirement)" }

  /// Throws unless `condition` holds.
  @inlinable
  public static func require(
    _ condition: Bool, _ name: String, _ value: some CustomStringConvertible,
    _ requirement: @autoclosure () -> String
  ) throws {
    if !condition { throw InvalidParameter(name, value, requirement()) }
  }

  /// Throws unless `value` is a finite number (rejects NaN and ±∞).
  @inlinable
  public static func requireFinite(_ value: Double, _ name: String) throws {
    if !value.isFinite { throw InvalidParameter(name, value, "must be a finite number") }
  }
}
