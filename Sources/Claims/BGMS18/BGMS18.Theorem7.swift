import Generators
import Theory
import Verification

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension BGMS18Claims {
  /// `BGMS18.Theorem7`: wide networks fit any labels, so L_S has global minima with
  /// arbitrarily bad test error (BGMS18 §6.2, Theorem 7; proof §9.2.2).
  static let theorem7 = Claim(
    id: "BGMS18.Theorem7", paper: .BGMS18, location: "§6.2, Theorem 7 (proof §9.2.2)",
    kinds: [.always],
    statement:
      "If k ≥ 2⌈n/(2d − 2)⌉, then for any y ∈ {±1}ⁿ and almost any X ∈ R^{d×n} there is W̃ with "
      + "ṽ = (ṽ,…,ṽ, −ṽ,…,−ṽ), ṽ > 0, such that N_W̃(X) = y; hence L_S has global minima that "
      + "misclassify a given test set entirely.",
    notes: [
      "**Construction.** Existence is the claim; the suite builds W̃ with its own construction "
        + "(`BGMS18.theorem7Weights`, not the cited one of Soudry & Hoffer): k hyperplanes "
        + "through the orthogonal complement of a random plane cut the inputs into chunks of at "
        + "most d − 1 (the width k ≥ 2⌈n/(2d−2)⌉ allows it), and each pair of rows "
        + "(w^(i), u^(i)) = (s a_i + p_i, s a_i) contributes g_i(x)⟨p_i, x⟩ with a gate "
        + "g_i ∈ {1, α}; the p_i solve small minimum-norm systems chunk by chunk. Leaky ReLU "
        + "(the activation of Sec. 6); ṽ is drawn log-uniform in [10⁻², 10].",
      "**Exactness.** N_W̃(x_i) = y_i is checked to its rounding scale: |N_W̃(x_i) − y_i| ≤ "
        + "10⁻⁹ + 10⁻¹⁴·ṽ·Σ_r ‖w̃_r‖‖x_i‖ (the size of the products summed to form N(x_i); the "
        + "construction is exact in real arithmetic, but inputs at small angles with different "
        + "labels force large weights, e.g. 10⁹ for 242 points in d = 17 with alternating labels, "
        + "and N is then a difference of terms of size 10⁷). Sizes stay where double precision allows that: n ≤ 40 "
        + "for d = 2, n ≤ 120 for d ≤ 9, n ≤ 250 for d ≥ 10 (inputs uniform in the unit ball, a "
        + "set of full measure of general position).",
      "**Labels.** Uniformly random; and adversarial labelings: alternating along the angular "
        + "order in a random plane (every neighbour differs), all +1, all −1, the opposite of a "
        + "linear separator, the parity of the index, and the XOR of the signs of two "
        + "coordinates. Widths: exactly 2⌈n/(2d−2)⌉ on half of the trials, up to twice that on "
        + "the others.",
      "**§6.2.** A training set S (n points of a separable D) and a test set T (m points of D) "
        + "are fitted together with targets 2y on S and −2y on T (width for n + m points): "
        + "yN(x) = 2 on S, so L_S(W̃) = 0 exactly and W̃ is a global minimum, while every point of "
        + "T is misclassified (test error 1).",
    ],
    checks: [
      Check(
        "random labels", reading: "y uniform in {±1}ⁿ", budget: Budget(test: 30, report: 2000),
        .always(
          AlwaysSpec(bound: "|N_W̃(x_i) − y_i| ≤ 10⁻⁹ + 10⁻¹⁴·ṽ·Σ_r ‖w̃_r‖‖x_i‖") { context in
            try theorem7Fit(adversarial: false, context: &context)
          })),
      Check(
        "adversarial labels", reading: "alternating by angle, constant, anti-separator, parity, XOR",
        budget: Budget(test: 30, report: 2000),
        .always(
          AlwaysSpec(bound: "|N_W̃(x_i) − y_i| ≤ 10⁻⁹ + 10⁻¹⁴·ṽ·Σ_r ‖w̃_r‖‖x_i‖") { context in
            try theorem7Fit(adversarial: true, context: &context)
          })),
      Check(
        "§6.2: a global minimum with test error 1", reading: "fit S with 2y and T with −2y",
        budget: Budget(test: 20, report: 600),
        .always(
          AlwaysSpec(bound: "L_S(W̃) = 0 and every test point misclassified") { context in
            try theorem7BadMinimum(context: &context)
          })),
    ])

  /// The largest n for which the construction stays accurate in double precision.
  static func theorem7MaximumN(d: Int) -> Int { d == 2 ? 40 : (d <= 9 ? 120 : 250) }

  /// A random input dimension, size, activation, ṽ and width (at or above 2⌈n/(2d−2)⌉).
  static func theorem7Network(n: Int, d: Int, context: inout TrialContext) throws -> BGMS18.Network {
    let minimum = try BGMS18.theorem7Width(n: n, d: d)
    let k = context.rng.nextBernoulli(0.5) ? minimum : minimum + context.rng.nextInt(below: minimum + 1)
    let alpha = context.rng.nextUniform(in: 0.01, 0.9)
    let v = BGMS18Ranges.logUniform(1e-2...10, using: &context.rng)
    return try BGMS18.Network(k: k, d: d, v: v, activation: .leakyReLU(alpha: alpha))
  }

  /// Labels of the given adversarial kind for inputs X.
  static func theorem7Labels(_ X: [[Double]], kind: Int, context: inout TrialContext) -> [Double] {
    let n = X.count
    let d = X[0].count
    switch kind {
    case 0:  // alternating along the angular order in a random plane
      let e1 = context.rng.nextPointOnSphere(dimension: d)
      let e2 = context.rng.nextPointOnSphere(dimension: d)
      let angles = X.map { x -> Double in
        var a = 0.0
        var b = 0.0
        for j in 0..<d {
          a += x[j] * e1[j]
          b += x[j] * e2[j]
        }
        return atan2(b, a)
      }
      var labels = [Double](repeating: 0, count: n)
      for (rank, i) in (0..<n).sorted(by: { angles[$0] < angles[$1] }).enumerated() {
        labels[i] = rank % 2 == 0 ? 1 : -1
      }
      return labels
    case 1: return [Double](repeating: 1, count: n)
    case 2: return [Double](repeating: -1, count: n)
    case 3:  // the opposite of a linear separator
      let w = context.rng.nextPointOnSphere(dimension: d)
      return X.map { x in Dot.sequential(w, x) >= 0 ? -1 : 1 }
    case 4: return (0..<n).map { $0 % 2 == 0 ? 1 : -1 }
    default:  // XOR of the signs of the first two coordinates
      return X.map { ($0[0] >= 0) == ($0[1] >= 0) ? 1 : -1 }
    }
  }

  static let theorem7LabelKinds = ["alternating by angle", "all +1", "all −1", "anti-separator", "index parity", "XOR"]

  /// One fit of Theorem 7: random X in the unit ball, labels, W̃ by the construction.
  static func theorem7Fit(adversarial: Bool, context: inout TrialContext) throws -> Observation {
    let d = BGMS18Ranges.logUniform(2...20, using: &context.rng)
    let n = 1 + context.rng.nextInt(below: theorem7MaximumN(d: d))
    let X = (0..<n).map { _ in context.rng.nextPointInBall(dimension: d) }
    let kind = adversarial ? context.rng.nextInt(below: theorem7LabelKinds.count) : -1
    let y = adversarial ? theorem7Labels(X, kind: kind, context: &context) : (0..<n).map { _ in context.rng.nextSign() }
    let network = try theorem7Network(n: n, d: d, context: &context)
    let W = try BGMS18.theorem7Construction(inputs: X, targets: y, network: network, tolerance: 1, using: &context.rng)
    // |N(x_i) − y_i| against its rounding scale 10⁻⁹ + 10⁻¹⁴·ṽ·Σ_r ‖w̃_r‖‖x_i‖ (the size of
    // the products summed to form N(x_i), before cancellation; large when the weights are).
    let rowNorms = (0..<(2 * network.k)).map { r in W.row(r).reduce(0) { $0 + $1 * $1 }.squareRoot() }
    let weightScale = network.v * rowNorms.reduce(0, +)
    var worst = (ratio: 0.0, error: 0.0, tolerance: 1e-9)
    for i in 0..<n {
      let error = abs(try network.output(W, X[i]) - y[i])
      let tolerance = 1e-9 + 1e-14 * weightScale * X[i].reduce(0) { $0 + $1 * $1 }.squareRoot()
      if error / tolerance > worst.ratio { worst = (error / tolerance, error, tolerance) }
    }
    context.note("d, n, k, α, ṽ", [Double(d), Double(n), Double(network.k), network.activation.alpha, network.v])
    context.note("labels", adversarial ? theorem7LabelKinds[kind] : "uniform")
    context.note("worst |N(x_i) − y_i| and its tolerance", [worst.error, worst.tolerance])
    context.note("largest |W̃ entry|", W.entries.map { abs($0) }.max() ?? 0)
    let minimum = try BGMS18.theorem7Width(n: n, d: d)
    return Observation(
      holds: worst.ratio <= 1, ratio: worst.ratio,
      summary: "d = \(d), n = \(n), k = \(network.k) (minimum \(minimum)), labels "
        + "\(adversarial ? theorem7LabelKinds[kind] : "uniform"): worst |N(x_i) − y_i| = \(Format.number(worst.error)) "
        + "(tolerance \(Format.number(worst.tolerance)))")
  }

  /// §6.2: a global minimum of L_S that misclassifies the whole test set.
  static func theorem7BadMinimum(context: inout TrialContext) throws -> Observation {
    let d = BGMS18Ranges.logUniform(3...20, using: &context.rng)
    let total = theorem7MaximumN(d: d)
    let n = 1 + context.rng.nextInt(below: total / 2)
    let m = 1 + context.rng.nextInt(below: total / 2)
    let norm = BGMS18Ranges.logUniform(1.01...10, using: &context.rng)
    let wStar = try BGMS18.SeparableDistribution.randomSeparator(dimension: d, norm: norm, using: &context.rng)
    let distribution = try BGMS18.SeparableDistribution(wStar: wStar)
    let S = try distribution.sample(count: n, using: &context.rng)
    let T = try distribution.sample(count: m, using: &context.rng)
    let network = try theorem7Network(n: n + m, d: d, context: &context)
    let X = (0..<n).map { S.x($0) } + (0..<m).map { T.x($0) }
    let targets = S.labels.map { 2 * $0 } + T.labels.map { -2 * $0 }
    let W = try BGMS18.theorem7Construction(inputs: X, targets: targets, network: network, tolerance: 1, using: &context.rng)
    let loss = try network.loss(W, on: S)
    let testErrors = try network.zeroOneErrors(W, on: T)
    let trainErrors = try network.zeroOneErrors(W, on: S)
    context.note("d, n, m, k", [d, n, m, network.k])
    context.note("L_S(W̃)", loss)
    context.note("training errors, test errors", [trainErrors, testErrors])
    let what = "d = \(d), n = \(n), m = \(m), k = \(network.k)"
    return .all([
      .condition(loss == 0, "\(what): L_S(W̃) = \(Format.number(loss))"),
      .condition(testErrors == m, "\(what): \(testErrors) of \(m) test points misclassified"),
    ])
  }
}
