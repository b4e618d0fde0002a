import Testing
import Theory

// Reference values: python3 + mpmath (mp.dps = 50), exact finite binomial sums, root() as in
// ClopperPearsonTests.swift:
//
//   cdf  = lambda x, n, q: sum(binomial(n, j)*mpf(q)**j*(1-mpf(q))**(n-j) for j in range(x+1))
//   ccdf = lambda x, n, q: sum(binomial(n, j)*mpf(q)**j*(1-mpf(q))**(n-j) for j in range(x+1, n+1))
//   xcrit(p, n, al) = largest x with cdf(x, n, p) < al
//   # n = 100, p = 0.5, α = 0.05: cdf(41) = 0.04431304005703379 < α ≤ cdf(42) = 0.06660530960360667
//   root(lambda t: log(ccdf(41, 100, 1/(1+exp(-t)))) - log(1 - mpf(0.9)))  # P_p'(X ≤ 41) = 0.9
//       -> 0.35346541851937574
//   # p = 0.9, p' = 0.7, α = 0.05: power(n) = cdf(xcrit(0.9, n, 0.05), n, 0.7) for n = 30…40:
//   #   0.8405 0.8654 0.8869 0.9056 0.9215 0.8674 0.8876 0.9053 0.9205 0.9336 0.9447
//   # (x_crit = 23…32): a sawtooth. The smallest n with power ≥ 0.9 is 33; doubling
//   # (1, 2, …, 32 fail, 64 reaches) then bisection on (32, 64] lands on 37.

extension StatisticsTests {
  @Suite("Probability power")
  struct ProbabilityPowerTests {
    @Test("critical count and detectable probability match mpmath (n = 100, p = ½)")
    func smallCase() throws {
      #expect(try ProbabilityPower.criticalSuccesses(claimed: 0.5, trials: 100, alpha: 0.05) == 41)
      let detectable = try #require(
        try ProbabilityPower.detectableProbability(claimed: 0.5, trials: 100, alpha: 0.05, power: 0.9))
      StatisticsCheck.expectClose(detectable, 0.35346541851937574, tolerance: 1e-13)
    }

    /// x_crit is where the Clopper–Pearson upper bound crosses p, and the detectable
    /// probability reproduces the requested power.
    @Test("definitions round-trip")
    func roundTrip() throws {
      let settings: [(p: Double, n: Int, alpha: Double, power: Double)] = [
        (0.5, 100, 0.05, 0.9), (0.9, 100_000, 0.05, 0.9), (0.999, 100_000, 1e-6, 0.8),
        (0.01, 100_000, 0.01, 0.95), (0.3, 37, 0.1, 0.5), (1, 50, 0.05, 0.9), (1e-6, 10_000_000, 0.05, 0.9),
      ]
      for (p, n, alpha, power) in settings {
        let critical = try #require(try ProbabilityPower.criticalSuccesses(claimed: p, trials: n, alpha: alpha))
        #expect(try ClopperPearson.upperBound(successes: critical, trials: n, alpha: alpha) < p)
        if critical < n {
          #expect(try ClopperPearson.upperBound(successes: critical + 1, trials: n, alpha: alpha) >= p)
        }
        let detectable = try #require(
          try ProbabilityPower.detectableProbability(claimed: p, trials: n, alpha: alpha, power: power))
        #expect(detectable < p)
        StatisticsCheck.expectClose(
          try Binomial.lowerTail(atMost: critical, trials: n, success: detectable), power,
          tolerance: 1e-12, "P_p'(X ≤ x_crit), p = \(p), n = \(n)")
      }
    }

    @Test("no refutation possible gives nil")
    func nothingRefutes() throws {
      // (1 − p)ⁿ ≥ α: even x = 0 keeps the upper bound above p. 0.5⁴ = 0.0625 ≥ 0.05.
      #expect(try ProbabilityPower.criticalSuccesses(claimed: 0.5, trials: 4, alpha: 0.05) == nil)
      #expect(try ProbabilityPower.criticalSuccesses(claimed: 0.5, trials: 5, alpha: 0.05) == 0)
      #expect(try ProbabilityPower.criticalSuccesses(claimed: 0, trials: 1000, alpha: 0.05) == nil)
      #expect(try ProbabilityPower.detectableProbability(claimed: 0.5, trials: 4, alpha: 0.05) == nil)
    }

    @Test("trials needed: doubling then bisection")
    func trialsNeeded() throws {
      // True probability 0: the test refutes surely once x_crit exists, i.e. 0.5ⁿ < 0.05: n = 5.
      #expect(try ProbabilityPower.trialsNeeded(claimed: 0.5, trueProbability: 0, alpha: 0.05) == 5)
      // The sawtooth case (see the header): bisection lands on 37; the returned n reaches the
      // power and n − 1 does not.
      let n = try #require(try ProbabilityPower.trialsNeeded(claimed: 0.9, trueProbability: 0.7, alpha: 0.05))
      #expect(n == 37)
      func power(_ n: Int) throws -> Double {
        guard let critical = try ProbabilityPower.criticalSuccesses(claimed: 0.9, trials: n, alpha: 0.05) else { return 0 }
        return try Binomial.lowerTail(atMost: critical, trials: n, success: 0.7)
      }
      #expect(try power(n) >= 0.9)
      #expect(try power(n - 1) < 0.9)
      // mpmath: power(33) = 0.9056, power(36) = 0.8876.
      StatisticsCheck.expectClose(try power(33), 0.9055544999077885, tolerance: 1e-12)
      StatisticsCheck.expectClose(try power(36), 0.8876476668231419, tolerance: 1e-12)
      // A large requirement: with p − p' = 10⁻³ at p = 0.9 about 7.7·10⁵ trials.
      let large = try #require(try ProbabilityPower.trialsNeeded(claimed: 0.9, trueProbability: 0.899, alpha: 0.05))
      #expect(large > 500_000 && large < 1_000_000)
      // Beyond the limit: p − p' = 10⁻⁴ at p = ½ needs ≈ 2·10⁸ trials.
      #expect(try ProbabilityPower.trialsNeeded(claimed: 0.5, trueProbability: 0.4999, alpha: 0.05) == nil)
      #expect(try ProbabilityPower.trialsNeeded(claimed: 0.9, trueProbability: 0.7, alpha: 0.05, limit: 30) == nil)
    }

    @Test("a power computation for n = 10⁵ takes well under 50 ms")
    func speed() throws {
      let clock = ContinuousClock()
      let elapsed = try clock.measure {
        _ = try ProbabilityPower.criticalSuccesses(claimed: 0.9, trials: 100_000, alpha: 0.05)
        _ = try ProbabilityPower.detectableProbability(claimed: 0.9, trials: 100_000, alpha: 0.05)
        _ = try ProbabilityPower.trialsNeeded(claimed: 0.9, trueProbability: 0.896, alpha: 0.05)
      }
      #expect(elapsed < .milliseconds(50), "took \(elapsed)")
    }

    @Test("power analysis names its bad parameters")
    func errors() {
      StatisticsCheck.expectInvalid("p") { _ = try ProbabilityPower.criticalSuccesses(claimed: 1.1, trials: 10, alpha: 0.05) }
      StatisticsCheck.expectInvalid("n") { _ = try ProbabilityPower.criticalSuccesses(claimed: 0.5, trials: 0, alpha: 0.05) }
      StatisticsCheck.expectInvalid("α") { _ = try ProbabilityPower.criticalSuccesses(claimed: 0.5, trials: 10, alpha: 1) }
      StatisticsCheck.expectInvalid("power") {
        _ = try ProbabilityPower.detectableProbability(claimed: 0.5, trials: 100, alpha: 0.05, power: 1)
      }
      StatisticsCheck.expectInvalid("power") {
        _ = try ProbabilityPower.detectableProbability(claimed: 0.5, trials: 100, alpha: 0.05, power: .nan)
      }
      // A power at most P_p(X ≤ x_crit) (< α) is reached by every p' < p: no largest one.
      StatisticsCheck.expectInvalid("power") {
        _ = try ProbabilityPower.detectableProbability(claimed: 0.5, trials: 100, alpha: 0.05, power: 0.01)
      }
      StatisticsCheck.expectInvalid("trueProbability") {
        _ = try ProbabilityPower.trialsNeeded(claimed: 0.5, trueProbability: 0.5, alpha: 0.05)
      }
      StatisticsCheck.expectInvalid("trueProbability") {
        _ = try ProbabilityPower.trialsNeeded(claimed: 0.5, trueProbability: -0.1, alpha: 0.05)
      }
      StatisticsCheck.expectInvalid("p") {
        _ = try ProbabilityPower.trialsNeeded(claimed: 0, trueProbability: 0, alpha: 0.05)
      }
      StatisticsCheck.expectInvalid("limit") {
        _ = try ProbabilityPower.trialsNeeded(claimed: 0.5, trueProbability: 0.1, alpha: 0.05, limit: 0)
      }
    }
  }
}
