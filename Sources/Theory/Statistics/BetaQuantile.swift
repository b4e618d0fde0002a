#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A point of (0, 1) held as the pair (v, 1 − v), both with full relative accuracy, and
/// its logit t = ln(v / (1 − v)).
struct UnitPoint {
  var value: Double
  var complement: Double

  /// The point with logit t: v = 1/(1 + e⁻ᵗ), 1 − v = 1/(1 + eᵗ).
  init(logit t: Double) {
    value = 1 / (1 + exp(-t))
    complement = 1 / (1 + exp(t))
  }

  /// exp(u) for u ≤ 0, with its complement −expm1(u).
  init(exponent u: Double) {
    value = exp(u)
    complement = -expm1(u)
  }

  /// −expm1(u) = 1 − exp(u) for u ≤ 0, with its complement exp(u).
  init(complementOfExponent u: Double) {
    value = -expm1(u)
    complement = exp(u)
  }

  var logit: Double { log(value) - log(complement) }
}

/// The inverse of the regularized incomplete beta function in its first argument, by
/// Newton's method on the logit of x safeguarded by bisection (Numerical Recipes 3rd ed.,
/// §9.4, `rtsafe`), on the log of whichever tail is the smaller target, so that quantiles
/// as small as 10⁻³⁰⁰ and as close to 1 as 1 − 10⁻¹⁶ come out with relative accuracy
/// about 10⁻¹³ in both x and 1 − x.
enum BetaQuantile {
  /// The x with I_x(a, b) = P (equivalently 1 − I_x(a, b) = Q), given a bracket of x.
  /// P and Q = 1 − P are both passed so that the smaller one is exact.
  static func solve(
    a: Double, b: Double, lowerTarget P: Double, upperTarget Q: Double,
    bracket: (low: UnitPoint, high: UnitPoint)
  ) -> UnitPoint {
    // h(t) is increasing in t and vanishes at the root.
    let useLower = P <= Q
    let logTarget = useLower ? log(P) : log(Q)
    func h(_ t: Double) -> (value: Double, slope: Double) {
      let point = UnitPoint(logit: t)
      let v = IncompleteBeta.evaluate(x: point.value, y: point.complement, a: a, b: b)
      if useLower {
        // d ln I / dt = front / I.
        return (v.logLower - logTarget, exp(v.logFront - v.logLower))
      } else {
        return (logTarget - v.logUpper, exp(v.logFront - v.logUpper))
      }
    }
    let width = 1e-3
    var low = max(bracket.low.logit, -745) - width
    var high = min(bracket.high.logit, 745) + width
    // Start from the middle of the bracket in logit; Newton in ln(tail) is nearly linear on
    // the tail side, and bisection takes over wherever a Newton step would leave the bracket.
    var t = 0.5 * (low + high)
    var step = high - low
    var previousStep = step
    var f = h(t)
    for _ in 0..<200 {
      if f.value < 0 {
        low = t
      } else if f.value > 0 {
        high = t
      } else {
        break  // a root, or NaN (not produced for valid a, b): stop at the best point
      }
      let newton = t - f.value / f.slope
      if f.slope.isFinite && f.slope > 0 && newton > low && newton < high
        && abs(2 * f.value) <= abs(previousStep * f.slope)
      {
        previousStep = step
        step = f.value / f.slope
        t = newton
      } else {
        previousStep = step
        step = 0.5 * (high - low)
        t = low + step
      }
      if abs(step) <= 1e-15 * max(1, abs(t)) || high - low <= 1e-15 * max(1, abs(t)) { break }
      f = h(t)
    }
    return UnitPoint(logit: t)
  }
}
