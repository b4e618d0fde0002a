/// The run seed from the environment variable `THEOREMS_SEED` (used by `swift test` and,
/// when `--seed` is not given, by the `theorems` command).
public enum SeedEnvironment {
  /// The variable's name.
  public static let variable = "THEOREMS_SEED"

  /// The seed `THEOREMS_SEED` sets, `Engine.defaultSeed` when it is unset.
  ///
  /// - Throws: `InvalidSeed` when it is set but is not an integer in 0...2⁶⁴ − 1 (an empty
  ///   value, `abc`, `-1`, `1e3`): a typo must not silently run the default seed.
  public static func seed(from environment: [String: String]) throws -> UInt64 {
    guard let text = environment[variable] else { return Engine.defaultSeed }
    guard let seed = UInt64(text) else { throw InvalidSeed(text: text) }
    return seed
  }
}

/// A `THEOREMS_SEED` that is not an unsigned 64-bit integer.
public struct InvalidSeed: Error, CustomStringConvertible, Equatable, Sendable {
  public let text: String
  public var description: String {
    "\(SeedEnvironment.variable) must be an integer in 0...\(UInt64.max), got '\(text)'"
  }
}
