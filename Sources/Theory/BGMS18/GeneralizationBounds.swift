#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension BGMS18 {
  /// The compression bound of Theorem 5 (Sec. 6.1, Sec. 9.2.1; Theorems 30.2 and 30.3 of
  /// Shalev-Shwartz & Ben-David 2014), with natural logarithms:
  ///
  ///     L_D^{0-1} ≤ L_V + √(L_V·4c_k log(n/δ)/n) + 8c_k log(n/δ)/n,
  ///
  /// holding with probability ≥ 1 − δ when n ≥ 2c_k, c_k the number of non-zero updates
  /// and L_V the 0-1 error on the examples never updated on. Throws unless
  /// 0 ≤ L_V ≤ 1, c_k ≥ 0, n ≥ 1, n ≥ 2c_k and 0 < δ < 1.
  public static func theorem5Bound(validationError LV: Double, compressionSize ck: Int, n: Int, delta: Double) throws -> Double {
    try InvalidParameter.require(LV >= 0 && LV <= 1, "L_V", LV, "must lie in [0, 1]")
    try InvalidParameter.require(ck >= 0, "c_k", ck, "must be ≥ 0")
    try InvalidParameter.require(n >= 1, "n", n, "must be a positive integer")
    try InvalidParameter.require(ck <= n / 2, "n", n, "Theorem 5 requires n ≥ 2c_k with c_k = \(ck)")
    try Check.delta(delta)
    let term = Double(ck) * log(Double(n) / delta) / Double(n)
    return LV + (LV * 4 * term).squareRoot() + 8 * term
  }

  /// The bound of Theorem 6 (Eq. 7) with its O(·) written out as M_k:
  /// (8/n)·M_k·log(n/δ), the test error of the global minimum SGD reaches, with
  /// probability ≥ 1 − δ (natural logarithm). Theorem 6 assumes n ≥ 2c_k; this function
  /// checks only 0 < M_k, n ≥ 1 and 0 < δ < 1.
  public static func theorem6Bound(Mk: Double, n: Int, delta: Double) throws -> Double {
    try Check.positive(Mk, "M_k")
    try InvalidParameter.require(n >= 1, "n", n, "must be a positive integer")
    try Check.delta(delta)
    return 8 / Double(n) * Mk * log(Double(n) / delta)
  }
}
