import Generators
import Testing
import Theory

extension BGMS18MathTests {
  @Test(arguments: [(1, 1.5), (2, 1.000001), (3, 10.0), (50, 3.0), (1000, 1.0e4), (200, 1.01)])
  func separableSamplesAreInTheBallWithMargin(d: Int, norm: Double) throws {
    var rng = Self.stream("separable-\(d)-\(norm)")
    let wStar = try BGMS18.SeparableDistribution.randomSeparator(dimension: d, norm: norm, using: &rng)
    #expect(Self.close(wStar.reduce(0) { $0 + $1 * $1 }.squareRoot(), norm, 1e-14))
    for profile in [BGMS18.SeparableDistribution.MarginProfile.uniform, .onMargin] {
      let D = try BGMS18.SeparableDistribution(wStar: wStar, positiveProbability: 0.5, profile: profile)
      let S = try D.sample(count: 200, using: &rng)
      #expect(S.n == 200 && S.d == d)
      // Independent check of every sample (the sampler also verifies).
      var marginSum = 0.0
      for i in 0..<S.n {
        let x = S.x(i)
        #expect(x.reduce(0) { $0 + $1 * $1 } <= 1)
        var dot = 0.0
        for j in 0..<d { dot += wStar[j] * x[j] }
        let margin = S.labels[i] * dot
        #expect(margin >= 1)
        #expect(margin <= norm * (1 + 1e-12))
        if profile == .onMargin { #expect(abs(margin - 1) < 1e-9) }
        marginSum += margin / norm
      }
      if profile == .uniform {
        // s = y⟨x, û⟩ is uniform on [1/‖w*‖, 1]: mean (1 + 1/‖w*‖)/2, sd of the mean
        // (1 − 1/‖w*‖)/√(12·200).
        let mean = (1 + 1 / norm) / 2
        let sd = (1 - 1 / norm) / (12.0 * 200).squareRoot()
        #expect(abs(marginSum / 200 - mean) < 5 * sd)
      }
    }
  }

  @Test func classBalance() throws {
    var rng = Self.stream("balance")
    let D = try BGMS18.SeparableDistribution(wStar: [0, 2, 0], positiveProbability: 0.3)
    let S = try D.sample(count: 4000, using: &rng)
    let positives = Double(S.labels.filter { $0 == 1 }.count)
    // Binomial(4000, 0.3): sd = √(4000·0.21) ≈ 29.
    #expect(abs(positives - 1200) < 5 * 29)
    let exact = try D.sample(count: 101, positives: 37, using: &rng)
    #expect(exact.labels.filter { $0 == 1 }.count == 37)
    #expect(try exact.minimumMargin(of: [0, 2, 0]) >= 1)
    let allNegative = try BGMS18.SeparableDistribution(wStar: [3], positiveProbability: 0).sample(count: 20, using: &rng)
    #expect(allNegative.labels.allSatisfy { $0 == -1 })
    #expect(throws: InvalidParameter.self) { try BGMS18.SeparableDistribution(wStar: [0.5, 0.5]) }  // ‖w*‖ < 1
    #expect(throws: InvalidParameter.self) { try BGMS18.SeparableDistribution(wStar: [1, 0]) }  // ‖w*‖ = 1
    #expect(throws: InvalidParameter.self) { try BGMS18.SeparableDistribution(wStar: [2], positiveProbability: 1.5) }
    #expect(throws: InvalidParameter.self) { try BGMS18.SeparableDistribution(wStar: []) }
    #expect(throws: InvalidParameter.self) { try D.sample(count: 10, positives: 11, using: &rng) }
  }

  @Test func initializationsRespectEquation5() throws {
    var rng = Self.stream("initializations")
    let R = 0.37
    for (k, d) in [(1, 1), (3, 5), (20, 50)] {
      for initialization in [
        BGMS18.Initialization.gaussian(standardDeviation: nil), .gaussian(standardDeviation: 10), .uniformInBall,
        .onSphere, .theorem10,
      ] {
        let W = try initialization.weights(k: k, d: d, R: R, using: &rng)
        #expect(W.k == k && W.d == d)
        #expect(W.maximumRowNorm <= R * (1 + 1e-12))
        if initialization == .onSphere || initialization == .theorem10 {
          // Every row on the sphere of radius R.
          for r in 0..<(2 * k) { #expect(Self.close(W.row(r).reduce(0) { $0 + $1 * $1 }.squareRoot(), R, 1e-12)) }
        }
      }
      let bounded = try BGMS18.Initialization.uniformEntries(bound: 2).weights(k: k, d: d, R: 0, using: &rng)
      #expect(bounded.entries.allSatisfy { abs($0) <= 2 })
    }
    let W10 = try BGMS18.Initialization.theorem10.weights(k: 2, d: 4, R: 1, using: &rng)
    #expect(W10.w(1) == [-0.5, -0.5, -0.5, -0.5] && W10.u(0) == [0.5, 0.5, 0.5, 0.5])
    let (net, W6) = try BGMS18.equation6Initialization(k: 8, d: 3, activation: .leakyReLU(alpha: 0.1), using: &rng)
    #expect(net.v == 0.25 && W6.maximumRowNorm <= 0.25)
    #expect(throws: InvalidParameter.self) { try BGMS18.Initialization.uniformInBall.weights(k: 0, d: 1, R: 1, using: &rng) }
    #expect(throws: InvalidParameter.self) { try BGMS18.Initialization.uniformInBall.weights(k: 1, d: 1, R: -1, using: &rng) }
    #expect(throws: InvalidParameter.self) {
      try BGMS18.Initialization.uniformEntries(bound: 0).weights(k: 1, d: 1, R: 1, using: &rng)
    }
  }
}
