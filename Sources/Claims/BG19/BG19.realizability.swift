import Theory
import Verification

extension BG19Claims {
  /// `BG19.realizability`: f* is realized by the k = 2 network of BG19 §4 and by no k = 1
  /// network.
  static let realizability = Claim(
    id: "BG19.realizability", paper: .BG19, location: "§4 (after Eq. 4)", kinds: [.exact],
    statement:
      "The network of Eq. 2 with k = 2, w⁽¹⁾ = 3p1, w⁽²⁾ = 3p3, u⁽¹⁾ = p2, u⁽²⁾ = p4 satisfies "
      + "sign(N_W(x)) = f*(x) for all x ∈ {±1}^{2d}; for k = 1, f* cannot be realized.",
    notes: [
      "sign(0) = 0 here: an output of exactly 0 does not realize either label, so realizing f* "
        + "means N_W(x) > 0 on every positive x and N_W(x) < 0 on every negative x.",
      "The k = 2 witness is checked on every x ∈ {±1}^{2d}, d = 1…8 (4^d points each), with the "
        + "network evaluated on the raw 2d coordinates (Eq. 2), not through pattern sets.",
      "\"k = 1 cannot realize f*\" is decided exactly: N depends on x only through P_x and on W "
        + "only through the values w·p_i, u·p_i, and since p3 = −p1, p4 = −p2 every real k = 1 "
        + "network has the sign pattern of a network with (w·p1, w·p2, u·p1, u·p2) ∈ {−4…4}^4 "
        + "(the sign of a difference of maxima depends only on the order type of the values and 0). "
        + "The check enumerates those 9^4 networks over the pattern sets that occur for each d and "
        + "asks whether one realizes f*; it would find one if it existed (the machinery tests show "
        + "it finds realizable decision lists).",
    ],
    checks: [
      Check(
        "k = 2 witness, d = 1…8", budget: .exhaustive(8),
        .always(
          AlwaysSpec(bound: "sign(N(x)) = f*(x) for all x", isExact: true) { context in
            let d = context.trial + 1
            var worstMargin = Double.infinity
            var wrong = 0
            for code in 0..<(1 << (2 * d)) {
              var x = [Double](repeating: 0, count: 2 * d)
              var c = code
              for j in 0..<d {
                let p = BG19.patterns[c & 3]
                x[2 * j] = p.x
                x[2 * j + 1] = p.y
                c >>= 2
              }
              let margin = try BG19.targetFunction(x) * BG19.XORD.output(BG19.realizabilityWitness, point: x)
              worstMargin = min(worstMargin, margin)
              if !(margin > 0) { wrong += 1 }
            }
            context.note("smallest y·N(x)", worstMargin)
            return .condition(
              wrong == 0, "d = \(d): \(wrong) of \(1 << (2 * d)) points misclassified; smallest y·N(x) = \(Format.number(worstMargin))")
          })),
      Check(
        "k = 1, d = 1…8", budget: .exhaustive(8),
        .always(
          AlwaysSpec(bound: "no k = 1 network realizes f*", isExact: true) { context in
            let d = context.trial + 1
            let domain = try BG19.PatternSet.occurring(d: d)
            let realizable = BG19.singleFilterRealizesTarget(domain: domain)
            context.note("pattern sets", domain.map(\.description).joined(separator: " "))
            return .condition(
              !realizable,
              "d = \(d): \(realizable ? "a k = 1 network realizes f*" : "no k = 1 network realizes f*") on the \(domain.count) occurring pattern sets")
          })),
    ])
}
