/// The error a training run throws when a quantity it computes becomes NaN or ±∞: a
/// diverging run is a failed trial, never a pass and never a refutation (the verification
/// engine reports it as its own outcome, "diverged"). Every trainer detects it within one
/// step of the update that produced it and throws this type, whatever the paper (BGMS18's
/// SGD; LL18 and ADHLW19 trainers use it too).
public struct Divergence: Error, CustomStringConvertible, Equatable, Sendable {
  /// The process that diverged, e.g. `BGMS18 SGD (first layer)`.
  public let process: String
  /// The iteration (1-based) at which the non-finite value was observed.
  public let step: Int
  /// The quantity that became non-finite, in the paper's notation (`y·N(x)`, `W`, `v`).
  public let quantity: String
  /// The non-finite value, as text (`nan`, `inf`, `-inf`).
  public let value: String

  public init(process: String, step: Int, quantity: String, value: Double) {
    self.process = process
    self.step = step
    self.quantity = quantity
    self.value = "\(value)"
  }

  public var description: String {
    "\(process) diverged at step \(step): \(quantity) = \(value)"
  }

  /// Throws a `Divergence` unless `value` is finite.
  @inlinable
  public static func requireFinite(_ value: Double, process: String, step: Int, quantity: String) throws {
    if !value.isFinite { throw Divergence(process: process, step: step, quantity: quantity, value: value) }
  }
}
