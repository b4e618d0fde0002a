import Foundation

extension ADHLW19 {
  /// Whether Theorem 6.1 covers the degree p: p = 1 or p even (§6).
  public static func theorem6_1Covers(degree p: Int) -> Bool { p == 1 || (p >= 2 && p % 2 == 0) }

  /// Thm 6.1: √(yᵀ(H^∞)⁻¹y) ≤ 3p|α|‖β‖₂^p for y_i = α(βᵀx_i)^p, p = 1 or even.
  /// Throws for a degree the theorem does not cover.
  public static func theorem6_1Bound(degree p: Int, alpha: Double, betaNorm: Double) throws -> Double {
    try InvalidParameter.require(theorem6_1Covers(degree: p), "p", p, "Theorem 6.1 needs p = 1 or p even")
    try InvalidParameter.require(betaNorm >= 0 && betaNorm.isFinite && alpha.isFinite, "‖β‖", betaNorm, "must be finite and ≥ 0")
    return 3 * Double(p) * abs(alpha) * pow(betaNorm, Double(p))
  }

  /// The forms of Thm 6.1's proof (App. E) for yᵀ(H^∞)⁻¹y, from the loosest to the sharpest.
  public enum Theorem6_1Form: String, Sendable, CaseIterable {
    /// The printed theorem, squared: 9p²α²‖β‖^{2p}.
    case printed = "9p²α²‖β‖^{2p} (printed, squared)"
    /// The statements file's sharper form: 4α²‖β‖² (p = 1), 2πp²α²‖β‖^{2p} (even p).
    case sharper = "4α²‖β‖² (p = 1) / 2πp²α²‖β‖^{2p} (even p)"
    /// From H^∞ ⪰ K/4 and H^∞ ⪰ K^{∘p}/(2π(p−1)²): 4α²‖β‖² (p = 1), 2π(p−1)²α²‖β‖^{2p} (even p).
    case order = "4α²‖β‖² (p = 1) / 2π(p−1)²α²‖β‖^{2p} (even p)"
    /// With the exact coefficient of K^{∘p} in the arcsin series: 4α²‖β‖² (p = 1),
    /// (2π/c_l)α²‖β‖^{2p} for p = 2l + 2, c_l = (2l)!/(4^l (l!)² (2l+1)).
    case series = "4α²‖β‖² (p = 1) / (2π/c_l)α²‖β‖^{2p} (p = 2l+2)"
  }

  /// c_l = (2l)!/(4^l (l!)² (2l + 1)), the Taylor coefficient of t^{2l+1} in arcsin t; H^∞ =
  /// K/4 + Σ_l c_l K^{∘(2l+2)}/(2π).
  public static func arcsinCoefficient(_ l: Int) throws -> Double {
    try InvalidParameter.require(l >= 0, "l", l, "must be ≥ 0")
    var central = 1.0  // C(2l, l)/4^l
    if l > 0 { for j in 1...l { central *= Double(2 * j - 1) / Double(2 * j) } }
    return central / Double(2 * l + 1)
  }

  /// The constant c_p of H^∞ ⪰ c_p K^{∘p} that a form uses: 1/4 for p = 1, and for even p
  /// 1/(2πp²) (sharper), 1/(2π(p−1)²) (order), c_l/(2π) (series); the printed form is 1/(9p²).
  public static func theorem6_1OrderConstant(degree p: Int, form: Theorem6_1Form) throws -> Double {
    try InvalidParameter.require(theorem6_1Covers(degree: p), "p", p, "Theorem 6.1 needs p = 1 or p even")
    let q = Double(p)
    if form == .printed { return 1 / (9 * q * q) }
    if p == 1 { return 0.25 }
    switch form {
    case .printed: return 1 / (9 * q * q)
    case .sharper: return 1 / (2 * Double.pi * q * q)
    case .order: return 1 / (2 * Double.pi * (q - 1) * (q - 1))
    case .series: return try arcsinCoefficient((p - 2) / 2) / (2 * Double.pi)
    }
  }

  /// A form's bound on yᵀ(H^∞)⁻¹y: α²‖β‖^{2p}/c_p.
  public static func theorem6_1SquaredBound(
    degree p: Int, alpha: Double, betaNorm: Double, form: Theorem6_1Form
  ) throws -> Double {
    let c = try theorem6_1OrderConstant(degree: p, form: form)
    return alpha * alpha * pow(betaNorm, 2 * Double(p)) / c
  }

  /// Cor 6.2's bound 3 Σ_j p_j |α_j| ‖β_j‖^{p_j} on √(yᵀ(H^∞)⁻¹y) for g = Σ_j α_j(β_jᵀx)^{p_j}.
  public static func corollary6_2Bound(terms: [(degree: Int, alpha: Double, betaNorm: Double)]) throws -> Double {
    try terms.reduce(0) { $0 + (try theorem6_1Bound(degree: $1.degree, alpha: $1.alpha, betaNorm: $1.betaNorm)) }
  }
}
