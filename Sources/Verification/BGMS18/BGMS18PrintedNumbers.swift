import Theory

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Every number BGMS18 prints in a statement, an example or a figure caption, and every
/// constant of a statement checked against the proof line that produces it (issue 11,
/// item 9). Symbolic constants are evaluated at one stated instance; the computation is
/// the suite's own math or the quantity the proof line names, computed independently of
/// the printed formula.
public enum BGMS18PrintedNumbers {
  /// The largest t with a·t ≤ b√t + c (a, b, c > 0): the square of the positive root of
  /// a·x² − b·x − c.
  static func largestT(a: Double, b: Double, c: Double) -> Double {
    let x = (b + (b * b + 4 * a * c).squareRoot()) / (2 * a)
    return x * x
  }

  /// Theorem 10's instance: d = 9 (‖w*‖ = 3), k = 2, η = 0.1, v = 0.5, α = 0.5.
  static let d10: Double = 9
  static let w10: Double = 3
  static let k10: Double = 2
  static let eta10: Double = 0.1
  static let v10: Double = 0.5
  static let alpha10: Double = 0.5
  /// ‖w*‖²/(2ηkv²) (B₁) and ‖w*‖²/(2α²ηkv²) (B₂) at Theorem 10's instance.
  static let b1Lead: Double = d10 / (2 * eta10 * k10 * v10 * v10)
  static let b2Lead: Double = d10 / (2 * alpha10 * alpha10 * eta10 * k10 * v10 * v10)
  /// The climbs of the proof of Theorem 10: (1/(2kv) − ηvα) for w, (1/(2αkv) − ηv) for u.
  static let climbW: Double = 1 / (2 * k10 * v10) - eta10 * v10 * alpha10
  static let climbU: Double = 1 / (2 * alpha10 * k10 * v10) - eta10 * v10
  /// The G² increment at k = 3, η = 0.5, v = 0.4 with |v_t| ≤ Cv: 2η + 2kη²C²v².
  static func gIncrement(C: Double) -> Double {
    let k: Double = 3
    let eta: Double = 0.5
    let v: Double = 0.4
    return 2 * eta + 2 * k * eta * eta * C * C * v * v
  }
  /// Theorem 9's counts at d = 5, C = 0.5, η = 0.3.
  static let d9: Double = 5
  static let c9: Double = 0.5
  static let eta9: Double = 0.3

  /// (8/n)·M·log(n/δ) at M = 37, n = 1000, δ = 0.1 (Eq. 7).
  static let theorem6Printed: Double = {
    let n: Double = 1000
    let m: Double = 37
    let delta: Double = 0.1
    return 8 / n * m * log(n / delta)
  }()
  /// kσ(c⟨ŵ, x⟩ + ⟨w*, x⟩) − kσ(c⟨ŵ, x⟩ − ⟨w*, x⟩) with ReLU, k = 3, c = 10, ⟨ŵ, x⟩ = 0.5, ⟨w*, x⟩ = 1.2.
  static let theorem8Output: Double = {
    let k: Double = 3
    let along: Double = 10 * 0.5
    let star: Double = 1.2
    return k * max(0, along + star) - k * max(0, along - star)
  }()
  public static let rows: [PrintedNumber] = [
    row0, row1, row2, row3, row4, row5, row6, row7, row8, row9, row10, row11, row12, row13, row14, row15, row16, row17, row18, row19, row20, row21, row22, row23, row24, row25,
  ]

  static let row0: PrintedNumber = PrintedNumber(
    "‖w*‖ ≥ 1", location: "§2, footnote 1", quote: "This implies that ‖w*‖ ≥ 1.", printed: 1,
    printedText: "1", relation: .atLeast,
    derivation: "inf ‖w*‖ over y⟨w*, x⟩ ≥ 1, ‖x‖ ≤ 1: Cauchy–Schwarz gives ‖w*‖ ≥ 1/‖x‖ ≥ 1, attained at x = w* = e₁"
  ) { () throws -> Double in
    let x = [1.0, 0]
    return 1 / x.reduce(0) { $0 + $1 * $1 }.squareRoot()
  }

  static let row1: PrintedNumber = PrintedNumber(
    "f_x at (w₂, u₂)", location: "§9.1.1 (Prop. 1.2)", quote: "f_x(w₂, u₂) = (1 + α)‖x‖²",
    printed: 0.52, printedText: "(1 + α)‖x‖² = 0.52 at α = 0.3, ‖x‖² = 0.4",
    derivation: "σ(⟨x, x⟩) − σ(⟨−x, x⟩) with Leaky ReLU, x = (0.6, 0.2), α = 0.3"
  ) { () throws -> Double in
    let s = try BGMS18.Activation.leakyReLU(alpha: 0.3)
    return s(0.4) - s(-0.4)
  }

  static let row2: PrintedNumber = PrintedNumber(
    "f_x at the midpoint", location: "§9.1.1 (Prop. 1.2)", quote: "f_x((w₁+w₂)/2, (u₁+u₂)/2) = ‖x‖²",
    printed: 0.4, printedText: "‖x‖² = 0.4",
    derivation: "σ(⟨x, x⟩) − σ(⟨0, x⟩) with Leaky ReLU, x = (0.6, 0.2), α = 0.3"
  ) { () throws -> Double in
    let s = try BGMS18.Activation.leakyReLU(alpha: 0.3)
    return s(0.4) - s(0)
  }

  static let row3: PrintedNumber = PrintedNumber(
    "G(W₀) ≤ √(2k)R", location: "§9.1.2", quote: "we have G(W₀) ≤ √(2k)R",
    printed: Double(6).squareRoot() * 0.2, printedText: "√(2k)R at k = 3, R = 0.2", relation: .atMost,
    derivation: "‖W⃗₀‖ for 2k rows of norm R (the largest Eq. 5 allows), d = 4"
  ) { () throws -> Double in
    let row = [0.2 * 0.5, 0.2 * 0.5, 0.2 * 0.5, 0.2 * 0.5]
    let W = try BGMS18.Weights(k: 3, d: 4, entries: Array([[Double]](repeating: row, count: 6).joined()))
    return W.norm
  }

  static let row4: PrintedNumber = PrintedNumber(
    "‖W⃗*‖", location: "§9.1.2", quote: "Noting that ‖W⃗*‖ = √(2k)‖w*‖",
    printed: Double(6).squareRoot() * 2.5, printedText: "√(2k)‖w*‖ at k = 3, ‖w*‖ = 2.5",
    derivation: "the norm of W⃗* = (w*,…,w*, −w*,…,−w*) built by BGMS18.Weights.wStar, w* = (1.5, 2)"
  ) { () throws -> Double in try BGMS18.Weights.wStar(k: 3, [1.5, 2]).norm }

  static let row5: PrintedNumber = PrintedNumber(
    "G² increment (middle of the display)", location: "§9.1.2, display before Eq. 11",
    quote: "< G(W_{t−1})² + 2η + 2kη²v² = G(W_{t−1})² + 2η + 2kη²C²v²",
    printed: gIncrement(C: 1), printedText: "2η + 2kη²v² = 1.24 at k = 3, η = 0.5, v = 0.4 (C = 2)",
    relation: .atMost,
    derivation:
      "the supremum of the display's first line, 2ηy_tN(x_t) + 2kη²C²v²‖x_t‖² over y_tN(x_t) < 1, ‖x_t‖ ≤ 1, "
      + "|v_t^(i)| ≤ Cv (Eq. 8): 2η + 2kη²C²v² at C = 2",
    erratum: PrintedNumber.Erratum(
      reason:
        "The middle expression drops C²: the line before it bounds the step by 2kη²C²v²‖x_t‖² and the "
        + "right-hand side (and Eq. 11) has 2kη²C²v²; with C > 1 the middle is below what the first line "
        + "allows. A typo: the conclusion (Eq. 11) is right.",
      corrected: gIncrement(C: 2), correctedText: "2η + 2kη²C²v² = 1.96")
  ) { () throws -> Double in gIncrement(C: 2) }

  static let row6: PrintedNumber = PrintedNumber(
    "Eq. 13, first line = last line", location: "§9.1.2, Eq. 13",
    quote: "t ≤ (b/a)² + √(c/a)·b/a + c/a = C²‖w*‖²/(c²α²) + ‖w*‖²/(kηc²v²α²) + √(R(8k²η²C²v² + 8ηk))‖w*‖^{1.5}/(2k(ηcvα)^{1.5}) + 2R‖w*‖/(ηcvα)",
    printed: try! BGMS18.bothLayersUpdateBound(wStarNorm: 2.5, k: 3, eta: 0.5, v: 0.4, alpha: 0.3, R: 0.2, c: 0.5, C: 2),
    printedText: "the last line at k = 3, η = 0.5, v = 0.4, α = 0.3, R = 0.2, ‖w*‖ = 2.5, c = 0.5, C = 2",
    relation: .equal(tolerance: 1e-12),
    derivation:
      "(b/a)² + √(c/a)·b/a + c/a with the proof's a = 2kηcvα, b = √(4k²η²C²v² + 4ηk)‖w*‖, c = 4kR‖w*‖"
  ) { () throws -> Double in
    let k: Double = 3.0, eta: Double = 0.5, v: Double = 0.4, alpha: Double = 0.3, R: Double = 0.2, w: Double = 2.5, cc: Double = 0.5, C: Double = 2.0
    let a = 2 * k * eta * cc * v * alpha
    let b2: Double = 4 * k * k * eta * eta * C * C * v * v
    let b = (b2 + 4 * eta * k).squareRoot() * w
    let c = 4 * k * R * w
    let ba = b / a
    let ca = c / a
    return ba * ba + ca.squareRoot() * ba + ca
  }

  static let row7: PrintedNumber = PrintedNumber(
    "Eq. 13 bounds the root of at ≤ b√t + c", location: "§9.1.2, Eq. 13",
    quote: "By inspecting the roots of the parabola P(x) = x² − (b/a)x − c/a we conclude that t ≤ …",
    printed: try! BGMS18.updateBound(wStarNorm: 2.5, k: 3, eta: 0.5, v: 0.4, alpha: 0.3, R: 0.2),
    printedText: "M_k (Eq. 13 at c = C = 1) at k = 3, η = 0.5, v = 0.4, α = 0.3, R = 0.2, ‖w*‖ = 2.5",
    relation: .atMost,
    derivation:
      "the largest t with at ≤ b√t + c, ((b + √(b² + 4ac))/(2a))², a = 2kηvα, b = √(4k²η²v² + 4ηk)‖w*‖, "
      + "c = 4kR‖w*‖ (the last from G(W₀)‖W⃗*‖ ≤ 2kR‖w*‖ on both sides)"
  ) { () throws -> Double in
    let k: Double = 3.0, eta: Double = 0.5, v: Double = 0.4, alpha: Double = 0.3, R: Double = 0.2, w: Double = 2.5
    let a = 2 * k * eta * v * alpha
    let b2: Double = 4 * k * k * eta * eta * v * v
    let b = (b2 + 4 * eta * k).squareRoot() * w
    return largestT(a: a, b: b, c: 4 * k * R * w)
  }

  static let row8: PrintedNumber = PrintedNumber(
    "F increment", location: "§9.1.2, before Eq. 12", quote: "≥ … + 2kηcvα = F(W_{t−1}) + 2kηcvα",
    printed: 0.18, printedText: "2kηcvα = 0.18 at k = 3, η = 0.5, c = 0.5, v = 0.4, α = 0.3",
    relation: .atLeast,
    derivation:
      "the least F(W_t) − F(W_{t−1}) = η⟨y_tx_t, w*⟩(Σv_t^(i)p^(i) + Σv̂_t^(i)q^(i)) over y⟨w*, x⟩ ≥ 1, "
      + "p, q ∈ {α, 1}, v_t ≥ cv: every factor at its least"
  ) { () throws -> Double in
    let k: Double = 3.0, eta: Double = 0.5, cc: Double = 0.5, v: Double = 0.4, alpha: Double = 0.3
    return eta * 1 * (k * cc * v * alpha + k * cc * v * alpha)
  }

  static let row9: PrintedNumber = PrintedNumber(
    "Theorem 6 constant", location: "§6.1, Theorem 6, Eq. 7", quote: "(8/n)(‖w*‖²/α² + O(…)) log(n/δ)",
    printed: theorem6Printed, printedText: "(8/n)·M·log(n/δ) at M = 37, n = 1000, δ = 0.1",
    derivation: "Theorem 5's bound at L_V = 0 (a global minimum of L_S) and c_k = M (BGMS18.theorem5Bound)"
  ) { () throws -> Double in try BGMS18.theorem5Bound(validationError: 0, compressionSize: 37, n: 1000, delta: 0.1) }

  static let row10: PrintedNumber = PrintedNumber(
    "Theorem 8: N(x) on the active side", location: "§9.3.1", quote: "N_W(x) = … = 2k⟨w*, x⟩",
    printed: 7.2, printedText: "2k⟨w*, x⟩ = 7.2 at k = 3, ⟨w*, x⟩ = 1.2",
    derivation: "kσ(c⟨ŵ, x⟩ + ⟨w*, x⟩) − kσ(c⟨ŵ, x⟩ − ⟨w*, x⟩), ReLU, c = 10, ⟨ŵ, x⟩ = 0.5"
  ) { () throws -> Double in theorem8Output }

  static let row11: PrintedNumber = PrintedNumber(
    "B₁: the last term", location: "§9.1.4, Theorem 10",
    quote: "B₁ = R‖w*‖/(ηvα) + min{‖w*‖²/(2ηkv²) − α‖w*‖, 0}",
    printed: b1Lead - alpha10 * w10,
    printedText: "‖w*‖²/(2ηkv²) − α‖w*‖ = 88.5 at ‖w*‖ = 3 (d = 9), k = 2, η = 0.1, v = 0.5, α = 0.5",
    derivation:
      "the proof's line \"d(1/(2kv) − ηvα)/(ηv) iterations\" with d = ‖w*‖² (the climb of ⟨w_t, e_d⟩ from ηvα "
      + "to 1/(2kv) in steps of ηv, d updates per pass)",
    erratum: PrintedNumber.Erratum(
      reason:
        "The proof's line d·(1/(2kv) − ηvα)/(ηv), with d = ‖w*‖², gives ‖w*‖²/(2ηkv²) − α‖w*‖² (as the "
        + "proof's own total prints it): the statement has α‖w*‖ for α‖w*‖².",
      corrected: b1Lead - alpha10 * w10 * w10, correctedText: "‖w*‖²/(2ηkv²) − α‖w*‖² = 85.5")
  ) { () throws -> Double in d10 * climbW / (eta10 * v10) }

  static let row12: PrintedNumber = PrintedNumber(
    "B₂: the last term", location: "§9.1.4, Theorem 10",
    quote: "B₂ = R‖w*‖/(ηv) + min{‖w*‖²/(2α²ηkv²) − ‖w*‖/α, 0}",
    printed: b2Lead - w10 / alpha10,
    printedText: "‖w*‖²/(2α²ηkv²) − ‖w*‖/α = 354 at ‖w*‖ = 3, k = 2, η = 0.1, v = 0.5, α = 0.5",
    derivation:
      "\"by the same reasoning\": ⟨u_t, e_d⟩ falls from ≥ −ηv to −1/(2αkv) in steps of ηvα: "
      + "d(1/(2αkv) − ηv)/(ηvα) updates, d = ‖w*‖²",
    erratum: PrintedNumber.Erratum(
      reason:
        "The reasoning of the proof gives d(1/(2αkv) − ηv)/(ηvα) = ‖w*‖²/(2α²ηkv²) − ‖w*‖²/α (as the proof's "
        + "total prints it): the statement has ‖w*‖/α for ‖w*‖²/α.",
      corrected: b2Lead - w10 * w10 / alpha10, correctedText: "‖w*‖²/(2α²ηkv²) − ‖w*‖²/α = 342")
  ) { () throws -> Double in d10 * climbU / (eta10 * v10 * alpha10) }

  static let row13: PrintedNumber = PrintedNumber(
    "B₁, B₂: min{·, 0}", location: "§9.1.4, proof of Theorem 10",
    quote: "after at least d·min{1/(2kv) − ηvα, 0}/(ηv) iterations we have ⟨w_t, e_d⟩ ≥ 1/(2kv)",
    printed: d10 * min(climbW, 0) / (eta10 * v10),
    printedText: "d·min{1/(2kv) − ηvα, 0}/(ηv) = 0 at d = 9, k = 2, η = 0.1, v = 0.5, α = 0.5",
    derivation:
      "the updates the climb needs: from ⟨w_t, e_d⟩ ≤ ηvα to ≥ 1/(2kv) in steps of ηv, d per pass: "
      + "d·max{1/(2kv) − ηvα, 0}/(ηv)",
    erratum: PrintedNumber.Erratum(
      reason:
        "min{·, 0} is never positive, so the line (and the min{…, 0} of B₁ and B₂) bounds nothing; the climb it "
        + "describes needs max{·, 0} (BGMS18.theorem10B1Corrected, checked by BGMS18.Theorem4).",
      corrected: d10 * max(climbW, 0) / (eta10 * v10),
      correctedText: "d·max{1/(2kv) − ηvα, 0}/(ηv) = 85.5")
  ) { () throws -> Double in d10 * max(climbW, 0) / (eta10 * v10) }

  static let row14: PrintedNumber = PrintedNumber(
    "Theorem 9, first threshold", location: "§7.2, Theorem 9; §9.3.2",
    quote: "If k ≤ log₂(d/(−ln(δ))), then with probability of at least 1 − δ",
    printed: log2(100 / -log(0.05)), printedText: "log₂(d/(−ln δ)) at d = 100, δ = 0.05",
    derivation: "the largest real k with e^{−d/2^k} ≤ δ (the proof's (1 − 2^{−k})^d ≤ e^{−d/2^k} ≤ δ), by bisection"
  ) { () throws -> Double in
    var (lo, hi) = (0.0, 64.0)
    for _ in 0..<200 {
      let mid = (lo + hi) / 2
      if exp(-100 / pow(2, mid)) <= 0.05 { lo = mid } else { hi = mid }
    }
    return lo
  }

  static let row15: PrintedNumber = PrintedNumber(
    "Theorem 9, second threshold", location: "§7.2, Theorem 9; §9.3.2",
    quote: "if k ≥ log₂(2d/δ), then with probability of at least 1 − δ, SGD will converge to a global minimum",
    printed: log2(2 * 10 / 0.1), printedText: "log₂(2d/δ) = 7.64 at d = 10, δ = 0.1",
    derivation: "the least real k with d/2^k ≤ δ (the proof's union bound, \"assuming k ≥ log₂(d/δ)\"), by bisection",
    erratum: PrintedNumber.Erratum(
      reason:
        "Its proof assumes \"k ≥ log₂(d/δ)\" and needs only d/2^k ≤ δ: the statement's factor 2 has no "
        + "line of the proof behind it. Harmless (the printed threshold is the larger, so the statement follows).",
      corrected: log2(10 / 0.1), correctedText: "log₂(d/δ) = 6.64")
  ) { () throws -> Double in
    var (lo, hi) = (0.0, 64.0)
    for _ in 0..<200 {
      let mid = (lo + hi) / 2
      if 10 / pow(2, mid) <= 0.1 { hi = mid } else { lo = mid }
    }
    return hi
  }

  static let row16: PrintedNumber = PrintedNumber(
    "P(e_j ∈ K₀)", location: "§9.3.2", quote: "P(e_j ∈ K₀) = … = 1/2^k", printed: 1.0 / 8,
    printedText: "1/2^k at k = 3",
    derivation: "enumeration of the 2^k equally likely sign patterns of ⟨w₀^(i), e_j⟩ (symmetric continuous W₀): those all ≤ 0"
  ) { () throws -> Double in
    // Bit i of a pattern: ⟨w₀^(i), e_j⟩ > 0; e_j ∈ K₀ iff no bit is set.
    let k = 3
    var count = 0
    for pattern in 0..<(1 << k) where pattern == 0 || (0..<k).allSatisfy({ (pattern >> $0) & 1 == 0 }) {
      count += 1
    }
    return Double(count) / Double(1 << k)
  }

  static let row17: PrintedNumber = PrintedNumber(
    "Theorem 9: δ = e^{−αd}", location: "§7.2, after Theorem 9",
    quote: "we can make the basin of attraction of the non-global minimum exponentially large by setting δ = e^{−αd} for α ≤ 1/2",
    printed: 0.5, printedText: "α ≤ 1/2",
    derivation: "the largest α for which k = 1 meets k ≤ log₂(d/(−ln δ)) = log₂(1/α) at δ = e^{−αd}: by bisection"
  ) { () throws -> Double in
    var (lo, hi) = (1e-9, 1.0)
    for _ in 0..<200 {
      let mid = (lo + hi) / 2
      if 1 <= log2(50 / (mid * 50)) { lo = mid } else { hi = mid }
    }
    return lo
  }

  static let row18: PrintedNumber = PrintedNumber(
    "Theorem 9 proof: total updates", location: "§9.3.2, last paragraph",
    quote: "therefore we can perform at most ⌈max{dC/η, 1/η}⌉ update iterations until convergence",
    printed: ceil(max(d9 * c9 / eta9, 1 / eta9)), printedText: "⌈max{dC/η, 1/η}⌉ = 9 at d = 5, C = 0.5, η = 0.3",
    relation: .atMost,
    derivation:
      "the sum over j of the preceding line's per-example bound ⌈max{C/η, 1/η}⌉: d·⌈max{C, 1}/η⌉ "
      + "(BGMS18.theorem9PerExampleUpdateBound)",
    erratum: PrintedNumber.Erratum(
      reason:
        "The line sums the per-example bound ⌈max{C/η, 1/η}⌉ over the d examples but prints 1/η where the next "
        + "line and the statement have d/η; both fall short of the sum d·⌈max{C, 1}/η⌉ (the count erratum of "
        + "BGMS18.Theorem9.large).",
      corrected: d9 * ceil(max(c9, 1) / eta9), correctedText: "d·⌈max{C, 1}/η⌉ = 20")
  ) { () throws -> Double in d9 * (try BGMS18.theorem9PerExampleUpdateBound(C: c9, eta: eta9)) }

  static let row19: PrintedNumber = PrintedNumber(
    "Figure 1: data", location: "§6, Figure 1 caption",
    quote: "4000 MNIST images with digits 3 and 5 … The size of the training set is 3000 and the remaining 1000 points form the test set",
    printed: 4000, printedText: "4000",
    derivation: "training + test images: 3000 + 1000 (the --mnist setting of BGMS18.Figure1 takes the first 4000 threes and fives)"
  ) { () throws -> Double in 3000 + 1000 }

  static let row20: PrintedNumber = PrintedNumber(
    "Figure 1: input dimension", location: "§6, Figure 1 caption", quote: "each of dimension 784",
    printed: 784, printedText: "784", derivation: "28 × 28 pixels (the IDX images)"
  ) { () throws -> Double in 28 * 28 }

  static let row21: PrintedNumber = PrintedNumber(
    "Figure 1: widths", location: "§6, Figure 1 caption",
    quote: "Three experiments are performed which differ only in the number of hidden neurons, 10, 100 and 1000",
    printed: 5 + 50 + 500, printedText: "k = 5, 50, 500 (2k hidden neurons), sum 555",
    derivation: "2k = 10, 100, 1000 hidden neurons (Sec. 2: 2k hidden units)"
  ) { () throws -> Double in (10 + 100 + 1000) / 2 }

  static let row22: PrintedNumber = PrintedNumber(
    "Figure 1: over-parameterized networks", location: "§6, Figure 1 caption; Abstract",
    quote:
      "In the latter two, the networks are over-parameterized (Abstract: \"the over-parameterized regime, where "
      + "the number of network parameters exceeds the number of observations\")",
    printed: 2, printedText: "2 of the 3 networks",
    derivation: "networks with 2k·784 trained parameters > 3000 training points: 7840, 78 400, 784 000 all exceed it",
    erratum: PrintedNumber.Erratum(
      reason:
        "By the Abstract's definition all three networks are over-parameterized: the smallest (10 hidden "
        + "neurons) already trains 10·784 = 7840 first-layer weights on 3000 points.",
      corrected: 3, correctedText: "all 3 networks")
  ) { () throws -> Double in Double([10, 100, 1000].filter { $0 * 784 > 3000 }.count) }

  static let row23: PrintedNumber = PrintedNumber(
    "Theorem 10 proof: neuron index", location: "§9.1.4, proof of Theorem 10",
    quote: "we will denote w_t = w_t^(i) and u_t = u_t^(i) for all 1 ≤ i ≤ d and t > 0",
    printed: 9, printedText: "d = 9 indices (at d = 9, k = 2)",
    derivation: "the neurons whose weights coincide: i = 1, …, k (the w_t^(i), u_t^(i) of the preceding induction)",
    erratum: PrintedNumber.Erratum(
      reason: "The index i runs over the k neurons (\"w_t^(i) = w_t^(j) … for all i ≠ j\"), not over the d coordinates: a typo.",
      corrected: 2, correctedText: "k = 2 indices")
  ) { () throws -> Double in Double((1...2).count) }

  static let row24: PrintedNumber = PrintedNumber(
    "Theorem 9 proof: the stuck example's index", location: "§9.3.2, proof of Theorem 9 (first part)",
    quote: "with probability at least 1 − δ, there exists j ∈ [k] for which e_j ∈ K₀",
    printed: 3, printedText: "k = 3 candidates (at k = 3, d = 100)",
    derivation: "the examples e_j that can lie in K₀: j ∈ [d] (the preceding line bounds P(∩_{j ∈ [d]} e_j ∉ K₀))",
    erratum: PrintedNumber.Erratum(
      reason: "The examples are e₁, …, e_d, and the preceding line is a product over j ∈ [d]: [k] is a typo for [d].",
      corrected: 100, correctedText: "d = 100 candidates")
  ) { () throws -> Double in Double((1...100).count) }

  static let row25: PrintedNumber = PrintedNumber(
    "§5: where the lower bound is", location: "§5, first paragraph",
    quote: "In Section 5.1 we show SGD will converge to a globally optimal solution … In Section 5.1 we also provide lower bounds on the rate of convergence.",
    printed: 5.1, printedText: "Section 5.1",
    derivation: "the section of the lower bound (Theorem 4): §5.2 \"LOWER BOUND\"",
    erratum: PrintedNumber.Erratum(
      reason: "The lower bound (Theorem 4) is in Section 5.2: a typo.", corrected: 5.2, correctedText: "Section 5.2")
  ) { () throws -> Double in 5.2 }
}
