import Testing
import Theory

extension BG19Math {
  @Suite("binomial tail outside k/2 ± 2√k") struct OutsideTwoRootK {
    /// The fast tail against the direct log-space sum over every n (an independent reference).
    @Test func matchesTheDirectSum() throws {
      for k in Array(1...300) + [1000, 4321, 10_000] {
        let fast = try BG19.binomialOutsideTwoRootKProbability(k: k)
        let direct = 1 - (try BG19.binomialWithinTwoRootKProbability(k: k))
        #expect(abs(fast - direct) <= 1e-13 + 1e-9 * direct, "k = \(k): \(fast) vs \(direct)")
      }
      // k ≤ 16: k/2 ± 2√k covers 0…k, nothing is outside.
      #expect(try BG19.binomialOutsideTwoRootKProbability(k: 16) == 0)
      // k = 17: outside means n ≤ 0 or n ≥ 17: 2/2^17.
      #expect(abs(try BG19.binomialOutsideTwoRootKProbability(k: 17) - 2 / 131_072) < 1e-18)
      #expect(throws: InvalidParameter.self) { try BG19.binomialOutsideTwoRootKProbability(k: 0) }
    }
  }
}
