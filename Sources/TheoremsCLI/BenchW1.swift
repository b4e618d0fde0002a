import Foundation
import Generators
import LinearAlgebra
import Theory

extension BenchTraining {
  /// W1 of issue 14: LL18 §7's synthetic data (k = 10 classes of l = 2 components, d = 1000,
  /// σ = 1, σ₀ = 5, not normalized; 1000 train, 1000 test points), the two-layer ReLU network
  /// f(x) = A·ReLU(Wx) with A ~ N(0,1) fixed and w_r ~ N(0, I/m), softmax cross-entropy, T = 400
  /// SGD steps of B = 16 (drawn uniformly without replacement each step), η = 10/m; after every
  /// step, on the full training set, the fraction of (unit, input) activation patterns changed
  /// since initialization and ‖W_t − W₀‖_F/‖W₀‖_F; at the end test accuracy and the singular values
  /// of W_T − W₀; m ∈ {100, 1000, 10000}.
  ///
  /// Structure: the run works in sample space, with the claims' trainer `LL18.SampleSpaceSGD`
  /// (Sources/Theory/LL18), flushed after every step because the pattern change is measured
  /// after every step. With K = X Xᵀ (train Gram, once) and G_t the
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
    // The claims' trainer (Theory/LL18): W never formed, P ← P − η K[:, B] G.
    var sgd = try LL18.SampleSpaceSGD(
      network: try LL18.Network(w: w0, a: a), train: try LL18.Dataset(x: x, labels: train.labels, k: k), eta: eta,
      batchSize: b, threads: threads)
    var flops = 2 * Double(n * n * d) + 2 * Double(n * m * d)
    let w0Norm = w0.frobeniusNorm
    var changed: [Double] = [], relative: [Double] = []
    for idx in batches {
      try sgd.step(batch: idx)
      flops += 2 * Double(b * m * k) * 2 + 2 * Double(b * b * m) + 2 * Double(n * b * m)
      changed.append(sgd.patternChange().pairs)
      relative.append(sgd.relativeDistance)
    }
    let delta = try sgd.update()
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
}
