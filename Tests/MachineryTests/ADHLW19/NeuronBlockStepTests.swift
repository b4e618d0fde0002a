import LinearAlgebra
import Testing
import Theory
import Generators

/// ``ADHLW19/GradientDescent`` (block-by-block pass over the neurons, two small GEMMs per
/// block) against a naive loop-by-loop gradient descent of §3.1, on widths that span several
/// blocks and end in a partial one; and the same iterates on 1 and 2 cores, bit for bit.
@Suite("ADHLW19 neuron-block step") struct NeuronBlockStepTests {
  /// u_i = (1/√m) Σ_r a_r max(w_rᵀx_i, 0); w_r ← w_r − (η a_r/√m) Σ_i (u_i − y_i) 1{w_rᵀx_i ≥ 0} x_i.
  static func naiveRun(x: Matrix, y: [Double], w: Matrix, a: [Double], eta: Double, steps: Int) -> (Matrix, [Double]) {
    let n = x.rows, d = x.columns, m = w.rows
    let scale = 1 / Double(m).squareRoot()
    var w = w
    func outputs() -> ([Double], [[Bool]]) {
      var u = [Double](repeating: 0, count: n)
      var active = [[Bool]](repeating: [Bool](repeating: false, count: m), count: n)
      for i in 0..<n {
        for r in 0..<m {
          var z = 0.0
          for c in 0..<d { z += w.elements[r * d + c] * x.elements[i * d + c] }
          active[i][r] = z >= 0
          u[i] += a[r] * max(z, 0)
        }
        u[i] *= scale
      }
      return (u, active)
    }
    var (u, active) = outputs()
    for _ in 0..<steps {
      var next = w
      for r in 0..<m {
        for i in 0..<n where active[i][r] {
          let coefficient = eta * a[r] * scale * (u[i] - y[i])
          for c in 0..<d { next.elements[r * d + c] -= coefficient * x.elements[i * d + c] }
        }
      }
      w = next
      (u, active) = outputs()
    }
    return (w, u)
  }

  @Test(arguments: [1, 95, 96, 97, 250])
  func matchesNaiveGradientDescent(width m: Int) throws {
    var rng = RandomStream(seed: 29, name: "NeuronBlockStep", trial: UInt64(m))
    let x = try ADHLW19.inputs(count: 23, dimension: 7, layout: .isotropic, using: &rng)
    let y = ADHLW19.randomLabels(count: 23, using: &rng)
    let net = try ADHLW19.initialization(width: m, dimension: 7, kappa: 1, using: &rng)
    let eta = 0.05, steps = 6
    let (wNaive, uNaive) = Self.naiveRun(x: x, y: y, w: net.weights, a: net.outputWeights, eta: eta, steps: steps)
    var one = try ADHLW19.GradientDescent(network: net, inputs: x, labels: y, stepSize: eta, threads: 1)
    var two = try ADHLW19.GradientDescent(network: net, inputs: x, labels: y, stepSize: eta, threads: 2)
    for _ in 0..<steps {
      try one.step()
      try two.step()
    }
    #expect(one.outputs == two.outputs)
    #expect(one.network.weights == two.network.weights)
    for i in uNaive.indices { #expect(abs(one.outputs[i] - uNaive[i]) <= 1e-12 * max(1, abs(uNaive[i]))) }
    for e in wNaive.elements.indices {
      #expect(abs(one.network.weights.elements[e] - wNaive.elements[e]) <= 1e-12 * max(1, abs(wNaive.elements[e])))
    }
    let z = one.preactivations
    #expect(z.rows == 23 && z.columns == m)
  }
}
