import Generators
import Theory
import Verification

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A random instance of the setting of BGMS18 (Sec. 2, Sec. 5.1): a separable training set
/// S in the unit ball with separator w*, a network N_W(x) = vᵀσ(Wx) with Leaky ReLU, a
/// learning rate η and an initialization W₀ with rows of norm ≤ R (Eq. 5).
struct BGMS18Instance: Sendable {
  /// How W₀ was drawn.
  enum InitialRows: String, Sendable, CaseIterable {
    /// N(0, R²/d) entries, rows clipped to norm R.
    case gaussian
    /// Rows uniform in the ball of radius R.
    case ball
    /// Rows uniform on the sphere of radius R.
    case sphere
    /// Every w-row −Rŵ* and every u-row +Rŵ* (ŵ* = w*/‖w*‖): the rows point against the
    /// separator, as in the proof of Theorem 10 (Sec. 9.1.4) for w* = (1,…,1).
    case adversarial
  }

  var network: BGMS18.Network
  var set: BGMS18.TrainingSet
  var initial: BGMS18.Weights
  var wStar: [Double]
  var wStarNorm: Double
  var eta: Double
  var R: Double
  var rows: InitialRows
  var profile: BGMS18.SeparableDistribution.MarginProfile
  var positiveProbability: Double

  var k: Int { network.k }
  var d: Int { network.d }
  var n: Int { self.set.n }
  var v: Double { network.v }
  var alpha: Double { network.activation.alpha }

  /// M_k of Theorem 2 for this instance.
  func updateBound() throws -> Double {
    try BGMS18.updateBound(wStarNorm: wStarNorm, k: k, eta: eta, v: v, alpha: alpha, R: R)
  }

  /// One line naming every parameter.
  var parameters: String {
    "d = \(d), n = \(n), k = \(k), η = \(Format.number(eta, digits: 4)), α = \(Format.number(alpha, digits: 4)), "
      + "v = \(Format.number(v, digits: 4)), R = \(Format.number(R, digits: 4)), ‖w*‖ = \(Format.number(wStarNorm, digits: 4)), "
      + "W₀ \(rows.rawValue), margins \(profile == .onMargin ? "on the margin" : "uniform"), "
      + "P(y = 1) = \(Format.number(positiveProbability, digits: 3))"
  }

  /// Records the instance in a replay trace.
  func note(_ context: inout TrialContext) {
    guard context.isTracing else { return }
    context.note("parameters", parameters)
    context.note("w*", wStar)
    context.note("labels", set.labels)
    if n * d <= 400 { context.note("inputs (row-major)", set.inputs) }
    if 2 * k * d <= 400 { context.note("W₀ (row-major)", initial.entries) }
  }

  /// W₀ of the given kind for separator direction `unit`.
  static func initialWeights<G: RandomNumberGenerator>(
    _ rows: InitialRows, k: Int, d: Int, R: Double, unit: [Double], using rng: inout G
  ) throws -> BGMS18.Weights {
    switch rows {
    case .gaussian: return try BGMS18.Initialization.gaussian(standardDeviation: nil).weights(k: k, d: d, R: R, using: &rng)
    case .ball: return try BGMS18.Initialization.uniformInBall.weights(k: k, d: d, R: R, using: &rng)
    case .sphere: return try BGMS18.Initialization.onSphere.weights(k: k, d: d, R: R, using: &rng)
    case .adversarial:
      let w = unit.map { -R * $0 }
      let u = unit.map { R * $0 }
      return try BGMS18.Weights(w: [[Double]](repeating: w, count: k), u: [[Double]](repeating: u, count: k))
    }
  }
}

/// The ranges a random `BGMS18Instance` is drawn from: integers and positive reals
/// log-uniformly (so every order of magnitude is equally likely), α and the class balance
/// uniformly.
struct BGMS18Ranges: Sendable {
  var d: ClosedRange<Int> = 1...50
  var n: ClosedRange<Int> = 1...200
  var k: ClosedRange<Int> = 1...1000
  var eta: ClosedRange<Double> = 1e-3...1e3
  var alpha: ClosedRange<Double> = 0.05...0.95
  var v: ClosedRange<Double> = 1e-2...10
  /// R as a multiple of v.
  var rOverV: ClosedRange<Double> = 1e-2...10
  var wStarNorm: ClosedRange<Double> = 1.01...20
  /// Draws whose M_k·2k·d (the flops of M_k updates) exceeds this are redrawn, so that a
  /// run that respects Theorem 2 stays cheap.
  var maxWork: Double = 2e8
  /// Redraws whose M_k exceeds this.
  var maxBound: Double = 2e5

  /// A log-uniform integer in the range.
  static func logUniform<G: RandomNumberGenerator>(_ r: ClosedRange<Int>, using rng: inout G) -> Int {
    let x = exp(rng.nextUniform(in: log(Double(r.lowerBound)), log(Double(r.upperBound) + 1)))
    return min(r.upperBound, max(r.lowerBound, Int(x)))
  }

  /// A log-uniform real in the range.
  static func logUniform<G: RandomNumberGenerator>(_ r: ClosedRange<Double>, using rng: inout G) -> Double {
    exp(rng.nextUniform(in: log(r.lowerBound), log(r.upperBound)))
  }

  /// A random instance (parameters redrawn until M_k respects `maxBound` and `maxWork`).
  func instance<G: RandomNumberGenerator>(using rng: inout G) throws -> BGMS18Instance {
    var draws = 0
    while true {
      draws += 1
      let d = Self.logUniform(self.d, using: &rng)
      let k = Self.logUniform(self.k, using: &rng)
      let eta = Self.logUniform(self.eta, using: &rng)
      let alpha = rng.nextUniform(in: self.alpha.lowerBound, self.alpha.upperBound)
      let v = Self.logUniform(self.v, using: &rng)
      let R = v * Self.logUniform(rOverV, using: &rng)
      let norm = Self.logUniform(wStarNorm, using: &rng)
      let bound = try BGMS18.updateBound(wStarNorm: norm, k: k, eta: eta, v: v, alpha: alpha, R: R)
      if (bound > maxBound || bound * 2 * Double(k * d) > maxWork) && draws < 10_000 { continue }
      let n = Self.logUniform(self.n, using: &rng)
      return try Self.instance(
        d: d, n: n, k: k, eta: eta, alpha: alpha, v: v, R: R, wStarNorm: norm, using: &rng)
    }
  }

  /// An instance with the given parameters: random separator direction, class balance
  /// (½, uniform, or all one class, each with its probability), margin profile and W₀ kind.
  static func instance<G: RandomNumberGenerator>(
    d: Int, n: Int, k: Int, eta: Double, alpha: Double, v: Double, R: Double, wStarNorm: Double,
    using rng: inout G
  ) throws -> BGMS18Instance {
    let wStar = try BGMS18.SeparableDistribution.randomSeparator(dimension: d, norm: wStarNorm, using: &rng)
    let balance = rng.nextUniform()
    let p = balance < 0.5 ? 0.5 : (balance < 0.9 ? rng.nextUniform() : (rng.nextBernoulli(0.5) ? 1.0 : 0.0))
    let profile: BGMS18.SeparableDistribution.MarginProfile = rng.nextBernoulli(0.5) ? .uniform : .onMargin
    let distribution = try BGMS18.SeparableDistribution(wStar: wStar, positiveProbability: p, profile: profile)
    let S = try distribution.sample(count: n, using: &rng)
    let rows = BGMS18Instance.InitialRows.allCases[rng.nextInt(below: 4)]
    let unit = wStar.map { $0 / distribution.wStarNorm }
    let W0 = try BGMS18Instance.initialWeights(rows, k: k, d: d, R: R, unit: unit, using: &rng)
    let network = try BGMS18.Network(k: k, d: d, v: v, activation: .leakyReLU(alpha: alpha))
    return BGMS18Instance(
      network: network, set: S, initial: W0, wStar: wStar, wStarNorm: distribution.wStarNorm, eta: eta,
      R: R, rows: rows, profile: profile, positiveProbability: p)
  }
}
