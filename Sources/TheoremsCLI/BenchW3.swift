import Foundation
import Generators
import Theory
import LinearAlgebra

extension BenchTraining {
  /// W3 of issue 14: ADHLW19 (Thm 4.1). n = 200 inputs uniform on the unit sphere of R^50,
  /// labels ±1 uniform (random labels), f(x) = (1/√m) Σ a_r ReLU(w_rᵀx), a_r = ±1 fixed,
  /// w_r ~ N(0, κ²I), κ = 0.01, Φ = ½ Σ (y − f)², 1000 full-batch GD steps with
  /// η = 1/λ_max(H^∞), H^∞_ij = x_iᵀx_j (π − arccos x_iᵀx_j)/(2π) (Eq. 3); m ∈ {1000, 10000, 50000}.
  /// Metrics: the final loss and the largest gap over k = 0…1000 between ‖y − u(k)‖ and the H^∞
  /// prediction (Σ_i (1 − ηλ_i)^{2k} (v_iᵀy)²)^{1/2}. Dense parts: two GEMMs a step
  /// (P = X Wᵀ, W ← W − η Cᵀ X).
  static func w3(threads: Int, quick: Bool) -> [BenchTraining] {
    let (widths, steps) = quick ? ([1000, 5000], 50) : ([1000, 10000, 50000], 1000)
    let n = 200, d = 50, kappa = 0.01
    return widths.map { m in
      BenchTraining(workload: "W3", parameters: [
        ("m", .integer(m)), ("n", .integer(n)), ("d", .integer(d)), ("kappa", .number(kappa)), ("T", .integer(steps)),
      ]) {
        var rng = BenchmarkInputs.stream("W3", trial: m)
        let x = BenchmarkInputs.sphere(count: n, dimension: d, using: &rng)
        let y = BenchmarkInputs.signs(n, using: &rng)
        let w0 = BenchmarkInputs.normalMatrix(rows: m, columns: d, standardDeviation: kappa, using: &rng)
        let a = BenchmarkInputs.signs(m, using: &rng)
        return { try w3Run(x: x, y: y, w0: w0, a: a, steps: steps, threads: threads) }
      }
    }
  }

  /// The run itself: ``ADHLW19/GradientDescent`` (two GEMMs and two vectorized elementwise
  /// passes a step, over `threads` cores), η = 1/λ_max(H^∞) from ``ADHLW19/gramInfinity(_:)``
  /// and the symmetric eigensolver.
  static func w3Run(x: Matrix, y: [Double], w0: Matrix, a: [Double], steps: Int, threads: Int) throws -> Result {
    let n = x.rows, d = x.columns, m = w0.rows
    let gram = try ADHLW19.gramInfinity(x)
    let eigen = try SymmetricEigen(gram, computeVectors: true, threads: threads)
    let lambda = eigen.values, v = eigen.vectors!
    let eta = 1 / lambda.last!
    var proj2 = [Double](repeating: 0, count: n)
    for j in 0..<n {
      var s = 0.0
      for i in 0..<n { s += v.elements[i * n + j] * y[i] }
      proj2[j] = s * s
    }
    var flops = 2 * Double(n * n * d)
    var gd = try ADHLW19.GradientDescent(
      network: try ADHLW19.TwoLayerNetwork(weights: w0, outputWeights: a), inputs: x, labels: y,
      stepSize: eta, threads: threads)
    var gap = 0.0, norm = 0.0
    for k in 0...steps {
      if k > 0 {
        try gd.step()
        flops += 4 * Double(n * m * d)
      }
      flops += 2 * Double(n * m)
      norm = gd.residualNorm
      guard norm.isFinite else { throw BenchError(message: "W3: ‖y − u(\(k))‖ is not finite") }
      var predicted = 0.0
      for j in 0..<n { predicted += pow(1 - eta * lambda[j], Double(2 * k)) * proj2[j] }
      gap = max(gap, abs(norm - predicted.squareRoot()))
    }
    flops += 2 * Double(n * m * d)
    return Result(flops: flops, metrics: [
      ("final_loss", .number(norm * norm / 2)), ("max_gap", .number(gap)), ("eta", .number(eta)),
    ])
  }
}
