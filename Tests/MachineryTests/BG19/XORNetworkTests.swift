import Generators
import Testing
@testable import Theory

extension BG19Math {
  @Suite struct XORNetwork {
    /// k = 1, w = (2, 1), u = (0.5, −1). By hand:
    /// N(x1) = σ(3) − σ(−0.5) = 3, N(x2) = σ(−1) − σ(−1.5) = 0,
    /// N(x3) = σ(−3) − σ(0.5) = −0.5, N(x4) = σ(1) − σ(1.5) = −0.5;
    /// ℓ = 0 + (1 + 0) + (1 + 0.5) + (1 − 0.5) = 3;
    /// active: x2, x3, x4. ∂ℓ/∂w = −Σ y_i 1[w·x_i > 0] x_i = −(−1)·x4 = (1, −1);
    /// ∂ℓ/∂u = +Σ y_i 1[u·x_i > 0] x_i = x3 − x4 = (−2, 0).
    static let handExample = try! BG19.Weights(w: [SIMD2(2, 1)], u: [SIMD2(0.5, -1)])

    @Test func outputLossGradientByHand() {
      let w = Self.handExample
      #expect(BG19.XOR.output(w, at: BG19.x1) == 3)
      #expect(BG19.XOR.output(w, at: BG19.x2) == 0)
      #expect(BG19.XOR.output(w, at: BG19.x3) == -0.5)
      #expect(BG19.XOR.output(w, at: BG19.x4) == -0.5)
      #expect(BG19.XOR.loss(w) == 3)
      #expect(BG19.XOR.gradient(w) == [1, -1, -2, 0])
      #expect(BG19.HingeObjective.xor.gradient(w) == [1, -1, -2, 0])
      #expect(BG19.HingeObjective.xor.loss(w) == 3)
      // Errs on x2 (N = 0), x3 (N = −0.5 for y = 1) but not on x4 (N = −0.5, y = −1).
      #expect(BG19.XOR.erredPoints(w) == [2, 3])
      #expect(BG19.XOR.erredPoints(w, reading: .zeroPredictsPositive) == [2, 3])
    }

    @Test func gradientMatchesCentralDifferencesAwayFromKinks() throws {
      var rng = RandomStream(seed: 1, name: "BG19Math.xor.fd", trial: 0)
      var checked = 0
      for _ in 0..<40 {
        let w = try BG19.gaussianWeights(k: 3, standardDeviation: 1, using: &rng)
        // Skip draws near a kink: some w·x_i ≈ 0 or some y_i N(x_i) ≈ 1.
        let s = w.storage
        let nearReLUKink = (0..<6).contains { r in
          BG19.xorPoints.contains { abs(s[2 * r] * $0.x + s[2 * r + 1] * $0.y) < 1e-3 }
        }
        let nearHingeKink = (0..<4).contains {
          abs(BG19.xorLabels[$0] * BG19.XOR.output(w, at: BG19.xorPoints[$0]) - 1) < 1e-3
        }
        if nearReLUKink || nearHingeKink { continue }
        let g = BG19.XOR.gradient(w)
        let h = 1e-6
        for e in 0..<12 {
          var plus = s
          var minus = s
          plus[e] += h
          minus[e] -= h
          let fd =
            (BG19.XOR.loss(try BG19.Weights(k: 3, storage: plus))
              - BG19.XOR.loss(try BG19.Weights(k: 3, storage: minus))) / (2 * h)
          #expect(abs(fd - g[e]) < 1e-6, "entry \(e): fd \(fd) vs \(g[e])")
        }
        #expect(BG19.HingeObjective.xor.gradient(w) == g)
        #expect(abs(BG19.HingeObjective.xor.loss(w) - BG19.XOR.loss(w)) < 1e-12)
        checked += 1
      }
      #expect(checked >= 30)
    }

    @Test func xorIsXORDWithOneDimension() throws {
      // Eq. 2 with d = 1 is Eq. 1, and Eq. 4 with S₊ = {x1, x3}, S₋ = {x2, x4}, γ = 1
      // is half the §3.1 loss (m = 2).
      var rng = RandomStream(seed: 1, name: "BG19Math.xor.xord", trial: 0)
      let set = try BG19.TrainingSet(
        positives: [try BG19.PatternSet([1]), try BG19.PatternSet([3])],
        negatives: [try BG19.PatternSet([4]), try BG19.PatternSet([2])])
      let xord = try BG19.HingeObjective.xord(set, gamma: 1)
      for _ in 0..<10 {
        let w = try BG19.gaussianWeights(k: 4, standardDeviation: 1, using: &rng)
        for x in BG19.xorPoints {
          #expect(try BG19.XORD.output(w, point: [x.x, x.y]) == BG19.XOR.output(w, at: x))
        }
        #expect(abs(2 * xord.loss(w) - BG19.XOR.loss(w)) < 1e-12)
        #expect(xord.gradient(w).map { 2 * $0 } == BG19.XOR.gradient(w))
      }
    }

    @Test func positiveSetsBySignOfDotProduct() throws {
      // w⁽¹⁾ = (1, 0.5), w⁽²⁾ = (−1, 2): w·x1 = 1.5, 1; w·x2 = −0.5, 3; w·x3 = −1.5, −1;
      // w·x4 = 0.5, −3. u⁽¹⁾ = (0, 1), u⁽²⁾ = (1, 0): u·x1 = 1, 1; u·x2 = 1, −1;
      // u·x3 = −1, −1; u·x4 = −1, 1.
      let w = try BG19.Weights(w: [SIMD2(1, 0.5), SIMD2(-1, 2)], u: [SIMD2(0, 1), SIMD2(1, 0)])
      #expect(try BG19.XOR.wPlus(w, point: 1) == [0, 1])
      #expect(try BG19.XOR.wPlus(w, point: 2) == [1])
      #expect(try BG19.XOR.wPlus(w, point: 3) == [])
      #expect(try BG19.XOR.wPlus(w, point: 4) == [0])
      #expect(try BG19.XOR.uPlus(w, point: 1) == [0, 1])
      #expect(try BG19.XOR.uPlus(w, point: 2) == [0])
      #expect(try BG19.XOR.uPlus(w, point: 3) == [])
      #expect(try BG19.XOR.uPlus(w, point: 4) == [1])
      #expect(throws: InvalidParameter.self) { try BG19.XOR.wPlus(w, point: 0) }
      #expect(throws: InvalidParameter.self) { try BG19.XOR.errs(w, point: 5) }
    }

    @Test func lemma3_1EventCountsInIntegers() throws {
      // k = 20: the interval 10 ± 2√20 = [1.06, 18.94] admits counts 2…18.
      // Filters alternating ±(1, 0.5) and ±(0.5, −1) give |W⁺(i)| = |U⁺(i)| = 10.
      let k = 20
      let dirs: [SIMD2<Double>] = [SIMD2(1, 0.5), SIMD2(-1, -0.5), SIMD2(0.5, -1), SIMD2(-0.5, 1)]
      let balanced = (0..<k).map { dirs[$0 % 4] }
      #expect(BG19.XOR.lemma3_1Event(try BG19.Weights(w: balanced, u: balanced)))
      // 19 filters toward x1 and one away: |W⁺(1)| = 19 > 18.94.
      let skewed = (0..<k).map { $0 == 0 ? SIMD2(-1, -0.5) : SIMD2(1, 0.5) }
      #expect(!BG19.XOR.lemma3_1Event(try BG19.Weights(w: skewed, u: balanced)))
      // 18 toward x1: allowed.
      let edge = (0..<k).map { $0 < 2 ? SIMD2(-1, -0.5) : SIMD2(1, 0.5) }
      // But then |W⁺(2)| (sign of w·x2 = −w_x + w_y) is 2 (the two (−1, −0.5)): allowed too.
      #expect(BG19.XOR.lemma3_1Event(try BG19.Weights(w: edge, u: balanced)))
    }
  }
}
