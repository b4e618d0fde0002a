import Theory

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The ranges a random `BGMS18Instance` is drawn from: integers and positive reals
/// log-uniformly (so every order of magnitude is equally likely), α and the class balance
/// uniformly.
public struct BGMS18Ranges: Sendable {
  public var d: ClosedRange<Int> = 1...50
  public var n: ClosedRange<Int> = 1...200
  public var k: ClosedRange<Int> = 1...1000
  public var eta: ClosedRange<Double> = 1e-3...1e3
  public var alpha: ClosedRange<Double> = 0.05...0.95
  public var v: ClosedRange<Double> = 1e-2...10
  /// R as a multiple of v.
  public var rOverV: ClosedRange<Double> = 1e-2...10
  public var wStarNorm: ClosedRange<Double> = 1.01...20
  /// Draws whose M_k·2k·d (the flops of M_k updates) exceeds this are redrawn, so that a
  /// run that respects Theorem 2 stays cheap.
  public var maxWork: Double = 2e8
  /// Redraws whose M_k exceeds this.
  public var maxBound: Double = 2e5

  public init(
    d: ClosedRange<Int> = 1...50, n: ClosedRange<Int> = 1...200, k: ClosedRange<Int> = 1...1000,
    eta: ClosedRange<Double> = 1e-3...1e3, alpha: ClosedRange<Double> = 0.05...0.95, v: ClosedRange<Double> = 1e-2...10,
    rOverV: ClosedRange<Double> = 1e-2...10, wStarNorm: ClosedRange<Double> = 1.01...20, maxWork: Double = 2e8,
    maxBound: Double = 2e5
  ) {
    self.d = d
    self.n = n
    self.k = k
    self.eta = eta
    self.alpha = alpha
    self.v = v
    self.rOverV = rOverV
    self.wStarNorm = wStarNorm
    self.maxWork = maxWork
    self.maxBound = maxBound
  }

  /// A log-uniform integer in the range.
  public static func logUniform<G: RandomNumberGenerator>(_ r: ClosedRange<Int>, using rng: inout G) -> Int {
    let x = exp(rng.nextUniform(in: log(Double(r.lowerBound)), log(Double(r.upperBound) + 1)))
    return min(r.upperBound, max(r.lowerBound, Int(x)))
  }

  /// A log-uniform real in the range.
  public static func logUniform<G: RandomNumberGenerator>(_ r: ClosedRange<Double>, using rng: inout G) -> Double {
    exp(rng.nextUniform(in: log(r.lowerBound), log(r.upperBound)))
  }

  /// A random instance (parameters redrawn until M_k respects `maxBound` and `maxWork`).
  public func instance<G: RandomNumberGenerator>(using rng: inout G) throws -> BGMS18Instance {
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
  public static func instance<G: RandomNumberGenerator>(
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
