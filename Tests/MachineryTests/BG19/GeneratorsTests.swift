import Generators
import Testing
@testable import Theory

extension BG19Math {
  @Suite struct Generators {
    @Test func gaussianWeightsAreSeededAndScaled() throws {
      var a = RandomStream(seed: 7, name: "BG19Math.gen.weights", trial: 3)
      var b = RandomStream(seed: 7, name: "BG19Math.gen.weights", trial: 3)
      let w = try BG19.gaussianWeights(k: 1000, standardDeviation: 2, using: &a)
      #expect(w == (try BG19.gaussianWeights(k: 1000, standardDeviation: 2, using: &b)))
      #expect(w.storage.count == 4000)
      let variance = w.storage.reduce(0) { $0 + $1 * $1 } / 4000
      #expect(abs(variance.squareRoot() - 2) < 0.1)  // sd of the estimate ≈ 2/√8000 ≈ 0.022
      #expect(throws: InvalidParameter.self) { try BG19.gaussianWeights(k: 0, standardDeviation: 1, using: &a) }
      #expect(throws: InvalidParameter.self) { try BG19.gaussianWeights(k: 1, standardDeviation: 0, using: &a) }
    }

    @Test func diversePointSamplers() throws {
      var rng = RandomStream(seed: 1, name: "BG19Math.gen.diverse", trial: 0)
      // d = 4: the diverse positives are the 24 orderings of p1…p4; each should appear
      // about 2400/24 = 100 times (sd ≈ 9.8).
      var seen = [Int](repeating: 0, count: 256)  // indexed by the base-4 code of x
      for _ in 0..<2400 {
        let x = try BG19.sampleDiversePositivePoint(d: 4, using: &rng)
        #expect(try BG19.PatternSet(point: x) == .diversePositive)
        var code = 0
        for j in 0..<4 { code = 4 * code + (try BG19.PatternSet(point: [x[2 * j], x[2 * j + 1]])).patterns[0] - 1 }
        seen[code] += 1
      }
      #expect(seen.filter { $0 > 0 }.count == 24)
      #expect(seen.filter { $0 > 0 }.allSatisfy { (50...150).contains($0) })
      for d in 2...7 {
        let x = try BG19.sampleDiverseNegativePoint(d: d, using: &rng)
        #expect(x.count == 2 * d)
        #expect(try BG19.PatternSet(point: x) == .diverseNegative)
      }
      #expect(throws: InvalidParameter.self) { try BG19.sampleDiversePositivePoint(d: 3, using: &rng) }
      #expect(throws: InvalidParameter.self) { try BG19.sampleDiverseNegativePoint(d: 1, using: &rng) }
      #expect(throws: InvalidParameter.self) {
        try BG19.samplePoint(d: 2, patternSet: .a3, using: &rng)
      }
      let decoy = try BG19.decoyTrainingSet(d: 6, using: &rng)
      #expect(decoy.positives.count == 6 && decoy.negatives.count == 6)
      #expect(decoy.patternSets.isDiverse)
    }

    @Test func maskSamplingFollowsTheDistribution() throws {
      var rng = RandomStream(seed: 1, name: "BG19Math.gen.masks", trial: 0)
      let d = try BG19.MaskDistribution.uniformPoints(d: 3)
      let n = 20_000
      var counts = [Int](repeating: 0, count: 16)
      for _ in 0..<n { counts[Int(d.sample(using: &rng).rawValue)] += 1 }
      for set in BG19.PatternSet.allNonEmpty {
        let p = d.probability(of: set)
        let sd = (Double(n) * p * (1 - p)).squareRoot()
        #expect(abs(Double(counts[Int(set.rawValue)]) - Double(n) * p) <= 5 * sd + 1e-9)
      }
      let (pos, neg, _) = try BG19.MaskDistribution.sampleComplexityExample(pPlus: 0.9, pMinus: 0.8)
      let s = try BG19.sampleTrainingSet(m: 50, positive: pos, negative: neg, using: &rng)
      #expect(s.positives.count == 50 && s.negatives.count == 50)
      #expect(throws: InvalidParameter.self) {
        try BG19.sampleTrainingSet(m: 5, positive: neg, negative: pos, using: &rng)
      }
      #expect(throws: InvalidParameter.self) {
        try BG19.sampleTrainingSet(m: 5, positive: d, negative: neg, using: &rng)
      }
    }

    @Test func initializationFactsBehindLemma3_1AndTheorem3_4() throws {
      var rng = RandomStream(seed: 1, name: "BG19Math.gen.exploration", trial: 0)
      // Thm. 3.4's exact 3/4 at k = 2 (and 7/16 at k = 3) by Monte Carlo, ±5 sd.
      for (k, exact) in [(2, 0.75), (3, 7.0 / 16)] {
        let n = 20_000
        var hits = 0
        for _ in 0..<n {
          let w = try BG19.gaussianWeights(k: k, standardDeviation: 1, using: &rng)
          let unexplored =
            try BG19.XOR.wPlus(w, point: 1).isEmpty || BG19.XOR.wPlus(w, point: 3).isEmpty
            || BG19.XOR.uPlus(w, point: 2).isEmpty || BG19.XOR.uPlus(w, point: 4).isEmpty
          if unexplored { hits += 1 }
        }
        let sd = (exact * (1 - exact) / Double(n)).squareRoot()
        #expect(abs(Double(hits) / Double(n) - exact) <= 5 * sd)
        #expect(try BG19.theorem3_4ExactProbability(k: k) == exact)
      }
      // Lemma 3.1's structure: |W⁺(3)| = k − |W⁺(1)| for Gaussian filters, and |W⁺(1)|,
      // |W⁺(2)| uncorrelated (independent Bin(k, 1/2)).
      let k = 40
      var sum1 = 0.0, sum2 = 0.0, sum12 = 0.0
      let n = 4000
      for _ in 0..<n {
        let w = try BG19.gaussianWeights(k: k, standardDeviation: 1, using: &rng)
        let c1 = Double(try BG19.XOR.wPlus(w, point: 1).count)
        let c2 = Double(try BG19.XOR.wPlus(w, point: 2).count)
        #expect(try BG19.XOR.wPlus(w, point: 3).count == k - Int(c1))
        sum1 += c1
        sum2 += c2
        sum12 += c1 * c2
      }
      let covariance = sum12 / Double(n) - (sum1 / Double(n)) * (sum2 / Double(n))
      // Var = k/4 = 10 each; the covariance estimate has sd ≈ 10/√4000 ≈ 0.16.
      #expect(abs(covariance) < 0.8)
      #expect(abs(sum1 / Double(n) - 20) < 0.3)
    }
  }
}
