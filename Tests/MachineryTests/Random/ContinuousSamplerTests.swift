import Generators
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// nextUniform() and nextNormal() against their target laws on 10⁶ draws.
///
/// The samplers are not exactly U[0,1) and N(0,1): nextUniform lives on the grid k·2⁻⁵³,
/// so its CDF is within 2⁻⁵³ of x; Box–Muller on that grid (radius from U ≥ 2⁻⁵³, angle
/// from a 2⁻⁵³ grid) has a CDF within a few 2⁻⁵³ of Φ, up to the rounding of log, cos
/// and erfc. `lawSlack` = 1e-9 covers these with room to spare; it is added to the DKW
/// radius, which bounds the distance to the sampler's own law.
extension RandomTests {
  static let lawSlack = 1e-9

  @Test("nextUniform(): Kolmogorov distance to U[0,1) within DKW at α = 1e-7 (n = 10^6)")
  func uniformIsUniform() {
    let n = 1_000_000
    var rng = RandomStream(seed: 1, name: "random-tests/uniform", trial: 0)
    var sample = [Double](repeating: 0, count: n)
    for i in 0..<n { sample[i] = rng.nextUniform() }
    #expect(sample.allSatisfy { $0 >= 0 && $0 < 1 })
    let distance = RandomTestStatistics.kolmogorovDistance(sample) { $0 }
    // ε = sqrt(ln(2e7)/2e6) ≈ 2.90e-3.
    let epsilon = RandomTestStatistics.dkwRadius(
      sampleSize: n, alpha: RandomTestBudget.uniformKolmogorov)
    #expect(distance <= epsilon + Self.lawSlack, "D = \(distance), ε = \(epsilon)")
  }

  @Test("the uniform samplers reach their documented endpoints")
  func uniformEndpoints() {
    var zeros = ConstantGenerator(value: 0)
    var ones = ConstantGenerator(value: .max)
    #expect(zeros.nextUniform() == 0)
    #expect(ones.nextUniform() == 1 - 0x1p-53)  // [0, 1): 1 is never reached
    #expect(zeros.nextUniformPositive() == 0x1p-53)  // (0, 1]: 0 is never reached
    #expect(ones.nextUniformPositive() == 1)
    #expect(zeros.nextUniform(in: -3, 5) == -3)
    #expect(ones.nextUniform(in: -3, 5) < 5)
    // The smallest radius-defining draw keeps Box–Muller finite: sqrt(2·53·ln 2)·cos 0.
    let extreme = zeros.nextNormal()
    #expect(abs(extreme - (2 * 53 * log(2.0)).squareRoot()) < 1e-12)
    #expect(zeros.nextBernoulli(0) == false)
    #expect(ones.nextBernoulli(1) == true)
  }

  @Test("nextNormal(): Kolmogorov distance to Φ within DKW at α = 1e-7, mean and variance")
  func normalIsNormal() {
    let n = 1_000_000
    var rng = RandomStream(seed: 1, name: "random-tests/normal", trial: 0)
    var sample = [Double](repeating: 0, count: n)
    var sum = 0.0
    var sumOfSquares = 0.0
    for i in 0..<n {
      let x = rng.nextNormal()
      sample[i] = x
      sum += x
      sumOfSquares += x * x
    }
    // Mean: x̄ ~ N(0, 1/n), so P(|x̄| ≥ t) ≤ 2·exp(−nt²/2) = α for
    // t = sqrt(2·ln(2/α)/n) ≈ 6.18e-3 at α = 1e-8.
    let mean = sum / Double(n)
    let meanRadius = (2 * log(2 / RandomTestBudget.normalMean) / Double(n)).squareRoot()
    #expect(abs(mean) <= meanRadius, "mean \(mean), radius \(meanRadius)")
    // Variance about the known mean 0: Σx² ~ χ²ₙ. Laurent and Massart (2000, Lemma 1):
    // P(χ²ₙ − n ≥ 2√(nx) + 2x) ≤ e^{−x} and P(n − χ²ₙ ≥ 2√(nx)) ≤ e^{−x}; with
    // e^{−x} = α/2 = 5e-9 (x ≈ 19.1) the band is 1 − 8.74e-3 ≤ Σx²/n ≤ 1 + 8.78e-3.
    let x = log(2 / RandomTestBudget.normalSecondMoment)
    let secondMoment = sumOfSquares / Double(n)
    let lower = 1 - 2 * (x / Double(n)).squareRoot()
    let upper = 1 + 2 * (x / Double(n)).squareRoot() + 2 * x / Double(n)
    #expect(secondMoment >= lower && secondMoment <= upper, "Σx²/n = \(secondMoment)")
    // Kolmogorov distance to Φ, ε = sqrt(ln(2e7)/2e6) ≈ 2.90e-3.
    let distance = RandomTestStatistics.kolmogorovDistance(
      sample, cdf: RandomTestStatistics.standardNormalCDF)
    let epsilon = RandomTestStatistics.dkwRadius(
      sampleSize: n, alpha: RandomTestBudget.normalKolmogorov)
    #expect(distance <= epsilon + Self.lawSlack, "D = \(distance), ε = \(epsilon)")
  }
}
