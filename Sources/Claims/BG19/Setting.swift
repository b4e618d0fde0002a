import Foundation
import Generators
import Theory
import Verification

extension BG19Claims {
  /// The hyper-parameters of one gradient-descent run of BG19 (§3.1 for XOR, §4 and §6.1 for
  /// XORD): k filters of each sign, η = c_η/k, i.i.d. N(0, σ_g²) initialization with σ_g a
  /// fraction of its cap c_η/(16k^{3/2}), and the margin γ of Eq. 4 (1 for XOR).
  struct Setting: Sendable, CustomStringConvertible {
    /// k, the number of w-filters (and of u-filters).
    let k: Int
    /// c_η, with η = c_η/k.
    let cEta: Double
    /// σ_g divided by its cap c_η/(16k^{3/2}); 1 is the largest scale the analysis allows.
    let sigmaFraction: Double
    /// γ, the margin on positives of Eq. 4.
    let gamma: Double

    init(k: Int, cEta: Double, sigmaFraction: Double = 1, gamma: Double = 1) {
      self.k = k
      self.cEta = cEta
      self.sigmaFraction = sigmaFraction
      self.gamma = gamma
    }

    /// η = c_η/k (BG19 §3.1, §6.1).
    var eta: Double { get throws { try BG19.learningRate(k: k, cEta: cEta) } }

    /// σ_g = fraction · c_η/(16k^{3/2}).
    var sigma: Double {
      get throws { sigmaFraction * (try BG19.maximalInitializationScale(k: k, cEta: cEta)) }
    }

    /// W_0: 4k i.i.d. N(0, σ_g²) entries.
    func initialWeights<G: RandomNumberGenerator>(using rng: inout G) throws -> BG19.Weights {
      try BG19.gaussianWeights(k: k, standardDeviation: sigma, using: &rng)
    }

    /// The XORD objective of Eq. 4 on a training set of pattern sets, with this γ.
    func objective(_ set: BG19.TrainingSet) throws -> BG19.HingeObjective {
      try BG19.HingeObjective.xord(set, gamma: gamma)
    }

    /// Gradient descent from `w0` on `objective`.
    func descent(_ objective: BG19.HingeObjective, from w0: BG19.Weights, recordActivity: Bool = false)
      throws -> BG19.GradientDescent
    {
      try BG19.GradientDescent(
        objective: objective, learningRate: eta, initialWeights: w0, recordActivity: recordActivity)
    }

    /// `σ_g = cap` or `σ_g = cap/100`.
    var sigmaDescription: String {
      sigmaFraction == 1 ? "σ_g = cap" : "σ_g = cap·\(Format.number(sigmaFraction))"
    }

    /// `c_η = 1/410`-style text for the reciprocal values the paper uses, else the decimal.
    var cEtaDescription: String {
      let r = 1 / cEta
      return r == r.rounded() && r >= 3 ? "1/\(Int(r))" : Format.number(cEta)
    }

    var description: String {
      "k = \(k), c_η = \(cEtaDescription), \(sigmaDescription)"
        + (gamma == 1 ? "" : ", γ = \(Format.number(gamma))")
    }
  }

  /// The training set of §6 on pattern sets: one diverse positive ({1,2,3,4}) and one diverse
  /// negative ({2,4}) point. Any training set of m diverse positives and m diverse negatives
  /// gives the same loss (Eq. 4 averages identical terms), hence the same run (§6, first
  /// paragraph).
  static let diversePair = try! BG19.TrainingSet(
    positives: [.diversePositive], negatives: [.diverseNegative])

  /// The §3.1 sets W⁺(i) = {j : w⁽ʲ⁾·x_i > 0} (w) or U⁺(i) (u) of the XOR network.
  static func xorPositiveSet(_ weights: BG19.Weights, point i: Int, uFilters: Bool) throws -> [Int] {
    uFilters ? try BG19.XOR.uPlus(weights, point: i) : try BG19.XOR.wPlus(weights, point: i)
  }

  /// Whether the model errs on some training pattern set (sign(0) = 0: an output of 0 errs).
  static func hasTrainingError(_ weights: BG19.Weights, _ set: BG19.TrainingSet) -> Bool {
    (set.positives + set.negatives).contains { BG19.XORD.errs(weights, on: $0) }
  }

  /// The point of {±1}^{2d} whose d patterns are the base-4 digits of `code` (p_{digit+1}).
  static func point(code: Int, d: Int) -> [Double] {
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

  /// The arrows of a network's filters for an `ArrowChart`: w blue, u red (BG19 Fig. 2, 3).
  static func arrows(_ weights: BG19.Weights) -> [ArrowChart.Arrow] {
    weights.w.map { ArrowChart.Arrow(x: $0.x, y: $0.y, color: wColor) }
      + weights.u.map { ArrowChart.Arrow(x: $0.x, y: $0.y, color: uColor) }
  }

  /// The colour of w-filters in the figures.
  static let wColor = "#0072B2"
  /// The colour of u-filters in the figures.
  static let uColor = "#D55E00"

  /// The four patterns as chart markers, scaled to `radius`.
  static func patternMarkers(radius: Double, names: [String] = ["p1", "p2", "p3", "p4"])
    -> [ArrowChart.Marker]
  {
    (0..<4).map {
      ArrowChart.Marker(x: radius * BG19.patterns[$0].x, y: radius * BG19.patterns[$0].y, label: names[$0])
    }
  }

  /// Several SVG panels side by side in one SVG (each panel is a complete `<svg>` element,
  /// nested at its offset).
  static func panels(_ svgs: [String], panelWidth: Double, panelHeight: Double, title: String) -> String {
    let width = panelWidth * Double(svgs.count)
    let height = panelHeight + 24
    var s = """
      <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" \
      viewBox="0 0 \(Int(width)) \(Int(height))" font-family="sans-serif" font-size="13">
      <rect width="100%" height="100%" fill="white"/>
      <text x="\(Int(width / 2))" y="16" text-anchor="middle">\(title)</text>

      """
    for (i, panel) in svgs.enumerated() {
      let nested = panel.replacingFirst(
        "<svg ", with: "<svg x=\"\(Int(panelWidth * Double(i)))\" y=\"24\" ")
      s += nested
    }
    return s + "</svg>\n"
  }
}

extension String {
  /// The string with the first occurrence of `target` replaced.
  func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = range(of: target) else { return self }
    return replacingCharacters(in: range, with: replacement)
  }
}
