#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension BG19 {
  /// The pattern p1 = (1, 1) (BG19 §4, "Data Generating Distribution"); a positive pattern.
  public static let p1 = SIMD2<Double>(1, 1)
  /// The pattern p2 = (1, −1) (BG19 §4); a negative pattern.
  public static let p2 = SIMD2<Double>(1, -1)
  /// The pattern p3 = (−1, −1) = −p1 (BG19 §4); a positive pattern.
  public static let p3 = SIMD2<Double>(-1, -1)
  /// The pattern p4 = (−1, 1) = −p2 (BG19 §4); a negative pattern.
  public static let p4 = SIMD2<Double>(-1, 1)
  /// The four patterns, `patterns[i − 1] = p_i` (BG19 §4). P_pos = {p1, p3}, P_neg = {p2, p4}.
  public static let patterns: [SIMD2<Double>] = [p1, p2, p3, p4]

  /// The XOR training point x1 = (1, 1) = p1, label y1 = 1 (BG19 §3.1).
  public static let x1 = SIMD2<Double>(1, 1)
  /// The XOR training point x2 = (−1, 1) = p4, label y2 = −1 (BG19 §3.1).
  public static let x2 = SIMD2<Double>(-1, 1)
  /// The XOR training point x3 = (−1, −1) = p3, label y3 = 1 (BG19 §3.1).
  public static let x3 = SIMD2<Double>(-1, -1)
  /// The XOR training point x4 = (1, −1) = p2, label y4 = −1 (BG19 §3.1).
  public static let x4 = SIMD2<Double>(1, -1)
  /// The XOR training points, `xorPoints[i − 1] = x_i` (BG19 §3.1). Note the numbering
  /// differs from the patterns': x2 = p4 and x4 = p2.
  public static let xorPoints: [SIMD2<Double>] = [x1, x2, x3, x4]
  /// The XOR labels y = (1, −1, 1, −1) of x1…x4 (BG19 §3.1).
  public static let xorLabels: [Double] = [1, -1, 1, -1]
  /// The pattern number of each XOR point: x1 = p1, x2 = p4, x3 = p3, x4 = p2 (BG19 §3.1, §4).
  public static let xorPointPattern: [Int] = [1, 4, 3, 2]

  /// The ReLU σ(z) = max{0, z} (BG19 Eq. 1, Eq. 2).
  @inlinable
  public static func relu(_ z: Double) -> Double { z > 0 ? z : 0 }

  /// The classification rule f* of BG19 Eq. 3: 1 if some pattern x_i of x ∈ {±1}^{2d}
  /// is a positive pattern (p1 or p3), −1 otherwise. For d = 1 it is the XOR function
  /// of §3.1. Throws unless x has even length ≥ 2 and entries ±1.
  public static func targetFunction(_ x: [Double]) throws -> Double {
    try PatternSet(point: x).label
  }

  /// The angle, in radians, between two non-zero vectors of R² (used by the angle
  /// bounds of BG19 Thm. 3.3 and Thm. 6.3). Throws if either vector is zero or not finite.
  public static func angle(_ a: SIMD2<Double>, _ b: SIMD2<Double>) throws -> Double {
    let na = (a * a).sum().squareRoot()
    let nb = (b * b).sum().squareRoot()
    try InvalidParameter.require(na > 0 && na.isFinite, "a", "\(a)", "must be a non-zero finite vector")
    try InvalidParameter.require(nb > 0 && nb.isFinite, "b", "\(b)", "must be a non-zero finite vector")
    return acos(min(1, max(-1, (a * b).sum() / (na * nb))))
  }
}
