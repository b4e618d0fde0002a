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

  /// Whether a k = 2 initialization lies in the stratum where BG19 Thm. 6.4's event depends on
  /// the reading sign(0) = −1 (see ``theorem6_4NegativeReadingProbability()``): one w-filter in
  /// the argmax set of p₁ and the other in that of p₃ (§6 sets), and u₀⁽¹⁾·p₂, u₀⁽²⁾·p₂ of one sign.
  public static func theorem6_4NegativeReadingStratum(wPatterns: (Int, Int), uP2Signs: (Bool, Bool)) -> Bool {
    let w = Set([wPatterns.0, wPatterns.1])
    return w == [1, 3] && uP2Signs.0 == uP2Signs.1
  }

  /// The exact probability of BG19 Thm. 6.4's event (k = 2, diverse training set) when an
  /// output of 0 predicts −1: 11/16 − 1/64 = 43/64.
  ///
  /// With sign(0) = 0 the event has probability 11/16 (``theorem6_4RuleProbability()``). A
  /// reading of sign(0) only forgives outputs of exactly 0, so the event with sign(0) = −1 is
  /// the sign(0) = 0 event minus D₋, the runs whose only errors are outputs of 0 on negative
  /// sets. D₋ happens iff the initialization lies in the stratum
  /// (``theorem6_4NegativeReadingStratum(wPatterns:uP2Signs:)``: the w-filters cluster on p₁
  /// and p₃, both u-filters end on the side of p₂ or of p₄ that their initial signs give, and
  /// the one erred set is A₁ = {2} or A₂ = {4}) and both w-filters end with a p₂-component
  /// (resp. p₄-component) ≤ 0, so that N(A) = Σσ(w·p) = 0 (checked run by run by the claim's
  /// "outcome" checks). Reflecting w₀⁽ⁱ⁾ across the p₁-axis ((a, b) ↦ (b, a)) maps the run
  /// to its mirror image: every output on the training set is unchanged (they depend on w⁽ⁱ⁾
  /// only through |w·p₂| and w·p₁), and the final p₂-component of w⁽ⁱ⁾ changes sign. The
  /// Gaussian initialization is invariant under that reflection, so the four sign patterns
  /// of the two final components are equally likely given the rest: P(D₋ | stratum) = 1/4.
  /// This enumerates the 4²·2² equally likely argmax patterns and signs for P(stratum) = 1/16.
  public static func theorem6_4NegativeReadingProbability() -> Double {
    var stratum = 0
    for a in 1...4 {
      for b in 1...4 {
        for signs in 0..<4 {
          if theorem6_4NegativeReadingStratum(wPatterns: (a, b), uP2Signs: (signs & 1 == 1, signs >> 1 == 1)) {
            stratum += 1
          }
        }
      }
    }
    return theorem6_4RuleProbability() - Double(stratum) / 64 * 0.25
  }
}
