import Foundation
import Generators
import LinearAlgebra
import Theory
import Verification

extension LL18Claims {
  /// `LL18.Lemma5.2`: the pseudo-gradient is large unless the error is small (LL18 §5.1).
  static let lemma5_2 = Claim(
    id: "LL18.Lemma5.2", paper: .LL18, location: "§5.1, Lemma 5.2 (simplified case (S))", kinds: [.always],
    statement:
      "For m = Ω̃(k³l²/δ) and every {p_{a,b}v_{i,a,b}} ∈ [−v, v] with maximum v, at least an Ω(δ/(kl)) fraction of "
      + "units have ‖∂̃L/∂w_r‖ = Ω̃(vδ/(kl)).",
    notes: [
      "**Constants set to 1.** The Ω's constants and the Ω̃'s logarithms are set to 1: the check asks that at "
        + "least a δ/(kl) fraction of units have ‖∂̃L/∂w_r‖ ≥ vδ/(kl), at m = ⌈k³l²/δ⌉ and at 5× that. A failure "
        + "would refute the lemma only with these constants (the Ω statement allows smaller ones); the worst "
        + "ratio shows how much room the constants 1 leave.",
      "**Setting (S).** Each component is one point x_{a,b} (the centers of the exact (A1)/(A2) generator, "
        + "k ∈ {2, 3}, l ∈ {1, 2, 3}, d = 20, circle or random layout; δ = the smallest distance between "
        + "centers of different classes), p_{a,b} = 1/(kl), W⁽⁰⁾ and A by (A3). The coefficients p_{a,b}v_{i,a,b} "
        + "are (i) those of the network at initialization (v_{a,a,b} = Σ_{i≠a} o_i, v_{s,a,b} = −o_s), or "
        + "(ii) arbitrary: i.i.d. uniform on [−v, v] with one entry set to v (the lemma holds \"for every\" such "
        + "choice), under both initialization readings.",
    ],
    checks: LL18.InitializationReading.allCases.flatMap { reading in
      ["network's softmax at initialization", "arbitrary coefficients in [−v, v]"].map { source in
        Check(
          "\(source)", reading: "\(reading.rawValue); constants 1",
          expectation: .refutedAsPrinted(
            reason: "with the Ω constants set to 1 the fraction δ/(kl) can exceed what any coefficients reach (e.g. 0.79 at k = 2, l = 1); the Ω statement allows a smaller constant, so this refutes only the constants-1 evaluation"),
          budget: Budget(test: 10, report: 300),
          .always(
            AlwaysSpec(bound: "fraction of units with ‖∂̃L/∂w_r‖ ≥ vδ/(kl) is ≥ δ/(kl)") { context in
              let k = 2 + context.rng.nextInt(below: 2), l = 1 + context.rng.nextInt(below: 3)
              let layout: LL18.StructuredMixture.Layout = context.rng.nextBernoulli(0.5) ? .circle : .random
              let mix = try LL18.StructuredMixture(k: k, l: l, d: 20, layout: layout, using: &context.rng)
              let x = mix.centers
              let labels = (0..<(k * l)).map { $0 / l }
              var delta = Double.infinity
              for p in 0..<(k * l) {
                for q in 0..<(k * l) where labels[p] != labels[q] {
                  var s = 0.0
                  for t in 0..<20 { s += (x[p, t] - x[q, t]) * (x[p, t] - x[q, t]) }
                  delta = min(delta, s.squareRoot())
                }
              }
              let base = Int((Double(k * k * k * l * l) / delta).rounded(.up))
              let m = context.rng.nextBernoulli(0.5) ? base : 5 * base
              let net = try LL18.initialNetwork(k: k, m: m, d: 20, reading: reading, using: &context.rng)
              var c: Matrix
              if source.hasPrefix("network") {
                c = try LL18.lemma5_2Coefficients(outputs: net.outputs(x), labels: labels, weight: 1 / Double(k * l))
              } else {
                c = Matrix(rows: k * l, columns: k)
                for i in c.elements.indices { c.elements[i] = context.rng.nextUniform(in: -1, 1) }
                c.elements[context.rng.nextInt(below: c.elements.count)] = 1
                let scale = context.rng.nextUniform(in: 0.01, 1)
                for i in c.elements.indices { c.elements[i] *= scale }
              }
              let v = c.elements.map(abs).max() ?? 0
              let norms = try LL18.pseudoGradientNorms(coefficients: c, a: net.a, initialPreActivations: net.preActivations(x), x: x)
              let forms = LL18.lemma5_2Forms(delta: delta, k: k, l: l, v: v)
              let fraction = Double(norms.filter { $0 >= forms.norm }.count) / Double(m)
              context.note("k, l, m, δ, v", "\(k), \(l), \(m), \(delta), \(v)")
              return .atLeast(fraction, forms.fraction, relativeTolerance: 0, absoluteTolerance: 0,
                "fraction with norm ≥ vδ/(kl) (k = \(k), l = \(l), m = \(m), δ = \(Format.number(delta, digits: 3)))")
            }))
      }
    })
}
