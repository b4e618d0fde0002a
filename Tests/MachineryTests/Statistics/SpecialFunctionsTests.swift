import Testing
import Theory

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Reference values: python3 + mpmath at 50 digits, every input the exact double the test passes
// (mpf(0.4999) is the binary value of the literal 0.4999):
//
//   from mpmath import mp, mpf, beta, betainc, binomial, ncdf, loggamma
//   mp.dps = 50
//   def I(x, a, b):
//       # I_x(a,b) = x^a (1-x)^b / (a B(a,b)) * sum_k (a+b)_k/(a+1)_k x^k   (DLMF 8.17.8; all terms > 0)
//       x, a, b = mpf(x), mpf(a), mpf(b)
//       if x > (a+1)/(a+b+2): return 1 - I(1-x, b, a)  # the series converges fast below the switch
//       s = t = mpf(1); k = 0
//       while True:
//           r = (a+b+k)*x/(a+1+k); t *= r; s += t; k += 1; m = max(r, x)
//           if m < 1 and t*m/(1-m) < mpf(10)**-55*s: break
//       return x**a*(1-x)**b/(a*beta(a,b))*s
//
// `.lower` is I(x, a, b); `.upper` is 1 − I_x(a, b) = I(1 − x, b, a) summed directly (1 − x is
// exact in mpmath). Two upper tails with integer a use the finite sum
// 1 − I_x(a, b) = Σ_{j<a} C(a+b−1, j) x^j (1−x)^{a+b−1−j}. The lower tails with b < 1 and x near 1
// are 1 − I(1 − x, b, a) (cancellation costs ~5 of the 50 digits). Where a, b < 100 the values
// agree with mp.betainc(a, b, 0, x, regularized=True) to 1e-46 (mpmath's betainc does not converge
// for a, b ≥ 10⁵: it sums the alternating 2F1(a, 1−b; a+1; x)).

/// One reference value of the regularized incomplete beta function.
struct IncompleteBetaCase: Sendable, CustomTestStringConvertible {
  enum Tail: Sendable { case lower, upper }
  let x: Double
  let a: Double
  let b: Double
  let tail: Tail
  let value: Double
  init(_ x: Double, _ a: Double, _ b: Double, _ tail: Tail, _ value: Double) {
    (self.x, self.a, self.b, self.tail, self.value) = (x, a, b, tail, value)
  }
  var testDescription: String { "I_\(x)(\(a), \(b)) \(tail)" }
}

extension StatisticsTests {
  @Suite("Special functions")
  struct SpecialFunctionsTests {
    static let incompleteBetaCases: [IncompleteBetaCase] = [
      // Small parameters (also mp.betainc).
      .init(0.3, 10.0, 20.0, .lower, 0.3640040810719442),
      .init(0.01, 0.5, 3.7, .lower, 0.20797985578194916),
      .init(0.99, 2.5, 0.3, .upper, 0.3517554974617481),
      .init(0.2, 30.0, 70.0, .lower, 0.009692085749007045),
      // a = b = 10⁷: the centre, a far tail, and tails down to 10⁻³⁰².
      .init(0.4999, 1e7, 1e7, .lower, 0.18554668535934216),
      .init(0.499, 1e7, 1e7, .lower, 1.8718990007592208e-19),
      .init(0.49585, 1e7, 1e7, .lower, 6.842705565691666e-302),
      .init(0.50415, 1e7, 1e7, .upper, 6.842705565691666e-302),
      // One small and one huge parameter (the plain Numerical Recipes fraction loses 1e-10 on
      // the first: 1 − (a+b)x/(a+1) cancels).
      .init(3e-7, 1.0, 1e7, .upper, 0.049787045963683746),
      .init(1e-5, 3.0, 1e7, .upper, 1.89666236674091e-40),
      .init(0.769, 1e7, 3e6, .lower, 0.024162492031036847),
      .init(0.0101, 1e5, 1e7, .upper, 1.0975064421085424e-10),
      // A tiny shape parameter with x near 1 (series branch).
      .init(0.9999990000010001, 1.0, 1e-6, .lower, 1.3815416124284603e-05),
      .init(0.9999993333337779, 1.5, 1e-6, .lower, 1.3607178803920407e-05),
      .init(0.999997999004002, 0.5, 1e-6, .lower, 1.450805197524704e-05),
      // Non-integer large parameters (a + b is not a double: exercises the exact sum).
      .init(0.4282053138445181, 2360204.9615989295, 3137192.7403980317, .lower, 4.7822827889136386e-08),
    ]

    @Test("regularized incomplete beta matches 50-digit mpmath", arguments: incompleteBetaCases)
    func incompleteBeta(_ c: IncompleteBetaCase) throws {
      let got: Double
      switch c.tail {
      case .lower:
        got = try SpecialFunctions.regularizedIncompleteBeta(c.x, a: c.a, b: c.b)
      case .upper where c.x >= 0.5:
        // 1 − I_x(a, b) = I_{1−x}(b, a), and 1 − x is exact (Sterbenz).
        got = try SpecialFunctions.regularizedIncompleteBeta(1 - c.x, a: c.b, b: c.a)
      case .upper:
        // 1 − x would be rounded (a relative change of 1e-9 in (1 − x)^10⁷): for integer a, b
        // reach the tail at the exact x through 1 − I_x(a, b) = P(Bin(a + b − 1, x) ≤ a − 1).
        got = try Binomial.lowerTail(atMost: Int(c.a) - 1, trials: Int(c.a + c.b) - 1, success: c.x)
      }
      StatisticsCheck.expectClose(got, c.value, tolerance: StatisticsCheck.tailTolerance(c.value))
    }

    @Test("incomplete beta: endpoints, symmetry and closed forms")
    func incompleteBetaIdentities() throws {
      #expect(try SpecialFunctions.regularizedIncompleteBeta(0, a: 2, b: 3) == 0)
      #expect(try SpecialFunctions.regularizedIncompleteBeta(1, a: 2, b: 3) == 1)
      // I_½(a, a) = ½.
      for a in [0.5, 1.0, 7.0, 1e4, 1e7] {
        StatisticsCheck.expectClose(
          try SpecialFunctions.regularizedIncompleteBeta(0.5, a: a, b: a), 0.5, tolerance: 1e-13, "a = \(a)")
      }
      // I_x(a, 1) = xᵃ and I_x(1, b) = 1 − (1 − x)ᵇ.
      for (x, a) in [(0.3, 4.0), (0.999, 1000.0), (0.5, 0.25)] {
        StatisticsCheck.expectClose(
          try SpecialFunctions.regularizedIncompleteBeta(x, a: a, b: 1), pow(x, a), tolerance: 1e-14)
        StatisticsCheck.expectClose(
          try SpecialFunctions.regularizedIncompleteBeta(x, a: 1, b: a), -expm1(a * log1p(-x)),
          tolerance: 1e-14)
      }
    }

    @Test("incomplete beta names its bad parameters")
    func incompleteBetaErrors() {
      StatisticsCheck.expectInvalid("x") { _ = try SpecialFunctions.regularizedIncompleteBeta(-0.1, a: 1, b: 1) }
      StatisticsCheck.expectInvalid("x") { _ = try SpecialFunctions.regularizedIncompleteBeta(1.5, a: 1, b: 1) }
      StatisticsCheck.expectInvalid("x") { _ = try SpecialFunctions.regularizedIncompleteBeta(.nan, a: 1, b: 1) }
      StatisticsCheck.expectInvalid("a") { _ = try SpecialFunctions.regularizedIncompleteBeta(0.5, a: 0, b: 1) }
      StatisticsCheck.expectInvalid("a") { _ = try SpecialFunctions.regularizedIncompleteBeta(0.5, a: .infinity, b: 1) }
      StatisticsCheck.expectInvalid("b") { _ = try SpecialFunctions.regularizedIncompleteBeta(0.5, a: 1, b: -2) }
      StatisticsCheck.expectInvalid("b") { _ = try SpecialFunctions.regularizedIncompleteBeta(0.5, a: 1, b: .nan) }
    }

    // mpmath: ncdf(mpf(z)) and loggamma(mpf(z)) at mp.dps = 50.
    @Test("normal CDF matches mpmath in both tails")
    func normalCDF() {
      let cases: [(Double, Double)] = [
        (-37.5, 4.605353009581955e-308), (-30.0, 4.906713927148187e-198),
        (-10.0, 7.619853024160525e-24), (-1.5, 0.06680720126885807), (0.0, 0.5),
        (0.7, 0.758036347776927), (8.2, 0.9999999999999999),
      ]
      for (z, want) in cases {
        StatisticsCheck.expectClose(SpecialFunctions.normalCDF(z), want, tolerance: 2e-16 * 4, "Φ(\(z))")
      }
      #expect(SpecialFunctions.normalCDF(40) == 1)
      #expect(SpecialFunctions.normalCDF(-40) == 0)
      #expect(SpecialFunctions.normalCDF(.nan).isNaN)
    }

    @Test("log gamma matches mpmath")
    func logGamma() {
      let cases: [(Double, Double)] = [
        (0.5, 0.5723649429247001), (1e-300, 690.7755278982137), (3.7, 1.428072326665388),
        (1e7, 151180949.3694739), (171.5, 709.1431630309282),
      ]
      for (x, want) in cases {
        StatisticsCheck.expectClose(SpecialFunctions.logGamma(x), want, tolerance: 1e-15, "lnΓ(\(x))")
      }
      #expect(SpecialFunctions.logGamma(1) == 0)
      #expect(SpecialFunctions.logGamma(2) == 0)
    }
  }
}
