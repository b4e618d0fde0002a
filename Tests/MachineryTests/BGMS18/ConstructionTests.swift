import Generators
import Testing
import Theory

extension BGMS18MathTests {
  @Test(arguments: [(10, 2, 0.1), (40, 5, 0.5), (100, 11, 0.01), (150, 3, 0.3), (60, 2, 0.5), (40, 3, 0.9), (7, 8, 0.2)])
  func theorem7FitsAnyLabels(n: Int, d: Int, alpha: Double) throws {
    var rng = Self.stream("theorem7-\(n)-\(d)")
    let width = try BGMS18.theorem7Width(n: n, d: d)
    // The theorem's width, twice it, and more pairs than inputs (empty chunks).
    for k in [width, 2 * width, n + 3] {
      let net = try BGMS18.Network(k: k, d: d, v: 0.7, activation: .leakyReLU(alpha: alpha))
      let X = (0..<n).map { _ in rng.nextPointInBall(dimension: d) }
      let y = (0..<n).map { _ in rng.nextSign() }
      let W = try BGMS18.theorem7Construction(inputs: X, targets: y, network: net, using: &rng)
      for i in 0..<n { #expect(abs(try net.output(W, X[i]) - y[i]) <= 1e-9) }
    }
  }

  @Test func theorem7WithOneNeuronPerSignFitsUpToDInputs() throws {
    // k = 1: one chunk (the wrap-around one), N = 2v⟨q, x⟩ or 2αv⟨q, x⟩: up to d inputs.
    var rng = Self.stream("theorem7-k1")
    let net = try BGMS18.Network(k: 1, d: 4, v: 1, activation: .leakyReLU(alpha: 0.4))
    let X = (0..<4).map { _ in rng.nextPointInBall(dimension: 4) }
    let y: [Double] = [1, -1, -1, 1]
    let W = try BGMS18.theorem7Construction(inputs: X, targets: y, network: net, using: &rng)
    for i in 0..<4 { #expect(abs(try net.output(W, X[i]) - y[i]) <= 1e-9) }
  }

  @Test func section62GlobalMinimumWithArbitrarilyBadTestError() throws {
    // Fit the training set with margin 2 and a test set with flipped labels: L_S = 0, yet
    // every test point is misclassified.
    var rng = Self.stream("section-6-2")
    let D = try BGMS18.SeparableDistribution(wStar: [3, 0, 0, 0, 0])
    let train = try D.sample(count: 30, using: &rng)
    let test = try D.sample(count: 20, using: &rng)
    let k = try BGMS18.theorem7Width(n: 50, d: 5)
    let net = try BGMS18.Network(k: k, d: 5, v: 0.2, activation: .leakyReLU(alpha: 0.2))
    let X = (0..<30).map { train.x($0) } + (0..<20).map { test.x($0) }
    let targets = train.labels.map { 2 * $0 } + test.labels.map { -2 * $0 }
    let W = try BGMS18.theorem7Construction(inputs: X, targets: targets, network: net, using: &rng)
    #expect(try net.loss(W, on: train) == 0)
    #expect(try net.margins(W, on: test).allSatisfy { $0 < 0 })
  }

  @Test func theorem7ByHandAndBadInput() throws {
    // d = 2, k = 1, plane = (e₁, e₂): one chunk, β₁ = (φ_max + φ_min + π)/2 for the angles
    // φ(x₁) = 0 and φ(x₂) = π/2 → β₁ = π, a₁ = (−sin π, cos π) ≈ (0, −1).
    // x₁ = (1, 0) lies on ⟨a₁, x⟩ ≈ −1.2e−16 < 0: a tiny angle, so use x₁ = (1, 0.1) instead.
    let net = try BGMS18.Network(k: 1, d: 2, v: 1, activation: .leakyReLU(alpha: 0.5))
    let X = [[1.0, 0.1], [0.0, 1.0]]
    let W = try BGMS18.theorem7Weights(inputs: X, targets: [1, -1], network: net, plane: ([1, 0], [0, 1]))
    #expect(abs(try net.output(W, X[0]) - 1) <= 1e-12)
    #expect(abs(try net.output(W, X[1]) + 1) <= 1e-12)
    // ⌈n/k⌉ = 3 > d = 2.
    #expect(throws: InvalidParameter.self) {
      try BGMS18.theorem7Weights(inputs: X + [[1, 1]], targets: [1, 1, 1], network: net, plane: ([1, 0], [0, 1]))
    }
    // An input orthogonal to the plane.
    let net3 = try BGMS18.Network(k: 1, d: 3, v: 1, activation: .leakyReLU(alpha: 0.5))
    #expect(throws: InvalidParameter.self) {
      try BGMS18.theorem7Weights(inputs: [[0, 0, 1]], targets: [1], network: net3, plane: ([1, 0, 0], [0, 1, 0]))
    }
    // Parallel inputs x and 2x with targets 1 and 1 (N is homogeneous: N(2x) = 2N(x)).
    #expect(throws: InvalidParameter.self) {
      try BGMS18.theorem7Weights(inputs: [[1, 1], [2, 2]], targets: [1, 1], network: net, plane: ([1, 0], [0, 1]))
    }
    #expect(throws: InvalidParameter.self) {
      try BGMS18.theorem7Weights(inputs: [[1, 1]], targets: [1], network: net, plane: ([1, 0], [2, 0]))
    }
  }

  @Test func lemma11DirectionAndTheorem8LocalMinimum() throws {
    for trial in 0..<12 {
      var rng = Self.stream("theorem8", trial: UInt64(trial))
      let d = 2 + trial % 4
      let n = 5 + trial
      let wStar = try BGMS18.SeparableDistribution.randomSeparator(dimension: d, norm: 2 + Double(trial), using: &rng)
      let S = try BGMS18.SeparableDistribution(wStar: wStar, positiveProbability: 0.5).sample(count: n, using: &rng)
      let lemma = try #require(try BGMS18.findLemma11Direction(on: S, using: &rng))
      // Lemma 11, checked independently.
      var negatives = 0
      for i in 0..<n {
        var dot = 0.0
        for j in 0..<d { dot += lemma.direction[j] * S.inputs[i * d + j] }
        #expect(abs(dot) > lemma.margin)
        if dot < 0 { negatives += 1 }
      }
      #expect(2 * negatives > n && negatives == lemma.negatives)
      // Theorem 8: ReLU, v = (1,…,1,−1,…,−1).
      let k = 1 + trial % 3
      let local = try BGMS18.theorem8LocalMinimum(on: S, wStar: wStar, direction: lemma, k: k)
      let net = local.network
      #expect(net.activation.isReLU && net.v == 1)
      let loss = try net.loss(local.weights, on: S)
      #expect(loss > 0.5 && loss == Double(negatives) / Double(n) && local.loss == loss)
      #expect(try net.lossGradient(local.weights, on: S).entries.allSatisfy { $0 == 0 })
      #expect(local.radius > 0)
      // No perturbation inside the radius changes L_S.
      for _ in 0..<50 {
        let direction = rng.nextPointOnSphere(dimension: 2 * k * d)
        let scale = 0.99 * local.radius * rng.nextUniform()
        let perturbation = try BGMS18.Weights(k: k, d: d, entries: direction.map { scale * $0 })
        #expect(try net.loss(local.weights.adding(perturbation), on: S) == loss)
      }
    }
  }

  @Test func lemma11FailsOnACentrallySymmetricSet() throws {
    // S = {(x, 1), (−x, −1)} is separable (w* = x/‖x‖²) but every direction has exactly
    // one point on each side: the proof's "otherwise choose −ŵ" gives 1 = |S|/2, not > 1/2.
    var rng = Self.stream("lemma11-symmetric")
    let S = try BGMS18.TrainingSet(points: [[0.6, 0.3], [-0.6, -0.3]], labels: [1, -1])
    #expect(try S.minimumMargin(of: [0.6 / 0.45, 0.3 / 0.45]) >= 1 - 1e-12)
    #expect(try BGMS18.findLemma11Direction(on: S, using: &rng) == nil)
    #expect(try BGMS18.lemma11Direction(from: [1, 0], on: S) == nil)
    #expect(try BGMS18.lemma11Direction(from: [-0.3, 0.6], on: S) == nil)  // orthogonal to both
    // Theorem 8 fails on this S too: whenever L_S(W) > 1/2 (ReLU, v = ±1), moving one row
    // by ±t·x strictly lowers L_S (w^(i) += t·x helps whichever example it is active on;
    // u^(j) −= t·x likewise), so no local minimum has L_S > 1/2.
    let net = try BGMS18.Network(k: 2, d: 2, v: 1, activation: .relu)
    var high = 0
    for _ in 0..<300 {
      let W = try Self.randomWeights(k: 2, d: 2, using: &rng)
      let loss = try net.loss(W, on: S)
      guard loss > 0.5 else { continue }
      high += 1
      var decreased = false
      for r in 0..<4 {
        var moved = W
        let sign: Double = r < 2 ? 1 : -1  // w-rows move along +x, u-rows along −x
        for j in 0..<2 { moved.entries[r * 2 + j] += sign * 1e-6 * S.x(0)[j] }
        if try net.loss(moved, on: S) < loss { decreased = true }
      }
      #expect(decreased)
    }
    #expect(high > 30)
  }

  @Test func proposition1DirectionIsADescentDirection() throws {
    var checked = 0
    for trial in 0..<20 {
      var rng = Self.stream("proposition1", trial: UInt64(trial))
      let alpha = 0.05 + 0.9 * rng.nextUniform()
      let (net, S, _, wStar) = try Self.problem(
        n: 8, d: 3, k: 1 + trial % 4, wStarNorm: 1.5 + Double(trial), alpha: alpha, using: &rng)
      let W = try Self.randomWeights(k: net.k, d: 3, scale: 2, using: &rng)
      let derivative = try net.wStarDirectionalDerivative(W, on: S, wStar: wStar)
      let bound = try net.proposition1UpperBound(W, on: S)
      if try net.margins(W, on: S).contains(where: { $0 < 1 }) {
        checked += 1
        #expect(derivative < 0)
        #expect(derivative <= bound + 1e-12)
      } else {
        #expect(derivative == 0)
      }
    }
    #expect(checked >= 10)
  }

  @Test func proposition1NonConvexityExamples() throws {
    // Sec. 9.1.1 with x = (0.3, −0.4), ‖x‖² = 0.25, α = 0.2: f = 0, (1+α)·0.25 = 0.3, 0.25.
    let activation = try BGMS18.Activation.leakyReLU(alpha: 0.2)
    let values = try BGMS18.midpointExample(x: [0.3, -0.4], activation: activation)
    #expect(values.first == 0)
    #expect(Self.close(values.second, 0.3, 1e-15))
    #expect(Self.close(values.midpoint, 0.25, 1e-15))
    #expect(values.midpoint > (values.first + values.second) / 2)
    // L_S on S = {(x, −1)}, k = 3, v = 0.5: 1, 1 + 3·0.5·1.2·0.25 = 1.45, and at the
    // midpoint 1 + 3·0.5·0.25 = 1.375 > (1 + 1.45)/2 = 1.225.
    let (W1, W2, S) = try BGMS18.nonConvexLossExample(x: [0.3, -0.4], k: 3)
    let net = try BGMS18.Network(k: 3, d: 2, v: 0.5, activation: activation)
    let mid = try W1.adding(W2).adding(W1, scaledBy: 0)
    let midpoint = try BGMS18.Weights(k: 3, d: 2, entries: mid.entries.map { $0 / 2 })
    #expect(Self.close(try net.loss(W1, on: S), 1, 1e-15))
    #expect(Self.close(try net.loss(W2, on: S), 1.45, 1e-15))
    #expect(Self.close(try net.loss(midpoint, on: S), 1.375, 1e-15))
    #expect(try S.minimumMargin(of: [-1.2, 1.6]) >= 1 - 1e-12)  // w* = −x/‖x‖²
  }
}
