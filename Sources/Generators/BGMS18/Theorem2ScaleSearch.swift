import Theory

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A targeted search for cases of BGMS18 Theorem 2 with many non-zero updates relative to
/// M_k at the sizes the theorem is about (d up to 200, n up to 500, k up to 200), seeded with
/// the extremal constructions of the proofs (§9.1.2, §9.1.4) and hill-climbing their
/// parameters (η, α, v, R, ‖w*‖, k, d).
///
/// The families (every instance satisfies y⟨w*, x⟩ ≥ 1, ‖x‖ ≤ 1 and Eq. 5 by construction,
/// re-verified by `set()`):
/// - ``Family/theorem10``: Theorem 10's sequence (§9.1.4): S = {(e₁, 1), …, (e_d, 1)},
///   w* = (1, …, 1) (‖w*‖ = √d), cyclic order (copies of S one after the other), and the
///   proof's W₀: every w-row −(R/√d)(1, …, 1), every u-row +(R/√d)(1, …, 1).
/// - ``Family/orthogonalMargin``: the equality cases of the proof of Theorem 2 (§9.1.2):
///   every input on the margin (y⟨w*, x⟩ = 1 + 10⁻¹², for rounding) with ‖x‖ ≤ 1, so each update raises F by the
///   least and G² by the most the proof allows, the residuals orthogonal to each other and
///   to w* (x = y(ŵ/‖w*‖ + √(1 − 1/‖w*‖²)·(±e_j)), j = 2, …, d, both signs, n = 2(d − 1)),
///   and W₀ against W⃗* (w-rows −Rŵ, u-rows +Rŵ), so F(W₀) = −G(W₀)‖W⃗*‖ (Eq. 9 with equality).
/// - ``Family/marginSphere``: n inputs on the margin with ‖x‖ = 1 and random residuals
///   (uniform on the unit sphere of ŵ⊥), the same W₀, cyclic order.
/// - ``Family/theorem9``: the sequence of Theorem 9 (§7.2), S = {e₁,…,e_d}×{1}, with Leaky ReLU
///   and §7.2's initialization (i.i.d. entries uniform in [−C, C], C = R/√d so Eq. 5 holds).
/// - ``Family/theorem8``: the ray-balanced sets of Theorem 8's erratum (§9.3.1), S ∪ −S: margin
///   inputs with random residuals and their mirror images (−x, −y), W₀ against W⃗*.
public enum Theorem2ScaleSearch {
  /// Where a search starts.
  public enum Family: String, Sendable, CaseIterable {
    case theorem10 = "Theorem 10's sequence (§9.1.4)"
    case orthogonalMargin = "margin inputs with orthogonal residuals, W₀ against W⃗* (equality in §9.1.2)"
    case marginSphere = "margin inputs with random residuals, W₀ against W⃗*"
    case theorem9 = "Theorem 9's sequence with §7.2's initialization"
    case theorem8 = "Theorem 8's ray-balanced sets S ∪ −S (§9.3.1), W₀ against W⃗*"
  }

  /// A candidate instance (ŵ = e₁ for the margin families).
  public struct Candidate: Sendable {
    public var family: Family
    public var d: Int
    public var k: Int
    public var eta: Double
    public var alpha: Double
    public var v: Double
    public var rOverV: Double
    /// ‖w*‖ (ignored by `.theorem10`, where it is √d).
    public var margin: Double
    /// `.marginSphere`, `.theorem8`: the residual directions (n × d, row-major; column 0
    /// unused) and labels (`.theorem8`: of the first half; the second half is their mirror).
    public var residuals: [Double]
    public var labels: [Double]
    /// `.theorem9`: W₀'s entries divided by R/√d (2k × d, each in [−1, 1]).
    public var entries: [Double] = []

    public var R: Double { v * rOverV }
    public var wStarNorm: Double { family == .theorem10 || family == .theorem9 ? Double(d).squareRoot() : margin }
    public var n: Int {
      switch family {
      case .theorem10, .theorem9: d
      case .orthogonalMargin: 2 * (d - 1)
      case .marginSphere: labels.count
      case .theorem8: 2 * labels.count
      }
    }

    /// The separator w*.
    public var wStar: [Double] {
      switch family {
      case .theorem10, .theorem9: return [Double](repeating: 1, count: d)
      default:
        var w = [Double](repeating: 0, count: d)
        w[0] = margin
        return w
      }
    }

    /// The training set, or nil when rounding broke ‖x‖ ≤ 1 or y⟨w*, x⟩ ≥ 1.
    public func set() throws -> BGMS18.TrainingSet? {
      var inputs = [Double](repeating: 0, count: n * d)
      var y = [Double](repeating: 1, count: n)
      switch family {
      case .theorem10, .theorem9:
        for j in 0..<d { inputs[j * d + j] = 1 }
      case .orthogonalMargin:
        let s = (1 + 1e-12) / margin  // y⟨w*, x⟩ = 1 + 10⁻¹² survives rounding
        let r = max(0, 1 - s * s).squareRoot() * (1 - 1e-12)
        for i in 0..<n {
          let j = 1 + i / 2
          let sign: Double = i % 2 == 0 ? 1 : -1
          y[i] = (i / 2) % 2 == 0 ? sign : -sign
          inputs[i * d] = y[i] * s
          inputs[i * d + j] = r * sign
        }
      case .marginSphere, .theorem8:
        let s = (1 + 1e-12) / margin  // y⟨w*, x⟩ = 1 + 10⁻¹² survives rounding
        let r = max(0, 1 - s * s).squareRoot() * (1 - 1e-12)
        for i in 0..<labels.count {
          y[i] = labels[i]
          var norm = 0.0
          for j in 1..<d { norm += residuals[i * d + j] * residuals[i * d + j] }
          norm = norm.squareRoot()
          inputs[i * d] = y[i] * s
          if norm > 0 { for j in 1..<d { inputs[i * d + j] = r * residuals[i * d + j] / norm } }
        }
        if family == .theorem8 {
          let m = labels.count
          for i in 0..<m {
            y[m + i] = -y[i]
            for j in 0..<d { inputs[(m + i) * d + j] = -inputs[i * d + j] }
          }
        }
      }
      let S = try BGMS18.TrainingSet(d: d, inputs: inputs, labels: y)
      guard try S.minimumMargin(of: wStar) >= 1, S.maximumInputNorm <= 1 else { return nil }
      return S
    }

    /// W₀: the proof's initialization, every w-row −Rŵ and every u-row +Rŵ.
    public func initial() throws -> BGMS18.Weights {
      if family == .theorem10 { return try BGMS18.theorem10Initialization(k: k, d: d, R: R) }
      if family == .theorem9 {
        let C = R / Double(d).squareRoot()
        return try BGMS18.Weights(k: k, d: d, entries: entries.map { C * $0 })
      }
      var entries = [Double](repeating: 0, count: 2 * k * d)
      for r in 0..<(2 * k) { entries[r * d] = r < k ? -R : R }
      return try BGMS18.Weights(k: k, d: d, entries: entries)
    }

    /// Draws `.theorem9`'s W₀ entries (divided by R/√d) i.i.d. uniform in [−1, 1], §7.2's
    /// continuous symmetric bounded initialization scaled to satisfy Eq. 5.
    public mutating func redrawEntries<G: RandomNumberGenerator>(using rng: inout G) {
      entries = (0..<(2 * k * d)).map { _ in rng.nextUniform(in: -1, 1) }
    }

    public var bound: Double {
      get throws {
        try BGMS18.updateBound(wStarNorm: wStarNorm, k: k, eta: eta, v: v, alpha: alpha, R: R)
      }
    }
  }

  /// What one evaluation found (the same record as the small-size search's).
  public typealias Evaluation = Theorem2Search.Evaluation

  /// Largest M_k a candidate may have.
  public static let maxBound = 1e5
  /// The work (flops) of one evaluation is capped at this; a capped run's ratio is a lower
  /// bound of its true ratio (and a counterexample if it already exceeds 1).
  public static let workCap = 2e7

  /// Runs SGD (cyclic order) on a candidate; nil when it is invalid or M_k is out of range.
  public static func evaluate(_ c: Candidate, minBound: Double, scale: Double = 1) throws -> Evaluation? {
    let bound = try c.bound
    guard bound >= minBound, bound <= maxBound, let S = try c.set() else { return nil }
    let network = try BGMS18.Network(k: c.k, d: c.d, v: c.v, activation: .leakyReLU(alpha: c.alpha))
    let perStep = Double(4 * c.k * c.d + 4 * c.d)
    let cap = Int(min(20 * bound * Double(S.n) + 1000, max(2 * Double(S.n), workCap * scale / perStep)))
    let result = try network.trainFirstLayer(
      from: c.initial(), on: S, learningRate: c.eta, order: .cyclic, maxSteps: cap)
    return Evaluation(updates: result.nonZeroUpdates, bound: bound, outcome: result.outcome)
  }

  static func logUniform<G: RandomNumberGenerator>(_ r: ClosedRange<Double>, using rng: inout G) -> Double {
    exp(rng.nextUniform(in: log(r.lowerBound), log(r.upperBound)))
  }

  /// A random start of `family`.
  public static func start<G: RandomNumberGenerator>(_ family: Family, using rng: inout G) -> Candidate {
    let d: Int
    switch family {
    case .theorem10: d = 10 + rng.nextInt(below: 191)
    case .theorem9: d = 10 + rng.nextInt(below: 191)
    case .theorem8: d = 2 + rng.nextInt(below: 49)
    case .orthogonalMargin: d = 10 + rng.nextInt(below: 242)
    case .marginSphere: d = 2 + rng.nextInt(below: 49)
    }
    let n = family == .marginSphere ? 50 + rng.nextInt(below: 451) : family == .theorem8 ? 25 + rng.nextInt(below: 226) : 0
    var residuals: [Double] = []
    var labels: [Double] = []
    if family == .marginSphere || family == .theorem8 {
      residuals = rng.nextNormalVector(count: n * d)
      labels = (0..<n).map { _ in rng.nextSign() }
    }
    var c = Candidate(
      family: family, d: d, k: Int(logUniform(1...200, using: &rng)),
      eta: logUniform(1e-2...1e3, using: &rng), alpha: rng.nextUniform(in: 0.05, 0.99),
      v: logUniform(0.03...3, using: &rng), rOverV: logUniform(1e-3...3, using: &rng),
      margin: logUniform(1.5...20, using: &rng), residuals: residuals, labels: labels)
    if family == .theorem9 { c.redrawEntries(using: &rng) }
    return c
  }

  /// The start in the corner where the proofs' inequalities are nearly tight: α → 1 (p, q → 1 in
  /// Eq. 12), η large and R small (the terms of M_k beyond ‖w*‖²/α² vanish), and ‖w*‖²/α² just
  /// above `minBound`; k is drawn (M_k's leading term does not depend on it).
  public static func extremalStart<G: RandomNumberGenerator>(
    _ family: Family, minBound: Double, using rng: inout G
  ) -> Candidate {
    var c = start(family, using: &rng)
    c.alpha = 0.99
    c.eta = 1e3
    c.v = 1
    c.rOverV = 1e-3
    let leading = max(minBound, 2) * 1.05
    switch family {
    case .theorem10, .theorem9: c.d = Int((leading * c.alpha * c.alpha).rounded(.up))
    case .orthogonalMargin, .marginSphere, .theorem8: c.margin = min(20, (leading).squareRoot() * c.alpha)
    }
    return c
  }

  /// One random change of a parameter (or of the data of `.marginSphere`).
  public static func mutate<G: RandomNumberGenerator>(_ c: Candidate, using rng: inout G) -> Candidate {
    var m = c
    func logStep(_ x: Double, _ range: ClosedRange<Double>) -> Double {
      min(range.upperBound, max(range.lowerBound, x * exp(0.7 * rng.nextNormal())))
    }
    switch rng.nextInt(below: 7) {
    case 0: m.eta = logStep(m.eta, 1e-3...1e4)
    case 1: m.alpha = min(0.999, max(0.01, m.alpha + 0.15 * rng.nextNormal()))
    case 2: m.v = logStep(m.v, 1e-2...10)
    case 3: m.rOverV = logStep(m.rOverV, 1e-4...10)
    case 4: m.k = Int(logStep(Double(m.k), 1...200).rounded())
    case 5:
      if m.family == .theorem10 || m.family == .theorem9 {
        m.d = Int(logStep(Double(m.d), 2...(m.family == .theorem9 ? 200 : 400)).rounded())
      } else {
        m.margin = logStep(m.margin, 1.001...20)
      }
    default:
      if m.family == .marginSphere || m.family == .theorem8 {
        let i = rng.nextInt(below: m.labels.count)
        for j in 0..<m.d { m.residuals[i * m.d + j] = rng.nextNormal() }
        m.labels[i] = rng.nextSign()
      } else if m.family == .orthogonalMargin {
        m.d = Int(logStep(Double(m.d), 2...251).rounded())
      } else {
        m.alpha = min(0.999, max(0.01, m.alpha + 0.05 * rng.nextNormal()))
      }
    }
    if m.family == .theorem9 && m.entries.count != 2 * m.k * m.d { m.redrawEntries(using: &rng) }
    return m
  }

  /// The hill-climb: the extremal start and `starts − 1` random starts of `family`, then `steps` mutations of the best,
  /// keeping a mutation whenever updates/M_k does not decrease, among candidates with
  /// M_k ≥ `minBound`. Stops at the first run that ends stuck, diverged or above M_k.
  public static func run<G: RandomNumberGenerator>(
    _ family: Family, starts: Int, steps: Int, minBound: Double, using rng: inout G
  ) throws -> (candidate: Candidate, evaluation: Evaluation, evaluations: Int) {
    var best: (Candidate, Evaluation)?
    var evaluations = 0
    var attempts = 0
    while (best == nil && attempts < 10_000) || attempts < starts {
      attempts += 1
      var c = attempts == 1 ? extremalStart(family, minBound: minBound, using: &rng) : start(family, using: &rng)
      // Aim the start at M_k ≥ minBound: the leading term ‖w*‖²/α² must reach it.
      if c.family == .theorem10 || c.family == .theorem9 {
        c.d = max(c.d, Int((minBound * c.alpha * c.alpha).rounded(.up)))
        if c.family == .theorem9 { c.redrawEntries(using: &rng) }
      }
      guard let e = try evaluate(c, minBound: minBound) else { continue }
      evaluations += 1
      if best == nil || e.ratio >= best!.1.ratio { best = (c, e) }
    }
    guard var (current, score) = best else {
      throw InvalidParameter("minBound", minBound, "no start of \(family) with M_k in range in 10 000 draws")
    }
    for _ in 0..<steps {
      if score.outcome == .stuck || score.outcome == .diverged || Double(score.updates) > score.bound { break }
      let c = mutate(current, using: &rng)
      guard let e = try evaluate(c, minBound: minBound) else { continue }
      evaluations += 1
      if e.ratio >= score.ratio || e.outcome == .stuck || e.outcome == .diverged { (current, score) = (c, e) }
    }
    return (current, score, evaluations)
  }
}
