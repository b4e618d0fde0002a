#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The factor xᵃ yᵇ / B(a, b) (y = 1 − x) in front of the continued fraction of the
/// incomplete beta function, and the pieces it is built from, computed so that it keeps
/// full relative accuracy for a, b up to 10⁷ and beyond.
///
/// The naive `a·log x + b·log y − log B(a, b)` loses everything to cancellation when a
/// and b are large (log B(10⁷, 10⁷) ≈ −1.4·10⁷, so one rounding of it is an absolute
/// error of 10⁻⁹). Instead, writing ln Γ(z) = (z − ½) ln z − z + ½ ln 2π + δ(z)
/// (Stirling, with δ the small correction term) and c = a + b, x₀ = a/c,
///
///     ln[xᵃ yᵇ / B(a, b)] = −a·r(x/x₀ − 1) − b·r(y/y₀ − 1) + ½ ln(ab / (2πc))
///                           + δ(c) − δ(a) − δ(b),       r(u) = u − ln(1 + u) ≥ 0,
///
/// a sum of non-negative deviance terms with no cancellation (DiDonato & Morris 1992,
/// ACM TOMS 708, routine BRCOMP; Loader 2000, "Fast and accurate computation of binomial
/// probabilities"). x/x₀ − 1 = (xc − a)/a is formed with one fused multiply–add.
enum BetaFront {
  /// ½ ln(2π).
  static let halfLogTwoPi = 0.918_938_533_204_672_741_780_329_736_4

  /// δ(z) = ln Γ(z) − [(z − ½) ln z − z + ½ ln 2π], the error of Stirling's formula, z > 0.
  /// For z ≥ 10 the asymptotic series Σ B₂ₖ / (2k(2k − 1) z²ᵏ⁻¹) to k = 8 (error below
  /// 10⁻¹⁷); below 10 directly from lgamma (all terms are then small).
  static func stirlingCorrection(_ z: Double) -> Double {
    if z >= 10 {
      let w = 1 / z
      let w2 = w * w
      // B₂/2, B₄/12, B₆/30, B₈/56, B₁₀/90, B₁₂/132, B₁₄/182, B₁₆/240.
      var s = -3617.0 / 122_400
      s = s * w2 + 1.0 / 156
      s = s * w2 - 691.0 / 360_360
      s = s * w2 + 1.0 / 1188
      s = s * w2 - 1.0 / 1680
      s = s * w2 + 1.0 / 1260
      s = s * w2 - 1.0 / 360
      s = s * w2 + 1.0 / 12
      return s * w
    }
    var sign: Int32 = 0
    return lgamma_r(z, &sign) - (z - 0.5) * log(z) + z - halfLogTwoPi
  }

  /// r(u) = u − ln(1 + u) for u > −1, with full relative accuracy near u = 0.
  /// `onePlusU` is 1 + u computed by the caller without cancellation (it is used only
  /// when |u| > ½, where u − ln(1 + u) has no harmful cancellation).
  ///
  /// For |u| ≤ ½ with w = u/(2 + u): ln(1 + u) = 2 atanh w and u − 2w = 2w²/(1 − w), so
  /// r(u) = 2w²/(1 − w) − 2 Σ_{k≥1} w²ᵏ⁺¹/(2k + 1), |w| ≤ ⅓.
  static func deviance(_ u: Double, onePlusU: Double) -> Double {
    if abs(u) > 0.5 { return u - log(onePlusU) }
    let w = u / (2 + u)
    let w2 = w * w
    var power = w2 * w
    var sum = 0.0
    var k = 3.0
    while true {
      let term = power / k
      sum += term
      if abs(term) <= 1e-18 * abs(sum) { break }
      power *= w2
      k += 2
    }
    return 2 * w2 / (1 - w) - 2 * sum
  }

  /// ln[xᵃ yᵇ / B(a, b)] for a, b > 0 and 0 < x, y with x + y = 1; whichever of x, y is
  /// smaller is taken as the exact one (pass the complement computed without rounding
  /// when you have it, e.g. p and 1 − p with p the input).
  static func logFront(x: Double, y: Double, a: Double, b: Double) -> Double {
    let (c, cLow) = exactSum(a, b)
    let ua: Double, ub: Double, onePlusUa: Double, onePlusUb: Double
    if x <= y {
      let e = fma(x, c, -a) + x * cLow  // x(a + b) − a to a few roundings of the result
      ua = e / a
      ub = -e / b
      onePlusUa = x * c / a  // x/x₀, exact up to two roundings even when x ≪ x₀
      onePlusUb = 1 + ub  // y ≥ ½ so y/y₀ ≥ ½: no cancellation
    } else {
      let e = fma(y, c, -b) + y * cLow  // y(a + b) − b
      ub = e / b
      ua = -e / a
      onePlusUb = y * c / b
      onePlusUa = 1 + ua
    }
    let deviance = a * deviance(ua, onePlusU: onePlusUa) + b * deviance(ub, onePlusU: onePlusUb)
    let gaussian = 0.5 * (log(a) + log(b) - log(c)) - halfLogTwoPi
    let correction = stirlingCorrection(c) - stirlingCorrection(a) - stirlingCorrection(b)
    return gaussian + correction - deviance
  }

  /// a + b as an unevaluated sum (sum, error) with sum = fl(a + b) (Knuth's TwoSum), so
  /// that (a + b)x − a keeps its accuracy for non-integer a, b.
  @inline(__always)
  static func exactSum(_ a: Double, _ b: Double) -> (Double, Double) {
    let sum = a + b
    let bVirtual = sum - a
    let aVirtual = sum - bVirtual
    return (sum, (a - aVirtual) + (b - bVirtual))
  }
}
