import Testing
import Theory

/// The intervals the verdicts rest on, against an independent implementation: SciPy 1.17
/// (`scipy.stats.beta.ppf/isf`, Boost's `ibeta_inv`, double precision), for the
/// Clopper–Pearson bounds lower = beta.ppf(α, x, n − x + 1), upper = beta.isf(α, x + 1, n − x),
/// and `scipy.stats.binom.cdf` for binomial tails. Tolerance: relative 1e-8.
///
///     from scipy.stats import beta, binom
///     lo = 0.0 if x == 0 else beta.ppf(al, x, n - x + 1)
///     hi = 1.0 if x == n else beta.isf(al, x + 1, n - x)
@Suite("Engine intervals")
struct IntervalReferenceTests {
  static let clopperPearson: [(x: Int, n: Int, alpha: Double, lower: Double, upper: Double)] = [
    (0, 10, 0.001, 0.0, 0.4988127663727277),
    (10, 10, 0.001, 0.5011872336272722, 1.0),
    (5, 10, 0.05, 0.2224411010081294, 0.7775588989918706),
    (150196, 200000, 1e-06, 0.7463618249610313, 0.7555595030542458),
    (3, 10_000_000, 1e-12, 1.8172033279675747e-11, 3.6732947577831357e-06),
    (9_999_998, 10_000_000, 1e-12, 0.9999965947680383, 0.9999999999998586),
    (39996, 40000, 1.6666666666666668e-07, 0.9993612970368709, 0.9999988717957519),
    (0, 10_000_000, 1e-12, 0.0, 2.7630982942297312e-06),
    (500, 1000, 1e-12, 0.3896802879331993, 0.6103197120668007),
    (1, 2000, 2e-06, 1.0000009995013323e-09, 0.007946651343393073),
  ]

  static func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-8) -> Bool {
    a == b || abs(a - b) <= tolerance * max(abs(a), abs(b))
  }

  @Test func clopperPearsonMatchesScipy() throws {
    for c in Self.clopperPearson {
      let lower = try ClopperPearson.lowerBound(successes: c.x, trials: c.n, alpha: c.alpha)
      let upper = try ClopperPearson.upperBound(successes: c.x, trials: c.n, alpha: c.alpha)
      #expect(Self.close(lower, c.lower), "lower \(c)")
      #expect(Self.close(upper, c.upper), "upper \(c)")
      // Near 1 the complement carries the information: compare 1 − bound too.
      #expect(abs((1 - upper) - (1 - c.upper)) <= 1e-8 * max(1e-300, 1 - c.upper) + 1e-15, "1 − upper \(c)")
    }
  }

  @Test func binomialTailsMatchScipy() throws {
    let cases: [(k: Int, n: Int, p: Double, cdf: Double)] = [
      (3, 10, 0.5, 0.171875), (0, 20, 0.3, 0.0007979226629761204),
      (4990, 10000, 0.5, 0.424655163318659), (120, 10_000_000, 1e-05, 0.977331227026894),
      (1_000_000, 10_000_000, 0.1, 0.5002663306210972), (5, 10_000_000, 1e-05, 3.2599841604473797e-36),
    ]
    for c in cases {
      #expect(Self.close(try Binomial.lowerTail(atMost: c.k, trials: c.n, success: c.p), c.cdf, 1e-7), "\(c)")
    }
  }

  /// The one-sided bounds have their level exactly: summing the pmf over every outcome, the
  /// probability that the upper bound falls below the true p is at most α (n ≤ 30).
  @Test func oneSidedBoundsCoverAtTheirLevel() throws {
    for n in [1, 5, 17, 30] {
      for p in [0.03, 0.3, 0.5, 0.77, 0.99] {
        let alpha = 0.05
        var missUpper = 0.0, missLower = 0.0
        for x in 0...n {
          let mass = try Binomial.probability(of: x, trials: n, success: p)
          if try ClopperPearson.upperBound(successes: x, trials: n, alpha: alpha) < p { missUpper += mass }
          if try ClopperPearson.lowerBound(successes: x, trials: n, alpha: alpha) > p { missLower += mass }
        }
        #expect(missUpper <= alpha + 1e-12, "n = \(n), p = \(p)")
        #expect(missLower <= alpha + 1e-12, "n = \(n), p = \(p)")
      }
    }
  }

  /// I_x(a, b) against mpmath at 40 digits:
  /// `mp.dps = 40; betainc(a, b, 0, x, regularized=True)`.
  @Test func incompleteBetaMatchesMpmath() throws {
    let cases: [(x: Double, a: Double, b: Double, value: Double)] = [
      (0.3, 2.5, 7.25, 0.6604822735819072218), (0.5, 1, 1, 0.5),
      (0.9, 30, 2, 0.16956463310086491132), (0.01, 0.5, 0.5, 0.063768560858519848583),
      (0.999, 200, 3, 0.9988334368468834214), (1e-05, 3, 1000, 1.6591948740984947041e-7),
    ]
    for c in cases {
      #expect(Self.close(try SpecialFunctions.regularizedIncompleteBeta(c.x, a: c.a, b: c.b), c.value, 1e-11), "\(c)")
    }
  }

  /// Binomial tails against exhaustive sums of the pmf (each term C(n,i)p^i(1−p)^{n−i} in
  /// double precision), every k, n ≤ 30.
  @Test func binomialTailsMatchExhaustiveSums() throws {
    for n in [1, 2, 7, 30] {
      for p in [0.0, 0.1, 0.5, 0.93, 1.0] {
        var terms: [Double] = []
        var coefficient = 1.0
        for i in 0...n {
          terms.append(coefficient * _pow(p, Double(i)) * _pow(1 - p, Double(n - i)))
          coefficient = coefficient * Double(n - i) / Double(i + 1)
        }
        var cumulative = 0.0
        for k in 0...n {
          cumulative += terms[k]
          let lower = try Binomial.lowerTail(atMost: k, trials: n, success: p)
          let upper = try Binomial.upperTail(atLeast: k, trials: n, success: p)
          #expect(abs(lower - cumulative) <= 1e-12, "n = \(n), p = \(p), k = \(k)")
          #expect(abs(upper - (1 - cumulative + terms[k])) <= 1e-12, "n = \(n), p = \(p), k = \(k)")
        }
      }
    }
  }

  @Test func invalidParametersThrowNamingTheParameter() {
    #expect(throws: InvalidParameter.self) { try ClopperPearson.upperBound(successes: 3, trials: 2, alpha: 0.1) }
    #expect(throws: InvalidParameter.self) { try ClopperPearson.upperBound(successes: 1, trials: 2, alpha: 0) }
    #expect(throws: InvalidParameter.self) { try ClopperPearson.lowerBound(successes: 1, trials: 0, alpha: 0.1) }
    #expect(throws: InvalidParameter.self) { try Binomial.lowerTail(atMost: 1, trials: 2, success: .nan) }
    do {
      _ = try ClopperPearson.upperBound(successes: 1, trials: 2, alpha: 1.5)
      Issue.record("α = 1.5 was accepted")
    } catch let error as InvalidParameter {
      #expect(error.name == "α" || error.name == "alpha", "\(error)")
    } catch {
      Issue.record("unexpected \(error)")
    }
  }
}

#if canImport(Glibc)
  import Glibc
  private func _pow(_ x: Double, _ y: Double) -> Double { Glibc.pow(x, y) }
#endif
