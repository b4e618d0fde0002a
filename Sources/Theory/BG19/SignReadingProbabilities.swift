extension BG19 {
  /// The exact probability, by enumeration of the initial signs, that the k = 2 XOR model
  /// of BG19 Thm. 3.4 errs under a reading of sign(0) (§3.3), given the rule that decides the
  /// outcome of gradient descent from the initialization (checked in every run by the claim's
  /// "outcome" checks): with an output of 0 counted as an error, the model errs iff some
  /// W₀⁺(i), i ∈ {1, 3}, or U₀⁺(i), i ∈ {2, 4}, is empty; with sign(0) = +1, iff U₀⁺(2) or
  /// U₀⁺(4) is empty (N(x₁) = N(x₃) = 0 then predicts +1, correctly); with sign(0) = −1, iff
  /// W₀⁺(1) or W₀⁺(3) is empty. For Gaussian filters the signs of w·x₁ and w·x₂ are
  /// independent fair coins (x₁ ⊥ x₂), so each of the 2^{4k} sign patterns has probability
  /// 2^{−4k}; this sums over all of them (no closed form used). Throws unless 1 ≤ k ≤ 4.
  public static func theorem3_4ErrProbability(k: Int, reading: ErrorReading) throws -> Double {
    try InvalidParameter.require((1...4).contains(k), "k", k, "the enumeration covers 1 ≤ k ≤ 4")
    let bits = 4 * k
    var count = 0
    for pattern in 0..<(1 << bits) {
      // Bits 4j…4j+3: sign(w_j·x₁) > 0, sign(w_j·x₂) > 0, sign(u_j·x₁) > 0, sign(u_j·x₂) > 0.
      var w1 = false, w3 = false, u2 = false, u4 = false
      for j in 0..<k {
        let s = pattern >> (4 * j)
        if s & 1 != 0 { w1 = true } else { w3 = true }
        if s & 8 != 0 { u2 = true } else { u4 = true }
      }
      let emptyW = !w1 || !w3
      let emptyU = !u2 || !u4
      let errs: Bool
      switch reading {
      case .signWithZero: errs = emptyW || emptyU
      case .zeroPredictsPositive: errs = emptyU
      case .zeroPredictsNegative: errs = emptyW
      }
      if errs { count += 1 }
    }
    return Double(count) / Double(1 << bits)
  }

  /// The exact probability of the initialization rule that decides BG19 Thm. 6.4's event
  /// (k = 2, diverse training set; see the claim's notes): W₀⁺(1) ∪ W₀⁺(3) ≠ ∅ and
  /// [W₀⁺(1) = ∅ or W₀⁺(3) = ∅ or u₀⁽¹⁾·p₂ and u₀⁽²⁾·p₂ have the same sign] (§6 argmax sets).
  /// Each w-filter's argmax pattern is uniform on {1, 2, 3, 4} and each sign(u·p₂) a fair
  /// coin, all independent (Gaussian filters); this enumerates the 4² · 2² equally likely
  /// cases (11/16 = 33/48).
  public static func theorem6_4RuleProbability() -> Double {
    var count = 0
    for a in 1...4 {
      for b in 1...4 {
        for signs in 0..<4 {
          let w1 = a == 1 || b == 1
          let w3 = a == 3 || b == 3
          let same = (signs & 1) == (signs >> 1)
          if (w1 || w3) && (!w1 || !w3 || same) { count += 1 }
        }
      }
    }
    return Double(count) / 64
  }
}
