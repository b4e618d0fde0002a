import Testing
import Theory

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Reference bounds: python3 + mpmath, mp.dps = 50, α the exact double, root certified by a
// bracket of width 1e-42 in t = logit q (I as in SpecialFunctionsTests.swift):
//
//   from mpmath import mp, mpf, log, exp, binomial
//   def root(g):  # increasing g on t = logit q in [-60, 60]: bisection to 1e-3, then Illinois
//       lo, hi = mpf(-60), mpf(60); glo, ghi = g(lo), g(hi); assert glo < 0 < ghi
//       while hi-lo > 1e-3:
//           m = (lo+hi)/2; gm = g(m)
//           if gm < 0: lo, glo = m, gm
//           else: hi, ghi = m, gm
//       side = 0
//       for _ in range(300):
//           if hi-lo < mpf(10)**-42: break
//           t = (lo*ghi-hi*glo)/(ghi-glo); gt = g(t)
//           if gt == 0: lo = hi = t; break
//           if gt < 0:
//               lo, glo = t, gt
//               if side < 0: ghi /= 2
//               side = -1
//           else:
//               hi, ghi = t, gt
//               if side > 0: glo /= 2
//               side = 1
//       return 1/(1+exp(-(lo+hi)/2))
//   def pmf(j, n, q): return binomial(n, j)*q**j*(1-q)**(n-j)
//   def cdf(x, n, q):  # P_q(X <= x): a finite sum near either end, else 1 - I_q(x+1, n-x)
//       if x <= 200: return sum(pmf(j, n, q) for j in range(x+1))
//       if n-x <= 200: return 1 - sum(pmf(j, n, q) for j in range(x+1, n+1))
//       return 1 - I(q, x+1, n-x)
//   def pos(v): return max(v, mpf(10)**-300)  # far from the root a difference may round to <= 0
//   def cp_lower(x, n, al):  # P_q(X >= x) = al
//       return root(lambda t: log(pos(1 - cdf(x-1, n, 1/(1+exp(-t))))) - log(mpf(al)))
//   def cp_upper(x, n, al):  # P_q(X <= x) = al
//       return root(lambda t: log(mpf(al)) - log(pos(cdf(x, n, 1/(1+exp(-t))))))
//
// Closed forms (x = 0, 1, n − 1, n) at 50 digits: 1 − α^(1/n), 1 − (1 − α)^(1/n),
// (1 − α)^(1/n), α^(1/n).

/// One Clopper–Pearson reference: the one-sided bounds of level 1 − α after x of n.
struct ClopperPearsonCase: Sendable, CustomTestStringConvertible {
  let x: Int
  let n: Int
  let alpha: Double
  let lower: Double
  let upper: Double
  var testDescription: String { "x = \(x), n = \(n), α = \(alpha)" }
}

extension StatisticsTests {
  @Suite("Clopper–Pearson")
  struct ClopperPearsonTests {
    static let cases: [ClopperPearsonCase] = [
      .init(x: 3, n: 10, alpha: 0.05, lower: 0.08726443391415031, upper: 0.6066242161054134),
      .init(x: 1, n: 10, alpha: 0.05, lower: 0.005116196891823702, upper: 0.39416330243650477),
      .init(x: 9, n: 10, alpha: 0.05, lower: 0.6058366975634952, upper: 0.9948838031081763),
      .init(x: 0, n: 10, alpha: 0.05, lower: 0, upper: 0.2588655508930523),
      .init(x: 10, n: 10, alpha: 0.05, lower: 0.7411344491069477, upper: 1),
      .init(x: 17, n: 1000, alpha: 1e-12, lower: 0.001549717880041079, upper: 0.06394879271984652),
      .init(x: 999, n: 1000, alpha: 0.3, lower: 0.9975625381907726, upper: 0.9996433886570072),
      .init(x: 3, n: 20, alpha: 0.999, lower: 0.44737589087819124, upper: 0.02294380608263532),
      // n = 10⁷ and α = 1e-12: both ends, the middle, and bounds down to 1e-19.
      .init(x: 0, n: 10_000_000, alpha: 1e-12, lower: 0, upper: 2.7630982942297312e-06),
      .init(x: 10_000_000, n: 10_000_000, alpha: 1e-12, lower: 0.9999972369017057, upper: 1),
      .init(x: 1, n: 10_000_000, alpha: 1e-12, lower: 1.0000000000005e-19, upper: 3.1099826390702988e-06),
      .init(x: 2, n: 10_000_000, alpha: 1e-12, lower: 1.4142142997508106e-13, upper: 3.4052319617159345e-06),
      .init(x: 37, n: 10_000_000, alpha: 0.05, lower: 2.75946271381615e-06, upper: 4.867545677400744e-06),
      .init(x: 5_000_000, n: 10_000_000, alpha: 1e-12, lower: 0.49888770185135595, upper: 0.501112298148644),
      .init(x: 123_456, n: 10_000_000, alpha: 0.025, lower: 0.01227725172178698, upper: 0.01241423083597978),
      .init(x: 9_999_998, n: 10_000_000, alpha: 1e-12, lower: 0.9999965947680383, upper: 0.9999999999998586),
    ]

    @Test("one-sided bounds match 50-digit mpmath", arguments: cases)
    func bounds(_ c: ClopperPearsonCase) throws {
      let lower = try ClopperPearson.lowerBound(successes: c.x, trials: c.n, alpha: c.alpha)
      let upper = try ClopperPearson.upperBound(successes: c.x, trials: c.n, alpha: c.alpha)
      StatisticsCheck.expectClose(lower, c.lower, tolerance: 1e-13, "p_L")
      StatisticsCheck.expectClose(upper, c.upper, tolerance: 1e-13, "p_U")
    }

    @Test("two-sided interval is the pair of one-sided bounds at α/2")
    func twoSided() throws {
      // At α = 0.1 the two-sided interval uses α/2 = 0.05: the first reference case.
      let interval = try ClopperPearson.interval(successes: 3, trials: 10, alpha: 0.1)
      StatisticsCheck.expectClose(interval.lowerBound, 0.08726443391415031, tolerance: 1e-13)
      StatisticsCheck.expectClose(interval.upperBound, 0.6066242161054134, tolerance: 1e-13)
      let full = try ClopperPearson.interval(successes: 10, trials: 10, alpha: 0.1)
      #expect(full.upperBound == 1)
      let empty = try ClopperPearson.interval(successes: 0, trials: 10, alpha: 0.1)
      #expect(empty.lowerBound == 0)
    }

    /// The defining equations hold at the returned bounds: P_{p_L}(X ≥ x) = α and
    /// P_{p_U}(X ≤ x) = α, evaluated by the (independently tested) binomial tails.
    @Test("the bounds solve their defining equations")
    func definingEquations() throws {
      let settings: [(x: Int, n: Int, alpha: Double)] = [
        (5, 40, 0.05), (1, 3, 0.3), (250, 1000, 1e-9), (99_000, 100_000, 0.01), (7, 10_000_000, 1e-12),
      ]
      for (x, n, alpha) in settings {
        let lower = try ClopperPearson.lowerBound(successes: x, trials: n, alpha: alpha)
        let upper = try ClopperPearson.upperBound(successes: x, trials: n, alpha: alpha)
        StatisticsCheck.expectClose(
          try Binomial.upperTail(atLeast: x, trials: n, success: lower), alpha, tolerance: 1e-11,
          "P_pL(X ≥ \(x)), n = \(n)")
        StatisticsCheck.expectClose(
          try Binomial.lowerTail(atMost: x, trials: n, success: upper), alpha, tolerance: 1e-11,
          "P_pU(X ≤ \(x)), n = \(n)")
      }
    }

    /// Coverage, exactly: for a true p, sum the pmf over every x whose bound excludes p.
    /// Each one-sided bound fails with probability at most α, the two-sided interval with
    /// probability at most α.
    @Test("coverage: exact failure probability at most α")
    func coverage() throws {
      let settings: [(n: Int, p: Double, alpha: Double)] = [
        (20, 0.3, 0.05), (50, 0.05, 0.1), (100, 0.5, 0.01), (37, 0.9, 0.05), (10, 0.5, 0.2),
        (200, 0.013, 0.05), (60, 0.73, 1e-3),
      ]
      for (n, p, alpha) in settings {
        let pmf = StatisticsCheck.recurrenceProbabilities(trials: n, success: p)
        var upperFails = 0.0
        var lowerFails = 0.0
        var intervalFails = 0.0
        for x in 0...n {
          if try ClopperPearson.upperBound(successes: x, trials: n, alpha: alpha) < p { upperFails += pmf[x] }
          if try ClopperPearson.lowerBound(successes: x, trials: n, alpha: alpha) > p { lowerFails += pmf[x] }
          if !(try ClopperPearson.interval(successes: x, trials: n, alpha: alpha)).contains(p) {
            intervalFails += pmf[x]
          }
        }
        #expect(upperFails <= alpha, "n = \(n), p = \(p): P(p_U < p) = \(upperFails) > α = \(alpha)")
        #expect(lowerFails <= alpha, "n = \(n), p = \(p): P(p_L > p) = \(lowerFails) > α = \(alpha)")
        #expect(intervalFails <= alpha, "n = \(n), p = \(p): P(p ∉ CI) = \(intervalFails) > α = \(alpha)")
        // Not vacuous: the one-sided failure probabilities are within a factor ~10 of α
        // for these settings (the exact interval is conservative, not empty).
        #expect(upperFails + lowerFails > alpha / 10)
      }
    }

    @Test("Clopper–Pearson names its bad parameters")
    func errors() {
      StatisticsCheck.expectInvalid("n") { _ = try ClopperPearson.lowerBound(successes: 0, trials: 0, alpha: 0.05) }
      StatisticsCheck.expectInvalid("x") { _ = try ClopperPearson.lowerBound(successes: 11, trials: 10, alpha: 0.05) }
      StatisticsCheck.expectInvalid("x") { _ = try ClopperPearson.upperBound(successes: -1, trials: 10, alpha: 0.05) }
      StatisticsCheck.expectInvalid("α") { _ = try ClopperPearson.upperBound(successes: 1, trials: 10, alpha: 0) }
      StatisticsCheck.expectInvalid("α") { _ = try ClopperPearson.upperBound(successes: 1, trials: 10, alpha: 1) }
      StatisticsCheck.expectInvalid("α") { _ = try ClopperPearson.interval(successes: 1, trials: 10, alpha: .nan) }
      StatisticsCheck.expectInvalid("α") { _ = try ClopperPearson.interval(successes: 1, trials: 10, alpha: -0.5) }
    }
  }
}
