import Foundation
import Generators
import LinearAlgebra
import Theory
import Verification

extension ADHLW19Claims {
  /// `ADHLW19.positiveDefinite`: λ₀ > 0 (Remark 5.1) and the contraction of Thm 3.1.
  static let positiveDefinite = Claim(
    id: "ADHLW19.positiveDefinite", paper: .ADHLW19, location: "§3, Remark 5.1; Thm 3.1 (Du et al.)",
    kinds: [.always, .exact, .trend],
    statement:
      "λ₀ = λ_min(H^∞) > 0 for unit inputs no two of which are parallel; for large m, GD contracts "
      + "Φ(W(k+1)) ≤ (1 − ηλ₀/2)Φ(W(k)) at every step, for true and for random labels.",
    notes: [
      "**Certified positivity.** λ₀ is computed by the symmetric eigensolver; it counts as positive only above "
        + "the eigensolver's rounding bound 10·n·ε·λ_max (ε = 2⁻⁵²) and when the Cholesky factorization succeeds. "
        + "Inputs: n ∈ [2, 60], d ∈ [2, 20], isotropic, clustered (spread 0.05) or on a random plane (rank 2).",
      "**Nearly parallel pairs.** For two inputs at angle θ, H^∞ = [[1/2, h], [h, 1/2]], h = cos θ(π − θ)/(2π), so "
        + "λ₀ = sin²(θ/2) + θ cos θ/(2π) for θ ≤ π/2 (≈ θ/(2π): λ₀ vanishes linearly as the pair becomes parallel) and "
        + "1/2 + cos θ(π − θ)/(2π) beyond (→ 1/2 at θ = π: antiparallel inputs, which §3.1 excludes as \"parallel\", "
        + "still give a positive definite H^∞). The exact check compares the eigensolver's λ_min of H^∞ built from "
        + "e₁ and (cos θ, sin θ, 0) with this closed form down to θ = 1e-10, within 4ε (absolute, ‖H^∞‖ ≤ 1). With "
        + "arccos of the rounded inner product, λ₀ would be exactly 0 at θ = 1e-10. By eigenvalue interlacing, "
        + "adding points can only lower λ_min: the always check puts a near-copy of x₁ at angle θ (log-uniform in "
        + "[1e-10, 0.1]) among n isotropic points and tests λ_min(H^∞) ≤ λ₀(θ).",
      "**Slide vs paper.** Slides: \"① SGD achieves nearly 0 training loss for both correct and random labels\" and "
        + "\"[Du et al., ICLR'19]: GD converges to 0 training loss\"; statements (Thm 3.1): full-batch GD (not SGD), "
        + "m = Ω(n⁶/(λ₀⁴κ²δ³)), η = O(λ₀/n²), probability ≥ 1 − δ, and a linear rate (1 − ηλ₀/2) per step that needs "
        + "λ₀ > 0, i.e. no two inputs parallel — conditions the slides leave out.",
      "**Contraction (Thm 3.1).** The theorem needs m = Ω(n⁶/(λ₀⁴κ²δ³)) and η = O(λ₀/n²) (constants unstated, "
        + "infeasible sizes), so the check is the trend the claim names: the fraction of the K = 60 steps with "
        + "Φ(k+1) ≤ (1 − ηλ₀/2)Φ(k) (steps with Φ(k) < 1e-20·Φ(0), at the rounding floor, are not counted) does not "
        + "decrease as m grows (m = 32, 256, 2048, paired: trial i of every arm uses the "
        + "same inputs, labels and the first m of the same 2048 neurons, from `context.shared`; 120 runs, minimum "
        + "effect 0.7 of the steps — the fractions are near 1 at every m, so there is no effect to resolve, and a "
        + "reversal of 70% of the steps is what 120 runs refute at the claim's α). Data: n = 16 two-class inputs in d = 8 (x = normalize(c·e₁ + g), "
        + "g ~ N(0, I/d)); true labels = the classes c, random labels = i.i.d. ±1. Loss Φ = ½Σ (sum). Readings: "
        + "η = 1/λ_max(H^∞) (practical) with κ = 1 (true and random labels) and κ = 0.01 (random labels), and the "
        + "theorem's η = λ₀/n² (constant 1) with κ = 1 (random labels). With true labels and κ = 0.01 the loss "
        + "reaches the rounding floor within a few steps (labels on the top eigenvectors), so that reading is "
        + "uninformative and not run.",
    ],
    checks: [
      Check(
        "λ₀ > 0, random non-parallel inputs", budget: Budget(test: 20, report: 500),
        .always(
          AlwaysSpec(bound: "λ_min(H^∞) > 10·n·ε·λ_max and Cholesky succeeds") { context in
            let n = 2 + context.rng.nextInt(below: 59)
            let d = 2 + context.rng.nextInt(below: 19)
            let layouts: [ADHLW19.InputLayout] = [.isotropic, .clustered(clusters: 2, spread: 0.05), .lowDimensional(rank: 2)]
            let layout = layouts[context.rng.nextInt(below: 3)]
            let x = try ADHLW19.inputs(count: n, dimension: d, layout: layout, using: &context.rng)
            context.note("n, d, layout", "\(n), \(d), \(layout)")
            let h = try ADHLW19.gramInfinity(x)
            let values = try SymmetricEigen(h, computeVectors: false).values
            let floor = 10 * Double(n) * Double.ulpOfOne * values[n - 1]
            let cholesky = (try? Cholesky(h)) != nil
            return .all([
              .atLeast(values[0], floor, relativeTolerance: 0, absoluteTolerance: 0, "λ₀"),
              .condition(cholesky, "Cholesky of H^∞ \(cholesky ? "succeeds" : "fails")"),
            ])
          })),
      Check(
        "two inputs at angle θ: λ₀ closed form", budget: .exhaustive(pairAngles.count),
        .always(
          AlwaysSpec(bound: "|λ_min(H^∞) − (sin²(θ/2) + θcos θ/(2π))| ≤ 4ε", isExact: true) { context in
            let theta = pairAngles[context.trial]
            let x = try Matrix([[1, 0, 0], [cos(theta), sin(theta), 0]])
            let actual = ADHLW19.angle(x, 0, 1)  // the angle of the rounded vectors
            let closed = try ADHLW19.pairLambdaZero(angle: actual)
            let computed = try SymmetricEigen(try ADHLW19.gramInfinity(x), computeVectors: false).values[0]
            return .equal(computed, closed, tolerance: 4 * Double.ulpOfOne, relative: false, "λ₀ at θ = \(Format.number(theta))")
          })),
      Check(
        "near-copy at angle θ: λ₀ ≤ λ₀(pair)", budget: Budget(test: 20, report: 500),
        .always(
          AlwaysSpec(bound: "λ_min(H^∞) ≤ sin²(θ/2) + θcos θ/(2π) (interlacing)") { context in
            let n = 3 + context.rng.nextInt(below: 40)
            let d = 3 + context.rng.nextInt(below: 10)
            let theta = pow(10, context.rng.nextUniform(in: -10, -1))
            var rows = (0..<(n - 1)).map { _ in context.rng.nextPointOnSphere(dimension: d) }
            // x_n = cos θ x₁ + sin θ u, u ⟂ x₁ a unit vector.
            var u = context.rng.nextPointOnSphere(dimension: d)
            let p = zip(u, rows[0]).reduce(0) { $0 + $1.0 * $1.1 }
            u = ADHLW19.normalized(zip(u, rows[0]).map { $0 - p * $1 })
            rows.append(zip(rows[0], u).map { cos(theta) * $0 + sin(theta) * $1 })
            let x = try Matrix(rows)
            let actual = ADHLW19.angle(x, 0, n - 1)
            let lambda = try SymmetricEigen(try ADHLW19.gramInfinity(x), computeVectors: false).values[0]
            context.note("n, d, θ", "\(n), \(d), \(theta)")
            return .atMost(lambda, try ADHLW19.pairLambdaZero(angle: actual), relativeTolerance: 1e-6, absoluteTolerance: 8 * Double.ulpOfOne, "λ₀")
          })),
    ] + contractionChecks)

  /// The angles of the two-point check: down to 1e-10 and up to π.
  static let pairAngles: [Double] = [1e-10, 1e-9, 1e-8, 1e-6, 1e-4, 1e-2, 0.1, 0.5, 1, Double.pi / 2, 2, 3, Double.pi - 1e-6, Double.pi]

  /// The smallest reversal (fraction of steps) of the contraction trends that must be refutable.
  static let contractionMinimumEffect = 0.7

  static var contractionChecks: [Check] {
    let readings: [(String, Double, Bool, String)] = [
      ("η = 1/λ_max, κ = 1", 1, false, "true labels"), ("η = 1/λ_max, κ = 1", 1, false, "random labels"),
      ("η = 1/λ_max, κ = 0.01", 0.01, false, "random labels"), ("η = λ₀/n², κ = 1", 1, true, "random labels"),
    ]
    return readings.map { (label, kappa, theoretical, labels) in
        Check(
          "contraction, \(labels), \(label)", reading: label, budget: Budget(test: 1, report: 120),
          .trend(
            TrendSpec(
              metric: "fraction of steps with Φ(k+1) ≤ (1 − ηλ₀/2)Φ(k)", range: 0...1,
              arms: [32, 256, 2048].map { m in
                TrendSpec.Arm("m = \(m)") { context in
                  // Paired: inputs, labels and the first m of 2048 neurons from the shared stream.
                  let data = try ADHLW19.twoClassInputs(count: 16, dimension: 8, separation: 1, using: &context.shared)
                  let random = ADHLW19.randomLabels(count: 16, using: &context.shared)
                  let y = labels == "true labels" ? data.classes : random
                  let task = try ADHLW19.Task(inputs: data.inputs, labels: y)
                  let eta = theoretical ? task.lambdaZero / 256 : 1 / task.spectrum.lambdaMax
                  let net = try ADHLW19.nestedInitialization(width: m, largest: 2048, dimension: 8, kappa: kappa, using: &context.shared)
                  let record = try ADHLW19.train(net, inputs: task.inputs, labels: y, stepSize: eta, iterations: 60)
                  let losses = record.losses
                  let factor = 1 - eta * task.lambdaZero / 2
                  // Steps at the rounding floor (Φ(k) < 1e-20·Φ(0)) say nothing about the contraction.
                  let counted = (0..<60).filter { losses[$0] >= 1e-20 * losses[0] }
                  let good = counted.filter { losses[$0 + 1] <= factor * losses[$0] }.count
                  context.note("λ₀, η, Φ(0), Φ(K), steps counted", [task.lambdaZero, eta, losses[0], losses[60], Double(counted.count)])
                  return counted.isEmpty ? 1 : Double(good) / Double(counted.count)
                }
              },
              comparisons: [TrendSpec.Comparison(0, atMost: 1), TrendSpec.Comparison(1, atMost: 2)],
              paired: true, minimumEffect: contractionMinimumEffect)))
    }
  }
}
