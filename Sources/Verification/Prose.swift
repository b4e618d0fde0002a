/// Words for measured numbers: the one rule by which the report characterizes a fraction
/// (issue 11, item 11). No sentence of the report describes a measured number in words
/// written by hand; it calls this.
public enum Prose {
  /// The quantifier of a fraction in [0, 1]: "none" (0), "a few" (< 10 %), "some" (< 50 %),
  /// "half" (exactly 50 %), "most" (> 50 %, < 100 %), "all" (1). Throws for a fraction
  /// outside [0, 1] or NaN.
  public static func quantifier(_ fraction: Double) throws -> String {
    guard fraction.isFinite, fraction >= 0, fraction <= 1 else {
      throw InvalidFraction(value: fraction)
    }
    switch fraction {
    case 0: return "none"
    case 1: return "all"
    case ..<0.1: return "a few"
    case ..<0.5: return "some"
    case 0.5: return "half"
    default: return "most"
    }
  }

  /// `quantifier` of count/total with the percentage, e.g. "some (26 %)". Throws unless
  /// 0 ≤ count ≤ total and total > 0.
  public static func share(_ count: Int, of total: Int) throws -> String {
    guard total > 0, count >= 0, count <= total else { throw InvalidFraction(value: Double(count) / Double(total)) }
    let fraction = Double(count) / Double(total)
    return "\(try quantifier(fraction)) (\(Format.number(100 * fraction, digits: 3)) %)"
  }

  /// A fraction outside [0, 1].
  public struct InvalidFraction: Error, CustomStringConvertible {
    public let value: Double
    public var description: String { "not a fraction in [0, 1]: \(value)" }
  }
}
