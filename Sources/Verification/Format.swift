import Foundation

/// Deterministic text for numbers: the same value gives the same bytes on every run and
/// platform (C `printf` formatting, never locale-dependent).
public enum Format {
  /// An integer-valued number as an integer, otherwise `digits` significant digits.
  public static func number(_ x: Double, digits: Int = 6) -> String {
    if x.isNaN { return "NaN" }
    if x.isInfinite { return x > 0 ? "∞" : "−∞" }
    if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
    return String(format: "%.\(digits)g", x)
  }

  /// A probability with enough digits to tell it from 1 (up to 10 significant digits of
  /// 1 − p near 1).
  public static func probability(_ p: Double) -> String {
    if p.isNaN { return "NaN" }
    if p == 0 || p == 1 { return String(Int(p)) }
    if p < 0 || p > 1 { return number(p, digits: 8) }
    if p > 0.999 {
      let digits = min(12, Int((-log10(1 - p)).rounded(.up)) + 4)
      return trim(String(format: "%.\(digits)f", p))
    }
    return trim(String(format: "%.6f", p))
  }

  /// A closed interval of probabilities: `[a, b]`.
  public static func interval(_ r: ClosedRange<Double>) -> String {
    "[\(probability(r.lowerBound)), \(probability(r.upperBound))]"
  }

  /// A closed interval of other numbers, with `digits` significant digits.
  public static func range(_ r: ClosedRange<Double>, digits: Int = 4) -> String {
    "[\(number(r.lowerBound, digits: digits)), \(number(r.upperBound, digits: digits))]"
  }

  /// A small level such as 2e-06, in scientific notation.
  public static func level(_ alpha: Double) -> String { String(format: "%.3g", alpha) }

  /// Any value recorded by a trial trace.
  public static func value(_ v: Any) -> String {
    switch v {
    case let d as Double: return number(d, digits: 10)
    case let a as [Double]: return "[" + a.map { number($0, digits: 10) }.joined(separator: ", ") + "]"
    case let a as [[Double]]: return "[" + a.map { value($0) }.joined(separator: ", ") + "]"
    default: return String(describing: v)
    }
  }

  private static func trim(_ s: String) -> String {
    guard s.contains(".") else { return s }
    var t = s
    while t.hasSuffix("0") { t.removeLast() }
    if t.hasSuffix(".") { t.removeLast() }
    return t
  }
}
