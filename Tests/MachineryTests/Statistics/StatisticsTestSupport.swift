import Testing
import Theory

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The exact statistics of `Theory/Statistics`: special functions, binomial law,
/// Clopper–Pearson bounds, power analysis and distribution-free bounds.
@Suite("Statistics")
struct StatisticsTests {}

/// Shared checks of the statistics tests.
enum StatisticsCheck {
  /// |got − want| / |want| (|got| when want = 0).
  static func relativeError(_ got: Double, _ want: Double) -> Double {
    want == 0 ? abs(got) : abs(got - want) / abs(want)
  }

  /// The relative accuracy a tail value e^{−L} can reach: its logarithm carries an
  /// absolute rounding error of a few ε·L, so the value a relative error of that size.
  static func tailTolerance(_ value: Double, base: Double = 1e-13) -> Double {
    max(base, 4e-16 * abs(log(value)))
  }

  /// Expects `got` to match `want` to relative accuracy `tolerance`.
  static func expectClose(
    _ got: Double, _ want: Double, tolerance: Double, _ label: @autoclosure () -> String = "",
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let error = relativeError(got, want)
    #expect(
      error <= tolerance,
      "\(label()) got \(got), want \(want): relative error \(error) > \(tolerance)",
      sourceLocation: sourceLocation)
  }

  /// Expects `body` to throw `InvalidParameter` naming `name`.
  static func expectInvalid(
    _ name: String, sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () throws -> Void
  ) {
    let error = #expect(throws: InvalidParameter.self, sourceLocation: sourceLocation) {
      try body()
    }
    #expect(error?.name == name, "expected the error to name \(name), got \(String(describing: error))", sourceLocation: sourceLocation)
  }

  /// P(X = k) for X ~ Bin(n, p), n ≤ 30, by the textbook formula C(n, k) pᵏ (1 − p)ⁿ⁻ᵏ with
  /// C(n, k) an exact integer and `pow` — independent of the log-space code under test.
  static func textbookProbability(of k: Int, trials n: Int, success p: Double) -> Double {
    precondition(n <= 30)
    if k < 0 || k > n { return 0 }
    var choose: UInt64 = 1
    for j in 0..<k { choose = choose * UInt64(n - j) / UInt64(j + 1) }  // exact at every step
    return Double(choose) * pow(p, Double(k)) * pow(1 - p, Double(n - k))
  }

  /// P(X = k) for X ~ Bin(n, p), any moderate n, by the multiplicative recurrence of the
  /// coefficients (relative error ≈ k·ε): for sums over all k in coverage checks.
  static func recurrenceProbabilities(trials n: Int, success p: Double) -> [Double] {
    var logs = [Double](repeating: 0, count: n + 1)
    var logChoose = 0.0
    for k in 0...n {
      if k > 0 { logChoose += log(Double(n - k + 1)) - log(Double(k)) }
      let successes = k == 0 ? 0 : Double(k) * log(p)
      let failures = k == n ? 0 : Double(n - k) * log1p(-p)
      logs[k] = logChoose + successes + failures
    }
    return logs.map { exp($0) }
  }
}
