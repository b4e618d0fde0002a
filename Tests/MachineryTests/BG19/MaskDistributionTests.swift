import Generators
import Testing
@testable import Theory

extension BG19Math {
  @Suite struct MaskDistributions {
    /// Counts of P_x over all x ∈ {±1}^{2d}, by enumeration (patterns as base-4 digits).
    static func enumeratedCounts(d: Int) throws -> (all: [Int], positive: [Int], negative: [Int]) {
      var all = [Int](repeating: 0, count: 16)
      var positive = all
      var negative = all
      var n = 1
      for _ in 0..<d { n *= 4 }
      for code in 0..<n {
        var c = code
        var x: [Double] = []
        for _ in 0..<d {
          x += [[1.0, 1], [1, -1], [-1, -1], [-1, 1]][c % 4]
          c /= 4
        }
        let set = try BG19.PatternSet(point: x)
        all[Int(set.rawValue)] += 1
        if set.isPositive { positive[Int(set.rawValue)] += 1 } else { negative[Int(set.rawValue)] += 1 }
      }
      return (all, positive, negative)
    }

    @Test func maskProbabilitiesMatchExhaustiveEnumeration() throws {
      for d in 1...6 {
        let counts = try Self.enumeratedCounts(d: d)
        let total = Double(counts.all.reduce(0, +))
        let totalPositive = Double(counts.positive.reduce(0, +))
        let totalNegative = Double(counts.negative.reduce(0, +))
        #expect(totalNegative == Double(1 << d))  // the negatives are {p2, p4}^d
        let uniform = try BG19.MaskDistribution.uniformPoints(d: d)
        let positive = try BG19.MaskDistribution.uniformPositivePoints(d: d)
        let negative = try BG19.MaskDistribution.uniformNegativePoints(d: d)
        for set in BG19.PatternSet.allNonEmpty {
          let m = Int(set.rawValue)
          #expect(abs(uniform.probability(of: set) - Double(counts.all[m]) / total) < 1e-15)
          #expect(abs(positive.probability(of: set) - Double(counts.positive[m]) / totalPositive) < 1e-15)
          #expect(abs(negative.probability(of: set) - Double(counts.negative[m]) / totalNegative) < 1e-15)
        }
        #expect(abs(uniform.positiveProbability - totalPositive / total) < 1e-15)
      }
    }

    @Test func exactTestErrorEqualsAverageOverAllPoints() throws {
      var rng = RandomStream(seed: 1, name: "BG19Math.mask.testError", trial: 0)
      var networks = try (0..<6).map { _ in
        try BG19.gaussianWeights(k: 2, standardDeviation: 1, using: &rng)
      }
      networks.append(BG19.realizabilityWitness)
      // The §5 decoy network: w⁽¹⁾ = w⁽²⁾ = 3p1, u⁽¹⁾ = u⁽²⁾ = p2.
      networks.append(try BG19.Weights(w: [3 * BG19.p1, 3 * BG19.p1], u: [BG19.p2, BG19.p2]))
      for d in 1...4 {
        let all = Patterns.allPoints(d: d)
        let uniform = try BG19.MaskDistribution.uniformPoints(d: d)
        for w in networks {
          for reading in BG19.ErrorReading.allCases {
            var errors = 0
            for x in all {
              let y = try BG19.targetFunction(x)
              if BG19.errs(output: try BG19.XORD.output(w, point: x), label: y, reading: reading) {
                errors += 1
              }
            }
            #expect(abs(uniform.testError(of: w, reading: reading) - Double(errors) / Double(all.count)) < 1e-15)
          }
        }
        #expect(uniform.testError(of: BG19.realizabilityWitness) == 0)
      }
      // The §5 decoy network, by hand: on the decoy set N({1,2,3,4}) = 2·6 − 2·2 = 8 and
      // N({2,4}) = 0 − 2·2 = −4 (zero training error), but N({3}) = σ(−6) − σ(0) = 0 and
      // N({4}) = σ(0) − σ(−2) = 0: errors under sign(0) = 0.
      let decoy = networks[7]
      #expect(BG19.XORD.erredSets(decoy).contains(try BG19.PatternSet([3])))
      #expect(BG19.XORD.erredSets(decoy).contains(try BG19.PatternSet([4])))
      #expect(!BG19.XORD.erredSets(decoy).contains(.diverseNegative))
      #expect(BG19.XORD.output(decoy, on: .diversePositive) == 8)
      #expect(BG19.XORD.output(decoy, on: .diverseNegative) == -4)
    }

    @Test func sampleComplexityExampleDistribution() throws {
      let (pos, neg, d) = try BG19.MaskDistribution.sampleComplexityExample(pPlus: 0.98, pMinus: 0.92)
      #expect(abs(d.pStar - 0.005) < 1e-15)  // min{(1 − 0.98)/4, (1 − 0.92)/4}
      #expect(abs(d.positiveProbability - 0.5) < 1e-15)
      #expect(pos.probability(of: .diversePositive) == 0.98)
      #expect(neg.probability(of: .diverseNegative) == 0.92)
      #expect(abs(d.probability(of: .a1) - 0.02) < 1e-15)
      #expect(abs(d.probability(of: .a3) - 0.005) < 1e-15)
      let back = try d.conditional(positive: true)
      for set in BG19.PatternSet.allNonEmpty {
        #expect(abs(back.probability(of: set) - pos.probability(of: set)) < 1e-15)
      }
      // The realizing network has test error 0; a net erring on A1 has error p_{A1} = 0.02.
      #expect(d.testError(of: BG19.realizabilityWitness) == 0)
    }

    @Test func invalidDistributionsThrow() {
      var p = [Double](repeating: 0, count: 16)
      p[1] = 0.5
      #expect(throws: InvalidParameter.self) { try BG19.MaskDistribution(probabilities: p) }
      p[0] = 0.5
      #expect(throws: InvalidParameter.self) { try BG19.MaskDistribution(probabilities: p) }
      #expect(throws: InvalidParameter.self) { try BG19.MaskDistribution(probabilities: [1]) }
      #expect(throws: InvalidParameter.self) { try BG19.MaskDistribution.uniformPoints(d: 0) }
      #expect(throws: InvalidParameter.self) {
        try BG19.MaskDistribution.sampleComplexityExample(pPlus: 1.5, pMinus: 0.5)
      }
      #expect(throws: InvalidParameter.self) {
        try BG19.MaskDistribution.uniformNegativePoints(d: 3).conditional(positive: true)
      }
    }
  }

  @Suite struct Diversity {
    // Exact fractions (python3 fractions): printed p₊ = (4^d − 4·3^d + 6·2^d − 4)/4^d,
    // conditional p₊ = same numerator/(4^d − 2^d), p₋ = (2^d − 2)/2^d, d = 2…8:
    // printed 0, 0, 3/32, 15/64, 195/512, 525/1024, 5103/8192;
    // conditional 0, 0, 1/10, 15/62, 65/168, 525/1016, 1701/2720.
    static let printed: [Double] = [0, 0, 3.0 / 32, 15.0 / 64, 195.0 / 512, 525.0 / 1024, 5103.0 / 8192]
    static let conditional: [Double] = [0, 0, 1.0 / 10, 15.0 / 62, 65.0 / 168, 525.0 / 1016, 1701.0 / 2720]

    @Test func printedFormulaIsTheUnconditionalProbability() throws {
      for d in 2...8 {
        let printed = try BG19.printedDiversePositiveProbability(d: d)
        #expect(abs(printed - Self.printed[d - 2]) < 1e-15)
        #expect(abs(try BG19.diversePositiveProbability(d: d, reading: .uniformOverAllPoints) - printed) < 1e-15)
        #expect(abs(try BG19.diversePositiveProbability(d: d, reading: .uniformOverPositivePoints)
          - Self.conditional[d - 2]) < 1e-15)
        let pMinus = try BG19.printedDiverseNegativeProbability(d: d)
        #expect(pMinus == Double((1 << d) - 2) / Double(1 << d))
        #expect(abs(try BG19.diverseNegativeProbability(d: d) - pMinus) < 1e-15)
      }
      // For d ≥ 4 the two readings differ (by the factor 4^d/(4^d − 2^d)).
      #expect(try BG19.diversePositiveProbability(d: 4, reading: .uniformOverPositivePoints)
        > BG19.printedDiversePositiveProbability(d: 4) + 0.006)
      // No overflow for large d.
      #expect(abs(try BG19.printedDiversePositiveProbability(d: 2000) - 1) < 1e-15)
      #expect(throws: InvalidParameter.self) { try BG19.printedDiverseNegativeProbability(d: 0) }
    }
  }
}
