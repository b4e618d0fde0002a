import Generators
import Testing
@testable import Theory

extension BG19Math {
  @Suite struct XORDNetwork {
    @Test func maskOutputEqualsRawOutputOnEveryPoint() throws {
      // Remark 4.1 exhaustively for d ≤ 4: Eq. 2 on x equals the pattern-set path on P_x,
      // for Gaussian weights and for small-integer weights full of ties.
      var rng = RandomStream(seed: 1, name: "BG19Math.xord.remark41", trial: 0)
      var networks = try (0..<4).map { _ in
        try BG19.gaussianWeights(k: 3, standardDeviation: 1, using: &rng)
      }
      networks.append(try BG19.Weights(w: [SIMD2(1, 0), SIMD2(0, 0)], u: [SIMD2(-1, 1), SIMD2(2, 2)]))
      networks.append(BG19.realizabilityWitness)
      for d in 1...4 {
        for x in Patterns.allPoints(d: d) {
          let set = try BG19.PatternSet(point: x)
          for w in networks {
            #expect(try BG19.XORD.output(w, point: x) == BG19.XORD.output(w, on: set))
          }
        }
      }
    }

    @Test func outputByHand() throws {
      // w = (1, 0.5): w·p = 1.5, 0.5, −1.5, −0.5; u = (−1, 1): u·p = 0, −2, 0, 2.
      // On {1, 2}: σ(1.5) − σ(0) = 1.5. On {3, 4}: σ(−0.5) − σ(2) = −2. On {3}: 0 − 0 = 0.
      let w = try BG19.Weights(w: [SIMD2(1, 0.5)], u: [SIMD2(-1, 1)])
      #expect(BG19.XORD.output(w, on: try BG19.PatternSet([1, 2])) == 1.5)
      #expect(BG19.XORD.output(w, on: try BG19.PatternSet([3, 4])) == -2)
      #expect(BG19.XORD.output(w, on: try BG19.PatternSet([3])) == 0)
      #expect(BG19.XORD.errs(w, on: try BG19.PatternSet([3])))  // N = 0 on a positive
      #expect(!BG19.XORD.errs(w, on: try BG19.PatternSet([3]), reading: .zeroPredictsPositive))
    }

    @Test func maskGradientEqualsRawGradient() throws {
      var rng = RandomStream(seed: 1, name: "BG19Math.xord.gradient", trial: 0)
      for trial in 0..<20 {
        let d = 2 + trial % 4
        let positives = try (0..<3).map { _ -> [Double] in
          while true {
            let x = try BG19.sampleUniformPoint(d: d, using: &rng)
            if try BG19.PatternSet(point: x).isPositive { return x }
          }
        }
        let negatives = try (0..<2).map { _ -> [Double] in
          while true {
            let x = try BG19.sampleUniformPoint(d: d, using: &rng)
            if try !BG19.PatternSet(point: x).isPositive { return x }
          }
        }
        let points = try BG19.PointSet(d: d, positives: positives, negatives: negatives)
        let gamma = [1.0, 3, 8][trial % 3]
        let objective = try BG19.HingeObjective.xord(points.patternSets, gamma: gamma)
        let w = try BG19.gaussianWeights(k: 5, standardDeviation: 0.7, using: &rng)
        let raw = try BG19.XORD.gradient(w, points: points, gamma: gamma)
        let fast = objective.gradient(w)
        for e in 0..<raw.count { #expect(abs(raw[e] - fast[e]) < 1e-12) }
        #expect(abs(try BG19.XORD.loss(w, points: points, gamma: gamma) - objective.loss(w)) < 1e-12)
      }
    }

    @Test func maxPoolTieBreakingDiffersOnlyOnTies() throws {
      // w = (1, 0): w·p1 = w·p2 = 1, a tie between two patterns. On x = (p2, p1) the raw
      // path routes the gradient to position 1 (p2), the pattern-set path to p1.
      let w = try BG19.Weights(w: [SIMD2(1, 0)], u: [SIMD2(-5, -5)])
      let x: [Double] = [1, -1, 1, 1]
      let points = try BG19.PointSet(d: 2, positives: [x], negatives: [[1, -1, -1, 1]])
      let raw = try BG19.XORD.gradient(w, points: points, gamma: 8)
      let fast = try BG19.HingeObjective.xord(points.patternSets, gamma: 8).gradient(w)
      // Positive active (N = 1 < 8): ∂ℓ/∂w = −p_l. Negative {2,4}: N = 1 − 0 > −1, active:
      // ∂ℓ/∂w += p2 (w·p2 = 1 > w·p4 = −1); u·p on {2,4} = 0, 0 → σ' = 0.
      #expect(Array(raw[0..<2]) == [-1 + 1, 1 - 1])  // −p2 + p2
      #expect(Array(fast[0..<2]) == [-1 + 1, -1 - 1])  // −p1 + p2
      #expect(try BG19.XORD.output(w, point: x) == BG19.XORD.output(w, on: try BG19.PatternSet(point: x)))
    }

    @Test func gradientMatchesCentralDifferencesAwayFromKinks() throws {
      var rng = RandomStream(seed: 1, name: "BG19Math.xord.fd", trial: 0)
      let set = try BG19.TrainingSet(
        positives: [.diversePositive, .a3, try BG19.PatternSet([1])],
        negatives: [.diverseNegative, .a1])
      let gamma = 2.0
      let objective = try BG19.HingeObjective.xord(set, gamma: gamma)
      let masks = objective.terms.map(\.set)
      var checked = 0
      for _ in 0..<60 {
        let w = try BG19.gaussianWeights(k: 3, standardDeviation: 1, using: &rng)
        let s = w.storage
        // Away from kinks: for every filter and set, the best value is not within 1e-3
        // of 0 or of the runner-up; no hinge within 1e-3 of its kink.
        var nearKink = false
        for r in 0..<6 {
          let values = BG19.patterns.map { s[2 * r] * $0.x + s[2 * r + 1] * $0.y }
          for a in masks {
            let v = a.patterns.map { values[$0 - 1] }.sorted(by: >)
            if abs(v[0]) < 1e-3 || (v.count > 1 && v[0] - v[1] < 1e-3) { nearKink = true }
          }
        }
        for a in masks {
          let n = BG19.XORD.output(w, on: a)
          if abs(n - gamma) < 1e-3 || abs(n + 1) < 1e-3 { nearKink = true }
        }
        if nearKink { continue }
        let g = objective.gradient(w)
        let h = 1e-6
        for e in 0..<12 {
          var plus = s
          var minus = s
          plus[e] += h
          minus[e] -= h
          let fd =
            (objective.loss(try BG19.Weights(k: 3, storage: plus))
              - objective.loss(try BG19.Weights(k: 3, storage: minus))) / (2 * h)
          #expect(abs(fd - g[e]) < 1e-6, "entry \(e): fd \(fd) vs \(g[e])")
        }
        checked += 1
      }
      #expect(checked >= 10)
    }

    @Test func argmaxSetsOfSection6AreQuadrants() throws {
      // w = (2, 1): w·p = 3, 1, −3, −1 → p1. (2, −1): 1, 3, … → p2. (−2, −1) → p3.
      // (−1, 2): 1, −3, −1, 3 → p4.
      let w = try BG19.Weights(
        w: [SIMD2(2, 1), SIMD2(2, -1), SIMD2(-2, -1), SIMD2(-1, 2), SIMD2(0.1, 0.2)],
        u: [SIMD2(-1, 2), SIMD2(-1, 2), SIMD2(2, -1), SIMD2(2, 1), SIMD2(-3, -0.5)])
      #expect(try BG19.XORD.wPlus(w, pattern: 1) == [0, 4])
      #expect(try BG19.XORD.wPlus(w, pattern: 2) == [1])
      #expect(try BG19.XORD.wPlus(w, pattern: 3) == [2])
      #expect(try BG19.XORD.wPlus(w, pattern: 4) == [3])
      #expect(try BG19.XORD.uPlus(w, pattern: 1) == [3])
      #expect(try BG19.XORD.uPlus(w, pattern: 2) == [2])
      #expect(try BG19.XORD.uPlus(w, pattern: 3) == [4])
      #expect(try BG19.XORD.uPlus(w, pattern: 4) == [0, 1])
      // Against the definition: argmax_l w·p_l by direct dot products, random filters;
      // and next to the §3.1 sets: W⁺(1) (§6) ⊆ {w·x1 > 0} = W⁺(1) (§3.1).
      var rng = RandomStream(seed: 1, name: "BG19Math.xord.argmax", trial: 0)
      let g = try BG19.gaussianWeights(k: 50, standardDeviation: 1, using: &rng)
      for i in 1...4 {
        let expected = (0..<50).filter { j in
          let v = BG19.patterns.map { (g.w[j] * $0).sum() }
          return v.firstIndex(of: v.max()!)! + 1 == i
        }
        #expect(try BG19.XORD.wPlus(g, pattern: i) == expected)
      }
      let section3 = try BG19.XOR.wPlus(g, point: 1)
      #expect(try BG19.XORD.wPlus(g, pattern: 1).allSatisfy { section3.contains($0) })
      #expect(throws: InvalidParameter.self) { try BG19.XORD.uPlus(g, pattern: 0) }
      // The sign-based sets on patterns: {w·p1 > 0} = {w·x1 > 0}; p2 = x4.
      #expect(try BG19.XORD.wPlusBySign(g, pattern: 1) == section3)
      #expect(try BG19.XORD.uPlusBySign(g, pattern: 2) == BG19.XOR.uPlus(g, point: 4))
      // Lemma 6.1's event: W⁺(1) ∪ W⁺(3) is the filters in the open quadrants 1 and 3.
      let n = g.w.filter { $0.x * $0.y > 0 }.count
      #expect(BG19.XORD.lemma6_1Event(g) == ((50 - 2 * n) * (50 - 2 * n) <= 800))
      let skewed = try BG19.Weights(w: Array(repeating: BG19.p1, count: 20), u: Array(repeating: BG19.p2, count: 20))
      #expect(!BG19.XORD.lemma6_1Event(skewed))  // n = 20 = k: |20 − 10| > 2√20 ≈ 8.94
    }

    @Test func pointSetValidation() throws {
      #expect(throws: InvalidParameter.self) {
        try BG19.PointSet(d: 1, positives: [[1, -1]], negatives: [[1, -1]])  // p2 is negative
      }
      #expect(throws: InvalidParameter.self) {
        try BG19.PointSet(d: 2, positives: [[1, 1]], negatives: [[1, -1, 1, -1]])  // wrong length
      }
      #expect(throws: InvalidParameter.self) {
        try BG19.TrainingSet(positives: [.diverseNegative], negatives: [.diverseNegative])
      }
      #expect(throws: InvalidParameter.self) {
        try BG19.HingeObjective.xord(
          try BG19.TrainingSet(positives: [.diversePositive], negatives: [.diverseNegative]),
          gamma: .nan)
      }
    }
  }
}
