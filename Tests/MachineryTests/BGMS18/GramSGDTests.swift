import Generators
import Testing
import Theory

extension BGMS18MathTests {
  /// SGD in the Gram form (Figures 1–2) against the direct trainer: the same random draws
  /// (one permutation per epoch), the same updates, the same errors, epoch by epoch, for the
  /// first layer and for both layers, with blocks folded several times per epoch.
  @Test(arguments: [false, true])
  func gramFormMatchesDirectSGD(bothLayers: Bool) throws {
    var rng = Self.stream("gram-sgd-\(bothLayers)")
    // A fold block of 4: pending updates are folded many times inside each epoch.
    let (net, S, W0, wStar) = try Self.problem(n: 150, d: 6, k: 4, wStarNorm: 3, using: &rng)
    let test = try BGMS18.SeparableDistribution(wStar: wStar).sample(count: 40, using: &rng)
    let data = try BGMS18.GramData(train: S, test: test)
    let eta = 0.2
    var gram = try BGMS18.GramSGD(network: net, initial: W0, data: data, learningRate: eta, bothLayers: bothLayers, foldBlock: 4)
    var gramStream = Self.stream("gram-sgd-order-\(bothLayers)")
    var directStream = gramStream
    var W = W0
    var a = net.secondLayer
    var updates = 0
    for _ in 0..<4 {
      let converged = try gram.epoch(using: &gramStream)
      let outcome: BGMS18.TrainingOutcome
      if bothLayers {
        let r = try net.trainBothLayers(
          from: W, secondLayer: a, on: S, learningRate: eta, order: .reshuffled, maxSteps: S.n, using: &directStream)
        (W, a, outcome) = (r.training.weights, r.training.secondLayer, r.training.outcome)
        updates += r.training.nonZeroUpdates
      } else {
        let r = try net.trainFirstLayer(from: W, on: S, learningRate: eta, order: .reshuffled, maxSteps: S.n, using: &directStream)
        (W, outcome) = (r.weights, r.outcome)
        updates += r.nonZeroUpdates
      }
      #expect(converged == (outcome == .converged))
      #expect(gram.nonZeroUpdates == updates)
      #expect(gram.trainingErrors == (try net.zeroOneErrors(W, on: S, secondLayer: a)))
      #expect(gram.testErrors == (try net.zeroOneErrors(W, on: test, secondLayer: a)))
      for (x, y) in zip(gram.secondLayer, a) { #expect(abs(x - y) <= 1e-12 * max(1, abs(y))) }
      if converged { break }
    }
    #expect(updates > 12)
  }
}
