import Theory

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Every number BG19 prints in a statement or an example, and every constant of a statement
/// checked against what produces it (issue 11, item 9). The proofs of §6 are in the
/// supplementary material, which the suite does not have: the constants of Lemma 3.2, Lemma
/// 6.2 and Theorem 6.3 (√(8k)/(√π e^{8k}), √(2k)/(√π e^{8k}), 16e⁻⁸, k ≥ 120, c_η ≤ 1/410,
/// 28(γ + 1 + 8c_η)/c_η) have no printed line to check them against and are checked only
/// through their statements (their claims).
public enum BG19PrintedNumbers {
  /// Hoeffding's bound on P(|X − k/2| > 2√k) for X ~ Bin(k, ½), in units of e⁻⁸.
  static func hoeffdingUnits(k: Int) -> Double {
    let t = 2 * Double(k).squareRoot()
    return 2 * exp(-2 * t * t / Double(k)) / exp(-8.0)
  }

  /// The fraction of the 2^d negative points ({p2, p4}^d) that are diverse (contain both).
  static func negativeDiversity(d: Int) -> Double {
    let diverse = (0..<(1 << d)).filter { $0 != 0 && $0 != (1 << d) - 1 }.count
    return Double(diverse) / Double(1 << d)
  }

  /// The fraction of all 4^d points of {±1}^{2d} whose pattern set is {1, 2, 3, 4}.
  static func allPointsDiversity(d: Int) -> Double {
    var diverse = 0
    for code in 0..<(1 << (2 * d)) {
      var seen = 0
      for j in 0..<d { seen |= 1 << ((code >> (2 * j)) & 3) }
      if seen == 0b1111 { diverse += 1 }
    }
    return Double(diverse) / Double(1 << (2 * d))
  }

  public static let rows: [PrintedNumber] = [
    row0, row1, row2, row3, row4, row5, row6, row7, row8, row9, row10, row11, row12, row13, row14, row15, row16, row17, row18, row19, row20, row21, row22, row23,
  ]

  static let row0: PrintedNumber = PrintedNumber(
    "Lemma 3.1: 8e⁻⁸", location: "§3.2, Lemma 3.1", quote: "With probability at least 1 − 8e^{−8}, for all 1 ≤ i ≤ 4",
    printed: 8, printedText: "8 (units of e⁻⁸)",
    derivation:
      "|W₀⁺(1)| and |W₀⁺(3)| = k − |W₀⁺(1)| are one Bin(k, ½) deviation (w·x₁ ≠ 0 a.s.), likewise x₂/x₄ and the "
      + "U sets: 4 distinct deviations, each ≤ 2e^{−2(2√k)²/k} = 2e⁻⁸ (Hoeffding), union bound; k = 17"
  ) { () throws -> Double in 4 * hoeffdingUnits(k: 17) }

  static let row1: PrintedNumber = PrintedNumber(
    "Lemma 6.1: 4e⁻⁸", location: "§6.1, Lemma 6.1", quote: "With probability at least 1 − 4e^{−8}",
    printed: 4, printedText: "4 (units of e⁻⁸)", relation: .atMost,
    derivation:
      "|W₀⁺(1) ∪ W₀⁺(3)| ~ Bin(k, ½) (filters in the first or third quadrant): one deviation, 2e⁻⁸ by Hoeffding "
      + "(the printed constant is valid, twice the needed one); k = 120"
  ) { () throws -> Double in hoeffdingUnits(k: 120) }

  static let row2: PrintedNumber = PrintedNumber(
    "Theorem 3.3: probability", location: "§3.2, Theorem 3.3",
    quote: "With probability ≥ 1 − √(8k)/(√π e^{8k}) − 8e^{−8}",
    printed: try! BG19.theorem3_3ProbabilityBound(k: 17), printedText: "at k = 17",
    derivation: "the union of the failures of Lemma 3.2 and Lemma 3.1 (the lemmas the theorem combines)"
  ) { () throws -> Double in 1 - (1 - (try BG19.lemma3_2ProbabilityBound(k: 17))) - (1 - (try BG19.lemma3_1ProbabilityBound(k: 17))) }

  static let row3: PrintedNumber = PrintedNumber(
    "Theorem 3.3: k > 16", location: "§3.2 (\"we assume that k > 16\"), Theorem 3.3",
    quote: "T > (1/c_η)(16√k/(√k − 4))", printed: 17, printedText: "k > 16, i.e. the least k is 17",
    derivation: "the least integer k with √k − 4 > 0 (the iteration count finite and positive)"
  ) { () throws -> Double in
    var k = 1
    while Double(k).squareRoot() - 4 <= 0 { k += 1 }
    return Double(k)
  }

  static let row4: PrintedNumber = PrintedNumber(
    "Theorem 3.4: 0.75", location: "§3.3, Theorem 3.4",
    quote: "With probability at least 0.75, there exists i ∈ {1,3} such that W₀⁺(i) = ∅ or i ∈ {2,4} such that U₀⁺(i) = ∅",
    printed: 0.75, printedText: "0.75", relation: .atLeast,
    derivation: "enumeration of the 2⁸ equally likely initial sign patterns at k = 2 (BG19.theorem3_4ErrProbability)"
  ) { () throws -> Double in try BG19.theorem3_4ErrProbability(k: 2, reading: .signWithZero) }

  static let row5: PrintedNumber = PrintedNumber(
    "Theorem 6.4: 33/48", location: "§6.2, Theorem 6.4", quote: "With probability at least (1 − c)·33/48",
    printed: 33.0 / 48, printedText: "33/48 (c = 0)", relation: .atLeast,
    derivation:
      "the initialization rule that decides GD's outcome (BG19.Theorem6.4), enumerated over the 4²·2² equally "
      + "likely argmax patterns and signs (BG19.theorem6_4RuleProbability)"
  ) { () throws -> Double in BG19.theorem6_4RuleProbability() }

  static let row6: PrintedNumber = PrintedNumber(
    "p₋ at d = 4", location: "§4, after Definition 4.2", quote: "p₋ = 1 − 1/2^{d−1}",
    printed: 1 - 1.0 / 8, printedText: "1 − 1/2³ = 0.875",
    derivation: "enumeration of the 2⁴ negative points {p2, p4}⁴ (D₋ uniform): those containing both patterns"
  ) { () throws -> Double in negativeDiversity(d: 4) }

  static let row7: PrintedNumber = PrintedNumber(
    "p₊ at d = 4", location: "§4, after Definition 4.2", quote: "p₊ = 1 − (4·3^d − 6·2^d + 4)/4^d",
    printed: 1 - (4 * 81 - 6 * 16 + 4) / 256.0, printedText: "3/32 = 0.09375",
    derivation:
      "enumeration of all 4⁴ points of {±1}⁸: those with P_x = {1,2,3,4} (the reading under which the formula "
      + "holds; for D₊ uniform over the positive points it is an erratum, see BG19.diversity)"
  ) { () throws -> Double in allPointsDiversity(d: 4) }

  static let row8: PrintedNumber = PrintedNumber(
    "Remark 4.1: VC ≤ 15", location: "§4, Remark 4.1", quote: "its VC dimension is at most 15",
    printed: 15, printedText: "15",
    derivation: "the distinct non-empty pattern sets P_x ⊆ {1,2,3,4} (N depends on x only through P_x)"
  ) { () throws -> Double in Double(BG19.PatternSet.allNonEmpty.count) }

  static let row9: PrintedNumber = PrintedNumber(
    "§5: the decoy network has zero training loss", location: "§5",
    quote: "a network with k = 2 and filters w⁽¹⁾ = w⁽²⁾ = 3p₁, u⁽¹⁾ = u⁽²⁾ = p₂, has zero train loss",
    printed: 0, printedText: "loss 0",
    derivation: "Eq. 4 on the diverse pair at γ = 8, the largest margin the analysis uses (N(x⁺) = 12 − 4 = 8, N(x⁻) = −4)"
  ) { () throws -> Double in
    let W = try BG19.Weights(w: [BG19.p1 * 3, BG19.p1 * 3], u: [BG19.p2, BG19.p2])
    return try BG19.HingeObjective.xord(BG19.diversePair, gamma: 8).loss(W)
  }

  static let row10: PrintedNumber = PrintedNumber(
    "§6.3: δ for p = 0.98", location: "§6.3, first example", quote: "δ = 1 − 0.98²(1 − c − 16e^{−8}) ≤ 0.05",
    printed: 0.05, printedText: "0.05", relation: .atMost,
    derivation: "1 − p₊p₋(1 − 16e⁻⁸) at c = 0 (BG19.theorem6_5MinimumDelta)"
  ) { () throws -> Double in try BG19.theorem6_5MinimumDelta(pPlus: 0.98, pMinus: 0.98) }

  static let row11: PrintedNumber = PrintedNumber(
    "§6.3: m₂ ≥ 129 at the text's δ", location: "§6.3, first example", quote: "m₂(ε, δ) ≥ 129",
    printed: 129, printedText: "129", relation: .atLeast,
    derivation: "the least integer sample count ≥ 2 log(48δ/33)/log(p₊p₋) at p = 0.98 and the text's δ = 1 − 0.98²(1 − 16e⁻⁸)"
  ) { () throws -> Double in
    let delta = try BG19.theorem6_5MinimumDelta(pPlus: 0.98, pMinus: 0.98)
    return (try BG19.theorem6_5SampleComplexityBound(pPlus: 0.98, pMinus: 0.98, delta: delta)).rounded(.up)
  }

  static let row12: PrintedNumber = PrintedNumber(
    "§6.3: 129 is ⌊bound⌋ at δ = 0.05", location: "§6.3, first example", quote: "≤ 0.05 … m₂(ε, δ) ≥ 129",
    printed: 129, printedText: "129",
    derivation: "⌊2 log(48δ/33)/log(p₊p₋)⌋ at p = 0.98, δ = 0.05 (the printed 129 is the floor there; 136 at the text's δ)"
  ) { () throws -> Double in (try BG19.theorem6_5SampleComplexityBound(pPlus: 0.98, pMinus: 0.98, delta: 0.05)).rounded(.down) }

  static let row13: PrintedNumber = PrintedNumber(
    "§6.3: ε for p = 0.98", location: "§6.3, first example", quote: "for any 0 ≤ ε < 0.005",
    printed: 0.005, printedText: "0.005", relation: .equal(tolerance: 1e-9),
    derivation: "p* = min{(1 − p₊)/4, (1 − p₋)/4} at p = 0.98"
  ) { () throws -> Double in (1 - 0.98) / 4 }

  static let row14: PrintedNumber = PrintedNumber(
    "§6.3: δ = 0.16 allowed for p = 0.92", location: "§6.3, second example", quote: "for δ = 0.16",
    printed: 0.16, printedText: "0.16", relation: .atMost,
    derivation: "the least δ Theorem 6.5 allows at p = 0.92: 1 − 0.92²(1 − 16e⁻⁸)"
  ) { () throws -> Double in try BG19.theorem6_5MinimumDelta(pPlus: 0.92, pMinus: 0.92) }

  static let row15: PrintedNumber = PrintedNumber(
    "§6.3: m₂ ≥ 17", location: "§6.3, second example", quote: "m₂(ε, δ) ≥ 17",
    printed: 17, printedText: "17", relation: .atLeast,
    derivation: "⌊2 log(48δ/33)/log(p₊p₋)⌋ at p = 0.92, δ = 0.16 (bound 17.49; the least integer count above it is 18)"
  ) { () throws -> Double in (try BG19.theorem6_5SampleComplexityBound(pPlus: 0.92, pMinus: 0.92, delta: 0.16)).rounded(.down) }

  static let row16: PrintedNumber = PrintedNumber(
    "§6.3: ε for p = 0.92", location: "§6.3, second example", quote: "any 0 ≤ ε < 0.02",
    printed: 0.02, printedText: "0.02", relation: .equal(tolerance: 1e-9),
    derivation: "p* = (1 − p)/4 at p = 0.92"
  ) { () throws -> Double in (1 - 0.92) / 4 }

  static let row17: PrintedNumber = PrintedNumber(
    "§6.3: no gap for p ≤ 0.7", location: "§6.3, last example",
    quote: "for sufficiently small p₊ and p₋ (e.g., when p₊, p₋ ≤ 0.7), our bound does not guarantee a generalization gap",
    printed: 0.7, printedText: "0.7", relation: .atLeast,
    derivation: "the p = p₊ = p₋ below which the bound at the least allowed δ is ≤ 2 = m₁ (BG19.theorem6_5GapThreshold: 0.771)"
  ) { () throws -> Double in try BG19.theorem6_5GapThreshold() }

  static let row18: PrintedNumber = PrintedNumber(
    "§4: k = 2 realizes f*", location: "§4, after Eq. 3",
    quote: "the network N_W with w⁽¹⁾ = 3p₁, w⁽²⁾ = 3p₃, u⁽¹⁾ = p₂, u⁽²⁾ = p₄ satisfies sign(N_W(x)) = f*(x)",
    printed: 15, printedText: "all 15 pattern sets",
    derivation: "the pattern sets A on which sign(N(A)) = f*(A), sign(0) = 0 (every x ∈ {±1}^{2d} has one)"
  ) { () throws -> Double in
    let W = try BG19.Weights(w: [BG19.p1 * 3, BG19.p3 * 3], u: [BG19.p2, BG19.p4])
    return Double(BG19.PatternSet.allNonEmpty.filter { !BG19.XORD.errs(W, on: $0) }.count)
  }

  static let row19: PrintedNumber = PrintedNumber(
    "footnote 3: d ≥ 4", location: "§4, footnote 3 (Definition 4.2)", quote: "This definition only holds for d ≥ 4.",
    printed: 4, printedText: "4",
    derivation: "the least d for which some x ∈ {±1}^{2d} has P_x = {1,2,3,4} (a diverse positive point), by enumeration"
  ) { () throws -> Double in
    var d = 1
    while allPointsDiversity(d: d) == 0 { d += 1 }
    return Double(d)
  }

  static let row20: PrintedNumber = PrintedNumber(
    "Theorem 6.5: the m₂ bound", location: "§6.3, Theorem 6.5 (proof: \"follows from Theorem 6.3 and Theorem 6.4 and the fact that the probability to sample a training set with only diverse points is (p₊p₋)^m\")",
    quote: "m₂(ε, δ) ≥ 2 log(48δ/(33(1 − c)))/log(p₊p₋)",
    printed: try! BG19.theorem6_5SampleComplexityBound(pPlus: 0.98, pMinus: 0.98, delta: 0.05),
    printedText: "2 log(48δ/33)/log(p₊p₋) = 129.74 at p = 0.98, δ = 0.05, c = 0",
    derivation:
      "the sample count 2m (m per class) at which (33/48)(1 − c)·(p₊p₋)^m, the probability of an all-diverse "
      + "set times Theorem 6.4's, equals δ; by bisection"
  ) { () throws -> Double in
    var lo: Double = 0
    var hi: Double = 10_000
    for _ in 0..<200 {
      let mid = (lo + hi) / 2
      let m: Double = mid / 2
      if 33.0 / 48 * pow(0.98 * 0.98, m) > 0.05 { lo = mid } else { hi = mid }
    }
    return lo
  }

  static let row21: PrintedNumber = PrintedNumber(
    "§3.1: ℓ = 0 at k = 2", location: "§3.1", quote: "for k ≥ 2 any global minimum W of ℓ satisfies ℓ(W) = 0",
    printed: 0, printedText: "min ℓ = 0",
    derivation: "the XOR loss of §3.1 at w⁽¹⁾ = 3p₁, w⁽²⁾ = 3p₃, u⁽¹⁾ = p₂, u⁽²⁾ = p₄ (k = 2; ℓ ≥ 0, so 0 is the minimum)"
  ) { () throws -> Double in
    let W = try BG19.Weights(w: [BG19.p1 * 3, BG19.p3 * 3], u: [BG19.p2, BG19.p4])
    return BG19.XOR.loss(W)
  }

  static let row22: PrintedNumber = PrintedNumber(
    "§5: k = 2 is four hidden neurons", location: "§5", quote: "The first has k = 2 (i.e., four hidden neurons)",
    printed: 4, printedText: "4", derivation: "2k channels of Eq. 2 (k w-filters and k u-filters) at k = 2"
  ) { () throws -> Double in Double((try BG19.Weights(w: [BG19.p1, BG19.p3], u: [BG19.p2, BG19.p4])).storage.count / 2) }

  static let row23: PrintedNumber = PrintedNumber(
    "Figure 2 caption: the two filter families", location: "§3.4, Figure 2 caption",
    quote: "The vectors in blue are the vectors w_t^(i) and in red are the vectors w_t^(i).",
    printed: 1, printedText: "1 family named (w_t^(i) twice)",
    derivation: "the filter families the figure draws: the w_t^(i) and the u_t^(i) (as Figure 3's caption says; BG19.Figure2 draws both)",
    erratum: PrintedNumber.Erratum(
      reason: "The red vectors are the u_t^(i) (Figure 3's caption: \"in red are the vectors u_t^(i)\"): a typo.",
      corrected: 2, correctedText: "2 families (w_t^(i) blue, u_t^(i) red)")
  ) { () throws -> Double in Double(Set(["w", "u"]).count) }
}
