#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Logarithms of gamma-function ratios close to 1, computed without the cancellation of
/// a difference of two `lgamma` values (which costs absolute accuracy ε·|ln Γ| and so all
/// relative accuracy when the ratio is within 10⁻⁵ of 1).
enum GammaRatios {
  /// ζ(k) − 1 for k = 2…41.
  static let zetaMinusOne: [Double] = [
    6.44934066848226406e-01, 2.02056903159594292e-01, 8.23232337111381857e-02,
    3.69277551433699266e-02, 1.73430619844491402e-02, 8.34927738192282713e-03,
    4.07735619794433960e-03, 2.00839282608221426e-03, 9.94575127818085256e-04,
    4.94188604119464529e-04, 2.46086553308048320e-04, 1.22713347578489145e-04,
    6.12481350587048277e-05, 3.05882363070204933e-05, 1.52822594086518710e-05,
    7.63719763789976257e-06, 3.81729326499984022e-06, 1.90821271655393897e-06,
    9.53962033872796212e-07, 4.76932986787806447e-07, 2.38450502727733004e-07,
    1.19219925965311064e-07, 5.96081890512594801e-08, 2.98035035146522793e-08,
    1.49015548283650427e-08, 7.45071178983543006e-09, 3.72533402478845728e-09,
    1.86265972351304914e-09, 9.31327432419668166e-10, 4.65662906503378366e-10,
    2.32831183367650534e-10, 1.16415501727005193e-10, 5.82077208790270145e-11,
    2.91038504449710001e-11, 1.45519218910419849e-11, 7.27595983505748180e-12,
    3.63797954737865086e-12, 1.81898965030706607e-12, 9.09494784026388841e-13,
    4.54747378304215422e-13,
  ]

  /// B₂ₖ / (2k(2k − 1)), k = 1…8: the coefficients of the Stirling series of δ.
  static let stirlingCoefficients: [Double] = [
    1.0 / 12.0, -1.0 / 360.0, 1.0 / 1260.0, -1.0 / 1680.0, 1.0 / 1188.0, -691.0 / 360_360.0,
    1.0 / 156.0, -3617.0 / 122_400.0,
  ]

  /// The Euler–Mascheroni constant γ.
  static let eulerGamma = 0.577_215_664_901_532_860_606_512_1

  /// ln Γ(1 + z) for |z| ≤ ½, to relative accuracy even as z → 0:
  /// ln Γ(1 + z) = −ln(1 + z) + z(1 − γ) + Σ_{k≥2} (−1)ᵏ (ζ(k) − 1) zᵏ / k
  /// (Abramowitz & Stegun 6.1.41 rearranged; converges like (z/2)ᵏ).
  static func logGammaOnePlus(_ z: Double) -> Double {
    var sum = 0.0
    var power = -z  // (−z)ᵏ
    for (index, zeta) in zetaMinusOne.enumerated() {
      power *= -z
      let k = Double(index + 2)
      let term = zeta * power / k
      sum += term
      if abs(term) <= 1e-18 * abs(sum) { break }
    }
    return -log1p(z) + z * (1 - eulerGamma) + sum
  }

  /// ln[Γ(a + b) / Γ(a)] for a > 0 and 0 < b ≤ ½, with absolute error a few ε·b (so
  /// relative accuracy wherever the ratio is not within ε of 1 by cancellation): from
  /// Stirling, (a − ½)·ln(1 + b/a) + b(ln(a + b) − 1) + δ(a + b) − δ(a) once a ≥ 10 (the
  /// difference of the Stirling corrections summed term by term as a multiple of b), and
  /// below that by the recurrence Γ(z + 1) = zΓ(z), which adds −Σ_j ln(1 + b/(a + j)).
  static func logGammaRatio(_ a: Double, plus b: Double) -> Double {
    var a = a
    var shift = 0.0
    while a < 10 {
      shift += log1p(b / a)
      a += 1
    }
    let c = a + b
    return (a - 0.5) * log1p(b / a) + b * (log(c) - 1) + stirlingCorrectionDifference(a, b) - shift
  }

  /// δ(a + b) − δ(a) for a ≥ 10, b ≥ 0, as −b·u·v·Σₖ cₖ Σ_{j<2k−1} vʲ u^{2k−2−j} with
  /// u = 1/a, v = 1/(a + b) and cₖ the coefficients of the Stirling series
  /// (since v − u = −b·u·v), so that it scales with b instead of cancelling.
  static func stirlingCorrectionDifference(_ a: Double, _ b: Double) -> Double {
    let coefficients: [Double] = stirlingCoefficients
    let u = 1 / a
    let v = 1 / (a + b)
    // S_m = Σ_{j<m} vʲ u^{m−1−j}: S₁ = 1, S_{m+2} = u²·S_m + vᵐ(v + u).
    var s = 1.0
    var vPower = 1.0  // v^{m−1}
    var total = 0.0
    let u2 = u * u
    for (index, coefficient) in coefficients.enumerated() {
      if index > 0 {
        // from m = 2k − 1 to m + 2.
        let vm = vPower * v  // vᵐ
        s = u2 * s + vm * (v + u)
        vPower = vm * v
      }
      total += coefficient * s
    }
    return -b * u * v * total
  }
}
