import Generators
import Theory
import Verification

extension BGMS18Claims {
  /// `BGMS18.Theorem4`: the lower bound on non-zero updates (BGMS18 §5.2, Theorem 4; its
  /// general form Theorem 10 and proof in §9.1.4).
  static let theorem4 = Claim(
    id: "BGMS18.Theorem4", paper: .BGMS18, location: "§5.2, Theorem 4; Theorem 10 and proof §9.1.4",
    kinds: [.always],
    statement:
      "On the repeated sequence e₁,…,e_d with w* = (1,…,1) and the initialization of the proof "
      + "(w₀^(i) = −(R/√d)(1,…,1), u₀^(i) = (R/√d)(1,…,1)), SGD makes at least max{min{B₁, B₂}, ‖w*‖²} "
      + "non-zero updates (Theorem 10); with R = v = 1/√(2k) this is Ω(‖w*‖/η + ‖w*‖²) (Theorem 4).",
    notes: [
      "**Readings of B₁, B₂.** Theorem 10 prints B₁ = R‖w*‖/(ηvα) + min{‖w*‖²/(2ηkv²) − α‖w*‖, 0} "
        + "and B₂ = R‖w*‖/(ηv) + min{‖w*‖²/(2α²ηkv²) − ‖w*‖/α, 0}; its proof derives α‖w*‖² and "
        + "‖w*‖²/α in place of α‖w*‖ and ‖w*‖/α (d·ηvα/(ηv) with d = ‖w*‖²). Both use min{·, 0}, "
        + "so neither is ever larger than its first term. The proof's argument (a coordinate of "
        + "w needs R/(√d·ηvα) passes to reach [0, ηvα), then (1/(2kv) − ηvα)/(ηv) more passes to "
        + "reach 1/(2kv) when that is positive; likewise for u with 1/(2αkv)) supports "
        + "**max{·, 0}**: B₁' = R‖w*‖/(ηvα) + max{‖w*‖²/(2ηkv²) − α‖w*‖², 0}, B₂' = R‖w*‖/(ηv) + "
        + "max{‖w*‖²/(2α²ηkv²) − ‖w*‖²/α, 0}, a stronger bound than either printed one. Each "
        + "reading is checked as printed; all hold, the corrected one with the smallest slack "
        + "(ratio = bound/observed; 1 when the count is exactly ‖w*‖² = d, e.g. η large). The "
        + "check \"min{B₁', B₂'} alone\" drops the ‖w*‖² term to show how tight the B-part is.",
      "**Ω form.** With R = v, B₁' ≥ ‖w*‖/(ηα) ≥ ‖w*‖/η and B₂' ≥ ‖w*‖/η, so the count is ≥ "
        + "max{‖w*‖/η, ‖w*‖²} ≥ (‖w*‖/η + ‖w*‖²)/2: Theorem 4's Ω holds with constant 1/2, which "
        + "the last check verifies directly.",
      "**Draws.** d ∈ [1, 30], k ∈ [1, 100], η ∈ [10⁻², 10³] log-uniform, α uniform in [0.05, "
        + "0.95]; Theorem 4: R = v = 1/√(2k) (Eq. 6); Theorem 10: v ∈ [10⁻², 10] and R/v ∈ [10⁻², "
        + "10] log-uniform. Draws whose corrected bound exceeds 2·10⁵ updates are redrawn. The "
        + "sequence e₁…e_d is repeated (cyclic order) until L_S = 0; by symmetry every coordinate "
        + "evolves alike, so the count is a multiple of d.",
    ],
    checks: [
      theorem4Check("Theorem 4, B₁/B₂ as stated", general: false, reading: .printed(.statement)),
      theorem4Check("Theorem 4, B₁/B₂ as in the proof", general: false, reading: .printed(.proof)),
      theorem4Check("Theorem 4, max{·, 0}", general: false, reading: .corrected),
      theorem4Check("Theorem 10, B₁/B₂ as stated", general: true, reading: .printed(.statement)),
      theorem4Check("Theorem 10, B₁/B₂ as in the proof", general: true, reading: .printed(.proof)),
      theorem4Check("Theorem 10, max{·, 0}", general: true, reading: .corrected),
      theorem4Check("Theorem 10, min{B₁', B₂'} alone", general: true, reading: .correctedWithoutD),
      theorem4Check("Theorem 4, Ω with constant 1/2", general: false, reading: .omega),
    ])

  /// Which lower bound a Theorem 4 check compares the count with.
  enum Theorem4Reading: Sendable {
    /// max{min{B₁, B₂}, ‖w*‖²} as printed in the statement or the proof.
    case printed(BGMS18.Reading)
    /// max{min{B₁', B₂'}, ‖w*‖²} with max{·, 0} (what the proof supports).
    case corrected
    /// min{B₁', B₂'} without the ‖w*‖² term (how tight the B-part is).
    case correctedWithoutD
    /// (‖w*‖/η + ‖w*‖²)/2.
    case omega

    var text: String {
      switch self {
      case .printed(.statement): "statement: α‖w*‖, ‖w*‖/α, min{·, 0}"
      case .printed(.proof): "proof: α‖w*‖², ‖w*‖²/α, min{·, 0}"
      case .corrected: "corrected: α‖w*‖², ‖w*‖²/α, max{·, 0}"
      case .correctedWithoutD: "corrected, without the ‖w*‖² term"
      case .omega: "Ω(‖w*‖/η + ‖w*‖²) with constant 1/2"
      }
    }
  }

  static func theorem4Check(_ label: String, general: Bool, reading: Theorem4Reading) -> Check {
    Check(
      label, reading: reading.text, budget: Budget(test: 30, report: general ? 600 : 1500),
      .always(
        AlwaysSpec(bound: "non-zero updates ≥ lower bound") { context in
          try theorem4Trial(general: general, reading: reading, context: &context)
        }))
  }

  /// The lower bound of a reading.
  static func theorem4Bound(
    _ reading: Theorem4Reading, d: Int, k: Int, eta: Double, v: Double, alpha: Double, R: Double
  ) throws -> Double {
    let norm = Double(d).squareRoot()
    switch reading {
    case .printed(let r):
      return try BGMS18.theorem10LowerBound(wStarNorm: norm, k: k, eta: eta, v: v, alpha: alpha, R: R, reading: r)
    case .corrected:
      let b1 = try BGMS18.theorem10B1Corrected(wStarNorm: norm, k: k, eta: eta, v: v, alpha: alpha, R: R)
      let b2 = try BGMS18.theorem10B2Corrected(wStarNorm: norm, k: k, eta: eta, v: v, alpha: alpha, R: R)
      return max(min(b1, b2), Double(d))
    case .correctedWithoutD:
      let b1 = try BGMS18.theorem10B1Corrected(wStarNorm: norm, k: k, eta: eta, v: v, alpha: alpha, R: R)
      let b2 = try BGMS18.theorem10B2Corrected(wStarNorm: norm, k: k, eta: eta, v: v, alpha: alpha, R: R)
      return min(b1, b2)
    case .omega:
      return (norm / eta + Double(d)) / 2
    }
  }

  /// One run on the sequence of Theorem 10 with random parameters.
  static func theorem4Trial(general: Bool, reading: Theorem4Reading, context: inout TrialContext) throws -> Observation {
    var draws = 0
    while true {
      draws += 1
      let d = BGMS18Ranges.logUniform(1...30, using: &context.rng)
      let k = BGMS18Ranges.logUniform(1...100, using: &context.rng)
      let eta = BGMS18Ranges.logUniform(1e-2...1e3, using: &context.rng)
      let alpha = context.rng.nextUniform(in: 0.05, 0.95)
      var v = try BGMS18.equation6Scale(k: k)
      var R = v
      if general {
        v = BGMS18Ranges.logUniform(1e-2...10, using: &context.rng)
        R = v * BGMS18Ranges.logUniform(1e-2...10, using: &context.rng)
      }
      let norm = Double(d).squareRoot()
      let corrected = try theorem4Bound(.corrected, d: d, k: k, eta: eta, v: v, alpha: alpha, R: R)
      if corrected > 2e5 && draws < 10_000 { continue }
      let bound = try theorem4Bound(reading, d: d, k: k, eta: eta, v: v, alpha: alpha, R: R)
      let network = try BGMS18.Network(k: k, d: d, v: v, activation: .leakyReLU(alpha: alpha))
      let S = try BGMS18.TrainingSet.standardBasis(dimension: d)
      let W0 = try BGMS18.theorem10Initialization(k: k, d: d, R: R)
      let cap = Int(4 * max(corrected, bound)) + 100 * d
      let result = try network.trainFirstLayer(from: W0, on: S, learningRate: eta, order: .cyclic, maxSteps: cap)
      let updates = Double(result.nonZeroUpdates)
      let parameters =
        "d = \(d), k = \(k), η = \(Format.number(eta, digits: 4)), α = \(Format.number(alpha, digits: 3)), "
        + "v = \(Format.number(v, digits: 4)), R = \(Format.number(R, digits: 4))"
      context.note("parameters", parameters)
      context.note("outcome", result.outcome)
      context.note("non-zero updates", result.nonZeroUpdates)
      context.note("bound (\(reading.text))", bound)
      if context.isTracing {
        let printed = [
          try BGMS18.theorem10B1(wStarNorm: norm, k: k, eta: eta, v: v, alpha: alpha, R: R, reading: .statement),
          try BGMS18.theorem10B2(wStarNorm: norm, k: k, eta: eta, v: v, alpha: alpha, R: R, reading: .statement),
          try BGMS18.theorem10B1(wStarNorm: norm, k: k, eta: eta, v: v, alpha: alpha, R: R, reading: .proof),
          try BGMS18.theorem10B2(wStarNorm: norm, k: k, eta: eta, v: v, alpha: alpha, R: R, reading: .proof),
        ]
        let fixed = [
          try BGMS18.theorem10B1Corrected(wStarNorm: norm, k: k, eta: eta, v: v, alpha: alpha, R: R),
          try BGMS18.theorem10B2Corrected(wStarNorm: norm, k: k, eta: eta, v: v, alpha: alpha, R: R),
        ]
        context.note("B₁, B₂ (statement), B₁, B₂ (proof)", printed)
        context.note("B₁', B₂' (max{·, 0})", fixed)
      }
      switch result.outcome {
      case .converged:
        return .atLeast(updates, bound, "\(parameters): non-zero updates")
      case .stepCapReached where updates >= bound:
        return Observation(
          holds: true, ratio: bound / updates,
          summary: "\(parameters): already \(result.nonZeroUpdates) ≥ \(Format.number(bound)) updates at the iteration cap")
      default:
        return .condition(false, "\(parameters): run ended \(result.outcome) after \(result.nonZeroUpdates) updates (bound \(Format.number(bound)))")
      }
    }
  }
}
