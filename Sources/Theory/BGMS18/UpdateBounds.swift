#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension BGMS18 {
  /// M_k, the bound of Theorem 2 on the number of non-zero SGD updates (defined before
  /// Theorem 2, Sec. 5.1):
  ///
  ///     M_k = ‖w*‖²/α² + ‖w*‖²/(kηv²α²) + √(R(8k²η²v² + 8ηk))·‖w*‖^{1.5}/(2k(ηvα)^{1.5})
  ///           + 2R‖w*‖/(ηvα).
  ///
  /// Throws unless ‖w*‖ ≥ 1, k ≥ 1, η > 0, v > 0, 0 < α < 1 and R ≥ 0 (Eq. 5).
  public static func updateBound(
    wStarNorm: Double, k: Int, eta: Double, v: Double, alpha: Double, R: Double
  ) throws -> Double {
    try bothLayersUpdateBound(wStarNorm: wStarNorm, k: k, eta: eta, v: v, alpha: alpha, R: R, c: 1, C: 1)
  }

  /// M_k under the initialization of Eq. 6, R = v = 1/√(2k) (Corollary 3, Sec. 9.1.3),
  /// where it no longer depends on k:
  ///
  ///     M = ‖w*‖²/α² + 2‖w*‖²/(ηα²) + √(2(η² + 2η))·‖w*‖^{1.5}/(ηα)^{1.5} + 2‖w*‖/(ηα).
  ///
  /// (Substitute kv² = 1/2 and R/v = 1; the third term's k-factors give
  /// (2k)^{−1/4}·2√k·(2k)^{3/4}/(2k) = √2.) Corollary 3 states only the order
  /// ‖w*‖²/α² + O(‖w*‖²/min{η, √η}) (Eq. 14).
  public static func updateBoundWithEquation6(wStarNorm: Double, eta: Double, alpha: Double) throws -> Double {
    try Check.wStarNorm(wStarNorm)
    try Check.positive(eta, "η")
    try Check.alpha(alpha)
    let w = wStarNorm
    let ea = eta * alpha
    return w * w / (alpha * alpha) + 2 * w * w / (eta * alpha * alpha)
      + (2 * (eta * eta + 2 * eta)).squareRoot() * pow(w, 1.5) / pow(ea, 1.5) + 2 * w / ea
  }

  /// The bound of Eq. 13 on the number of non-zero updates when both layers are trained
  /// and the second-layer weights keep c ≤ v_t^(i)/v_0^(i) ≤ C (Eq. 8, Sec. 9.1.2):
  ///
  ///     C²‖w*‖²/(c²α²) + ‖w*‖²/(kηc²v²α²) + √(R(8k²η²C²v² + 8ηk))·‖w*‖^{1.5}/(2k(ηcvα)^{1.5})
  ///     + 2R‖w*‖/(ηcvα).
  ///
  /// With c = C = 1 it is M_k. Throws unless 0 < c ≤ C (and the parameters of M_k).
  public static func bothLayersUpdateBound(
    wStarNorm: Double, k: Int, eta: Double, v: Double, alpha: Double, R: Double, c: Double, C: Double
  ) throws -> Double {
    try Check.wStarNorm(wStarNorm)
    try Check.k(k)
    try Check.positive(eta, "η")
    try Check.positive(v, "v")
    try Check.alpha(alpha)
    try Check.nonNegative(R, "R")
    try Check.positive(c, "c")
    try Check.positive(C, "C")
    try InvalidParameter.require(c <= C, "c", c, "must be ≤ C = \(C) (Eq. 8)")
    let w = wStarNorm
    let kk = Double(k)
    let ecva = eta * c * v * alpha
    let bound = C * C * w * w / (c * c * alpha * alpha)
      + w * w / (kk * eta * c * c * v * v * alpha * alpha)
      + (R * (8 * kk * kk * eta * eta * C * C * v * v + 8 * eta * kk)).squareRoot() * pow(w, 1.5)
      / (2 * kk * pow(ecva, 1.5))
      + 2 * R * w / ecva
    try InvalidParameter.require(
      !bound.isNaN, "η", eta,
      "with v = \(v), α = \(alpha), c = \(c), R = \(R): the bound over/underflows double precision")
    return bound
  }

  /// The initialization scale of Eq. 6: R = v = 1/√(2k).
  public static func equation6Scale(k: Int) throws -> Double {
    try Check.k(k)
    return 1 / (2 * Double(k)).squareRoot()
  }
}
