import Generators
import Theory

/// How a `BGMS18Instance` (Generators/BGMS18/Instance.swift) is printed in labels and replays.
extension BGMS18Instance {
  /// One line naming every parameter.
  public var parameters: String {
    "d = \(d), n = \(n), k = \(k), η = \(Format.number(eta, digits: 4)), α = \(Format.number(alpha, digits: 4)), "
      + "v = \(Format.number(v, digits: 4)), R = \(Format.number(R, digits: 4)), ‖w*‖ = \(Format.number(wStarNorm, digits: 4)), "
      + "W₀ \(rows.rawValue), margins \(profile == .onMargin ? "on the margin" : "uniform"), "
      + "P(y = 1) = \(Format.number(positiveProbability, digits: 3))"
  }

  /// Records the instance in a replay trace.
  public func note(_ context: inout TrialContext) {
    guard context.isTracing else { return }
    context.note("parameters", parameters)
    context.note("w*", wStar)
    context.note("labels", set.labels)
    if n * d <= 400 { context.note("inputs (row-major)", set.inputs) }
    if 2 * k * d <= 400 { context.note("W₀ (row-major)", initial.entries) }
  }
}
