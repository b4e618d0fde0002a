import Generators
import Testing
import Theory

extension StatisticsTests {
  @Suite("Concentration bounds")
  struct ConcentrationBoundsTests {
    // mpmath (mp.dps = 40): sqrt(log(40)/200), 2*sqrt(log(20)/200),
    // sqrt(log(2/mpf(1e-12))/(2*10**7)).
    @Test("DKW and Hoeffding widths by hand")
    func widths() throws {
      StatisticsCheck.expectClose(
        try ConcentrationBounds.dkwEpsilon(samples: 100, alpha: 0.05), 0.13581015157406195, tolerance: 1e-15)
      StatisticsCheck.expectClose(
        try ConcentrationBounds.dkwEpsilon(samples: 10_000_000, alpha: 1e-12), 0.0011900455515754112,
        tolerance: 1e-15)
      StatisticsCheck.expectClose(
        try ConcentrationBounds.hoeffdingHalfWidth(samples: 100, range: 2, alpha: 0.05), 0.24477468306808164,
        tolerance: 1e-15)
      #expect(try ConcentrationBounds.hoeffdingHalfWidth(samples: 5, range: 0, alpha: 0.5) == 0)
    }

    @Test("Kolmogorov distance by hand")
    func kolmogorov() {
      let uniform: (Double) -> Double = { min(max($0, 0), 1) }
      // F_n jumps from ¼ to ¾ at the tie 0.4: the supremum is ¾ − 0.4 = 0.35.
      StatisticsCheck.expectClose(
        ConcentrationBounds.kolmogorovDistance([0.9, 0.4, 0.1, 0.4], cdf: uniform), 0.35, tolerance: 1e-15)
      // One point at ½: sup |F_1 − F| = ½ on either side of it.
      StatisticsCheck.expectClose(ConcentrationBounds.kolmogorovDistance([0.5], cdf: uniform), 0.5, tolerance: 0)
      // The exact quantiles (i − ½)/n give the minimum 1/(2n).
      let n = 8
      let quantiles = (1...n).map { (Double($0) - 0.5) / Double(n) }
      StatisticsCheck.expectClose(
        ConcentrationBounds.kolmogorovDistance(quantiles, cdf: uniform), 1 / Double(2 * n), tolerance: 1e-15)
      #expect(ConcentrationBounds.kolmogorovDistance([], cdf: uniform).isNaN)
      #expect(ConcentrationBounds.kolmogorovDistance([0.2, .nan], cdf: uniform).isNaN)
    }

    /// A seeded uniform sample stays inside the DKW band of level 1e-6 (a failure would have
    /// probability at most 1e-6; the stream is fixed, so the outcome is deterministic).
    @Test("a uniform sample lies in its DKW band")
    func dkwBand() throws {
      var rng = RandomStream(seed: 1, name: "statistics-dkw-band", trial: 0)
      let sample = (0..<4000).map { _ in rng.nextUniform() }
      let distance = ConcentrationBounds.kolmogorovDistance(sample, cdf: { min(max($0, 0), 1) })
      #expect(distance <= (try ConcentrationBounds.dkwEpsilon(samples: sample.count, alpha: 1e-6)))
      #expect(distance > 0)
    }

    @Test("concentration bounds name their bad parameters")
    func errors() {
      StatisticsCheck.expectInvalid("n") { _ = try ConcentrationBounds.dkwEpsilon(samples: 0, alpha: 0.05) }
      StatisticsCheck.expectInvalid("α") { _ = try ConcentrationBounds.dkwEpsilon(samples: 10, alpha: 1) }
      StatisticsCheck.expectInvalid("α") { _ = try ConcentrationBounds.dkwEpsilon(samples: 10, alpha: .nan) }
      StatisticsCheck.expectInvalid("n") {
        _ = try ConcentrationBounds.hoeffdingHalfWidth(samples: -1, range: 1, alpha: 0.05)
      }
      StatisticsCheck.expectInvalid("range") {
        _ = try ConcentrationBounds.hoeffdingHalfWidth(samples: 10, range: -1, alpha: 0.05)
      }
      StatisticsCheck.expectInvalid("range") {
        _ = try ConcentrationBounds.hoeffdingHalfWidth(samples: 10, range: .infinity, alpha: 0.05)
      }
      StatisticsCheck.expectInvalid("α") {
        _ = try ConcentrationBounds.hoeffdingHalfWidth(samples: 10, range: 1, alpha: 0)
      }
    }
  }
}
