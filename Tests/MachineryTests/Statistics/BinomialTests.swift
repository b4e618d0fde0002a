import Testing
import Theory

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Reference values for n = 10⁷: python3 + mpmath, mp.dps = 50, p the exact double:
//
//   P = mpf(p); pmf = lambda j: binomial(n, j)*P**j*(1-P)**(n-j)
//   if k <= 100:  atMost = sum(pmf(j) for j in range(k+1)); atLeast = 1 - sum(pmf(j) for j in range(k))
//   else:         atMost = I(1-P, n-k, k+1);                atLeast = I(P, k, n-k+1)
//
// with I the 50-digit DLMF 8.17.8 series of SpecialFunctionsTests.swift.

/// One binomial reference: P(X = k), P(X ≤ k), P(X ≥ k) for X ~ Bin(n, p).
struct BinomialCase: Sendable, CustomTestStringConvertible {
  let k: Int
  let n: Int
  let p: Double
  let pmf: Double
  let atMost: Double
  let atLeast: Double
  var testDescription: String { "k = \(k), n = \(n), p = \(p)" }
}

extension StatisticsTests {
  @Suite("Binomial")
  struct BinomialTests {
    static let largeCases: [BinomialCase] = [
      .init(k: 4_990_000, n: 10_000_000, p: 0.5, pmf: 5.200504668162564e-13, atMost: 1.2724002455775866e-10, atLeast: 0.99999999987328),
      .init(k: 4_980_000, n: 10_000_000, p: 0.5, pmf: 4.552944147125526e-39, atMost: 5.6790225445532015e-37, atLeast: 1.0),
      .init(k: 4_941_500, n: 10_000_000, p: 0.5, pmf: 1.3878081830670447e-301, atMost: 5.995872129660347e-300, atLeast: 1.0),
      .init(k: 30, n: 10_000_000, p: 1e-6, pmf: 1.711540071699328e-07, atMost: 0.9999999201637649, atLeast: 2.5099024221281293e-07),
      .init(k: 0, n: 10_000_000, p: 1e-12, pmf: 0.9999900000499998, atMost: 0.9999900000499998, atLeast: 1.0),
      .init(k: 123_456, n: 10_000_000, p: 0.0123, pmf: 0.00048600087334768936, atMost: 0.9047969953330584, atLeast: 0.09568900554028939),
      .init(k: 1, n: 10_000_000, p: 1e-7, pmf: 0.36787945956541546, atMost: 0.735758882342885, atLeast: 0.6321205772225305),
    ]

    @Test("n = 10⁷ probabilities and tails match 50-digit mpmath", arguments: largeCases)
    func largeN(_ c: BinomialCase) throws {
      let pmf = try Binomial.probability(of: c.k, trials: c.n, success: c.p)
      let atMost = try Binomial.lowerTail(atMost: c.k, trials: c.n, success: c.p)
      let atLeast = try Binomial.upperTail(atLeast: c.k, trials: c.n, success: c.p)
      StatisticsCheck.expectClose(pmf, c.pmf, tolerance: StatisticsCheck.tailTolerance(c.pmf), "P(X = k)")
      StatisticsCheck.expectClose(atMost, c.atMost, tolerance: StatisticsCheck.tailTolerance(c.atMost), "P(X ≤ k)")
      StatisticsCheck.expectClose(atLeast, c.atLeast, tolerance: StatisticsCheck.tailTolerance(c.atLeast), "P(X ≥ k)")
    }

    /// Every n ≤ 30, every k (and one step outside 0...n), several p including 0 and 1: the pmf
    /// against the textbook formula, the tails against sums of textbook pmfs.
    @Test("n ≤ 30: all k against exhaustive sums of textbook pmfs")
    func exhaustiveSmallN() throws {
      let probabilities = [0.0, 1e-5, 0.013, 0.3, 0.5, 0.77, 0.999, 1.0]
      // The worst ratio of the relative error to its tolerance (1e-13, or a few ε·|ln value|
      // for far tails); values below 1e-280 are compared absolutely (pow underflows gradually).
      var worst = (ratio: 0.0, error: 0.0, what: "")
      func record(_ got: Double, _ want: Double, _ what: @autoclosure () -> String) {
        let error = want < 1e-280 ? abs(got - want) / 1e-280 : StatisticsCheck.relativeError(got, want)
        let ratio = error / StatisticsCheck.tailTolerance(max(want, 1e-280))
        if ratio > worst.ratio { worst = (ratio, error, what()) }
      }
      for n in 1...30 {
        for p in probabilities {
          let pmf = (0...n).map { StatisticsCheck.textbookProbability(of: $0, trials: n, success: p) }
          for k in -1...(n + 1) {
            let want = k < 0 || k > n ? 0 : pmf[k]
            let atMost = k < 0 ? 0 : pmf[0...min(k, n)].reduce(0, +)
            let atLeast = k > n ? 0 : pmf[max(k, 0)...n].reduce(0, +)
            record(try Binomial.probability(of: k, trials: n, success: p), want, "P(X = \(k)), n \(n), p \(p)")
            record(try Binomial.lowerTail(atMost: k, trials: n, success: p), atMost, "P(X ≤ \(k)), n \(n), p \(p)")
            record(try Binomial.upperTail(atLeast: k, trials: n, success: p), atLeast, "P(X ≥ \(k)), n \(n), p \(p)")
          }
        }
      }
      #expect(worst.ratio <= 1, "worst relative error \(worst.error) at \(worst.what)")
    }

    @Test("boundary conventions")
    func boundaries() throws {
      #expect(try Binomial.lowerTail(atMost: -1, trials: 5, success: 0.3) == 0)
      #expect(try Binomial.lowerTail(atMost: 5, trials: 5, success: 0.3) == 1)
      #expect(try Binomial.lowerTail(atMost: 99, trials: 5, success: 0.3) == 1)
      #expect(try Binomial.upperTail(atLeast: 0, trials: 5, success: 0.3) == 1)
      #expect(try Binomial.upperTail(atLeast: -4, trials: 5, success: 0.3) == 1)
      #expect(try Binomial.upperTail(atLeast: 6, trials: 5, success: 0.3) == 0)
      #expect(try Binomial.probability(of: 6, trials: 5, success: 0.3) == 0)
      #expect(try Binomial.probability(of: 0, trials: 5, success: 0) == 1)
      #expect(try Binomial.probability(of: 5, trials: 5, success: 1) == 1)
      #expect(try Binomial.lowerTail(atMost: 4, trials: 5, success: 1) == 0)
    }

    @Test("binomial functions name their bad parameters")
    func errors() {
      StatisticsCheck.expectInvalid("n") { _ = try Binomial.probability(of: 0, trials: 0, success: 0.5) }
      StatisticsCheck.expectInvalid("n") { _ = try Binomial.lowerTail(atMost: 0, trials: -3, success: 0.5) }
      StatisticsCheck.expectInvalid("p") { _ = try Binomial.upperTail(atLeast: 1, trials: 3, success: 1.5) }
      StatisticsCheck.expectInvalid("p") { _ = try Binomial.lowerTail(atMost: 1, trials: 3, success: -0.1) }
      StatisticsCheck.expectInvalid("p") { _ = try Binomial.probability(of: 1, trials: 3, success: .nan) }
    }
  }
}
