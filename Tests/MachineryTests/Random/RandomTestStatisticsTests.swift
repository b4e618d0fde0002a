import Generators
import Testing

/// The test-local statistics of `RandomTestStatistics`, checked against values computed
/// by hand, with python3 and with mpmath.
extension RandomTests {
  @Test("the test-local statistics helpers match values computed by hand and with mpmath")
  func statisticsHelpers() {
    // DKW: sqrt(ln(2e7)/2e6) = 0.00289924497339551; Hoeffding with k = 6, α = 1e-7,
    // n = 10⁵: sqrt(ln(1.2e8)/2e5) = 0.00964442903979969 (python3 math).
    #expect(
      abs(RandomTestStatistics.dkwRadius(sampleSize: 1_000_000, alpha: 1e-7) - 0.00289924497339551)
        < 1e-16)
    #expect(
      abs(
        RandomTestStatistics.hoeffdingRadius(sampleSize: 100_000, frequencies: 6, alpha: 1e-7)
          - 0.00964442903979969) < 1e-16)
    // Kolmogorov distance by hand: {0.1, 0.5, 0.9} vs U[0,1] is max(1/3 − 0.1, 0.9 − 2/3) = 7/30;
    // the tie {0.5, 0.5} jumps from 0 to 1 at 0.5, so the distance is 1/2.
    #expect(
      abs(RandomTestStatistics.kolmogorovDistance([0.9, 0.1, 0.5]) { $0 } - 7.0 / 30) < 1e-15)
    #expect(RandomTestStatistics.kolmogorovDistance([0.5, 0.5]) { $0 } == 0.5)
    #expect(RandomTestStatistics.kolmogorovDistance([0.5, .nan]) { $0 } == .infinity)
    // The O(n) sorts agree with the standard library's sort.
    var rng = RandomStream(seed: 1, name: "random-tests/helpers", trial: 0)
    let values = (0..<2000).map { i in i % 3 == 0 ? 0.25 : rng.nextUniform() } + [0, 1]
    #expect(RandomTestStatistics.bucketSortedUnitValues(values) == values.sorted())
    let words = (0..<2000).map { _ in rng.next() }
    #expect(!RandomTestStatistics.containsRepeat(words))
    #expect(RandomTestStatistics.containsRepeat(words + [words[1234]]))
    #expect(RandomTestStatistics.containsRepeat([7, 1, 3, 1 << 63, 7]))
    #expect(!RandomTestStatistics.containsRepeat([7, 6, 5, 4, 3, 2, 1, 0]))

    // python3 -c "import mpmath as m; m.mp.dps=30; print([m.ncdf(x) for x in (-5,-1.5,0,0.3,2)])"
    let cases: [(Double, Double)] = [
      (-5, 2.86651571879193911673752332875e-7), (-1.5, 0.0668072012688580660044940409799),
      (0, 0.5), (0.3, 0.617911422188952633072273622764), (2, 0.977249868051820792799717362833),
    ]
    for (x, expected) in cases {
      let phi = RandomTestStatistics.standardNormalCDF(x)
      #expect(abs(phi - expected) <= 4e-15 * expected, "Φ(\(x)) = \(phi)")
    }
  }
}
