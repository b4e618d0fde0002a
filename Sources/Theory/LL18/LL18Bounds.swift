import Foundation
import LinearAlgebra

extension LL18 {
  /// Lemma 5.1 (Coupling) with its hidden constants set to 1: for t = Õ(τ/η) read as t = τ/η
  /// (the Õ's constant and logarithms set to 1, so τ = η·t), at least a 1 − eτkl/σ fraction of
  /// units have pseudo-gradient = gradient. Returns 1 − e·η·t·k·l/σ (≤ 0 is vacuous).
  public static func lemma5_1Bound(eta: Double, steps t: Int, k: Int, l: Int, sigma: Double) throws -> Double {
    try InvalidParameter.require(eta > 0 && sigma > 0 && t >= 0 && k >= 1 && l >= 1, "η, t, k, l, σ", "\(eta), \(t), \(k), \(l), \(sigma)", "must be positive")
    return 1 - M_E * eta * Double(t) * Double(k * l) / sigma
  }

  /// The smallest width m at which `lemma5_1Bound` is positive (non-vacuous) when η = η₀/m and
  /// σ = m^(−σExponent) (σExponent = 1/2 for (A3), 1/4 for the §7 reading "variance 1/√m"):
  /// e·η₀·t·k·l / m < m^(−σExponent) ⟺ m > (e·η₀·t·k·l)^(1/(1 − σExponent)).
  public static func lemma5_1NonVacuousWidth(eta0: Double, steps t: Int, k: Int, l: Int, sigmaExponent: Double) throws -> Double {
    try InvalidParameter.require(sigmaExponent >= 0 && sigmaExponent < 1, "σ exponent", sigmaExponent, "must be in [0, 1)")
    return pow(M_E * eta0 * Double(t) * Double(k * l), 1 / (1 - sigmaExponent))
  }

  /// Lemma 5.2's two forms with the Ω's constants and the Ω̃'s logarithms set to 1: the
  /// fraction δ/(kl) of units and the pseudo-gradient norm v·δ/(kl); and its width requirement
  /// m = Ω̃(k³l²/δ) read as m ≥ k³l²/δ.
  public static func lemma5_2Forms(delta: Double, k: Int, l: Int, v: Double) -> (fraction: Double, norm: Double, width: Double) {
    let kl = Double(k * l)
    return (delta / kl, v * delta / kl, Double(k * k * k * l * l) / delta)
  }

  /// Lemma 5.2's measured quantities against its forms, as scale-free ratios: with q = δ/(kl),
  /// `fraction` = (share of units with norm ≥ vδ/(kl)) / q, and `norm` = (the norm that a share
  /// q of the units reach, i.e. the ⌈q·m⌉-th largest) / (vδ/(kl)). The lemma says both stay
  /// bounded away from 0 (Ω) as m grows; with its constants set to 1, `fraction` ≥ 1.
  public static func lemma5_2Ratios(norms: [Double], delta: Double, k: Int, l: Int, v: Double) throws -> (fraction: Double, norm: Double) {
    try InvalidParameter.require(!norms.isEmpty, "norms", norms.count, "must not be empty")
    try InvalidParameter.require(delta > 0 && v > 0 && k >= 1 && l >= 1, "δ, v, k, l", "\(delta), \(v), \(k), \(l)", "must be positive")
    let forms = lemma5_2Forms(delta: delta, k: k, l: l, v: v)
    let m = norms.count
    let share = Double(norms.filter { $0 >= forms.norm }.count) / Double(m)
    let q = min(1, forms.fraction)
    let rank = min(m, max(1, Int((q * Double(m)).rounded(.up))))
    let quantile = norms.sorted(by: >)[rank - 1]
    return (share / forms.fraction, quantile / forms.norm)
  }

  /// The per-unit pseudo-gradient norms of §5.1 in the coefficient form of Lemma 5.2:
  /// ∂̃L/∂w_r = −Σ_{(a,b)} Σ_s c_{(a,b),s} a_{s,r} 1[⟨w_r⁽⁰⁾, x_{a,b}⟩ ≥ 0] x_{a,b}, with
  /// c_{(a,b),s} = p_{a,b} v_{s,a,b} given as an (N × k) matrix (row = point (a,b)), the points
  /// X (N × d) and their initial pre-activations P⁽⁰⁾ (N × m). Returns the m norms.
  public static func pseudoGradientNorms(coefficients c: Matrix, a: Matrix, initialPreActivations p0: Matrix, x: Matrix) throws -> [Double] {
    var h = Matrix(rows: c.rows, columns: a.columns)
    try BLAS.gemm(.none, .none, alpha: 1, c, a, beta: 0, &h)
    for i in h.elements.indices where !(p0.elements[i] >= 0) { h.elements[i] = 0 }
    var g = Matrix(rows: a.columns, columns: x.columns)
    try BLAS.gemm(.transposed, .none, alpha: -1, h, x, beta: 0, &g)
    return (0..<g.rows).map { r in
      var s = 0.0
      for j in 0..<g.columns { s += g.elements[r * g.columns + j] * g.elements[r * g.columns + j] }
      return s.squareRoot()
    }
  }

  /// The coefficients c_{(a,b),s} = p_{a,b} v_{s,a,b} of §5.1 at the current network:
  /// v_{a,a,b} = Σ_{i≠a} o_i(x_{a,b}) and v_{s,a,b} = −o_s(x_{a,b}) for s ≠ a, i.e.
  /// c = −p·(O − Y), with p_{a,b} = `weight` for every point.
  public static func lemma5_2Coefficients(outputs f: Matrix, labels: [Int], weight p: Double) throws -> Matrix {
    var c = try softmax(f)
    for s in 0..<f.rows {
      c.elements[s * f.columns + labels[s]] -= 1
    }
    for i in c.elements.indices { c.elements[i] *= -p }
    return c
  }

  /// Shares of the top q singular values (`s` in descending order): Σ_{i≤q} s_i / Σ s_i, the
  /// same with s², and the gap s_q / s_{q+1} (∞ when s_{q+1} = 0, nil when there is no s_{q+1}).
  public static func topShares(_ s: [Double], q: Int) -> (linear: Double, squared: Double, gap: Double?) {
    let total = s.reduce(0, +), total2 = s.reduce(0) { $0 + $1 * $1 }
    let top = s.prefix(q).reduce(0, +), top2 = s.prefix(q).reduce(0) { $0 + $1 * $1 }
    let gap: Double? = s.count > q && q >= 1 ? (s[q] > 0 ? s[q - 1] / s[q] : .infinity) : nil
    return (total > 0 ? top / total : 0, total2 > 0 ? top2 / total2 : 0, gap)
  }
}
