import Foundation
import Generators
import LinearAlgebra
import Theory
import Verification

extension LL18Claims {
  /// `LL18.gradient`: Eq. 1 and the pseudo-gradient of §5.1.
  static let gradient = Claim(
    id: "LL18.gradient", paper: .LL18, location: "§3, Eq. 1; §5.1 pseudo-gradient", kinds: [.always],
    statement:
      "∂L(w, x_s, y_s)/∂w_r = (Σ_{i≠y} a_{i,r} o_i − Σ_{i≠y} a_{y,r} o_i) 1[⟨w_r, x_s⟩ ≥ 0] x_s (Eq. 1) is the "
      + "derivative of the softmax cross-entropy wherever ReLU is differentiable; the pseudo-gradient is Eq. 1 "
      + "with the pattern 1[⟨w_r⁽⁰⁾, x⟩ ≥ 0] frozen at initialization.",
    notes: [
      "Eq. 1 is implemented term by term as printed and compared with central differences (h = 10⁻⁶) of "
        + "the loss −log o_y computed from the network's outputs by log-sum-exp, coordinate by coordinate, "
        + "for units with |⟨w_r, x⟩| ≥ 10⁻⁴ (away from the ReLU kink, which a step of h cannot cross); k ∈ "
        + "{2, 3, 5, 10}, m ∈ {1, 4, 16, 64}, d ∈ 2…10, x on the unit sphere, both initialization readings.",
      "The pseudo-gradient (matrix form) is compared with central differences of the linearized loss "
        + "ψ(V) = −log softmax_y(f(x, W) + g(x, V) − g(x, W)), g_i(x, V) = Σ_r a_{i,r}⟨v_r, x⟩1[⟨w_r⁽⁰⁾, x⟩ ≥ 0] "
        + "(the §5.1 pseudo-network): its derivative at V = W is Σ_i (o_i − 1[i = y]) ∂g_i/∂v_r, i.e. Eq. 1 with "
        + "the frozen pattern. W = W⁽⁰⁾ + N(0, 0.3²) noise so that many patterns differ from initialization.",
      "The fast matrix form used in training, G = ((O − Y)A) ∘ 1[P ≥ 0] and ∇ = GᵀX/N, rests on "
        + "Σ_{i≠y} a_{i,r} o_i − a_{y,r} Σ_{i≠y} o_i = Σ_i a_{i,r} o_i − a_{y,r}; it is checked against the "
        + "average of Eq. 1 term by term.",
    ],
    checks: [
      Check(
        "Eq. 1 against central differences", budget: Budget(test: 30, report: 1000),
        .always(
          AlwaysSpec(bound: "|Eq. 1 − central difference| ≤ 10⁻⁶ · max(1, |∂|)") { context in
            let (net, x, y) = try randomGradientCase(&context)
            let g = try LL18.equation1(net, x: x, label: y)
            let h = 1e-6
            var worst = 0.0, checked = 0
            let row = try Matrix([x])
            for r in 0..<net.m {
              var z = 0.0
              for j in 0..<net.d { z += net.w[r, j] * x[j] }
              if abs(z) < 1e-4 { continue }
              for j in 0..<net.d {
                var plus = net, minus = net
                plus.w[r, j] += h
                minus.w[r, j] -= h
                let lp = try LL18.crossEntropy(outputs: plus.outputs(row).row(0), label: y)
                let lm = try LL18.crossEntropy(outputs: minus.outputs(row).row(0), label: y)
                let fd = (lp - lm) / (2 * h)
                worst = max(worst, abs(fd - g[r][j]) / max(1, abs(fd)))
                checked += 1
              }
            }
            context.note("coordinates checked", checked)
            return .atMost(worst, 1e-6, "largest scaled difference over \(checked) coordinates")
          })),
      Check(
        "pseudo-gradient against the linearized pseudo-network", budget: Budget(test: 30, report: 1000),
        .always(
          AlwaysSpec(bound: "|pseudo-gradient − central difference of ψ| ≤ 10⁻⁶ · max(1, |∂|)") { context in
            let (net0, _, _) = try randomGradientCase(&context)
            var net = net0
            for i in net.w.elements.indices { net.w.elements[i] += 0.3 * context.rng.nextNormal() }
            let n = 1 + context.rng.nextInt(below: 6)
            let xs = try Matrix((0..<n).map { _ in context.rng.nextPointOnSphere(dimension: net.d) })
            let labels = (0..<n).map { _ in context.rng.nextInt(below: net.k) }
            let pseudo = try LL18.pseudoGradient(net, initial: net0.w, x: xs, labels: labels)
            let h = 1e-5
            var worst = 0.0
            for r in 0..<net.m {
              for j in 0..<net.d {
                var vp = net.w, vm = net.w
                vp[r, j] += h
                vm[r, j] -= h
                let fd = (try LL18.pseudoLinearizedLoss(net, at: vp, initial: net0.w, x: xs, labels: labels)
                  - LL18.pseudoLinearizedLoss(net, at: vm, initial: net0.w, x: xs, labels: labels)) / (2 * h)
                worst = max(worst, abs(fd - pseudo[r, j]) / max(1, abs(fd)))
              }
            }
            let changed = LL18.patternChange(initial: try net0.preActivations(xs), current: try net.preActivations(xs))
            context.note("pattern change (pairs, units)", [changed.pairs, changed.units])
            return .atMost(worst, 1e-6, "largest scaled difference")
          })),
      Check(
        "matrix form equals the average of Eq. 1", budget: Budget(test: 30, report: 1000),
        .always(
          AlwaysSpec(bound: "|GᵀX/N − mean of Eq. 1| ≤ 10⁻¹²") { context in
            let (net, _, _) = try randomGradientCase(&context)
            let n = 1 + context.rng.nextInt(below: 8)
            let rows = (0..<n).map { _ in context.rng.nextPointOnSphere(dimension: net.d) }
            let labels = (0..<n).map { _ in context.rng.nextInt(below: net.k) }
            let fast = try LL18.gradient(net, x: try Matrix(rows), labels: labels)
            var worst = 0.0
            var slow = [Double](repeating: 0, count: net.m * net.d)
            for s in 0..<n {
              let g = try LL18.equation1(net, x: rows[s], label: labels[s])
              for r in 0..<net.m { for j in 0..<net.d { slow[r * net.d + j] += g[r][j] / Double(n) } }
            }
            for i in slow.indices { worst = max(worst, abs(slow[i] - fast.elements[i])) }
            return .atMost(worst, 1e-12, "largest difference")
          })),
    ])

  /// A random network (k ∈ {2, 3, 5, 10}, m ∈ {1, 4, 16, 64}, d ∈ 2…10, either reading), a unit
  /// input and a label.
  static func randomGradientCase(_ context: inout TrialContext) throws -> (LL18.Network, [Double], Int) {
    let k = [2, 3, 5, 10][context.rng.nextInt(below: 4)]
    let m = [1, 4, 16, 64][context.rng.nextInt(below: 4)]
    let d = 2 + context.rng.nextInt(below: 9)
    let reading = LL18.InitializationReading.allCases[context.rng.nextInt(below: 2)]
    context.note("k, m, d, reading", "\(k), \(m), \(d), \(reading.rawValue)")
    let net = try LL18.initialNetwork(k: k, m: m, d: d, reading: reading, using: &context.rng)
    let x = context.rng.nextPointOnSphere(dimension: d)
    return (net, x, context.rng.nextInt(below: k))
  }
}
