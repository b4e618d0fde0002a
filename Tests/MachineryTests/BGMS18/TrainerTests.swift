import Generators
import Testing
import Theory

extension BGMS18MathTests {
  /// A small separable problem: S from `SeparableDistribution`, W₀ uniform in the ball of
  /// radius R.
  static func problem(
    n: Int, d: Int, k: Int, wStarNorm: Double, alpha: Double = 0.3, v: Double = 0.5, R: Double = 0.5,
    using rng: inout RandomStream
  ) throws -> (net: BGMS18.Network, S: BGMS18.TrainingSet, W0: BGMS18.Weights, wStar: [Double]) {
    let wStar = try BGMS18.SeparableDistribution.randomSeparator(dimension: d, norm: wStarNorm, using: &rng)
    let S = try BGMS18.SeparableDistribution(wStar: wStar).sample(count: n, using: &rng)
    let net = try BGMS18.Network(k: k, d: d, v: v, activation: .leakyReLU(alpha: alpha))
    let W0 = try BGMS18.Initialization.uniformInBall.weights(k: k, d: d, R: R, using: &rng)
    return (net, S, W0, wStar)
  }

  @Test(arguments: ["cyclic", "uniform", "reshuffled", "explicit"])
  func trainerMatchesStepByStepSGD(order name: String) throws {
    var rng = Self.stream("trainer-vs-steps-\(name)")
    let (net, S, W0, _) = try Self.problem(n: 12, d: 5, k: 3, wStarNorm: 4, using: &rng)
    let explicit = [3, 0, 7, 7, 11, 1, 2, 4, 5, 6, 8, 9, 10, 2]
    let order: BGMS18.ExampleOrder =
      switch name {
      case "cyclic": .cyclic
      case "uniform": .uniform
      case "reshuffled": .reshuffled
      default: .explicit(explicit)
      }
    var trainingStream = Self.stream("trainer-order-\(name)")
    var referenceStream = trainingStream
    let result = try net.trainFirstLayer(
      from: W0, on: S, learningRate: 0.3, order: order, maxSteps: 100_000, using: &trainingStream)
    #expect(result.outcome == .converged)
    #expect(try net.hasZeroLoss(result.weights, on: S))
    // Replay the same index sequence with the reference step; the indices come from
    // Generators' nextInt(below:) and shuffle(_:), so the trainer's internal sampler
    // must draw exactly the same.
    var W = W0
    var updates = 0
    var lastUpdate = 0
    var permutation = Array(0..<S.n)
    var position = S.n
    for t in 0..<result.iterations {
      let i: Int
      switch order {
      case .cyclic: i = t % S.n
      case .uniform: i = referenceStream.nextInt(below: S.n)
      case .reshuffled:
        if position == S.n {
          referenceStream.shuffle(&permutation)
          position = 0
        }
        i = permutation[position]
        position += 1
      default: i = explicit[t % explicit.count]
      }
      if try net.sgdStep(&W, x: S.x(i), y: S.labels[i], learningRate: 0.3) {
        updates += 1
        lastUpdate = t + 1
      }
    }
    #expect(W == result.weights)  // bit-identical: same kernels
    #expect(updates == result.nonZeroUpdates)
    #expect(lastUpdate == result.steps)
    #expect(result.updatesPerExample.reduce(0, +) == result.nonZeroUpdates)
    #expect(result.nonZeroUpdates > 0)
  }

  @Test func greedyOrderMatchesAReferenceGreedyLoop() throws {
    var rng = Self.stream("greedy")
    let (net, S, W0, _) = try Self.problem(n: 15, d: 4, k: 2, wStarNorm: 5, using: &rng)
    let result = try net.trainFirstLayer(from: W0, on: S, learningRate: 0.2, order: .greedy, maxSteps: 100_000)
    #expect(result.outcome == .converged)
    #expect(try net.hasZeroLoss(result.weights, on: S))
    var W = W0
    var updates = 0
    while updates < 100_000 {
      let margins = try net.margins(W, on: S)
      let i = margins.indices.min { margins[$0] < margins[$1] }!
      guard margins[i] < 1 else { break }
      try net.sgdStep(&W, x: S.x(i), y: S.labels[i], learningRate: 0.2)
      updates += 1
    }
    #expect(updates == result.nonZeroUpdates)
    #expect(result.steps == result.nonZeroUpdates)  // greedy never wastes a step
    for (a, b) in zip(W.entries, result.weights.entries) { #expect(Self.close(a, b, 1e-12)) }
  }

  @Test(arguments: ["uniform", "reshuffled", "cyclic", "greedy"])
  func everyOrderStaysWithinTheorem2(order name: String) throws {
    // A sanity check of trainer + M_k (Theorem 2), not the claim itself.
    for trial in 0..<4 {
      var rng = Self.stream("theorem2-sanity-\(name)", trial: UInt64(trial))
      let k = [1, 3, 10, 30][trial]
      let R = 0.4
      let (net, S, W0, wStar) = try Self.problem(
        n: 40, d: 6, k: k, wStarNorm: 3, alpha: 0.2, v: 0.3, R: R, using: &rng)
      let order: BGMS18.ExampleOrder =
        switch name {
        case "uniform": .uniform
        case "reshuffled": .reshuffled
        case "cyclic": .cyclic
        default: .greedy
        }
      let result = try net.trainFirstLayer(from: W0, on: S, learningRate: 0.5, order: order, maxSteps: 1_000_000, using: &rng)
      let norm = wStar.reduce(0) { $0 + $1 * $1 }.squareRoot()
      let bound = try BGMS18.updateBound(wStarNorm: norm, k: k, eta: 0.5, v: 0.3, alpha: 0.2, R: R)
      #expect(result.outcome == .converged)
      #expect(Double(result.nonZeroUpdates) <= bound)
    }
  }

  @Test func stepCapDivergenceAndInvalidArguments() throws {
    var rng = Self.stream("cap")
    let (net, S, _, _) = try Self.problem(n: 50, d: 3, k: 2, wStarNorm: 10, using: &rng)
    let zero = try BGMS18.Weights.zeros(k: 2, d: 3)
    let capped = try net.trainFirstLayer(from: zero, on: S, learningRate: 0.01, order: .uniform, maxSteps: 3, using: &rng)
    #expect(capped.outcome == .stepCapReached)
    #expect(capped.steps == 3 && capped.iterations == 3 && capped.nonZeroUpdates == 3)
    #expect(!capped.reachedZeroLoss)
    // Overflowing pre-activations: 1.5e308·0.7 + 1.5e308·0.7 = ∞.
    let huge = try BGMS18.Weights(k: 1, d: 2, entries: [1.5e308, 1.5e308, 0, 0])
    let net2 = try BGMS18.Network(k: 1, d: 2, v: 1, activation: .leakyReLU(alpha: 0.5))
    let S2 = try BGMS18.TrainingSet(points: [[0.7, 0.7]], labels: [1])
    #expect(throws: Divergence.self) {
      try net2.trainFirstLayer(from: huge, on: S2, learningRate: 1, order: .cyclic, maxSteps: 10)
    }
    #expect(throws: InvalidParameter.self) {
      try net.trainFirstLayer(from: zero, on: S, learningRate: 1, order: .uniform, maxSteps: 10)
    }
    #expect(throws: InvalidParameter.self) {
      try net.trainFirstLayer(from: zero, on: S, learningRate: 1, order: .explicit([0, 50]), maxSteps: 10)
    }
    #expect(throws: InvalidParameter.self) {
      try net.trainFirstLayer(from: zero, on: S, learningRate: -1, order: .cyclic, maxSteps: 10)
    }
    #expect(throws: InvalidParameter.self) {
      try net.trainFirstLayer(from: zero, on: S, learningRate: 1, order: .cyclic, maxSteps: -1)
    }
    #expect(throws: InvalidParameter.self) {
      try net.trainFirstLayer(from: BGMS18.Weights.zeros(k: 1, d: 3), on: S, learningRate: 1, order: .cyclic, maxSteps: 1)
    }
  }

  @Test func alreadyAtAGlobalMinimumTakesZeroSteps() throws {
    var rng = Self.stream("already")
    let (net, S, _, wStar) = try Self.problem(n: 20, d: 3, k: 2, wStarNorm: 2, using: &rng)
    // A positive multiple of W* is a global minimum: N = kv(1+α)c⟨w*, x⟩.
    let W = try BGMS18.Weights.wStar(k: 2, wStar.map { 10 * $0 })
    for order in [BGMS18.ExampleOrder.uniform, .reshuffled, .cyclic, .greedy, .explicit([1])] {
      let result = try net.trainFirstLayer(from: W, on: S, learningRate: 1, order: order, maxSteps: 1000, using: &rng)
      #expect(result.outcome == .converged)
      #expect(result.steps == 0 && result.nonZeroUpdates == 0)
    }
  }

  @Test func reluGetsStuckWhenACoordinateIsDeadAndLemma12Holds() throws {
    // Sec. 7.2: S = {e₁,…,e₄}×{1}, ReLU, v = 1; ⟨w₀, e₁⟩ < 0 for the only w-row, so
    // e₁ ∈ K₀ and SGD can never fit it (Theorem 9, Lemma 12).
    let S = try BGMS18.TrainingSet.standardBasis(dimension: 4)
    let net = try BGMS18.Network(k: 1, d: 4, v: 1, activation: .relu)
    let W0 = try BGMS18.Weights(w: [[-0.5, 0.3, 0.2, 0.1]], u: [[-0.1, -0.2, 0.3, -0.4]])
    var rng = Self.stream("relu-stuck")
    for order in [BGMS18.ExampleOrder.uniform, .reshuffled, .cyclic, .greedy] {
      let result = try net.trainFirstLayer(from: W0, on: S, learningRate: 0.3, order: order, maxSteps: 100_000, using: &rng)
      #expect(result.outcome == .stuck)
      #expect(result.updatesPerExample[0] == 0)
      #expect(try net.margins(result.weights, on: S)[0] <= 0)
      // Greedy keeps choosing e₁ (the smallest margin, zero gradient); the others fit e₂…e₄.
      if order != .greedy { #expect(try net.margins(result.weights, on: S)[1...].allSatisfy { $0 >= 1 }) }
    }
    // Lemma 12 along a uniform trajectory: K_t = {e_j : ⟨w_t^(i), e_j⟩ ≤ 0 ∀i} is constant.
    func K(_ W: BGMS18.Weights) -> [Bool] { (0..<4).map { j in (0..<W.k).allSatisfy { W.w($0)[j] <= 0 } } }
    var W = try BGMS18.Initialization.uniformEntries(bound: 1).weights(k: 3, d: 4, R: 0, using: &rng)
    let net3 = try BGMS18.Network(k: 3, d: 4, v: 1, activation: .relu)
    let K0 = K(W)
    for _ in 0..<400 {
      let i = rng.nextInt(below: 4)
      try net3.sgdStep(&W, x: S.x(i), y: 1, learningRate: 0.1)
      #expect(K(W) == K0)
    }
  }

  @Test func explicitOrderThatSkipsAnExampleEndsStuck() throws {
    let S = try BGMS18.TrainingSet.standardBasis(dimension: 3)
    let net = try BGMS18.Network(k: 1, d: 3, v: 1, activation: .leakyReLU(alpha: 0.5))
    let result = try net.trainFirstLayer(
      from: BGMS18.Weights.zeros(k: 1, d: 3), on: S, learningRate: 0.25, order: .explicit([0, 1]), maxSteps: 1000)
    #expect(result.outcome == .stuck)
    #expect(result.updatesPerExample[2] == 0)
    #expect(result.updatesPerExample[0] > 0 && result.updatesPerExample[1] > 0)
  }

  @Test func theorem9IterationCountIsOffByTheCeiling() throws {
    // Sec. 9.3.2: K₀ = ∅ but each e_j needs ⌈max{C,1}/η⌉ = ⌈2.5⌉ = 3 updates (N(e_j) =
    // 0.01 + 0.4m ≥ 1 first at m = 3), 6 in all, while ⌈max{dC/η, d/η}⌉ = ⌈5⌉ = 5.
    let S = try BGMS18.TrainingSet.standardBasis(dimension: 2)
    let net = try BGMS18.Network(k: 1, d: 2, v: 1, activation: .relu)
    let W0 = try BGMS18.Weights(w: [[0.01, 0.01]], u: [[-0.5, -0.5]])
    let result = try net.trainFirstLayer(from: W0, on: S, learningRate: 0.4, order: .cyclic, maxSteps: 1000)
    #expect(result.outcome == .converged)
    #expect(result.nonZeroUpdates == 6)
    #expect(try BGMS18.theorem9UpdateBound(d: 2, C: 1, eta: 0.4) == 5)
    #expect(try 2 * BGMS18.theorem9PerExampleUpdateBound(C: 1, eta: 0.4) == 6)
  }

  @Test func theorem10SequenceMeetsEveryReadingOfTheLowerBound() throws {
    // The repeated sequence e₁…e_d, w* = (1,…,1), the initialization of Sec. 9.1.4 with
    // R = v = 1/√(2k) (Theorem 4) and with a 10× larger R.
    for (d, k, eta, alpha, rScale) in [
      (10, 3, 0.5, 0.3, 1.0), (10, 3, 50.0, 0.3, 1.0), (5, 1, 0.05, 0.1, 1.0), (20, 5, 2.0, 0.6, 10.0),
      (7, 2, 10.0, 0.05, 10.0),
    ] {
      let v = try BGMS18.equation6Scale(k: k)
      let R = rScale * v
      let net = try BGMS18.Network(k: k, d: d, v: v, activation: .leakyReLU(alpha: alpha))
      let W0 = try BGMS18.theorem10Initialization(k: k, d: d, R: R)
      #expect(abs(W0.maximumRowNorm - R) < 1e-12)
      let S = try BGMS18.TrainingSet.standardBasis(dimension: d)
      let result = try net.trainFirstLayer(from: W0, on: S, learningRate: eta, order: .cyclic, maxSteps: 10_000_000)
      #expect(result.outcome == .converged)
      let norm = Double(d).squareRoot()
      for reading in [BGMS18.Reading.statement, .proof] {
        let bound = try BGMS18.theorem10LowerBound(
          wStarNorm: norm, k: k, eta: eta, v: v, alpha: alpha, R: R, reading: reading)
        #expect(Double(result.nonZeroUpdates) >= bound - 1e-9)
      }
      let corrected = max(
        min(
          try BGMS18.theorem10B1Corrected(wStarNorm: norm, k: k, eta: eta, v: v, alpha: alpha, R: R),
          try BGMS18.theorem10B2Corrected(wStarNorm: norm, k: k, eta: eta, v: v, alpha: alpha, R: R)),
        Double(d))
      #expect(Double(result.nonZeroUpdates) >= corrected - 1e-9)
      #expect(result.nonZeroUpdates % d == 0)  // symmetric coordinates: whole passes
    }
  }

  @Test func bothLayersTrainingFollowsTheGradientAndTracksC() throws {
    var rng = Self.stream("both-layers")
    let (net, S, W0, wStar) = try Self.problem(n: 10, d: 4, k: 2, wStarNorm: 3, using: &rng)
    // Seven steps against the reference simultaneous gradient step.
    let short = try net.trainBothLayers(
      from: W0, on: S, learningRate: 0.3, secondLayerLearningRate: 0.05, order: .cyclic, maxSteps: 7, using: &rng)
    var W = W0
    var a = net.secondLayer
    for t in 0..<7 {
      let i = t % S.n
      let (gW, ga) = try net.exampleGradients(W, x: S.x(i), y: S.labels[i], secondLayer: a)
      W = try W.adding(gW, scaledBy: -0.3)
      a = zip(a, ga).map { $0 - 0.05 * $1 }
    }
    for (x, y) in zip(W.entries, short.training.weights.entries) { #expect(Self.close(x, y, 1e-13)) }
    for (x, y) in zip(a, short.training.secondLayer) { #expect(Self.close(x, y, 1e-13)) }
    // A full run: c ≤ every final ratio ≤ C, and the Eq. 13 bound with the measured c, C.
    let full = try net.trainBothLayers(
      from: W0, on: S, learningRate: 0.3, secondLayerLearningRate: 0.05, order: .uniform, maxSteps: 1_000_000, using: &rng)
    #expect(full.training.outcome == .converged)
    #expect(full.c <= 1 && full.C >= 1)
    for (final, initial) in zip(full.training.secondLayer, net.secondLayer) {
      #expect(final / initial >= full.c && final / initial <= full.C)
    }
    #expect(full.signChanges == 0 && full.c > 0)
    let norm = wStar.reduce(0) { $0 + $1 * $1 }.squareRoot()
    let bound = try BGMS18.bothLayersUpdateBound(
      wStarNorm: norm, k: 2, eta: 0.3, v: 0.5, alpha: 0.3, R: 0.5, c: full.c, C: full.C)
    #expect(Double(full.training.nonZeroUpdates) <= bound)
  }

  @Test func bothLayersCountsSignChanges() throws {
    // k = 1, d = 1, v = 0.1, α = 0.5, w = −1, u = 1, example (1, +1): N = 0.1(−0.5) − 0.1
    // < 1, and the u-neuron's weight moves −0.1 + η_v·σ(1) = 0.9 > 0: a sign change, so
    // c = min(−0.4/0.1, 0.9/(−0.1)) = −9.
    let net = try BGMS18.Network(k: 1, d: 1, v: 0.1, activation: .leakyReLU(alpha: 0.5))
    let W0 = try BGMS18.Weights(w: [[-1]], u: [[1]])
    let S = try BGMS18.TrainingSet(points: [[1]], labels: [1])
    var rng = Self.stream("sign-change")
    let result = try net.trainBothLayers(
      from: W0, on: S, learningRate: 0.01, secondLayerLearningRate: 1, order: .cyclic, maxSteps: 1, using: &rng)
    // The w-neuron's weight also flips: 0.1 + 1·σ(−1) = 0.1 − 0.5 = −0.4.
    #expect(result.signChanges == 2 && result.neuronsWithSignChange == 2)
    #expect(Self.close(result.training.secondLayer[0], -0.4, 1e-15))
    #expect(Self.close(result.training.secondLayer[1], 0.9, 1e-15))
    #expect(Self.close(result.c, -9, 1e-14))  // 0.9 / (−0.1)
    #expect(throws: InvalidParameter.self) {
      try net.trainBothLayers(from: W0, secondLayer: [0.1, 0], on: S, learningRate: 1, order: .cyclic, maxSteps: 1, using: &rng)
    }
  }
}
