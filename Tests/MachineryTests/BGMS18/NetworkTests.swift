import Generators
import Testing
import Theory

extension BGMS18MathTests {
  @Test func activationValuesAndTheEquation10Convention() throws {
    let leaky = try BGMS18.Activation.leakyReLU(alpha: 0.1)
    #expect(leaky(2) == 2)
    #expect(leaky(-2) == -0.2)
    #expect(leaky(0) == 0)
    #expect(leaky.derivative(0) == 1)  // p = 1 when the pre-activation is ≥ 0 (Eq. 10)
    #expect(leaky.derivative(-1e-300) == 0.1)
    #expect(BGMS18.Activation.relu(-3) == 0)
    #expect(BGMS18.Activation.relu.derivative(-3) == 0)
    #expect(BGMS18.Activation.relu.derivative(0) == 1)
    for bad in [0.0, 1.0, -0.5, 1.5, .nan] {
      #expect(throws: InvalidParameter.self) { try BGMS18.Activation.leakyReLU(alpha: bad) }
    }
  }

  @Test func outputAndLossByHand() throws {
    // k = 1, d = 2, v = 2, α = 0.1, w = (1, −2), u = (0.5, 0.5), x = (0.3, 0.4):
    // ⟨w,x⟩ = −0.5 → σ = −0.05; ⟨u,x⟩ = 0.35 → σ = 0.35; N = 2(−0.05 − 0.35) = −0.8.
    let net = try BGMS18.Network(k: 1, d: 2, v: 2, activation: .leakyReLU(alpha: 0.1))
    let W = try BGMS18.Weights(w: [[1, -2]], u: [[0.5, 0.5]])
    #expect(Self.close(try net.output(W, [0.3, 0.4]), -0.8, 1e-15))
    // L_S is the mean over S: examples (x, +1) with loss 1 + 0.8 = 1.8 and
    // (x' = (0, −0.5), −1): ⟨w,x'⟩ = 1 → 1, ⟨u,x'⟩ = −0.25 → −0.025, N = 2·1.025 = 2.05,
    // loss max{1 + 2.05, 0} = 3.05. L_S = (1.8 + 3.05)/2 = 2.425.
    let S = try BGMS18.TrainingSet(points: [[0.3, 0.4], [0, -0.5]], labels: [1, -1])
    #expect(Self.close(try net.loss(W, on: S), 2.425, 1e-15))
    #expect(Self.close(try net.exampleLoss(W, x: [0, -0.5], y: -1), 3.05, 1e-15))
    #expect(try !net.hasZeroLoss(W, on: S))
  }

  @Test func invalidNetworkParametersThrow() throws {
    let leaky = try BGMS18.Activation.leakyReLU(alpha: 0.3)
    #expect(throws: InvalidParameter.self) { try BGMS18.Network(k: 0, d: 2, v: 1, activation: leaky) }
    #expect(throws: InvalidParameter.self) { try BGMS18.Network(k: 1, d: 0, v: 1, activation: leaky) }
    #expect(throws: InvalidParameter.self) { try BGMS18.Network(k: 1, d: 2, v: 0, activation: leaky) }
    #expect(throws: InvalidParameter.self) { try BGMS18.Network(k: 1, d: 2, v: .nan, activation: leaky) }
    let net = try BGMS18.Network(k: 1, d: 2, v: 1, activation: leaky)
    let W = try BGMS18.Weights.zeros(k: 1, d: 2)
    #expect(throws: InvalidParameter.self) { try net.output(W, [1, 2, 3]) }
    #expect(throws: InvalidParameter.self) { try net.output(W, [.nan, 0]) }
    #expect(throws: InvalidParameter.self) { try net.output(BGMS18.Weights.zeros(k: 2, d: 2), [1, 0]) }
    #expect(throws: InvalidParameter.self) { try net.exampleLoss(W, x: [1, 0], y: 0) }
    #expect(throws: InvalidParameter.self) { try BGMS18.Weights(k: 1, d: 2, entries: [1, 2, 3]) }
    #expect(throws: InvalidParameter.self) { try BGMS18.Weights(k: 1, d: 1, entries: [1, .infinity]) }
    #expect(throws: InvalidParameter.self) { try BGMS18.TrainingSet(points: [[1, 0]], labels: [0.5]) }
    #expect(throws: InvalidParameter.self) { try BGMS18.TrainingSet(points: [[1, 0], [1]], labels: [1, 1]) }
    var W2 = W
    #expect(throws: InvalidParameter.self) { try net.sgdStep(&W2, x: [1, 0], y: 1, learningRate: 0) }
  }

  /// Central differences of a scalar function of W, entry by entry.
  static func numericalGradient(_ W: BGMS18.Weights, h: Double, _ f: (BGMS18.Weights) throws -> Double) rethrows -> [Double] {
    var result = [Double]()
    for i in W.entries.indices {
      var plus = W
      var minus = W
      plus.entries[i] += h
      minus.entries[i] -= h
      result.append((try f(plus) - f(minus)) / (2 * h))
    }
    return result
  }

  /// Whether every pre-activation and the hinge are at least `gap` away from their kinks
  /// (the finite difference then sees a single linear piece).
  static func awayFromKinks(_ net: BGMS18.Network, _ W: BGMS18.Weights, _ S: BGMS18.TrainingSet, gap: Double) throws -> Bool {
    for i in 0..<S.n {
      let z = try net.preActivations(W, S.x(i))
      if z.contains(where: { abs($0) < gap }) { return false }
      if abs(1 - S.labels[i] * (try net.output(W, S.x(i)))) < gap { return false }
    }
    return true
  }

  @Test(arguments: [0.0, 0.25])
  func gradientsMatchCentralDifferences(alpha: Double) throws {
    var rng = Self.stream("finite-differences-\(alpha)")
    let activation = alpha == 0 ? BGMS18.Activation.relu : try .leakyReLU(alpha: alpha)
    var checked = 0
    for trial in 0..<30 {
      let k = 1 + trial % 3
      let d = 1 + trial % 4
      let n = 1 + trial % 5
      let net = try BGMS18.Network(k: k, d: d, v: 0.3 + 0.1 * Double(trial % 4), activation: activation)
      let W = try Self.randomWeights(k: k, d: d, using: &rng)
      let points = (0..<n).map { _ in rng.nextPointInBall(dimension: d) }
      let S = try BGMS18.TrainingSet(points: points, labels: (0..<n).map { _ in rng.nextSign() })
      guard try Self.awayFromKinks(net, W, S, gap: 1e-3) else { continue }
      checked += 1
      let h = 1e-6
      // Per-example loss L_{(x,y)} (Eq. 3).
      let numeric = try Self.numericalGradient(W, h: h) { try net.exampleLoss($0, x: S.x(0), y: S.labels[0]) }
      let analytic = try net.exampleGradient(W, x: S.x(0), y: S.labels[0]).entries
      for (a, b) in zip(analytic, numeric) { #expect(Self.close(a, b, 1e-7), "per-example gradient \(a) vs \(b)") }
      // L_S, the mean over S (the 1/n is in the gradient).
      let numericS = try Self.numericalGradient(W, h: h) { try net.loss($0, on: S) }
      let analyticS = try net.lossGradient(W, on: S).entries
      for (a, b) in zip(analyticS, numericS) { #expect(Self.close(a, b, 1e-7), "L_S gradient \(a) vs \(b)") }
    }
    #expect(checked >= 15)
  }

  @Test func sgdStepIsMinusEtaTimesTheGradientAndEquation10AsPrintedIsNot() throws {
    var rng = Self.stream("eq10")
    let alpha = 0.2
    let net = try BGMS18.Network(k: 3, d: 4, v: 0.7, activation: .leakyReLU(alpha: alpha))
    var disagreements = 0
    for _ in 0..<20 {
      let W = try Self.randomWeights(k: 3, d: 4, scale: 0.3, using: &rng)
      let x = rng.nextPointInBall(dimension: 4)
      let y = rng.nextSign()
      let eta = 0.37
      var stepped = W
      let changed = try net.sgdStep(&stepped, x: x, y: y, learningRate: eta)
      let margin = y * (try net.output(W, x))
      #expect(changed == (margin < 1))
      let expected = try W.adding(net.exampleGradient(W, x: x, y: y), scaledBy: -eta)
      for (a, b) in zip(stepped.entries, expected.entries) { #expect(Self.close(a, b, 1e-14)) }
      guard margin < 1 else { continue }
      // Eq. 10 literally, with v̂ = −v (Sec. 9.1.2 sets v̂₀ = −v):
      // u ← u − η v̂ q y x = u + η v q y x, the opposite of the gradient step.
      let z = try net.preActivations(W, x)
      for i in 0..<3 {
        let q = z[3 + i] >= 0 ? 1.0 : alpha
        let literal = zip(W.u(i), x).map { $0 - eta * (-net.v) * q * y * $1 }
        let gradientStep = stepped.u(i)
        let difference = zip(literal, gradientStep).map { $0 - $1 }
        // literal − gradient step = 2ηvqy·x.
        for (dj, xj) in zip(difference, x) { #expect(Self.close(dj, 2 * eta * net.v * q * y * xj, 1e-12)) }
        if difference.contains(where: { abs($0) > 1e-9 }) { disagreements += 1 }
        // The w-rows of Eq. 10 (v^(i) = v) agree with the gradient.
        let p = z[i] >= 0 ? 1.0 : alpha
        let wLiteral = zip(W.w(i), x).map { $0 + eta * net.v * p * y * $1 }
        for (a, b) in zip(wLiteral, stepped.w(i)) { #expect(Self.close(a, b, 1e-14)) }
      }
    }
    #expect(disagreements > 0)
  }

  @Test func secondLayerGradientMatchesCentralDifferences() throws {
    var rng = Self.stream("second-layer-gradient")
    let net = try BGMS18.Network(k: 2, d: 3, v: 0.5, activation: .leakyReLU(alpha: 0.3))
    var checked = 0
    for _ in 0..<20 {
      let W = try Self.randomWeights(k: 2, d: 3, using: &rng)
      let a = rng.nextNormalVector(count: 4)
      let x = rng.nextPointInBall(dimension: 3)
      let y = rng.nextSign()
      let n0 = try net.output(W, x, secondLayer: a)
      guard abs(1 - y * n0) > 1e-3 else { continue }
      checked += 1
      let (gW, ga) = try net.exampleGradients(W, x: x, y: y, secondLayer: a)
      for r in 0..<4 {
        var plus = a
        var minus = a
        plus[r] += 1e-6
        minus[r] -= 1e-6
        let numeric =
          (max(1 - y * (try net.output(W, x, secondLayer: plus)), 0)
            - max(1 - y * (try net.output(W, x, secondLayer: minus)), 0)) / 2e-6
        #expect(Self.close(ga[r], numeric, 1e-7))
      }
      let numericW = try Self.numericalGradient(W, h: 1e-6) { max(1 - y * (try net.output($0, x, secondLayer: a)), 0) }
      let z = try net.preActivations(W, x)
      guard !z.contains(where: { abs($0) < 1e-3 }) else { continue }
      for (g, b) in zip(gW.entries, numericW) { #expect(Self.close(g, b, 1e-7)) }
    }
    #expect(checked >= 10)
  }
}
