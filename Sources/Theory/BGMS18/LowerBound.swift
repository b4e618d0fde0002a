extension BGMS18 {
  /// Which version of a formula the paper prints in two different ways.
  public enum Reading: Sendable, Equatable {
    /// As printed in the theorem's statement.
    case statement
    /// As derived in the proof.
    case proof
  }

  /// B₁ of Theorem 10 (Sec. 9.1.4), the updates until ⟨w_t, e_d⟩ ≥ 1/(2kv):
  ///
  /// - statement: R‖w*‖/(ηvα) + min{‖w*‖²/(2ηkv²) − α‖w*‖, 0};
  /// - proof:     R‖w*‖/(ηvα) + min{‖w*‖²/(2ηkv²) − α‖w*‖², 0}
  ///   (from d·(1/(2kv) − ηvα)/(ηv) iterations with d = ‖w*‖²).
  ///
  /// Both use min{·, 0}, so neither exceeds the first term; the proof's argument supports
  /// max{·, 0} (see `theorem10B1Corrected`).
  public static func theorem10B1(
    wStarNorm: Double, k: Int, eta: Double, v: Double, alpha: Double, R: Double, reading: Reading
  ) throws -> Double {
    try checkTheorem10(wStarNorm, k, eta, v, alpha, R)
    let w = wStarNorm
    let last = reading == .statement ? alpha * w : alpha * w * w
    return R * w / (eta * v * alpha) + min(w * w / (2 * eta * Double(k) * v * v) - last, 0)
  }

  /// B₂ of Theorem 10 (Sec. 9.1.4), the updates until ⟨u_t, e_d⟩ ≤ −1/(2αkv):
  ///
  /// - statement: R‖w*‖/(ηv) + min{‖w*‖²/(2α²ηkv²) − ‖w*‖/α, 0};
  /// - proof:     R‖w*‖/(ηv) + min{‖w*‖²/(2α²ηkv²) − ‖w*‖²/α, 0}.
  public static func theorem10B2(
    wStarNorm: Double, k: Int, eta: Double, v: Double, alpha: Double, R: Double, reading: Reading
  ) throws -> Double {
    try checkTheorem10(wStarNorm, k, eta, v, alpha, R)
    let w = wStarNorm
    let last = reading == .statement ? w / alpha : w * w / alpha
    return R * w / (eta * v) + min(w * w / (2 * alpha * alpha * eta * Double(k) * v * v) - last, 0)
  }

  /// The lower bound max{min{B₁, B₂}, ‖w*‖²} of Theorem 10 on the non-zero updates SGD
  /// makes on the repeated sequence e₁, …, e_d with w* = (1, …, 1), from the
  /// initialization of its proof (`theorem10Initialization`). Theorem 4 is the case
  /// R = v = 1/√(2k) (Eq. 6).
  public static func theorem10LowerBound(
    wStarNorm: Double, k: Int, eta: Double, v: Double, alpha: Double, R: Double, reading: Reading
  ) throws -> Double {
    let b1 = try theorem10B1(wStarNorm: wStarNorm, k: k, eta: eta, v: v, alpha: alpha, R: R, reading: reading)
    let b2 = try theorem10B2(wStarNorm: wStarNorm, k: k, eta: eta, v: v, alpha: alpha, R: R, reading: reading)
    return max(min(b1, b2), wStarNorm * wStarNorm)
  }

  /// B₁ with the proof's argument carried out with max{·, 0}: the coordinate needs
  /// R/(√d ηvα) passes to reach [0, ηvα), then (1/(2kv) − ηvα)/(ηv) more when that is
  /// positive, each pass being d updates:
  /// R‖w*‖/(ηvα) + max{‖w*‖²/(2ηkv²) − α‖w*‖², 0}. Not printed in the paper.
  public static func theorem10B1Corrected(
    wStarNorm: Double, k: Int, eta: Double, v: Double, alpha: Double, R: Double
  ) throws -> Double {
    try checkTheorem10(wStarNorm, k, eta, v, alpha, R)
    let w = wStarNorm
    return R * w / (eta * v * alpha) + max(w * w / (2 * eta * Double(k) * v * v) - alpha * w * w, 0)
  }

  /// B₂ carried out with max{·, 0}: R‖w*‖/(ηv) + max{‖w*‖²/(2α²ηkv²) − ‖w*‖²/α, 0}.
  /// Not printed in the paper.
  public static func theorem10B2Corrected(
    wStarNorm: Double, k: Int, eta: Double, v: Double, alpha: Double, R: Double
  ) throws -> Double {
    try checkTheorem10(wStarNorm, k, eta, v, alpha, R)
    let w = wStarNorm
    return R * w / (eta * v) + max(w * w / (2 * alpha * alpha * eta * Double(k) * v * v) - w * w / alpha, 0)
  }

  static func checkTheorem10(
    _ wStarNorm: Double, _ k: Int, _ eta: Double, _ v: Double, _ alpha: Double, _ R: Double
  ) throws {
    try Check.wStarNorm(wStarNorm)
    try Check.k(k)
    try Check.positive(eta, "η")
    try Check.positive(v, "v")
    try Check.alpha(alpha)
    try Check.nonNegative(R, "R")
  }

  /// The initialization of the proof of Theorem 10 (Sec. 9.1.4): every w₀^(i) =
  /// −(R/√d)(1, …, 1) and every u₀^(i) = +(R/√d)(1, …, 1), rows of norm exactly R.
  public static func theorem10Initialization(k: Int, d: Int, R: Double) throws -> Weights {
    try Check.k(k)
    try InvalidParameter.require(d >= 1, "d", d, "must be a positive integer")
    try Check.nonNegative(R, "R")
    let c = R / Double(d).squareRoot()
    return try Weights(
      w: [[Double]](repeating: [Double](repeating: -c, count: d), count: k),
      u: [[Double]](repeating: [Double](repeating: c, count: d), count: k))
  }
}
