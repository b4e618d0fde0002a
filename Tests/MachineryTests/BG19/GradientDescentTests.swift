import Generators
import Testing
@testable import Theory

extension BG19Math {
  @Suite struct GradientDescentTests {
    @Test func stepsMatchTheReferenceGradient() throws {
      // 200 steps of the in-place trainer against W_{t+1} = W_t − η∇ℓ with the
      // reference gradient of Eq. 1 (allocating, written on x directly).
      var rng = RandomStream(seed: 1, name: "BG19Math.gd.reference", trial: 0)
      let w0 = try BG19.gaussianWeights(k: 5, standardDeviation: 0.3, using: &rng)
      let eta = 0.02
      var gd = try BG19.GradientDescent(objective: .xor, learningRate: eta, initialWeights: w0)
      var reference = w0.storage
      for t in 0..<200 {
        let current = try BG19.Weights(k: 5, storage: reference)
        let g = BG19.XOR.gradient(current)
        if BG19.XOR.loss(current) == 0 || g.allSatisfy({ $0 == 0 }) {
          #expect(gd.step() != nil)
          break
        }
        for e in 0..<reference.count { reference[e] -= eta * g[e] }
        #expect(gd.step() == nil)
        #expect(gd.iteration == t + 1)
      }
      for e in 0..<reference.count { #expect(abs(gd.weights.storage[e] - reference[e]) < 1e-12) }
    }

    @Test func xordStepsMatchTheRawGradient() throws {
      var rng = RandomStream(seed: 1, name: "BG19Math.gd.xord", trial: 0)
      let points = try BG19.decoyTrainingSet(d: 5, count: 2, using: &rng)
      let gamma = 8.0
      let eta = 0.05
      let w0 = try BG19.gaussianWeights(k: 4, standardDeviation: 0.1, using: &rng)
      var gd = try BG19.GradientDescent(
        objective: try .xord(points.patternSets, gamma: gamma), learningRate: eta, initialWeights: w0)
      var reference = w0.storage
      for _ in 0..<100 {
        let g = try BG19.XORD.gradient(try BG19.Weights(k: 4, storage: reference), points: points, gamma: gamma)
        if g.allSatisfy({ $0 == 0 }) { break }
        for e in 0..<reference.count { reference[e] -= eta * g[e] }
        _ = gd.step()
      }
      for e in 0..<reference.count { #expect(abs(gd.weights.storage[e] - reference[e]) < 1e-10) }
    }

    @Test func reachesAGlobalMinimumOnXORWithManyFilters() throws {
      var rng = RandomStream(seed: 1, name: "BG19Math.gd.xor50", trial: 0)
      let k = 50
      let cEta = 0.1
      let w0 = try BG19.gaussianWeights(
        k: k, standardDeviation: try BG19.maximalInitializationScale(k: k, cEta: cEta), using: &rng)
      var gd = try BG19.GradientDescent(
        objective: .xor, learningRate: try BG19.learningRate(k: k, cEta: cEta), initialWeights: w0)
      let outcome = try gd.run(maxIterations: 5000)
      #expect(outcome.status == .globalMinimum)
      #expect(outcome.loss == 0 && BG19.XOR.loss(gd.weights) == 0)
      #expect(BG19.XOR.erredPoints(gd.weights).isEmpty)
      // A global minimum is a fixed point: running on does nothing.
      let again = try gd.run(maxIterations: 10_000)
      #expect(again == outcome)
    }

    @Test func stopsAtAStationaryPointWhenX1IsUnexplored() throws {
      // W_0⁺(1) = ∅ (both w·x1 < 0), u⁽¹⁾ toward x2 but with u⁽¹⁾·x1 = 0.002 > 0,
      // u⁽²⁾ toward x4. No filter can ever move toward x1: GD stops at ℓ > 0, ∇ℓ = 0,
      // with N(x1) = 0 — an error when sign(0) = 0, not when 0 predicts +1.
      let w0 = try BG19.Weights(
        w: [SIMD2(-0.01, -0.002), SIMD2(-0.003, -0.005)],
        u: [SIMD2(-0.01, 0.012), SIMD2(0.01, -0.012)])
      var gd = try BG19.GradientDescent(objective: .xor, learningRate: 0.05, initialWeights: w0)
      let outcome = try gd.run(maxIterations: 10_000)
      #expect(outcome.status == .stationaryPoint)
      #expect(outcome.loss == 1)  // only x1's hinge: 1 − 0
      #expect(BG19.XOR.gradient(gd.weights).allSatisfy { $0 == 0 })
      #expect(BG19.XOR.output(gd.weights, at: BG19.x1) == 0)
      #expect(BG19.XOR.erredPoints(gd.weights) == [1])
      #expect(BG19.XOR.erredPoints(gd.weights, reading: .zeroPredictsPositive) == [])
      #expect(try BG19.XOR.wPlus(gd.weights, point: 1).isEmpty)
    }

    @Test func activityCountsUnderBothConventions() throws {
      // Small init (σ_g = c_η/(16k^{3/2})): for j ∈ W_0⁺(1) the filter only ever moves
      // by +ηx1 (when x1 is active) and ±ηx2 (x4 = −x2), and x1 ⊥ x2, so under the
      // exclusive count (t' < t) v_t = w_t − a_1(t)ηx1 has v_t·x1 = w_0·x1 at every t.
      // Under the printed inclusive count (t' ≤ t), v_0·x1 = w_0·x1 − 2η < 0.
      var rng = RandomStream(seed: 1, name: "BG19Math.gd.activity", trial: 0)
      let k = 20
      let cEta = 0.1
      let eta = try BG19.learningRate(k: k, cEta: cEta)
      let w0 = try BG19.gaussianWeights(
        k: k, standardDeviation: try BG19.maximalInitializationScale(k: k, cEta: cEta), using: &rng)
      let cluster = try BG19.XOR.wPlus(w0, point: 1)
      #expect(!cluster.isEmpty)
      var gd = try BG19.GradientDescent(objective: .xor, learningRate: eta, initialWeights: w0,
        recordActivity: true)
      var trajectory = [gd.weights]
      while gd.step() == nil && gd.iteration < 2000 { trajectory.append(gd.weights) }
      let history = try #require(gd.history)
      #expect(history.records.count == trajectory.count)
      #expect(try history.xorCount(point: 1, through: 0, convention: .inclusive) == 1)
      #expect(try history.xorCount(point: 1, through: 0, convention: .exclusive) == 0)
      for (t, w) in trajectory.enumerated() {
        let a = try history.xorCount(point: 1, through: t, convention: .exclusive)
        for j in cluster {
          let v = w.w[j] - Double(a) * eta * BG19.x1
          #expect(abs((v * BG19.x1).sum() - (w0.w[j] * BG19.x1).sum()) < 1e-12)
        }
      }
      for j in cluster {
        let v0 = w0.w[j] - 1 * eta * BG19.x1
        #expect((v0 * BG19.x1).sum() < 0)
      }
      #expect(throws: InvalidParameter.self) {
        try history.xorCount(point: 1, through: trajectory.count, convention: .inclusive)
      }
      #expect(
        try history.xorCount(point: 1, through: trajectory.count, convention: .exclusive)
          == history.xorCount(point: 1, through: trajectory.count - 1, convention: .inclusive))
    }

    @Test func iterationLimitAndResumption() throws {
      var rng = RandomStream(seed: 1, name: "BG19Math.gd.limit", trial: 0)
      let w0 = try BG19.gaussianWeights(k: 30, standardDeviation: 1e-4, using: &rng)
      var gd = try BG19.GradientDescent(objective: .xor, learningRate: 0.001, initialWeights: w0,
        recordActivity: true)
      let first = try gd.run(maxIterations: 0)
      #expect(first.status == .iterationLimit && first.iterations == 0)
      #expect(abs(first.loss - BG19.XOR.loss(w0)) < 1e-12)
      #expect(gd.history?.records.count == 1)
      let second = try gd.run(maxIterations: 5)
      #expect(second.iterations == 5 && gd.history?.records.count == 6)
      #expect(throws: InvalidParameter.self) { try gd.run(maxIterations: -1) }
      #expect(throws: InvalidParameter.self) {
        try BG19.GradientDescent(objective: .xor, learningRate: 0, initialWeights: w0)
      }
    }
  }
}
