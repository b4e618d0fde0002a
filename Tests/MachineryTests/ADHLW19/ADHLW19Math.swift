import Foundation
import Generators
import LinearAlgebra
import Testing
@testable import Theory

/// Unit tests of the ADHLW19 math against independently computed values (python3 + mpmath,
/// mp.dps = 40), exact identities and finite differences.
@Suite("ADHLW19Math")
struct ADHLW19Math {
  static func close(_ a: Double, _ b: Double, relative: Double) -> Bool {
    abs(a - b) <= relative * max(abs(a), abs(b))
  }

  /// The unit rows e₁ and (cos θ, sin θ, 0).
  static func pair(_ theta: Double) throws -> Matrix {
    try Matrix([[1, 0, 0], [cos(theta), sin(theta), 0]])
  }

  // mpmath: h = cos(t)*(pi-t)/(2*pi), lam = 1/2 - |h|, t the double θ exactly.
  static let references: [(theta: Double, h: Double, lambda: Double)] = [
    (1e-10, 0.4999999999840845056883105, 1.59154943116895335768088e-11),
    (1e-5, 0.4999984084255691606243222, 1.59157443083937567781022e-6),
    (0.3, 0.4320542871946839358200272, 0.06794571280531606417997276),
    (1, 0.1841593701912062546470313, 0.3158406298087937453529687),
    (2, -0.07560976609650576012050341, 0.4243902339034942398794966),
    (3, -0.02230964992668087840446773, 0.4776903500733191215955323),
    (Double.pi - 1e-8, -1.591549440737216975510636e-9, 0.499999998408450559262783),  // θ = 3.141592643589793 exactly
  ]

  @Test func kernelEntriesAgainstMpmath() throws {
    for r in Self.references {
      #expect(Self.close(ADHLW19.kernelEntry(angle: r.theta), r.h, relative: 1e-14))
      let h = try ADHLW19.gramInfinity(try Self.pair(r.theta))
      #expect(h[0, 0] == 0.5 && h[1, 1] == 0.5)
      #expect(Self.close(h[0, 1], r.h, relative: 1e-14))
      #expect(h[0, 1] == h[1, 0])
    }
  }

  @Test func pairLambdaZeroAgainstMpmath() throws {
    for r in Self.references {
      // The closed form is accurate to relative rounding even at θ = 1e-10.
      #expect(Self.close(try ADHLW19.pairLambdaZero(angle: r.theta), r.lambda, relative: 1e-13))
      // The eigensolver on the 2 × 2 H^∞ is accurate to absolute rounding of ‖H‖ ≈ 1/2.
      let e = try SymmetricEigen(try ADHLW19.gramInfinity(try Self.pair(r.theta)), computeVectors: false)
      #expect(abs(e.values[0] - r.lambda) <= 4 * Double.ulpOfOne)
    }
    // Naive arccos of the rounded inner product loses the pair at θ = 1e-10 (documented reason
    // for the stable angle): 1 − 5e-21 rounds to 1, so the naive λ₀ is 0.
    let t = cos(1e-10)
    #expect(t == 1)
    #expect(0.5 - t * (Double.pi - acos(t)) / (2 * Double.pi) == 0)
    #expect(throws: InvalidParameter.self) { try ADHLW19.pairLambdaZero(angle: -1) }
  }

  @Test func stableAngle() throws {
    for theta in [1e-12, 1e-10, 1e-6, 0.5, 2, Double.pi - 1e-9] {
      let x = try Self.pair(theta)
      #expect(Self.close(ADHLW19.angle(x, 0, 1), theta, relative: 1e-12))
    }
  }

  @Test func identitiesOnRandomInputs() throws {
    var rng = RandomStream(seed: 7, name: "ADHLW19Math.identities", trial: 0)
    for layout in [ADHLW19.InputLayout.isotropic, .clustered(clusters: 3, spread: 0.3), .lowDimensional(rank: 2)] {
      let x = try ADHLW19.inputs(count: 30, dimension: 8, layout: layout, using: &rng)
      let h = try ADHLW19.gramInfinity(x)
      var trace = 0.0
      for i in 0..<30 { trace += h[i, i] }
      #expect(trace == 15)
      let k = try ADHLW19.innerProducts(x)
      let viaArcsin = try ADHLW19.gramFromArcsin(k)
      for i in 0..<30 {
        for j in 0..<30 {
          let t = k[i, j]
          // Independent form t(π − arccos t)/(2π); arccos amplifies rounding of t by 1/√(1 − t²).
          let tol = 1e-15 + 1e-15 / max(1e-8, (1 - min(1, t * t))).squareRoot()
          let direct = i == j ? 0.5 : t * (Double.pi - acos(max(-1, min(1, t)))) / (2 * Double.pi)
          #expect(abs(h[i, j] - direct) <= tol)
          #expect(abs(h[i, j] - viaArcsin[i, j]) <= tol)
        }
      }
    }
  }

  @Test func finiteWidthGram() throws {
    // One neuron: H(W)_ij = x_iᵀx_j·1{wᵀx_i ≥ 0}1{wᵀx_j ≥ 0}, by hand.
    let x = try Matrix([[1, 0], [0, 1], [-0.6, 0.8]])
    let w = try Matrix([[1, 1]])
    let h = try ADHLW19.gramAtWidth(x, weights: w)
    // wᵀx = 1, 1, 0.2: all active.
    #expect(h[0, 1] == 0 && h[0, 2] == -0.6 && h[1, 2] == 0.8 && h[2, 2] == 1)
    let w2 = try Matrix([[1, -1]])  // wᵀx = 1, −1, −1.4
    let h2 = try ADHLW19.gramAtWidth(x, weights: w2)
    #expect(h2[0, 0] == 1 && h2[1, 1] == 0 && h2[0, 2] == 0)
  }

  @Test func quadraticFormAgainstMpmath() throws {
    let a = try Matrix([[0.5, 0.2, -0.1], [0.2, 0.5, 0.15], [-0.1, 0.15, 0.5]])
    let s = try ADHLW19.quadraticForm(a, [1, -0.5, 0.25])
    #expect(Self.close(s.value, 5.793051359516616314199396, relative: 1e-14))
    #expect(throws: (any Error).self) { try ADHLW19.quadraticForm(try Matrix([[1, 2], [2, 1]]), [1, 1]) }
  }

  @Test func gradientAgainstFiniteDifferences() throws {
    var rng = RandomStream(seed: 11, name: "ADHLW19Math.gradient", trial: 0)
    let x = try ADHLW19.inputs(count: 6, dimension: 4, layout: .isotropic, using: &rng)
    let y = ADHLW19.randomLabels(count: 6, using: &rng)
    let net = try ADHLW19.initialization(width: 5, dimension: 4, kappa: 1, using: &rng)
    let eta = 1e-3
    var gd = try ADHLW19.GradientDescent(network: net, inputs: x, labels: y, stepSize: eta)
    try gd.step()
    // The step is −η∇Φ: compare (W(0) − W(1))/η with central differences of Φ.
    func phi(_ w: Matrix) throws -> Double {
      try ADHLW19.loss(outputs: try ADHLW19.TwoLayerNetwork(weights: w, outputWeights: net.outputWeights).outputs(x), labels: y)
    }
    for idx in net.weights.elements.indices {
      var plus = net.weights, minus = net.weights
      plus.elements[idx] += 1e-6
      minus.elements[idx] -= 1e-6
      let numeric = (try phi(plus) - (try phi(minus))) / 2e-6
      let analytic = (net.weights.elements[idx] - gd.network.weights.elements[idx]) / eta
      #expect(abs(numeric - analytic) <= 1e-6 * max(1, abs(analytic)))
    }
  }

  @Test func linearRecursionMatchesSpectralForm() throws {
    var rng = RandomStream(seed: 13, name: "ADHLW19Math.spectral", trial: 0)
    let x = try ADHLW19.inputs(count: 12, dimension: 5, layout: .isotropic, using: &rng)
    let h = try ADHLW19.gramInfinity(x)
    let spectrum = try ADHLW19.KernelSpectrum(h)
    let y = ADHLW19.randomLabels(count: 12, using: &rng)
    let eta = 1 / spectrum.lambdaMax
    let predicted = try spectrum.predictedResiduals(projections: try spectrum.projections(y), stepSize: eta, iterations: 20)
    // ũ(k+1) = ũ(k) − ηH(ũ(k) − y), ũ(0) = 0, iterated directly.
    var u = [Double](repeating: 0, count: 12)
    for k in 0...20 {
      let r = zip(y, u).map { $0 - $1 }
      #expect(Self.close(r.reduce(0) { $0 + $1 * $1 }.squareRoot(), predicted[k], relative: 1e-12))
      var hr = [Double](repeating: 0, count: 12)
      try BLAS.gemv(.none, alpha: 1, h, r, beta: 0, &hr)
      for i in 0..<12 { u[i] += eta * hr[i] }
    }
    #expect(try spectrum.maxResidual(h) <= 1e-13)
  }

  @Test func theorem6_1Constants() throws {
    // c_l = (2l)!/(4^l (l!)² (2l+1)): 1, 1/6, 3/40, 5/112.
    #expect(try ADHLW19.arcsinCoefficient(0) == 1)
    #expect(Self.close(try ADHLW19.arcsinCoefficient(1), 1.0 / 6, relative: 1e-15))
    #expect(Self.close(try ADHLW19.arcsinCoefficient(2), 3.0 / 40, relative: 1e-15))
    #expect(Self.close(try ADHLW19.arcsinCoefficient(3), 5.0 / 112, relative: 1e-15))
    #expect(try ADHLW19.theorem6_1Bound(degree: 2, alpha: -0.5, betaNorm: 2) == 12)
    #expect(throws: InvalidParameter.self) { try ADHLW19.theorem6_1Bound(degree: 3, alpha: 1, betaNorm: 1) }
    // Each form is at least as sharp as the one before it.
    for p in [1, 2, 4, 6, 8] {
      let forms = try ADHLW19.Theorem6_1Form.allCases.map {
        try ADHLW19.theorem6_1SquaredBound(degree: p, alpha: 1, betaNorm: 1, form: $0)
      }
      for i in 1..<forms.count { #expect(forms[i] <= forms[i - 1]) }
    }
  }

  @Test func generatorsAreUnitNormAndSeeded() throws {
    var a = RandomStream(seed: 3, name: "ADHLW19Math.gen", trial: 0)
    var b = RandomStream(seed: 3, name: "ADHLW19Math.gen", trial: 0)
    let x = try ADHLW19.inputs(count: 10, dimension: 6, layout: .lowDimensional(rank: 3), using: &a)
    #expect(x == (try ADHLW19.inputs(count: 10, dimension: 6, layout: .lowDimensional(rank: 3), using: &b)))
    try ADHLW19.requireUnitRows(x)
    let flipped = try ADHLW19.flippedLabels([Double](repeating: 1, count: 10), fraction: 0.3, using: &a)
    #expect(flipped.filter { $0 < 0 }.count == 3)
    #expect(throws: InvalidParameter.self) { try ADHLW19.initialization(width: 3, dimension: 2, kappa: 2, using: &a) }
    #expect(throws: InvalidParameter.self) { try ADHLW19.gramInfinity(try Matrix([[1, 1]])) }
  }

  @Test func matrixFreeProductAndLanczos() throws {
    var rng = RandomStream(seed: 17, name: "ADHLW19Math.product", trial: 0)
    let x = try ADHLW19.inputs(count: 70, dimension: 6, layout: .clustered(clusters: 2, spread: 0.2), using: &rng)
    let h = try ADHLW19.gramInfinity(x)
    let v = rng.nextNormalVector(count: 70)
    var dense = [Double](repeating: 0, count: 70), free = dense
    try BLAS.gemv(.none, alpha: 1, h, v, beta: 0, &dense)
    try ADHLW19.gramInfinityProduct(x, v, &free, blockSize: 16)
    for i in 0..<70 { #expect(abs(dense[i] - free[i]) <= 1e-12) }
    let lanczos = try ADHLW19.largestGramEigenvalue(x, tolerance: 1e-10)
    let exact = try SymmetricEigen(h, computeVectors: false).values.last!
    #expect(abs(lanczos.value - exact) <= 1e-8 * exact)
  }

  /// GD in the span of the inputs (`trainInInputSpan`) is the full-space run: the same
  /// residuals, distance, per-neuron movements and W(K) (so the same outputs off the span).
  @Test func inputSpanTrainingMatchesFullSpace() throws {
    var rng = RandomStream(seed: 17, name: "ADHLW19Math.span", trial: 0)
    let n = 12, d = 40, m = 64
    let x = try ADHLW19.inputs(count: n, dimension: d, layout: .clustered(clusters: 2, spread: 0.5), using: &rng)
    let y = ADHLW19.randomLabels(count: n, using: &rng)
    let net = try ADHLW19.initialization(width: m, dimension: d, kappa: 0.5, using: &rng)
    let test = try ADHLW19.inputs(count: 7, dimension: d, layout: .isotropic, using: &rng)
    let span = try ADHLW19.InputSpan(x)
    #expect(span.rank == n)
    var qtq = Matrix(rows: n, columns: n)
    try BLAS.gemm(.transposed, .none, alpha: 1, span.basis, span.basis, beta: 0, &qtq)
    for i in 0..<n { for j in 0..<n { #expect(abs(qtq[i, j] - (i == j ? 1 : 0)) < 1e-13) } }
    let full = try ADHLW19.train(net, inputs: x, labels: y, stepSize: 0.5, iterations: 40)
    let reduced = try ADHLW19.trainInInputSpan(net, inputs: x, labels: y, stepSize: 0.5, iterations: 40)
    for (a, b) in zip(full.residualNorms, reduced.residualNorms) { #expect(Self.close(a, b, relative: 1e-10)) }
    #expect(Self.close(full.distance, reduced.distance, relative: 1e-10))
    for (a, b) in zip(full.neuronMovements, reduced.neuronMovements) { #expect(abs(a - b) <= 1e-10 * max(1, a)) }
    let u = try full.network.outputs(test), v = try reduced.network.outputs(test)
    for (a, b) in zip(u, v) { #expect(abs(a - b) < 1e-10) }
  }

  /// App. A's MNIST 0/1 from the committed sample: the split per digit, ±1 labels, unit rows;
  /// a split larger than the sample's 500 images per digit throws.
  @Test func zerosAndOnesFromTheCommittedSample() throws {
    let data = try ADHLW19.ZerosAndOnes.committedSample(trainPerClass: 50, testPerClass: 450)
    #expect(data.trainInputs.rows == 100 && data.trainInputs.columns == 784 && data.testInputs.rows == 900)
    #expect(data.trainLabels.filter { $0 == 1 }.count == 50 && data.testLabels.filter { $0 == -1 }.count == 450)
    #expect(Array(data.trainLabels.prefix(4)) == [1, -1, 1, -1])
    for i in [0, 1, 99] {
      let norm = data.trainInputs.row(i).reduce(0) { $0 + $1 * $1 }.squareRoot()
      #expect(abs(norm - 1) < 1e-12)
    }
    #expect(data.summary.contains("subset"))
    #expect(throws: (any Error).self) { try ADHLW19.ZerosAndOnes.committedSample(trainPerClass: 300, testPerClass: 300) }
    // The --mnist path on a directory with the standard file names (here the sample's files):
    // the first images of 0 and 1 in file order; too few of them throws.
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("adhlw19-mnist-\(ProcessInfo.processInfo.globallyUniqueString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let source = try MNIST.dataDirectory()
    try FileManager.default.copyItem(atPath: source + "/" + MNIST.sampleImagesFile, toPath: directory + "/" + MNIST.trainingImagesFile)
    try FileManager.default.copyItem(atPath: source + "/" + MNIST.sampleLabelsFile, toPath: directory + "/" + MNIST.trainingLabelsFile)
    let full = try ADHLW19.ZerosAndOnes.fullSetting(directory: directory, trainCount: 600, testCount: 400)
    #expect(full.trainLabels.count == 600 && full.testLabels.count == 400)
    #expect(full.trainLabels.filter { $0 == 1 }.count == 500 && full.testLabels.allSatisfy { $0 == -1 })
    #expect(throws: (any Error).self) { try ADHLW19.ZerosAndOnes.fullSetting(directory: directory, trainCount: 900, testCount: 200) }
  }
}
