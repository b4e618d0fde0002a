import Foundation
import Generators
import LinearAlgebra
import Theory
import Verification

extension LL18Claims {
  /// `LL18.assumptions`: (A1)–(A3) of §3, on the generators the suite uses.
  static let assumptions = Claim(
    id: "LL18.assumptions", paper: .LL18, location: "§3, (A1)–(A3); §7 setup", kinds: [.always, .exact],
    statement:
      "(A1) supports of components of different classes are ≥ δ apart and each has diameter ≤ λδ with "
      + "λ ≤ 1/(8l); (A2) ‖x‖ = 1; (A3) w_r⁽⁰⁾ ~ N(0, σ²I) with σ = 1/√m and a_{i,r} ~ N(0, 1). "
      + "Checked on every sample of the suite's structured generator; the §3 XOR example and the §7 "
      + "Gaussian mixture are measured against (A1)/(A2) as printed.",
    notes: [
      "**Structured generator.** Component (i, j) is the spherical cap of angular radius θ around a unit "
        + "center; caps at center angle φ are 2 sin(max(0, φ − 2θ)/2) apart and have diameter 2 sin θ, so δ "
        + "and the diameters are exact, and θ is the largest with 2 sin θ ≤ δ/(8l) (times a fill factor). "
        + "Every sampled point is checked to lie in its cap with ‖x‖ = 1 (to 1e-12), and the sample's "
        + "smallest between-class distance and largest within-component distance are checked against δ and λδ.",
      "**§3 XOR example.** Balls of diameter 1/10 centred at (0,0), (2,2) (one class) and (0,2), (2,0) (the "
        + "other): δ = 2 − 0.1 = 1.9 and 0.1 ≤ 1.9/16 = 0.11875, so (A1) holds with l = 2; but ‖x‖ ranges "
        + "over [0, 2√2 + 0.05], so (A2) fails as printed. The corrected example puts the XOR pattern on the "
        + "unit circle (caps at angles 0°, 180° for one class, 90°, 270° for the other): both hold exactly, and "
        + "each class's two centers average to the origin, so no affine classifier separates the classes.",
      "**§7 mixture.** Gaussian components have unbounded support, so (A1) fails for the distributions; on "
        + "samples (d = 1000, 300 points) the norms are ≈ √(σ₀² + σ²) = √26 ≈ 5.1, not 1 ((A2) fails) and the "
        + "measured λ̂ = max component diameter / min between-class distance is far above 1/(8l) = 1/16. The "
        + "check states these departures (a sample with ‖x‖ ≤ 1 or λ̂ ≤ 1/16 would refute them); the "
        + "numbers are in its worst case.",
      "**(A3).** Both readings of the scale: (A3) σ = 1/√m (variance 1/m) and §7's \"N(0, 1/√m)\" read as "
        + "variance 1/√m. Each trial draws W⁽⁰⁾ (m × 100) and A (10 × m) and checks the sample variance of W "
        + "against σ² and of A against 1, and the sample means against 0, each within 6 standard errors "
        + "(a false alarm has probability < 10⁻⁸ per trial).",
    ],
    checks: [
      Check(
        "structured generator, random k, l, d, layout", budget: Budget(test: 20, report: 300),
        .always(
          AlwaysSpec(bound: "every sample in its cap, ‖x‖ = 1, δ̂ ≥ δ, diam ≤ λδ, λ = 1/(8l)") { context in
            let k = 2 + context.rng.nextInt(below: 4), l = 1 + context.rng.nextInt(below: 4)
            let d = 2 + context.rng.nextInt(below: 29)
            let layout: LL18.StructuredMixture.Layout = context.rng.nextBernoulli(0.5) ? .circle : .random
            let fill = context.rng.nextUniform(in: 0.1, 1)
            context.note("k, l, d, layout, fill", "\(k), \(l), \(d), \(layout), \(fill)")
            return try structuredObservation(k: k, l: l, d: d, layout: layout, fill: fill, rng: &context.rng)
          })),
      Check(
        "§3 XOR example: (A1)", budget: .exhaustive(1),
        .always(
          AlwaysSpec(bound: "diam = 0.1 ≤ λδ = 1.9/16", isExact: true) { _ in
            let xor = LL18.BallComponents.xorExample
            return .all([
              .atMost(xor.diameter, xor.delta / 16, "diameter"),
              .condition(xor.delta > 0, "δ = \(Format.number(xor.delta))"),
            ])
          })),
      Check(
        "§3 XOR example: (A2)",
        expectation: .refutedAsPrinted(reason: "the balls around (0,0), (2,2), (0,2), (2,0) are not on the unit sphere: ‖x‖ ranges over [0, 2.88]"),
        budget: .exhaustive(1),
        .always(
          AlwaysSpec(bound: "‖x‖ = 1 on every support", isExact: true) { _ in
            let range = LL18.BallComponents.xorExample.normRange
            return .condition(
              LL18.BallComponents.xorExample.meetsA2,
              "‖x‖ ranges over [\(Format.number(range.lowerBound)), \(Format.number(range.upperBound))]")
          })),
      Check(
        "XOR on the unit circle (k = l = 2)", expectation: .correction(of: "§3 XOR example: (A2)"),
        budget: Budget(test: 10, report: 100),
        .always(
          AlwaysSpec(bound: "(A1), (A2) on every sample; class center means coincide (not linearly separable)") { context in
            let d = 2 + context.rng.nextInt(below: 3)
            var obs = try structuredObservation(k: 2, l: 2, d: d, layout: .circle, fill: 1, rng: &context.rng)
            let mix = try LL18.StructuredMixture(k: 2, l: 2, d: d, layout: .circle, using: &context.rng)
            var gap = 0.0
            for t in 0..<d { gap = max(gap, abs(mix.centers[0, t] + mix.centers[1, t] - mix.centers[2, t] - mix.centers[3, t])) }
            obs = .all([obs, .atMost(gap, 1e-15, absoluteTolerance: 1e-15, "|mean of class-0 centers − mean of class-1 centers|")])
            return obs
          })),
      Check(
        "§7 mixture (d = 1000, 300 points): departures from (A1)/(A2)", budget: Budget(test: 1, report: 5),
        .always(
          AlwaysSpec(bound: "min ‖x‖ > 1 ((A2) fails) and λ̂ > 1/(8l) ((A1) fails on the sample)") { context in
            let d = 1000, n = 300
            let mix = try LL18.GaussianMixture(k: 10, l: 2, d: d, using: &context.rng)
            let sample = try mix.sample(n, using: &context.rng)
            let m = try LL18.measureAssumptions(sample.data.x, classes: sample.data.labels, components: sample.components)
            return .all([
              .atLeast(m.smallestNorm, 1, "min ‖x‖ (max ‖x‖ \(Format.number(m.largestNorm)))"),
              .atLeast(m.lambda, 1.0 / 16, "λ̂ = \(Format.number(m.componentDiameter)) / δ̂ = \(Format.number(m.classDistance))"),
            ])
          })),
    ]
      + LL18.InitializationReading.allCases.flatMap { reading in
        [10, 1000].map { m in
          Check(
            "(A3) statistics, m = \(m), \(reading.label)", reading: reading.rawValue, budget: Budget(test: 5, report: 100),
            .always(
              AlwaysSpec(bound: "sample variance of W within 6 s.e. of σ², of A within 6 s.e. of 1; means within 6 s.e. of 0") { context in
                let net = try LL18.initialNetwork(k: 10, m: m, d: 100, reading: reading, using: &context.rng)
                let s2 = pow(reading.sigma(m: m), 2)
                return .all([
                  momentObservation(net.w.elements, variance: s2, "W⁽⁰⁾"),
                  momentObservation(net.a.elements, variance: 1, "A"),
                ])
              }))
        }
      })

  /// Samples 200 points of a structured mixture and checks (A1)/(A2) on each.
  static func structuredObservation(
    k: Int, l: Int, d: Int, layout: LL18.StructuredMixture.Layout, fill: Double, rng: inout RandomStream
  ) throws -> Observation {
    let mix = try LL18.StructuredMixture(k: k, l: l, d: d, layout: layout, fill: fill, using: &rng)
    let sample = try mix.sample(200, using: &rng)
    var outside = 0
    for s in 0..<sample.data.count {
      let z = sample.components[s]
      if !mix.inSupport(sample.data.x.row(s), classIndex: z / l, component: z % l) { outside += 1 }
    }
    let m = try LL18.measureAssumptions(sample.data.x, classes: sample.data.labels, components: sample.components)
    return .all([
      .condition(outside == 0, "\(outside) of 200 points outside their cap or off the sphere"),
      .atMost(mix.diameter, mix.lambda * mix.delta, relativeTolerance: 1e-12, "diam (exact)"),
      .atLeast(m.classDistance, mix.delta, relativeTolerance: 1e-9, "δ̂"),
      .atMost(m.componentDiameter, mix.lambda * mix.delta, relativeTolerance: 1e-9, "max within-component distance"),
      .atMost(abs(m.smallestNorm - 1) + abs(m.largestNorm - 1), 1e-12, "‖x‖ − 1"),
      .atMost(mix.lambda, 1 / Double(8 * l), "λ"),
    ])
  }

  /// Sample mean within 6 s.e. of 0 and sample variance within 6 s.e. of `variance`.
  static func momentObservation(_ v: [Double], variance: Double, _ what: String) -> Observation {
    let n = Double(v.count)
    let mean = v.reduce(0, +) / n
    let s2 = v.reduce(0) { $0 + $1 * $1 } / n
    return .all([
      .atMost(abs(mean), 6 * (variance / n).squareRoot(), "|mean of \(what)|"),
      .atMost(abs(s2 / variance - 1), 6 * (2 / n).squareRoot(), "|variance of \(what) / σ² − 1|"),
    ])
  }
}
