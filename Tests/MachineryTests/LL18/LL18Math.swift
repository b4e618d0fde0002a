import Foundation
import Generators
import LinearAlgebra
import Testing
@testable import Theory

/// Unit tests of LL18's math (network, Eq. 1, pseudo-gradient, SGD, diagnostics, bounds) and
/// generators, each against an independently computed value.
@Suite struct LL18Math {
  static func randomNetwork(k: Int, m: Int, d: Int, seed: UInt64) throws -> LL18.Network {
    var rng = RandomStream(seed: seed, name: "LL18Math.network", trial: 0)
    return try LL18.initialNetwork(k: k, m: m, d: d, reading: .varianceOneOverM, using: &rng)
  }

  /// −log softmax_y of f computed naively (no log-sum-exp), for small outputs.
  static func naiveLoss(_ network: LL18.Network, _ x: [Double], _ y: Int) -> Double {
    var f = [Double](repeating: 0, count: network.k)
    for i in 0..<network.k {
      for r in 0..<network.m {
        var z = 0.0
        for j in 0..<network.d { z += network.w[r, j] * x[j] }
        f[i] += network.a[i, r] * max(0, z)
      }
    }
    return -log(exp(f[y]) / f.reduce(0) { $0 + exp($1) })
  }

  @Test func equation1MatchesCentralDifferences() throws {
    var rng = RandomStream(seed: 3, name: "LL18Math.eq1", trial: 0)
    for (k, m, d) in [(2, 1, 3), (3, 7, 5), (10, 12, 4)] {
      let net = try LL18.initialNetwork(k: k, m: m, d: d, reading: .varianceOneOverSqrtM, using: &rng)
      let x = rng.nextPointOnSphere(dimension: d)
      let y = rng.nextInt(below: k)
      let g = try LL18.equation1(net, x: x, label: y)
      let h = 1e-6
      for r in 0..<m {
        var z = 0.0
        for j in 0..<d { z += net.w[r, j] * x[j] }
        if abs(z) < 1e-3 { continue }
        for j in 0..<d {
          var plus = net, minus = net
          plus.w[r, j] += h
          minus.w[r, j] -= h
          let fd = (Self.naiveLoss(plus, x, y) - Self.naiveLoss(minus, x, y)) / (2 * h)
          #expect(abs(fd - g[r][j]) <= 1e-7 * max(1, abs(fd)), "k=\(k) m=\(m) r=\(r) j=\(j): \(fd) vs \(g[r][j])")
        }
      }
    }
  }

  @Test func matrixGradientIsTheAverageOfEquation1() throws {
    let net = try Self.randomNetwork(k: 4, m: 9, d: 6, seed: 5)
    var rng = RandomStream(seed: 5, name: "LL18Math.avg", trial: 0)
    let rows = (0..<7).map { _ in rng.nextPointOnSphere(dimension: 6) }
    let labels = (0..<7).map { _ in rng.nextInt(below: 4) }
    let x = try Matrix(rows)
    let fast = try LL18.gradient(net, x: x, labels: labels)
    var slow = [[Double]](repeating: [Double](repeating: 0, count: 6), count: 9)
    for s in 0..<7 {
      let g = try LL18.equation1(net, x: rows[s], label: labels[s])
      for r in 0..<9 { for j in 0..<6 { slow[r][j] += g[r][j] / 7 } }
    }
    for r in 0..<9 { for j in 0..<6 { #expect(abs(fast[r, j] - slow[r][j]) < 1e-13) } }
  }

  @Test func pseudoGradientIsTheLinearizedDerivative() throws {
    let net0 = try Self.randomNetwork(k: 3, m: 8, d: 5, seed: 9)
    var rng = RandomStream(seed: 9, name: "LL18Math.pseudo", trial: 0)
    var net = net0
    for i in net.w.elements.indices { net.w.elements[i] += 0.3 * rng.nextNormal() }  // patterns change
    let rows = (0..<6).map { _ in rng.nextPointOnSphere(dimension: 5) }
    let labels = (0..<6).map { _ in rng.nextInt(below: 3) }
    let x = try Matrix(rows)
    let pseudo = try LL18.pseudoGradient(net, initial: net0.w, x: x, labels: labels)
    let h = 1e-5
    for r in 0..<8 {
      for j in 0..<5 {
        var vp = net.w, vm = net.w
        vp[r, j] += h
        vm[r, j] -= h
        let fd = (try LL18.pseudoLinearizedLoss(net, at: vp, initial: net0.w, x: x, labels: labels)
          - LL18.pseudoLinearizedLoss(net, at: vm, initial: net0.w, x: x, labels: labels)) / (2 * h)
        #expect(abs(fd - pseudo[r, j]) < 1e-8)
      }
    }
    // Pattern frozen at W itself: the pseudo-gradient is the gradient.
    let same = try LL18.pseudoGradient(net, initial: net.w, x: x, labels: labels)
    #expect(same == (try LL18.gradient(net, x: x, labels: labels)))
    // Literal Eq. 1 with a pattern matrix agrees with the matrix form.
    let literal = try LL18.equation1(net, x: rows[0], label: labels[0], pattern: net0.w)
    let one = try LL18.pseudoGradient(net, initial: net0.w, x: try Matrix([rows[0]]), labels: [labels[0]])
    for r in 0..<8 { for j in 0..<5 { #expect(abs(literal[r][j] - one[r, j]) < 1e-13) } }
  }

  @Test func incrementalPreActivationsDriftAfter400Steps() throws {
    var rng = RandomStream(seed: 11, name: "LL18Math.drift", trial: 0)
    let mixture = try LL18.GaussianMixture(k: 4, l: 2, d: 30, using: &rng)
    let train = try mixture.sample(80, using: &rng).data
    let test = try mixture.sample(40, using: &rng).data
    let net = try LL18.initialNetwork(k: 4, m: 60, d: 30, reading: .varianceOneOverM, using: &rng)
    var sgd = try LL18.SGD(network: net, train: train, test: test, eta: 10.0 / 60, batchSize: 16, recomputeEvery: 0)
    let schedule = try LL18.batches(n: 80, batchSize: 16, steps: 400, sampling: .withoutReplacement, using: &rng)
    for b in schedule { try sgd.step(batch: b) }
    let drift = try sgd.preActivationDrift()
    #expect(drift <= 1e-9, "drift \(drift)")
    let exactTest = try sgd.network.preActivations(test.x)
    let testDrift = zip(exactTest.elements, sgd.testPreActivations.elements).map { abs($0 - $1) }.max()!
    #expect(testDrift <= 1e-9 * max(1, exactTest.elements.map(abs).max()!))
    #expect(try LL18.relativeDistance(sgd.network.w, from: net.w) > 0)
  }

  /// Issue 12: the sample-space trainer's kept pre-activations agree with a full
  /// recomputation X W_Tᵀ to 1e-9 relative after 400 steps (the run's `drift`).
  @Test func sampleSpaceDriftAfter400Steps() throws {
    var rng = RandomStream(seed: 13, name: "LL18Math.experimentDrift", trial: 0)
    var setting = LL18.Settings.smallMixture(m: 50, steps: 400)
    setting.trainCount = 100
    setting.testCount = 20
    setting.trainer = .sampleSpace
    let r = try LL18.runExperiment(setting, using: &rng)
    #expect(r.drift > 0, "drift \(r.drift)")
    #expect(r.drift <= 1e-9, "drift \(r.drift)")
  }

  /// The one-pass accuracy of the snapshots equals the accuracy of the outputs F = ReLU(P)Aᵀ
  /// (m a multiple of 8 and not; labels with clear margins and with every kind of row).
  @Test func onePassAccuracyMatchesOutputs() throws {
    var rng = RandomStream(seed: 22, name: "LL18Math.accuracy", trial: 0)
    for (n, m, k) in [(37, 29, 3), (50, 64, 10), (5, 7, 2)] {
      let p = try Matrix(rows: n, columns: m, elements: rng.nextNormalVector(count: n * m))
      let a = try Matrix(rows: k, columns: m, elements: rng.nextNormalVector(count: k * m))
      let f = try LL18.outputs(preActivations: p, a: a)
      // Labels: the argmax of each row (correct unless a near tie) or another class.
      let labels = (0..<n).map { s in
        let row = f.row(s)
        return s % 3 == 0 ? (row.indices.max { row[$0] < row[$1] }! + 1) % k : row.indices.max { row[$0] < row[$1] }!
      }
      #expect(LL18.accuracy(preActivations: p, a: a, labels: labels) == LL18.accuracy(outputs: f, labels: labels))
    }
  }

  /// The two trainers (weight space: W kept, snapshots recompute X Wᵀ; sample space: W never
  /// formed, P ← P − η K[:, B] G) give the same run: snapshots, W_T and the running
  /// ‖W_t − W₀‖ agree to rounding, on the same data, initialization and batches, with
  /// batches drawn with replacement (repeated indices) and without.
  @Test func sampleSpaceTrainerMatchesWeightSpace() throws {
    for sampling in LL18.BatchSampling.allCases {
      var base = LL18.Settings.smallMixture(m: 40, steps: 60, sampling: sampling, d: 30)
      base.trainCount = 50
      base.testCount = 30
      base.recordEvery = 7
      var results: [LL18.ExperimentResult] = []
      for trainer in [LL18.ExperimentSetting.Trainer.weightSpace, .sampleSpace] {
        var rng = RandomStream(seed: 21, name: "LL18Math.trainers", trial: 0)
        var s = base
        s.trainer = trainer
        results.append(try LL18.runExperiment(s, using: &rng))
      }
      let (w, p) = (results[0], results[1])
      #expect(w.snapshots.count == p.snapshots.count)
      for (a, b) in zip(w.snapshots, p.snapshots) {
        #expect(a.step == b.step && a.trainAccuracy == b.trainAccuracy && a.testAccuracy == b.testAccuracy)
        #expect(a.patternChangePairs == b.patternChangePairs && a.patternChangeUnits == b.patternChangeUnits)
        #expect(abs(a.relativeDistance - b.relativeDistance) <= 1e-10 * max(1e-3, a.relativeDistance))
      }
      let scale = w.final.w.elements.map(abs).max()!
      let gap = zip(w.final.w.elements, p.final.w.elements).map { abs($0 - $1) }.max()!
      #expect(gap <= 1e-11 * scale, "W_T differs by \(gap)")
      #expect(p.drift <= 1e-9)
    }
  }

  /// A diverging run (a step size that overflows the weights) throws `Divergence` within one
  /// step, never a pass.
  @Test func divergingRunThrowsDivergence() throws {
    var rng = RandomStream(seed: 14, name: "LL18Math.divergence", trial: 0)
    let mixture = try LL18.StructuredMixture(k: 3, l: 2, d: 6, layout: .circle, using: &rng)
    let train = try mixture.sample(10, using: &rng).data
    var net = try LL18.initialNetwork(k: 3, m: 5, d: 6, reading: .varianceOneOverM, using: &rng)
    net.w[2, 3] = .infinity
    var sgd = try LL18.SGD(network: net, train: train, eta: 0.1, batchSize: 4)
    #expect(throws: Divergence.self) { try sgd.step(batch: [0, 1, 2, 3]) }
    var nanNet = try LL18.initialNetwork(k: 3, m: 5, d: 6, reading: .varianceOneOverSqrtM, using: &rng)
    nanNet.w[4, 0] = .nan
    var nanRun = try LL18.SGD(network: nanNet, train: train, eta: 0.1, batchSize: 4)
    #expect(throws: Divergence.self) { for _ in 0..<3 { try nanRun.step(batch: [4, 5, 6, 7]) } }
    // The sample-space trainer: a non-finite weight gives non-finite pre-activations.
    var sampleSpace = try LL18.SampleSpaceSGD(network: net, train: train, eta: 0.1, batchSize: 4)
    #expect(throws: Divergence.self) { try sampleSpace.step(batch: [0, 1, 2, 3]) }
  }

  @Test func sgdStepIsEquation1() throws {
    var rng = RandomStream(seed: 12, name: "LL18Math.step", trial: 0)
    let mixture = try LL18.StructuredMixture(k: 3, l: 2, d: 6, layout: .circle, using: &rng)
    let train = try mixture.sample(10, using: &rng).data
    let net = try LL18.initialNetwork(k: 3, m: 5, d: 6, reading: .varianceOneOverM, using: &rng)
    var sgd = try LL18.SGD(network: net, train: train, eta: 0.7, batchSize: 4)
    let batch = [3, 1, 1, 8]
    try sgd.step(batch: batch)
    var expected = net.w
    for s in batch {
      let g = try LL18.equation1(net, x: train.x.row(s), label: train.labels[s])
      for r in 0..<5 { for j in 0..<6 { expected[r, j] -= 0.7 / 4 * g[r][j] } }
    }
    for i in expected.elements.indices { #expect(abs(expected.elements[i] - sgd.network.w.elements[i]) < 1e-14) }
    #expect(throws: InvalidParameter.self) { try sgd.step(batch: [0, 1, 2, 10]) }
    #expect(throws: InvalidParameter.self) { try sgd.step(batch: [0, 1]) }
  }

  @Test func patternChangeReadings() throws {
    let p0 = try Matrix([[1, -1, 2], [0, 3, -2]])
    let p = try Matrix([[-1, -1, 2], [0, -3, -1]])  // flips: (0,0) and (1,1)
    let c = LL18.patternChange(initial: p0, current: p)
    #expect(c.pairs == 2.0 / 6)
    #expect(c.units == 2.0 / 3)
  }

  @Test func boundsAndShares() throws {
    // 1 − e·η·t·k·l/σ with η = 10/100, t = 400, k = 10, l = 2, σ = 1/10.
    #expect(abs(try LL18.lemma5_1Bound(eta: 0.1, steps: 400, k: 10, l: 2, sigma: 0.1) - (1 - M_E * 8000)) < 1e-9)
    // Non-vacuous width: (e·10·400·20)^2 for σ = m^(−1/2).
    let w = try LL18.lemma5_1NonVacuousWidth(eta0: 10, steps: 400, k: 10, l: 2, sigmaExponent: 0.5)
    #expect(abs(w / pow(M_E * 80_000, 2) - 1) < 1e-12)
    let forms = LL18.lemma5_2Forms(delta: 0.5, k: 2, l: 3, v: 0.2)
    #expect(forms.fraction == 0.5 / 6 && abs(forms.norm - 0.1 / 6) < 1e-15 && forms.width == 8 * 9 / 0.5)
    let shares = LL18.topShares([4, 3, 2, 1], q: 2)
    #expect(shares.linear == 0.7 && abs(shares.squared - 25.0 / 30) < 1e-15 && shares.gap == 1.5)
  }

  @Test func xorExampleOfSection3() throws {
    let xor = LL18.BallComponents.xorExample
    #expect(abs(xor.delta - 1.9) < 1e-12)
    #expect(xor.diameter == 0.1)
    #expect(xor.meetsA1)  // 0.1 ≤ 1.9/16 = 0.11875
    #expect(!xor.meetsA2)
    #expect(xor.normRange.lowerBound == 0 && abs(xor.normRange.upperBound - (8.0.squareRoot() + 0.05)) < 1e-12)
  }

  @Test func structuredMixtureMeetsA1A2() throws {
    var rng = RandomStream(seed: 13, name: "LL18Math.structured", trial: 0)
    for (k, l, d, layout) in [(2, 2, 2, LL18.StructuredMixture.Layout.circle), (3, 4, 10, .circle), (5, 1, 20, .random)] {
      let mix = try LL18.StructuredMixture(k: k, l: l, d: d, layout: layout, using: &rng)
      #expect(mix.diameter <= mix.lambda * mix.delta * (1 + 1e-12))
      #expect(mix.diameter >= 0.99 * mix.lambda * mix.delta)  // θ is the largest allowed
      let sample = try mix.sample(300, using: &rng)
      for s in 0..<300 {
        let z = sample.components[s]
        #expect(mix.inSupport(sample.data.x.row(s), classIndex: z / l, component: z % l))
      }
      let measured = try LL18.measureAssumptions(sample.data.x, classes: sample.data.labels, components: sample.components)
      #expect(measured.classDistance >= mix.delta - 1e-9)
      #expect(measured.componentDiameter <= mix.diameter + 1e-9)
      #expect(abs(measured.smallestNorm - 1) < 1e-12 && abs(measured.largestNorm - 1) < 1e-12)
    }
  }

  @Test func gaussianMixtureScales() throws {
    var rng = RandomStream(seed: 14, name: "LL18Math.gmm", trial: 0)
    let mix = try LL18.GaussianMixture(k: 10, l: 2, d: 1000, using: &rng)
    let sample = try mix.sample(200, using: &rng)
    // E‖x‖² = σ₀² + σ² = 26 (sd of ‖x‖² about √(2·26²/1000) ≈ 1.2 per point).
    let mean = (0..<200).map { s in sample.data.x.row(s).reduce(0) { $0 + $1 * $1 } }.reduce(0, +) / 200
    #expect(abs(mean - 26) < 1.5)
  }

  @Test func initializationReadingsAndBatches() throws {
    var rng = RandomStream(seed: 15, name: "LL18Math.init", trial: 0)
    for reading in LL18.InitializationReading.allCases {
      let net = try LL18.initialNetwork(k: 3, m: 400, d: 50, reading: reading, using: &rng)
      let v = net.w.elements.reduce(0) { $0 + $1 * $1 } / Double(net.w.elements.count)
      let expected = reading == .varianceOneOverM ? 1.0 / 400 : 1.0 / 20
      #expect(abs(v / expected - 1) < 0.03)  // s.e. √(2/20000) = 0.01
      let va = net.a.elements.reduce(0) { $0 + $1 * $1 } / Double(net.a.elements.count)
      #expect(abs(va - 1) < 0.12)  // s.e. √(2/1200) = 0.04
    }
    let b = try LL18.batches(n: 10, batchSize: 3, steps: 7, sampling: .withoutReplacement, using: &rng)
    #expect(b.count == 7)
    for pass in [Array(b[0..<3]), Array(b[3..<6])] { #expect(Set(pass.joined()).count == 9) }
  }
}
