#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Samplers used by every generator of the suite. Each consumes a fixed, documented
/// number of draws, so a stream's values depend only on its seed (never on the
/// standard library's unspecified algorithms for random integers and shuffles).
extension RandomNumberGenerator {
  /// A uniform double in [0, 1): the top 53 bits of one draw, times 2⁻⁵³.
  @inlinable
  public mutating func nextUniform() -> Double {
    Double(next() >> 11) * 0x1p-53
  }

  /// A uniform double in (0, 1]: one draw.
  @inlinable
  public mutating func nextUniformPositive() -> Double {
    (Double(next() >> 11) + 1) * 0x1p-53
  }

  /// A uniform double in [a, b): one draw.
  @inlinable
  public mutating func nextUniform(in a: Double, _ b: Double) -> Double {
    a + (b - a) * nextUniform()
  }

  /// A standard normal by the Box–Muller transform (Box and Muller 1958): two draws.
  @inlinable
  public mutating func nextNormal() -> Double {
    let radius = (-2 * log(nextUniformPositive())).squareRoot()
    return radius * cos(2 * Double.pi * nextUniform())
  }

  /// A normal with the given mean and standard deviation: two draws.
  @inlinable
  public mutating func nextNormal(mean: Double, standardDeviation: Double) -> Double {
    mean + standardDeviation * nextNormal()
  }

  /// `count` i.i.d. normals N(0, standardDeviation²): 2·count draws.
  public mutating func nextNormalVector(count: Int, standardDeviation: Double = 1) -> [Double] {
    (0..<count).map { _ in standardDeviation * nextNormal() }
  }

  /// A point uniform on the unit sphere S^{d−1}: a normalized Gaussian vector (Muller 1959).
  public mutating func nextPointOnSphere(dimension: Int) -> [Double] {
    precondition(dimension >= 1, "dimension must be at least 1")
    while true {
      let v = nextNormalVector(count: dimension)
      let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
      if norm > 0 { return v.map { $0 / norm } }
    }
  }

  /// A point uniform in the ball of the given radius in R^d: a sphere point scaled by
  /// radius·U^{1/d}.
  public mutating func nextPointInBall(dimension: Int, radius: Double = 1) -> [Double] {
    let direction = nextPointOnSphere(dimension: dimension)
    let r = radius * pow(nextUniform(), 1 / Double(dimension))
    return direction.map { $0 * r }
  }

  /// A uniform sign ±1: one draw (its top bit).
  @inlinable
  public mutating func nextSign() -> Double {
    next() >> 63 == 0 ? 1 : -1
  }

  /// True with probability p: one draw.
  @inlinable
  public mutating func nextBernoulli(_ p: Double) -> Bool {
    nextUniform() < p
  }

  /// A uniform integer in 0..<bound by Lemire's multiply-and-reject method
  /// ("Fast random integer generation in an interval", ACM TOMACS 2019).
  @inlinable
  public mutating func nextInt(below bound: Int) -> Int {
    precondition(bound > 0, "bound must be positive")
    let s = UInt64(bound)
    var product = next().multipliedFullWidth(by: s)
    if product.low < s {
      let threshold = (0 &- s) % s
      while product.low < threshold {
        product = next().multipliedFullWidth(by: s)
      }
    }
    return Int(product.high)
  }

  /// Shuffles `elements` in place by Fisher–Yates with `nextInt(below:)`.
  public mutating func shuffle<T>(_ elements: inout [T]) {
    guard elements.count > 1 else { return }
    for i in stride(from: elements.count - 1, to: 0, by: -1) {
      let j = nextInt(below: i + 1)
      if i != j { elements.swapAt(i, j) }
    }
  }

  /// A uniformly random permutation of 0..<count.
  public mutating func nextPermutation(count: Int) -> [Int] {
    var p = Array(0..<count)
    shuffle(&p)
    return p
  }

  /// `draws` indices sampled uniformly with replacement from 0..<count.
  public mutating func nextIndicesWithReplacement(from count: Int, draws: Int) -> [Int] {
    (0..<draws).map { _ in nextInt(below: count) }
  }
}
