import Generators
import Theory
import Verification

#if canImport(Glibc)
  import Glibc
#endif

extension BGMS18Claims {
  /// `BGMS18.Corollary3`: with R = v = 1/√(2k) (Eq. 6), M_k does not depend on k
  /// (BGMS18 §5.1, Corollary 3; derivation §9.1.3, Eq. 14).
  static let corollary3 = Claim(
    id: "BGMS18.Corollary3", paper: .BGMS18, location: "§5.1, Corollary 3, Eq. 6, 14 (proof §9.1.3)",
    kinds: [.exact, .always],
    statement:
      "With R = v = 1/√(2k), SGD converges to a global minimum after at most "
        + "M_k = ‖w*‖²/α² + O(‖w*‖²/min{η, √η}) non-zero updates, independently of k.",
    notes: [
      "M_k as defined before Theorem 2: ‖w*‖²/α² + ‖w*‖²/(kηv²α²) + √(R(8k²η²v² + 8ηk))‖w*‖^{1.5}"
        + "/(2k(ηvα)^{1.5}) + 2R‖w*‖/(ηvα). Substituting kv² = 1/2 and R/v = 1 gives the k-free "
        + "closed form M = ‖w*‖²/α² + 2‖w*‖²/(ηα²) + √(2(η² + 2η))‖w*‖^{1.5}/(ηα)^{1.5} + "
        + "2‖w*‖/(ηα).",
      "The O(·) of Eq. 14 hides the dependence on α: from the closed form, for ‖w*‖ ≥ 1, "
        + "M − ‖w*‖²/α² ≤ K(α)·‖w*‖²/min{η, √η} with K(α) = 2/α² + √6/α^{1.5} + 2/α, which the "
        + "third check verifies; no constant independent of α exists (the terms grow like 1/α² "
        + "and 1/α^{1.5}).",
      "The measured update counts under the Eq. 6 initialization are checked with the rest of "
        + "BGMS18 (Theorem 2 and this corollary's training half).",
    ],
    checks: [
      Check(
        "k = 1…10⁴, 80 (‖w*‖, η, α)", budget: .exhaustive(80),
        .always(
          AlwaysSpec(bound: "M_k(R = v = 1/√(2k)) = closed form, every k", isExact: true) { context in
            let grid = corollary3Grid[context.trial]
            let closed = try BGMS18.updateBoundWithEquation6(wStarNorm: grid.w, eta: grid.eta, alpha: grid.alpha)
            var worst = 0.0
            var worstK = 1
            for k in 1...10_000 {
              let s = try BGMS18.equation6Scale(k: k)
              let m = try BGMS18.updateBound(wStarNorm: grid.w, k: k, eta: grid.eta, v: s, alpha: grid.alpha, R: s)
              let error = abs(m - closed) / closed
              if error > worst { (worst, worstK) = (error, k) }
            }
            context.note("closed form", closed)
            context.note("worst relative error at k", worstK)
            return .equal(
              worst, 0, tolerance: 1e-12, relative: false,
              "‖w*‖ = \(Format.number(grid.w)), η = \(Format.number(grid.eta)), α = \(Format.number(grid.alpha)): max over k of relative |M_k − M|")
          })),
      Check(
        "high-precision values", budget: .exhaustive(corollary3Reference.count),
        .always(
          AlwaysSpec(bound: "M_k = value computed with mpmath (40 digits)", isExact: true) { context in
            let r = corollary3Reference[context.trial]
            let s = try BGMS18.equation6Scale(k: r.k)
            let m = try BGMS18.updateBound(wStarNorm: r.w, k: r.k, eta: r.eta, v: s, alpha: r.alpha, R: s)
            return .equal(m, r.value, tolerance: 1e-12, "‖w*‖ = \(Format.number(r.w)), η = \(Format.number(r.eta)), α = \(r.alpha), k = \(r.k): M_k")
          })),
      Check(
        "Eq. 14 order, random parameters", budget: Budget(test: 2000, report: 100_000),
        .always(
          AlwaysSpec(bound: "M − ‖w*‖²/α² ≤ K(α)‖w*‖²/min{η,√η}") { context in
            let w = pow(10, context.rng.nextUniform(in: 0, 3))
            let eta = pow(10, context.rng.nextUniform(in: -3, 3))
            let alpha = context.rng.nextUniform(in: 0.001, 0.999)
            let k = 1 + context.rng.nextInt(below: 10_000)
            let s = try BGMS18.equation6Scale(k: k)
            let m = try BGMS18.updateBound(wStarNorm: w, k: k, eta: eta, v: s, alpha: alpha, R: s)
            let constant = 2 / (alpha * alpha) + 6.0.squareRoot() / pow(alpha, 1.5) + 2 / alpha
            context.note("(‖w*‖, η, α, k)", [w, eta, alpha, Double(k)])
            return .atMost(
              m - w * w / (alpha * alpha), constant * w * w / min(eta, eta.squareRoot()),
              "M − ‖w*‖²/α²")
          })),
    ])

  /// The (‖w*‖, η, α) grid of the closed-form check: 4 × 5 × 4 points.
  static let corollary3Grid: [(w: Double, eta: Double, alpha: Double)] = [1.0, 3, 10, 100].flatMap { w in
    [1e-3, 0.1, 1, 10, 1e3].flatMap { eta in [0.01, 0.1, 0.5, 0.9].map { (w, eta, $0) } }
  }

  /// M_k at R = v = 1/√(2k) computed independently with mpmath at 40 digits:
  /// `M = w²/a² + w²/(k·η·v²·a²) + sqrt(R(8k²η²v² + 8ηk))·w^1.5/(2k(ηva)^1.5) + 2Rw/(ηva)`
  /// with `v = R = 1/sqrt(2k)`, `mp.dps = 40` (the same value at every k, as claimed).
  static let corollary3Reference: [(w: Double, eta: Double, alpha: Double, k: Int, value: Double)] = [
    (1, 1, 0.5, 1, 22.928203230275509174), (1, 1, 0.5, 7, 22.928203230275509174),
    (1, 1, 0.5, 10_000, 22.928203230275509174),
    (10, 0.001, 0.1, 1, 22210499.937515617258), (10, 0.001, 0.1, 7, 22210499.937515617258),
    (10, 0.001, 0.1, 10_000, 22210499.937515617258),
    (3, 1000, 0.9, 1, 11.412437556556033437), (3, 1000, 0.9, 7, 11.412437556556033437),
    (3, 1000, 0.9, 10_000, 11.412437556556033437),
  ]
}
