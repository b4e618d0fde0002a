import Testing
@testable import Theory

extension BG19Math {
  /// Closed forms against values computed independently with python3 + mpmath (mp.dps = 30):
  ///   q(k) = sum(binomial(k,n) for n in range(k+1) if (k-2n)**2 <= 16k) / 2**k
  @Suite struct Bounds {
    static func close(_ a: Double, _ b: Double, relative: Double = 1e-12) -> Bool {
      abs(a - b) <= relative * max(abs(a), abs(b))
    }

    @Test func binomialIntervalProbability() throws {
      // 1 − q(k) from mpmath.
      let tails: [(Int, Double)] = [
        (17, 1.52587890625e-5),  // = 2/2^17: only n = 0, 17 are outside
        (25, 1.943111419677734375e-5),
        (50, 2.3861331676755526132e-5),
        (100, 3.21600152956663315396e-5),
        (120, 7.29150242871353431733e-5),
        (1000, 5.7905951387728015417e-5),
      ]
      for (k, tail) in tails {
        #expect(Self.close(1 - (try BG19.binomialWithinTwoRootKProbability(k: k)), tail, relative: 1e-9))
        #expect(Self.close(1 - (try BG19.lemma6_1ExactProbability(k: k)), tail, relative: 1e-9))
      }
      // For k ≤ 16 every count is within 2√k of k/2 ((k − 2n)² ≤ k² ≤ 16k).
      for k in 1...16 { #expect(try BG19.binomialWithinTwoRootKProbability(k: k) == 1) }
      #expect(throws: InvalidParameter.self) { try BG19.binomialWithinTwoRootKProbability(k: 0) }
    }

    @Test func lemma3_1() throws {
      // 1 − q(k)⁴ from mpmath.
      let tails: [(Int, Double)] = [
        (17, 6.10337592803488772873e-5), (100, 1.28633855716209468118e-4),
        (1000, 2.31603687732321709384e-4),
      ]
      for (k, tail) in tails {
        #expect(Self.close(1 - (try BG19.lemma3_1ExactProbability(k: k)), tail, relative: 1e-9))
        // The exact probability respects the bound 1 − 8e⁻⁸ = 1 − 0.00268370102322009471.
        #expect(try BG19.lemma3_1ExactProbability(k: k) >= BG19.lemma3_1ProbabilityBound(k: k))
      }
      #expect(Self.close(try BG19.lemma3_1ProbabilityBound(k: 17), 1 - 0.00268370102322009471))
      #expect(try BG19.lemma3_1Interval(k: 100) == 30...70)
      #expect(throws: InvalidParameter.self) { try BG19.lemma3_1ProbabilityBound(k: 16) }
    }

    @Test func lemma3_2AndTheorem3_3() throws {
      // 1 − √(8k)/(√π e^{8k}) is 1 − 1.1e−58 at k = 17: 1 in double precision.
      #expect(try BG19.lemma3_2ProbabilityBound(k: 17) == 1)
      #expect(try BG19.lemma6_2ProbabilityBound(k: 120) == 1)
      // mpmath: 1 − √136/(√π e^{136}) − 8e⁻⁸ = 0.99731629897677990529.
      #expect(Self.close(try BG19.theorem3_3ProbabilityBound(k: 17), 0.99731629897677990529))
      // (1/c_η)·16√k/(√k − 4): k = 100, c_η = 1/4 → 640/6 = 106.666…; k = 17, c_η = 0.1 →
      // 5358.7876003953027519 (mpmath).
      #expect(Self.close(try BG19.theorem3_3IterationThreshold(k: 100, cEta: 0.25), 320.0 / 3))
      #expect(try BG19.theorem3_3MinimumIterations(k: 100, cEta: 0.25) == 107)
      #expect(Self.close(try BG19.theorem3_3IterationThreshold(k: 17, cEta: 0.1), 5358.7876003953027519))
      #expect(try BG19.theorem3_3MinimumIterations(k: 17, cEta: 0.1) == 5359)
      // arccos((1 − 0.5)/1.25) = arccos(0.4) = 1.1592794807274085998 (mpmath).
      #expect(Self.close(try BG19.theorem3_3AngleBound(cEta: 0.25), 1.1592794807274085998))
      #expect(try BG19.learningRate(k: 50, cEta: 0.1) == 0.002)
      #expect(Self.close(try BG19.maximalInitializationScale(k: 4, cEta: 0.32), 0.32 / 128))
      #expect(throws: InvalidParameter.self) { try BG19.theorem3_3AngleBound(cEta: 0.5) }
      #expect(throws: InvalidParameter.self) { try BG19.theorem3_3IterationThreshold(k: 16, cEta: 0.1) }
    }

    @Test func theorem3_4() throws {
      // Derivation: W_0⁺(1) = ∅ and W_0⁺(3) = ∅ are disjoint, each 2^{−k}; the u's on x2
      // independently: P = 1 − (1 − 2^{1−k})². k = 2: 1 − (1/2)² = 3/4; k = 3: 1 − (3/4)² = 7/16.
      #expect(try BG19.theorem3_4ExactProbability(k: 2) == 0.75)
      #expect(BG19.theorem3_4ProbabilityBound == 0.75)
      #expect(try BG19.theorem3_4ExactProbability(k: 3) == 7.0 / 16)
      #expect(try BG19.theorem3_4ExactProbability(k: 1) == 1)
    }

    @Test func section6() throws {
      // 28(γ + 1 + 8c_η)/c_η at γ = 8, c_η = 1/410: 28·(9·410 + 8) = 103544.
      #expect(Self.close(try BG19.theorem6_3IterationThreshold(gamma: 8, cEta: 1.0 / 410), 103544))
      #expect(try BG19.theorem6_3MinimumIterations(gamma: 8, cEta: 1.0 / 410) == 103544)
      // arccos((7 − 2/410)/(7 + 1/410)) = 0.045719013783084018832 (mpmath).
      #expect(Self.close(try BG19.theorem6_3AngleBound(gamma: 8, cEta: 1.0 / 410),
        0.045719013783084018832, relative: 1e-10))
      // 1 − 16e⁻⁸ = 0.99463259795355981058; 33/48 = 0.6875.
      #expect(Self.close(try BG19.theorem6_3ProbabilityBound(), 0.99463259795355981058))
      #expect(try BG19.theorem6_4ProbabilityBound() == 0.6875)
      // Theorem 6.4's exact probabilities: 11/16 with sign(0) = 0 (and +1), 43/64 with sign(0) = −1
      // (stratum: 2 of the 16 argmax pairs are {1, 3}, times the 2 of 4 equal sign pairs: 1/16; times 1/4).
      #expect(BG19.theorem6_4RuleProbability() == 11.0 / 16)
      #expect(BG19.theorem6_4NegativeReadingProbability() == 43.0 / 64)
      #expect(BG19.theorem6_4NegativeReadingStratum(wPatterns: (3, 1), uP2Signs: (false, false)))
      #expect(!BG19.theorem6_4NegativeReadingStratum(wPatterns: (1, 1), uP2Signs: (true, true)))
      #expect(!BG19.theorem6_4NegativeReadingStratum(wPatterns: (1, 3), uP2Signs: (true, false)))
      #expect(Self.close(try BG19.lemma6_1ProbabilityBound(k: 120), 1 - 0.00134185051161004735528))
      #expect(throws: InvalidParameter.self) { try BG19.theorem6_3AngleBound(gamma: 7.9, cEta: 0.001) }
      #expect(throws: InvalidParameter.self) { try BG19.theorem6_3IterationThreshold(gamma: 8, cEta: 0.01) }
      #expect(throws: InvalidParameter.self) { try BG19.theorem6_4ProbabilityBound(c: 1e-9) }
      #expect(throws: InvalidParameter.self) { try BG19.lemma6_1ProbabilityBound(k: 119) }
    }

    @Test func theorem6_5NumericalExamples() throws {
      // mpmath, c = 0: m₂ = 2 log(48δ/33)/log(p²).
      // p = 0.98: δ_min = 1 − 0.98²(1 − 16e⁻⁸) = 0.0447548529254011579; m₂(δ = 0.05) =
      // 129.737009150236981427 (the paper's "129"); m₂(δ_min) = 135.22256707991994151.
      #expect(Self.close(try BG19.theorem6_5MinimumDelta(pPlus: 0.98, pMinus: 0.98), 0.0447548529254011579))
      #expect(Self.close(try BG19.theorem6_5SampleComplexityBound(pPlus: 0.98, pMinus: 0.98, delta: 0.05),
        129.737009150236981427))
      let dMin98 = try BG19.theorem6_5MinimumDelta(pPlus: 0.98, pMinus: 0.98)
      #expect(Self.close(try BG19.theorem6_5SampleComplexityBound(pPlus: 0.98, pMinus: 0.98, delta: dMin98),
        135.22256707991994151, relative: 1e-10))
      // The δ at which the bound is exactly 129: 33/48·0.9604^{64.5} = 0.0507500491087089158519.
      #expect(Self.close(try BG19.theorem6_5Delta(forBound: 129, pPlus: 0.98, pMinus: 0.98),
        0.0507500491087089158519, relative: 1e-10))
      // p = 0.92, δ = 0.16 ≥ δ_min = 0.158142969092106976: m₂ ≥ 17.4845272579540035933.
      #expect(Self.close(try BG19.theorem6_5MinimumDelta(pPlus: 0.92, pMinus: 0.92), 0.158142969092106976))
      #expect(Self.close(try BG19.theorem6_5SampleComplexityBound(pPlus: 0.92, pMinus: 0.92, delta: 0.16),
        17.4845272579540035933))
      // p = 0.7: δ_min = 0.512630027002755693, bound 0.82289895735692924758 < 2: no gap.
      let dMin7 = try BG19.theorem6_5MinimumDelta(pPlus: 0.7, pMinus: 0.7)
      #expect(Self.close(dMin7, 0.512630027002755693))
      #expect(Self.close(try BG19.theorem6_5SampleComplexityBound(pPlus: 0.7, pMinus: 0.7, delta: dMin7),
        0.82289895735692924758, relative: 1e-10))
      // The gap disappears at p = 1/√(1 − 16e⁻⁸ + 33/48) = 0.7710275324737369593.
      #expect(Self.close(try BG19.theorem6_5GapThreshold(), 0.7710275324737369593))
      #expect(throws: InvalidParameter.self) {
        try BG19.theorem6_5SampleComplexityBound(pPlus: 0.92, pMinus: 0.92, delta: 0.15)
      }
      #expect(throws: InvalidParameter.self) { try BG19.theorem6_5MinimumDelta(pPlus: 1, pMinus: 0.5) }
    }
  }
}
