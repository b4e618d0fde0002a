import Generators
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// nextPointOnSphere(dimension:) and nextPointInBall(dimension:radius:).
extension RandomTests {
  @Test("nextPointOnSphere has norm 1 within 1e-12", arguments: [1, 2, 3, 10, 100])
  func spherePointsHaveUnitNorm(dimension: Int) {
    var rng = RandomStream(seed: 1, name: "random-tests/sphere-norm", trial: UInt64(dimension))
    for _ in 0..<1000 {
      let point = rng.nextPointOnSphere(dimension: dimension)
      #expect(point.count == dimension)
      let norm = point.reduce(0) { $0 + $1 * $1 }.squareRoot()
      #expect(abs(norm - 1) <= 1e-12)
    }
  }

  /// Archimedes' hat-box theorem: the coordinate x₁ of a uniform point of S² ⊂ R³ is
  /// uniform on [−1, 1] (the area of the zone a ≤ x₁ ≤ b is 2π(b − a)), so each of the
  /// three coordinates has CDF (x + 1)/2. α = 1e-7 split over the 3 coordinates.
  @Test("on S² each coordinate is uniform on [−1, 1] (Archimedes), DKW at α = 1e-7")
  func sphereCoordinatesAreUniform() {
    let n = 200_000
    var rng = RandomStream(seed: 1, name: "random-tests/sphere-archimedes", trial: 0)
    var coordinates = Array(repeating: [Double](repeating: 0, count: n), count: 3)
    for i in 0..<n {
      let point = rng.nextPointOnSphere(dimension: 3)
      for j in 0..<3 { coordinates[j][i] = point[j] }
    }
    // ε = sqrt(ln(6e7)/4e5) ≈ 6.69e-3.
    let epsilon = RandomTestStatistics.dkwRadius(
      sampleSize: n, alpha: RandomTestBudget.sphereCoordinates / 3)
    for j in 0..<3 {
      let distance = RandomTestStatistics.kolmogorovDistance(coordinates[j]) { ($0 + 1) / 2 }
      #expect(
        distance <= epsilon + Self.lawSlack, "coordinate \(j): D = \(distance), ε = \(epsilon)")
    }
  }

  /// A uniform point x of the ball of radius R in R^d has P(‖x‖ ≤ r) = (r/R)^d, so
  /// (‖x‖/R)^d is uniform on [0, 1]. α = 1e-7 split over the 2 cases.
  @Test(
    "nextPointInBall: norm ≤ radius and (‖x‖/R)^d uniform, DKW at α = 1e-7",
    arguments: [(2, 1.0), (5, 3.0)])
  func ballRadiusHasTheVolumeLaw(dimension: Int, radius: Double) {
    let n = 100_000
    var rng = RandomStream(seed: 1, name: "random-tests/ball", trial: UInt64(dimension))
    var scaled = [Double](repeating: 0, count: n)
    var outside = 0
    for i in 0..<n {
      let point = rng.nextPointInBall(dimension: dimension, radius: radius)
      let norm = point.reduce(0) { $0 + $1 * $1 }.squareRoot()
      // Rounding of the unit direction may exceed 1 by an ulp or two.
      if norm > radius * (1 + 1e-12) { outside += 1 }
      scaled[i] = pow(norm / radius, Double(dimension))
    }
    #expect(outside == 0)
    // ε = sqrt(ln(4e7)/2e5) ≈ 9.36e-3.
    let epsilon = RandomTestStatistics.dkwRadius(
      sampleSize: n, alpha: RandomTestBudget.ballRadius / 2)
    let distance = RandomTestStatistics.kolmogorovDistance(scaled) { min(max($0, 0), 1) }
    #expect(distance <= epsilon + Self.lawSlack, "D = \(distance), ε = \(epsilon)")
  }
}
