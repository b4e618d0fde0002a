import Generators
import Theory
import Verification

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A targeted search for a case of BGMS18 Theorem 2 with many non-zero updates relative to
/// M_k: a seeded hill-climb over small instances that mutates the data set, the
/// initialization W₀, the example order and the parameters (η, α, v, R, ‖w*‖, k), keeping
/// a mutation whenever updates/M_k does not decrease (in the spirit of targeted
/// property-based testing, Löscher & Sagonas 2017).
///
/// Every candidate satisfies the assumptions of Theorem 2 by construction: each input is
/// x = y·s·û + r·√(1 − s²)·ĝ with û = w*/‖w*‖, ĝ ⊥ û a unit vector, s ∈ [1/‖w*‖, 1] and
/// r ∈ [0, 1] (so ‖x‖ ≤ 1 and y⟨w*, x⟩ = s‖w*‖ ≥ 1, both re-verified after rounding), and
/// W₀ = R·B with every row of B in the unit ball (Eq. 5).
public struct Theorem2Search {
  /// One input, parametrized so that every value is valid.
  public struct Point: Sendable {
    public var label: Double
    /// s = s_min + t(1 − s_min), s_min = (1 + 1e-9)/‖w*‖.
    public var t: Double
    /// Any vector; its part orthogonal to û gives ĝ.
    public var direction: [Double]
    /// r ∈ [0, 1].
    public var radius: Double
  }

  /// The order SGD visits the examples in.
  public enum Order: Sendable {
    case greedy
    case cyclic
    case explicit([Int])
  }

  /// A candidate instance.
  public struct Candidate: Sendable {
    public var d: Int
    public var k: Int
    public var eta: Double
    public var alpha: Double
    public var v: Double
    public var rOverV: Double
    public var wStarNorm: Double
    /// û, the separator's direction (fixed for a search).
    public var unit: [Double]
    public var points: [Point]
    /// B: 2k rows in the unit ball (W₀ = R·B).
    public var rows: [[Double]]
    public var order: Order

    public var R: Double { v * rOverV }
    public var wStar: [Double] { unit.map { wStarNorm * $0 } }

    /// The inputs, or nil when rounding broke ‖x‖ ≤ 1 or y⟨w*, x⟩ ≥ 1.
    public func set() throws -> BGMS18.TrainingSet? {
      let sMin = (1 + 1e-9) / wStarNorm
      var inputs: [Double] = []
      for p in points {
        let s = sMin + p.t * (1 - 1e-9 - sMin)
        var g = p.direction
        let along = Dot.sequential(g, unit)
        for j in 0..<d { g[j] -= along * unit[j] }
        let norm = g.reduce(0) { $0 + $1 * $1 }.squareRoot()
        let scale = norm > 0 ? p.radius * max(0, 1 - s * s - 1e-9).squareRoot() / norm : 0
        for j in 0..<d { inputs.append(p.label * s * unit[j] + scale * g[j]) }
      }
      let S = try BGMS18.TrainingSet(d: d, inputs: inputs, labels: points.map(\.label))
      guard try S.minimumMargin(of: wStar) >= 1, S.maximumInputNorm <= 1 else { return nil }
      return S
    }

    public func initial() throws -> BGMS18.Weights {
      try BGMS18.Weights(k: k, d: d, entries: rows.flatMap { $0.map { R * $0 } })
    }

    public var exampleOrder: BGMS18.ExampleOrder {
      switch order {
      case .greedy: .greedy
      case .cyclic: .cyclic
      case .explicit(let indices): indices.isEmpty ? .cyclic : .explicit(indices)
      }
    }

    public var description: String {
      "d = \(d), n = \(points.count), k = \(k), η = \(Format.number(eta, digits: 4)), "
        + "α = \(Format.number(alpha, digits: 4)), v = \(Format.number(v, digits: 4)), "
        + "R = \(Format.number(R, digits: 4)), ‖w*‖ = \(Format.number(wStarNorm, digits: 4)), "
        + "order \(exampleOrder)"
    }
  }

  /// What one evaluation found.
  public struct Evaluation: Sendable {
    public var updates: Int
    public var bound: Double
    public var outcome: BGMS18.TrainingOutcome
    public var ratio: Double { Double(updates) / bound }
  }

  /// Largest M_k a candidate may have (keeps every run short).
  public static let maxBound = 2e4

  /// Runs SGD on a candidate; nil when the candidate is invalid, too expensive, or has
  /// M_k below `minBound`.
  public static func evaluate(_ c: Candidate, minBound: Double) throws -> Evaluation? {
    guard let S = try c.set() else { return nil }
    let bound = try BGMS18.updateBound(wStarNorm: c.wStarNorm, k: c.k, eta: c.eta, v: c.v, alpha: c.alpha, R: c.R)
    guard bound <= maxBound, bound >= minBound else { return nil }
    let network = try BGMS18.Network(k: c.k, d: c.d, v: c.v, activation: .leakyReLU(alpha: c.alpha))
    var period = S.n
    if case .explicit(let indices) = c.order { period = max(period, indices.count) }
    let cap = Int(20 * bound) * period + 1000
    let result = try network.trainFirstLayer(
      from: c.initial(), on: S, learningRate: c.eta, order: c.exampleOrder, maxSteps: cap)
    return Evaluation(updates: result.nonZeroUpdates, bound: bound, outcome: result.outcome)
  }

  // MARK: Random candidates and mutations

  public static func randomPoint<G: RandomNumberGenerator>(d: Int, using rng: inout G) -> Point {
    Point(
      label: rng.nextSign(), t: rng.nextBernoulli(0.5) ? 0 : rng.nextUniform(),
      direction: rng.nextNormalVector(count: d), radius: rng.nextBernoulli(0.3) ? 1 : rng.nextUniform())
  }

  public static func randomRow<G: RandomNumberGenerator>(unit: [Double], sign: Double, using rng: inout G) -> [Double] {
    switch rng.nextInt(below: 3) {
    case 0: return rng.nextPointInBall(dimension: unit.count)
    case 1: return rng.nextPointOnSphere(dimension: unit.count)
    default: return unit.map { sign * $0 }  // against the separator: −û for w-rows, +û for u-rows
    }
  }

  public static func randomCandidate<G: RandomNumberGenerator>(using rng: inout G) -> Candidate {
    let d = 1 + rng.nextInt(below: 5)
    let k = 1 + rng.nextInt(below: 3)
    let n = 1 + rng.nextInt(below: 10)
    let unit = rng.nextPointOnSphere(dimension: d)
    let orders: [Order] = [.greedy, .cyclic, .explicit(rng.nextPermutation(count: n))]
    return Candidate(
      d: d, k: k, eta: BGMS18Ranges.logUniform(1e-2...1e2, using: &rng), alpha: rng.nextUniform(in: 0.05, 0.95),
      v: BGMS18Ranges.logUniform(0.1...3, using: &rng), rOverV: BGMS18Ranges.logUniform(0.01...3, using: &rng),
      wStarNorm: BGMS18Ranges.logUniform(1.01...5, using: &rng), unit: unit,
      points: (0..<n).map { _ in randomPoint(d: d, using: &rng) },
      rows: (0..<(2 * k)).map { randomRow(unit: unit, sign: $0 < k ? -1 : 1, using: &rng) },
      order: orders[rng.nextInt(below: 3)])
  }

  /// One random mutation of the data, W₀, the order or a parameter.
  public static func mutate<G: RandomNumberGenerator>(_ c: Candidate, using rng: inout G) -> Candidate {
    var m = c
    let n = m.points.count
    func logStep(_ x: Double, _ range: ClosedRange<Double>) -> Double {
      min(range.upperBound, max(range.lowerBound, x * exp(0.5 * rng.nextNormal())))
    }
    switch rng.nextInt(below: 12) {
    case 0: m.points[rng.nextInt(below: n)] = randomPoint(d: m.d, using: &rng)
    case 1: m.points[rng.nextInt(below: n)].t = 0  // onto the margin
    case 2: m.points[rng.nextInt(below: n)].label *= -1
    case 3:
      let i = rng.nextInt(below: n)
      m.points[i].direction = rng.nextNormalVector(count: m.d)
      m.points[i].radius = rng.nextUniform()
    case 4:
      let r = rng.nextInt(below: 2 * m.k)
      m.rows[r] = randomRow(unit: m.unit, sign: r < m.k ? -1 : 1, using: &rng)
    case 5:
      if n < 12 {
        m.points.append(randomPoint(d: m.d, using: &rng))
        if case .explicit(var indices) = m.order {
          indices.insert(n, at: rng.nextInt(below: indices.count + 1))
          m.order = .explicit(indices)
        }
      } else {
        m.points.removeLast()
        if case .explicit(let indices) = m.order { m.order = .explicit(indices.filter { $0 < n - 1 }) }
      }
    case 6:
      switch rng.nextInt(below: 3) {
      case 0: m.order = .greedy
      case 1: m.order = .cyclic
      default: m.order = .explicit(rng.nextPermutation(count: n))
      }
    case 7:
      if case .explicit(var indices) = m.order, indices.count > 1 {
        if rng.nextBernoulli(0.5) {
          indices.swapAt(rng.nextInt(below: indices.count), rng.nextInt(below: indices.count))
        } else if indices.count < 40 {
          indices.insert(rng.nextInt(below: n), at: rng.nextInt(below: indices.count + 1))
        }
        m.order = .explicit(indices)
      } else {
        m.order = .explicit(rng.nextPermutation(count: n))
      }
    case 8: m.eta = logStep(m.eta, 1e-3...1e3)
    case 9: m.alpha = min(0.99, max(0.01, m.alpha + 0.1 * rng.nextNormal()))
    case 10:
      if rng.nextBernoulli(0.5) { m.v = logStep(m.v, 1e-2...10) } else { m.rOverV = logStep(m.rOverV, 1e-3...10) }
    default:
      if rng.nextBernoulli(0.5) {
        m.wStarNorm = logStep(m.wStarNorm, 1.001...20)
      } else {
        let newK = max(1, min(4, m.k + (rng.nextBernoulli(0.5) ? 1 : -1)))
        let w = Array(m.rows[0..<m.k])
        let u = Array(m.rows[m.k...])
        let extraW = newK > m.k ? [randomRow(unit: m.unit, sign: -1, using: &rng)] : []
        let extraU = newK > m.k ? [randomRow(unit: m.unit, sign: 1, using: &rng)] : []
        m.rows = Array((w + extraW).prefix(newK)) + Array((u + extraU).prefix(newK))
        m.k = newK
      }
    }
    return m
  }

  /// The hill-climb: `starts` random candidates, then `steps` mutations of the best, among
  /// candidates with M_k ≥ `minBound` (M_k ≥ 1/α² > 1 always; a larger floor keeps the
  /// integer count from dominating the ratio).
  public static func run<G: RandomNumberGenerator>(starts: Int, steps: Int, minBound: Double = 0, using rng: inout G) throws
    -> (candidate: Candidate, evaluation: Evaluation, evaluations: Int)
  {
    var best: (Candidate, Evaluation)?
    var evaluations = 0
    var attempts = 0
    while best == nil || attempts < starts {
      attempts += 1
      let c = randomCandidate(using: &rng)
      guard let e = try evaluate(c, minBound: minBound) else { continue }
      evaluations += 1
      if best == nil || e.ratio >= best!.1.ratio { best = (c, e) }
    }
    var (current, score) = best!
    for _ in 0..<steps {
      let c = mutate(current, using: &rng)
      guard let e = try evaluate(c, minBound: minBound) else { continue }
      evaluations += 1
      if e.ratio >= score.ratio || e.outcome != .converged {
        (current, score) = (c, e)
        if e.outcome != .converged { break }  // stuck, diverged or capped: report it
      }
    }
    return (current, score, evaluations)
  }
}
