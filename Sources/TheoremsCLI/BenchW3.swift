import Foundation
import Generators
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

  static func w3Run(x: Matrix, y: [Double], w0: Matrix, a: [Double], steps: Int, threads: Int) throws -> Result {
    let n = x.rows, d = x.columns, m = w0.rows
    var gram = Matrix(rows: n, columns: n)
    try BLAS.gemm(.none, .transposed, alpha: 1, x, x, beta: 0, &gram, threads: threads)
    for e in 0..<gram.elements.count {
      let c = min(max(gram.elements[e], -1), 1)
      gram.elements[e] = c * (Double.pi - acos(c)) / (2 * Double.pi)
    }
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
    let scale = 1 / Double(m).squareRoot()
    var w = w0
    var p = Matrix(rows: n, columns: m)
    var r = [Double](repeating: 0, count: n)
    var gap = 0.0, norm = 0.0
    for k in 0...steps {
      try BLAS.gemm(.none, .transposed, alpha: 1, x, w, beta: 0, &p, threads: threads)
      flops += 2 * Double(n * m * d) + 2 * Double(n * m)
      p.elements.withUnsafeBufferPointer { pp in
        a.withUnsafeBufferPointer { ap in
          for i in 0..<n {
            var u = 0.0
            for c in 0..<m { u += ap[c] * max(pp[i * m + c], 0) }
            r[i] = u * scale - y[i]
          }
        }
      }
      norm = r.reduce(0) { $0 + $1 * $1 }.squareRoot()
      guard norm.isFinite else { throw BenchError(message: "W3: ‖y − u(\(k))‖ is not finite") }
      var predicted = 0.0
      for j in 0..<n { predicted += pow(1 - eta * lambda[j], Double(2 * k)) * proj2[j] }
      gap = max(gap, abs(norm - predicted.squareRoot()))
      if k == steps { break }
      // C_ir = r_i 1[P_ir > 0] a_r / √m (in place of P), then W ← W − η Cᵀ X.
      p.elements.withUnsafeMutableBufferPointer { pp in
        a.withUnsafeBufferPointer { ap in
          for i in 0..<n {
            let ri = r[i] * scale
            for c in 0..<m { pp[i * m + c] = pp[i * m + c] > 0 ? ri * ap[c] : 0 }
          }
        }
      }
      try BLAS.gemm(.transposed, .none, alpha: -eta, p, x, beta: 1, &w, threads: threads)
      flops += 2 * Double(n * m * d)
    }
    return Result(flops: flops, metrics: [
      ("final_loss", .number(norm * norm / 2)), ("max_gap", .number(gap)), ("eta", .number(eta)),
    ])
  }
}
