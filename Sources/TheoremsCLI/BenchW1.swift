import Foundation
import Generators
import LinearAlgebra

extension BenchTraining {
  /// W1 of issue 14: LL18 §7's synthetic data (k = 10 classes of l = 2 components, d = 1000,
  /// σ = 1, σ₀ = 5, not normalized; 1000 train, 1000 test points), the two-layer ReLU network
  /// f(x) = A·ReLU(Wx) with A ~ N(0,1) fixed and w_r ~ N(0, I/m), softmax cross-entropy, T = 400
  /// SGD steps of B = 16 (drawn uniformly without replacement each step), η = 10/m; after every
  /// step, on the full training set, the fraction of (unit, input) activation patterns changed
  /// since initialization and ‖W_t − W₀‖_F/‖W₀‖_F; at the end test accuracy and the singular values
  /// of W_T − W₀; m ∈ {100, 1000, 10000}.
  ///
  /// Structure: the run works in sample space. With K = X Xᵀ (train Gram, once) and G_t the
  /// B × m gradient of the loss with respect to the batch pre-activations, the update
  /// W ← W − η G_tᵀ X_B moves the training pre-activations by P ← P − η K[:, B] G_t (n·B·m flops
  /// instead of recomputing X Wᵀ, n·d·m), the batch forward pass is rows B of P, and
  /// ‖W_t − W₀‖²_F follows from ⟨D, Δ⟩ = −η Σ G_t ⊙ (P − P₀)[B] and ‖Δ‖² = η² ⟨G_t G_tᵀ, K[B, B]⟩.
  /// W_T − W₀ = −η Ĝᵀ X with Ĝ the per-sample sum of the G_t is formed once at the end (and its
  /// norm checks the running one).
  static func w1(threads: Int, quick: Bool) -> [BenchTraining] {
    let (widths, d, n, steps) = quick ? ([100, 300], 100, 200, 20) : ([100, 1000, 10000], 1000, 1000, 400)
    let classes = 10, components = 2, batch = 16
    return widths.map { m in
      BenchTraining(workload: "W1", parameters: [
        ("m", .integer(m)), ("d", .integer(d)), ("n", .integer(n)), ("T", .integer(steps)), ("B", .integer(batch)),
      ]) {
        var rng = BenchmarkInputs.stream("W1", trial: m)
        let means = BenchmarkInputs.normalMatrix(
          rows: classes * components, columns: d, standardDeviation: 5 / Double(d).squareRoot(), using: &rng)
        let train = BenchmarkInputs.ll18Mixture(means: means, components: components, count: n, sigma: 1, using: &rng)
        let test = BenchmarkInputs.ll18Mixture(means: means, components: components, count: n, sigma: 1, using: &rng)
        let w0 = BenchmarkInputs.normalMatrix(rows: m, columns: d, standardDeviation: 1 / Double(m).squareRoot(), using: &rng)
        let a = BenchmarkInputs.normalMatrix(rows: classes, columns: m, standardDeviation: 1, using: &rng)
        let batches = (0..<steps).map { _ in Array(rng.nextPermutation(count: n).prefix(batch)) }
        return {
          try W1Run(train: train, test: test, w0: w0, a: a, batches: batches, threads: threads).result()
        }
      }
    }
  }
}

/// One W1 run (see ``BenchTraining/w1(threads:quick:)``).
struct W1Run {
  let train: (points: Matrix, labels: [Int])
  let test: (points: Matrix, labels: [Int])
  let w0: Matrix
  let a: Matrix
  let batches: [[Int]]
  let threads: Int

  func result() throws -> BenchTraining.Result {
    let x = train.points
    let n = x.rows, d = x.columns, m = w0.rows, k = a.rows, b = batches[0].count
    let eta = 10 / Double(m)
    var flops = 0.0
    var gram = Matrix(rows: n, columns: n)
    try BLAS.gemm(.none, .transposed, alpha: 1, x, x, beta: 0, &gram, threads: threads)
    var p = Matrix(rows: n, columns: m)
    try BLAS.gemm(.none, .transposed, alpha: 1, x, w0, beta: 0, &p, threads: threads)
    flops += 2 * Double(n * n * d) + 2 * Double(n * m * d)
    let p0 = p.elements
    let active0 = p0.map { $0 > 0 }
    var gHat = Matrix(rows: n, columns: m)
    let w0Norm = w0.frobeniusNorm
    var norm2 = 0.0
    var h = Matrix(rows: b, columns: m), z = Matrix(rows: b, columns: m), g = Matrix(rows: b, columns: m)
    var kb = Matrix(rows: b, columns: n), logits = Matrix(rows: b, columns: k)
    var ggt = Matrix(rows: b, columns: b)
    var changed: [Double] = [], relative: [Double] = []
    for idx in batches {
      for (r, i) in idx.enumerated() {
        for c in 0..<m { h.elements[r * m + c] = p.elements[i * m + c]; z.elements[r * m + c] = max(p.elements[i * m + c], 0) }
        for c in 0..<n { kb.elements[r * n + c] = gram.elements[i * n + c] }
      }
      try BLAS.gemm(.none, .transposed, alpha: 1, z, a, beta: 0, &logits, threads: threads)
      // dLoss/dlogits = (softmax − one-hot)/B.
      for r in 0..<b {
        let row = (0..<k).map { logits.elements[r * k + $0] }
        let top = row.max()!
        let e = row.map { Foundation.exp($0 - top) }
        let s = e.reduce(0, +)
        for c in 0..<k { logits.elements[r * k + c] = (e[c] / s - (c == train.labels[idx[r]] ? 1 : 0)) / Double(b) }
      }
      try BLAS.gemm(.none, .none, alpha: 1, logits, a, beta: 0, &g, threads: threads)
      for e in 0..<(b * m) where h.elements[e] <= 0 { g.elements[e] = 0 }
      // ‖D + Δ‖² = ‖D‖² + 2⟨D, Δ⟩ + ‖Δ‖².
      var cross = 0.0
      for (r, i) in idx.enumerated() {
        for c in 0..<m { cross += g.elements[r * m + c] * (p.elements[i * m + c] - p0[i * m + c]) }
      }
      try BLAS.gemm(.none, .transposed, alpha: 1, g, g, beta: 0, &ggt, threads: threads)
      var delta2 = 0.0
      for r in 0..<b { for s in 0..<b { delta2 += ggt.elements[r * b + s] * gram.elements[idx[r] * n + idx[s]] } }
      norm2 += -2 * eta * cross + eta * eta * delta2
      try BLAS.gemm(.transposed, .none, alpha: -eta, kb, g, beta: 1, &p, threads: threads)
      flops += 2 * Double(b * m * k) * 2 + 2 * Double(b * b * m) + 2 * Double(n * b * m)
      for (r, i) in idx.enumerated() { for c in 0..<m { gHat.elements[i * m + c] += g.elements[r * m + c] } }
      changed.append(Self.changedFraction(p.elements, active0))
      relative.append(max(norm2, 0).squareRoot() / w0Norm)
    }
    var delta = Matrix(rows: m, columns: d)
    try BLAS.gemm(.transposed, .none, alpha: -eta, gHat, x, beta: 0, &delta, threads: threads)
    let exact = delta.frobeniusNorm / w0Norm
    guard abs(exact - relative.last!) <= 1e-6 * exact + 1e-12 else {
      throw BenchError(message: "W1: running ‖W − W₀‖ \(relative.last!) disagrees with the final \(exact)")
    }
    var w = w0
    for e in 0..<(m * d) { w.elements[e] += delta.elements[e] }
    var pt = Matrix(rows: n, columns: m)
    try BLAS.gemm(.none, .transposed, alpha: 1, test.points, w, beta: 0, &pt, threads: threads)
    for e in 0..<pt.elements.count { pt.elements[e] = max(pt.elements[e], 0) }
    var out = Matrix(rows: n, columns: k)
    try BLAS.gemm(.none, .transposed, alpha: 1, pt, a, beta: 0, &out, threads: threads)
    flops += 2 * Double(m * n * d) * 2 + 2 * Double(n * m * k)
    var correct = 0
    for i in 0..<n {
      let row = (0..<k).map { out.elements[i * k + $0] }
      if row.firstIndex(of: row.max()!) == test.labels[i] { correct += 1 }
    }
    let sv = try SingularValueDecomposition(delta, computeVectors: false, threads: threads).values
    guard changed.allSatisfy(\.isFinite), relative.allSatisfy(\.isFinite) else {
      throw BenchError(message: "W1: training diverged")
    }
    let fro2 = sv.reduce(0) { $0 + $1 * $1 }
    return BenchTraining.Result(flops: flops, metrics: [
      ("test_accuracy", .number(Double(correct) / Double(n))), ("changed_final", .number(changed.last!)),
      ("changed_max", .number(changed.max()!)), ("relative_change_final", .number(exact)),
      ("top_singular_values", .numbers(Array(sv.prefix(5)))), ("stable_rank", .number(fro2 / (sv[0] * sv[0]))),
    ])
  }

  /// The fraction of entries of P whose sign pattern (P > 0) differs from the initial one.
  static func changedFraction(_ p: [Double], _ active0: [Bool]) -> Double {
    var count = 0
    p.withUnsafeBufferPointer { pp in
      active0.withUnsafeBufferPointer { ap in
        for e in 0..<pp.count where (pp[e] > 0) != ap[e] { count += 1 }
      }
    }
    return Double(count) / Double(p.count)
  }
}
