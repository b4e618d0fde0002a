import Generators
import Testing
import Theory

extension BGMS18MathTests {
  @Test func batchOutputsMatchTheReferenceOutput() throws {
    var rng = Self.stream("batch-outputs")
    for (k, d, n) in [(1, 1, 5), (3, 7, 40), (10, 4, 25), (2, 9, 3), (4, 13, 11)] {
      let net = try BGMS18.Network(k: k, d: d, v: 0.3, activation: .leakyReLU(alpha: 0.2))
      let W = try Self.randomWeights(k: k, d: d, using: &rng)
      let points = (0..<n).map { _ in rng.nextPointInBall(dimension: d) }
      let labels = (0..<n).map { _ in rng.nextSign() }
      let S = try BGMS18.TrainingSet(points: points, labels: labels)
      let batch = try net.batchOutputs(W, on: S)
      let a = (0..<(2 * k)).map { _ in rng.nextNormal() }
      let batchA = try net.batchOutputs(W, on: S, secondLayer: a)
      var errors = 0
      for i in 0..<n {
        #expect(batch[i] == (try net.output(W, points[i])))  // bit-identical
        #expect(batchA[i] == (try net.output(W, points[i], secondLayer: a)))
        if !(labels[i] * batch[i] > 0) { errors += 1 }
      }
      #expect(try net.zeroOneErrors(W, on: S) == errors)
    }
    // N(x) = 0 counts as an error: W = 0.
    let net = try BGMS18.Network(k: 2, d: 3, v: 1, activation: .relu)
    let S = try BGMS18.TrainingSet(points: [[1, 0, 0], [0, 1, 0]], labels: [1, -1])
    #expect(try net.zeroOneErrors(BGMS18.Weights.zeros(k: 2, d: 3), on: S) == 2)
    #expect(throws: InvalidParameter.self) { try net.batchOutputs(BGMS18.Weights.zeros(k: 1, d: 3), on: S) }
    #expect(throws: InvalidParameter.self) { try net.batchOutputs(BGMS18.Weights.zeros(k: 2, d: 3), on: S, secondLayer: [1]) }
  }
}
