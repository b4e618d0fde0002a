import Generators
import Testing

import Theory

extension BGMS18MathTests {
  @Suite("orthogonal SGD step") struct OrthogonalSGDStep {
    /// With σ'(0) = 1 the step equals `Network.sgdStep` (Eq. 10's convention) on (e_j, 1).
    @Test func matchesNetworkStepWithDerivativeOneAtZero() throws {
      var rng = RandomStream(seed: 7, name: "BGMS18Math.orthogonalStep", trial: 0)
      for _ in 0..<200 {
        let k = 1 + rng.nextInt(below: 3)
        let d = 1 + rng.nextInt(below: 4)
        let network = try BGMS18.Network(k: k, d: d, v: 1, activation: .relu)
        // Entries on a grid that includes 0, so pre-activations of exactly 0 occur.
        var W = try BGMS18.Weights(k: k, d: d, entries: (0..<(2 * k * d)).map { _ in Double(rng.nextInt(below: 5) - 2) / 2 })
        var reference = W
        let j = rng.nextInt(below: d)
        var x = [Double](repeating: 0, count: d)
        x[j] = 1
        let moved = try BGMS18.orthogonalSGDStep(&W, example: j, learningRate: 0.5, derivativeAtZero: 1)
        let movedReference = try network.sgdStep(&reference, x: x, y: 1, learningRate: 0.5)
        #expect(W == reference)
        #expect(moved == movedReference)
      }
    }

    /// With σ'(0) = 0 a row with w_ij = 0 stays (the proof of Lemma 12), by hand.
    @Test func zeroEntryStaysWithDerivativeZeroAtZero() throws {
      var W = try BGMS18.Weights(k: 1, d: 2, entries: [0, 0.3, 0.2, -1])
      #expect(try BGMS18.orthogonalSGDStep(&W, example: 0, learningRate: 0.5, derivativeAtZero: 0) == true)
      #expect(W.entries == [0, 0.3, -0.3, -1])  // u-row 0.2 > 0 moves to −0.3, w-row 0 stays
      var V = try BGMS18.Weights(k: 1, d: 2, entries: [0, 0.3, 0.2, -1])
      try BGMS18.orthogonalSGDStep(&V, example: 0, learningRate: 0.5, derivativeAtZero: 1)
      #expect(V.entries == [0.5, 0.3, -0.3, -1])
      #expect(throws: (any Error).self) { try BGMS18.orthogonalSGDStep(&V, example: 2, learningRate: 0.5, derivativeAtZero: 0) }
      #expect(throws: (any Error).self) { try BGMS18.orthogonalSGDStep(&V, example: 0, learningRate: 0.5, derivativeAtZero: 0.5) }
    }
  }
}
