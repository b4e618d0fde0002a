extension BG19 {
  /// The hyper-parameters of one gradient-descent run of BG19 (§3.1 for XOR, §4 and §6.1 for
  /// XORD): k filters of each sign, η = c_η/k, i.i.d. N(0, σ_g²) initialization with σ_g a
  /// fraction of its cap c_η/(16k^{3/2}), and the margin γ of Eq. 4 (1 for XOR).
  ///
  /// The initialization is drawn by `initialWeights(using:)` (Generators/BG19/Setting.swift);
  /// the text the report prints is in Verification/BG19/Setting.swift.
  public struct Setting: Sendable {
    /// k, the number of w-filters (and of u-filters).
    public let k: Int
    /// c_η, with η = c_η/k.
    public let cEta: Double
    /// σ_g divided by its cap c_η/(16k^{3/2}); 1 is the largest scale the analysis allows.
    public let sigmaFraction: Double
    /// γ, the margin on positives of Eq. 4.
    public let gamma: Double

    public init(k: Int, cEta: Double, sigmaFraction: Double = 1, gamma: Double = 1) {
      self.k = k
      self.cEta = cEta
      self.sigmaFraction = sigmaFraction
      self.gamma = gamma
    }

    /// η = c_η/k (BG19 §3.1, §6.1).
    public var eta: Double { get throws { try BG19.learningRate(k: k, cEta: cEta) } }

    /// σ_g = fraction · c_η/(16k^{3/2}).
    public var sigma: Double {
      get throws { sigmaFraction * (try BG19.maximalInitializationScale(k: k, cEta: cEta)) }
    }

    /// The XORD objective of Eq. 4 on a training set of pattern sets, with this γ.
    public func objective(_ set: BG19.TrainingSet) throws -> BG19.HingeObjective {
      try BG19.HingeObjective.xord(set, gamma: gamma)
    }

    /// Gradient descent from `w0` on `objective`.
    public func descent(_ objective: BG19.HingeObjective, from w0: BG19.Weights, recordActivity: Bool = false)
      throws -> BG19.GradientDescent
    {
      try BG19.GradientDescent(
        objective: objective, learningRate: eta, initialWeights: w0, recordActivity: recordActivity)
    }
  }

  /// The training set of §6 on pattern sets: one diverse positive ({1,2,3,4}) and one diverse
  /// negative ({2,4}) point. Any training set of m diverse positives and m diverse negatives
  /// gives the same loss (Eq. 4 averages identical terms), hence the same run (§6, first
  /// paragraph).
  public static let diversePair = try! BG19.TrainingSet(
    positives: [.diversePositive], negatives: [.diverseNegative])

  /// The §3.1 sets W⁺(i) = {j : w⁽ʲ⁾·x_i > 0} (w) or U⁺(i) (u) of the XOR network.
  public static func xorPositiveSet(_ weights: BG19.Weights, point i: Int, uFilters: Bool) throws -> [Int] {
    uFilters ? try BG19.XOR.uPlus(weights, point: i) : try BG19.XOR.wPlus(weights, point: i)
  }

  /// Whether the model errs on some training pattern set (sign(0) = 0: an output of 0 errs).
  public static func hasTrainingError(_ weights: BG19.Weights, _ set: BG19.TrainingSet) -> Bool {
    (set.positives + set.negatives).contains { BG19.XORD.errs(weights, on: $0) }
  }

  /// The point of {±1}^{2d} whose d patterns are the base-4 digits of `code` (p_{digit+1}).
  public static func point(code: Int, d: Int) -> [Double] {
    var x = [Double](repeating: 0, count: 2 * d)
    var c = code
    for j in 0..<d {
      let p = BG19.patterns[c & 3]
      x[2 * j] = p.x
      x[2 * j + 1] = p.y
      c >>= 2
    }
    return x
  }
}
