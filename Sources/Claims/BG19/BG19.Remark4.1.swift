import Generators
import Theory
import Verification

extension BG19Claims {
  /// `BG19.Remark4.1`: the XORD network sees x only through P_x, so its VC dimension is at
  /// most 15 (BG19 §4).
  static let remark4_1 = Claim(
    id: "BG19.Remark4.1", paper: .BG19, location: "§4, Remark 4.1", kinds: [.always, .exact],
    statement:
      "Because there are only 4 different patterns, the network of Eq. 2 depends on x only through "
      + "the set P_x of patterns it contains, so its VC dimension (over {±1}^{2d}, any k) is at most 15.",
    notes: [
      "**The reduction (always).** Random networks — k ∈ {1, 2, 7, 60}, i.i.d. Gaussian filters at "
        + "a random scale — and random points x ∈ {±1}^{2d}, d ∈ 1…12: N_W(x) evaluated literally by "
        + "Eq. 2 (ReLU of every w⁽ⁱ⁾·x_j, max over the d positions j, sum with signs) must equal, "
        + "bit for bit, N_W on the pattern set P_x (the max over the patterns of P_x), and equal "
        + "N_W(x') for a second point x' drawn uniformly among the points with P_{x'} = P_x. No "
        + "tolerance: the two evaluations perform the same floating-point operations on the same "
        + "values, so any difference is a bug or a counterexample.",
      "**The count (exact).** Enumerating all 4^d points of {±1}^{2d} for d = 1…8, the number of "
        + "distinct P_x is Σ_{j=1}^{min(d,4)} C(4, j): 4, 10, 14, then 15 for every d ≥ 4. Together with "
        + "the reduction, every classifier sign(N_W) of the class is a function of P_x, which takes at most 15 values — "
        + "one per non-empty P_x — so among any 16 distinct points two share P_x and get the same "
        + "label: no 16 points are shattered, VC dimension ≤ 15 (for any k). The check compares the "
        + "enumerated count with the formula and with 15.",
    ],
    checks: [
      Check(
        "random W and x, d = 1…12", budget: Budget(test: 2000, report: 50_000),
        .always(
          AlwaysSpec(bound: "N_W(x) = N_W(P_x) = N_W(x') whenever P_{x'} = P_x (bitwise)") { context in
            let ks = [1, 2, 7, 60]
            let k = ks[context.rng.nextInt(below: ks.count)]
            let d = 1 + context.rng.nextInt(below: 12)
            let scale = 0.01 + 10 * context.rng.nextUniform()
            let weights = try BG19.gaussianWeights(k: k, standardDeviation: scale, using: &context.rng)
            let x = try BG19.sampleUniformPoint(d: d, using: &context.rng)
            let set = try BG19.PatternSet(point: x)
            let xPrime = try BG19.samplePoint(d: d, patternSet: set, using: &context.rng)
            let raw = try BG19.XORD.output(weights, point: x)
            let rawPrime = try BG19.XORD.output(weights, point: xPrime)
            let onSet = BG19.XORD.output(weights, on: set)
            context.note("k, d, P_x", "\(k), \(d), \(set)")
            context.note("x", x)
            context.note("x'", xPrime)
            context.note("N(x), N(P_x), N(x')", [raw, onSet, rawPrime])
            return .condition(
              raw == onSet && raw == rawPrime,
              "k = \(k), d = \(d), P_x = \(set): N(x) = \(Format.number(raw, digits: 17)), "
                + "N(P_x) = \(Format.number(onSet, digits: 17)), N(x') = \(Format.number(rawPrime, digits: 17))")
          })),
      Check(
        "distinct P_x, d = 1…8", budget: .exhaustive(8),
        .always(
          AlwaysSpec(bound: "#{P_x : x ∈ {±1}^{2d}} = Σ_{j ≤ min(d,4)} C(4, j) ≤ 15", isExact: true) { context in
            let d = context.trial + 1
            var seen = Set<UInt8>()
            for code in 0..<(1 << (2 * d)) {
              seen.insert(try BG19.PatternSet(point: BG19.point(code: code, d: d)).rawValue)
            }
            let binomial = [1, 4, 6, 4, 1]
            let expected = (1...min(d, 4)).reduce(0) { $0 + binomial[$1] }
            context.note("distinct P_x", seen.sorted())
            return .condition(
              seen.count == expected && seen.count <= 15,
              "d = \(d): \(seen.count) distinct P_x among \(1 << (2 * d)) points (formula \(expected), bound 15)")
          })),
    ])
}
