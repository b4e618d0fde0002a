import LinearAlgebra
import Theory

extension LL18 {
  /// The synthetic data of §7: k classes of l components each, each component of probability
  /// 1/(kl), component (i, j) Gaussian N(μ_{i,j}, σ²/d·I) with means μ_{i,j} ~ N(0, σ₀²/d·I)
  /// i.i.d. (§7: d = 1000, k = 10, l = 2, σ = 1, σ₀ = 5).
  public struct GaussianMixture: Sendable {
    public let k: Int
    public let l: Int
    public let d: Int
    public let sigma: Double
    public let sigma0: Double
    /// The means, row i·l + j = μ_{i,j}.
    public let means: Matrix

    /// Draws the means.
    public init(
      k: Int = 10, l: Int = 2, d: Int = 1000, sigma: Double = 1, sigma0: Double = 5,
      using rng: inout some RandomNumberGenerator
    ) throws {
      try InvalidParameter.require(k >= 2 && l >= 1 && d >= 1, "k, l, d", "\(k), \(l), \(d)", "need k ≥ 2, l ≥ 1, d ≥ 1")
      try InvalidParameter.require(sigma >= 0 && sigma0 > 0, "σ, σ₀", "\(sigma), \(sigma0)", "need σ ≥ 0, σ₀ > 0")
      self.k = k
      self.l = l
      self.d = d
      self.sigma = sigma
      self.sigma0 = sigma0
      let sd = sigma0 / Double(d).squareRoot()
      means = try Matrix(rows: k * l, columns: d, elements: rng.nextNormalVector(count: k * l * d, standardDeviation: sd))
    }

    /// N i.i.d. points: component z uniform over the k·l components, label z / l.
    public func sample(_ n: Int, using rng: inout some RandomNumberGenerator) throws -> LabelledSample {
      try InvalidParameter.require(n >= 1, "N", n, "must be positive")
      var x = Matrix(rows: n, columns: d)
      var labels = [Int](), components = [Int]()
      let sd = sigma / Double(d).squareRoot()
      for s in 0..<n {
        let z = rng.nextInt(below: k * l)
        for t in 0..<d { x.elements[s * d + t] = means.elements[z * d + t] + sd * rng.nextNormal() }
        labels.append(z / l)
        components.append(z)
      }
      return LabelledSample(data: try Dataset(x: x, labels: labels, k: k), components: components)
    }
  }

  /// Points uniform in the balls of a `BallComponents` mixture (the §3 XOR example), each
  /// component with equal probability; component id = center index.
  public static func sample(_ balls: BallComponents, count n: Int, using rng: inout some RandomNumberGenerator) throws -> LabelledSample {
    let d = balls.centers[0].count
    var x = Matrix(rows: n, columns: d)
    var labels = [Int](), components = [Int]()
    for s in 0..<n {
      let z = rng.nextInt(below: balls.centers.count)
      let offset = rng.nextPointInBall(dimension: d, radius: balls.radius)
      for t in 0..<d { x.elements[s * d + t] = balls.centers[z][t] + offset[t] }
      labels.append(balls.classes[z])
      components.append(z)
    }
    return LabelledSample(data: try Dataset(x: x, labels: labels, k: (balls.classes.max() ?? 0) + 1), components: components)
  }
}
