import LinearAlgebra

extension LL18 {
  /// The network of §3: f_i(x) = Σ_{r=1}^m a_{i,r} ReLU(⟨w_r, x⟩), i ∈ [k]. Only W is trained
  /// ("We will only learn the weight w_r", §3); A stays at its initialization (A3).
  public struct Network: Sendable, Equatable {
    /// The hidden weights W ∈ R^{m×d}, row r = w_r.
    public var w: Matrix
    /// The top layer A ∈ R^{k×m}, entry (i, r) = a_{i,r}.
    public let a: Matrix

    /// Throws when the shapes do not match (A has m columns) or an entry is not finite.
    public init(w: Matrix, a: Matrix) throws {
      try InvalidParameter.require(w.rows >= 1 && w.columns >= 1, "W", "\(w.rows)×\(w.columns)", "needs m, d ≥ 1")
      try InvalidParameter.require(a.rows >= 2, "k", a.rows, "needs at least two classes")
      try InvalidParameter.require(a.columns == w.rows, "A", "\(a.rows)×\(a.columns)", "needs m = \(w.rows) columns")
      try InvalidParameter.require(w.elements.allSatisfy(\.isFinite), "W", "non-finite entry", "must be finite")
      try InvalidParameter.require(a.elements.allSatisfy(\.isFinite), "A", "non-finite entry", "must be finite")
      self.w = w
      self.a = a
    }

    /// The number of classes k.
    public var k: Int { a.rows }
    /// The width m.
    public var m: Int { w.rows }
    /// The input dimension d.
    public var d: Int { w.columns }

    /// The pre-activations P = X Wᵀ (N × m), P_{s,r} = ⟨w_r, x_s⟩, for inputs X (N × d).
    public func preActivations(_ x: Matrix) throws -> Matrix {
      try InvalidParameter.require(x.columns == d, "X", "\(x.rows)×\(x.columns)", "needs d = \(d) columns")
      var p = Matrix(rows: x.rows, columns: m)
      try BLAS.gemm(.none, .transposed, alpha: 1, x, w, beta: 0, &p)
      return p
    }

    /// The outputs f(x_s) (N × k) for inputs X (N × d).
    public func outputs(_ x: Matrix) throws -> Matrix {
      try LL18.outputs(preActivations: preActivations(x), a: a)
    }
  }

  /// The outputs F = ReLU(P) Aᵀ (N × k) from pre-activations P (N × m).
  public static func outputs(preActivations p: Matrix, a: Matrix) throws -> Matrix {
    var relu = p
    for i in relu.elements.indices where relu.elements[i] < 0 { relu.elements[i] = 0 }
    var f = Matrix(rows: p.rows, columns: a.rows)
    try BLAS.gemm(.none, .transposed, alpha: 1, relu, a, beta: 0, &f)
    return f
  }
}

extension LL18 {
  /// The fraction of rows of P (N × m) classified correctly (`accuracy(outputs:labels:)`) by
  /// the outputs f(x_s) = A·ReLU(P_s) (k × m top layer A), in one pass over P without forming
  /// ReLU(P) or F: the §7 diagnostics at every snapshot read P once (a GEMM with k = 10 output
  /// columns would pack all of ReLU(P) first). Same outputs as `outputs(preActivations:a:)`
  /// up to the order of summation.
  public static func accuracy(preActivations p: Matrix, a: Matrix, labels: [Int]) -> Double {
    let n = p.rows, m = p.columns, k = a.rows
    precondition(a.columns == m && labels.count == n, "accuracy: shapes differ")
    guard n > 0 else { return 0 }
    var correct = 0
    var accumulators = [SIMD8<Double>](repeating: .zero, count: k)
    var f = [Double](repeating: 0, count: k)
    let m8 = m & ~7
    p.elements.withUnsafeBufferPointer { pp in
      a.elements.withUnsafeBufferPointer { ap in
        accumulators.withUnsafeMutableBufferPointer { acc in
          f.withUnsafeMutableBufferPointer { fp in
            guard let pBase = pp.baseAddress, let aBase = ap.baseAddress else { return }
            for s in 0..<n {
              let row = pBase + s * m
              for i in 0..<k { acc[i] = .zero }
              var r = 0
              while r < m8 {
                let z = UnsafeRawPointer(row + r).loadUnaligned(as: SIMD8<Double>.self)
                let relu = z.replacing(with: 0, where: z .< 0)
                for i in 0..<k {
                  let w = UnsafeRawPointer(aBase + i * m + r).loadUnaligned(as: SIMD8<Double>.self)
                  acc[i].addProduct(relu, w)
                }
                r += 8
              }
              for i in 0..<k {
                var total = acc[i].sum()
                for q in m8..<m {
                  let v = row[q]
                  total += (v < 0 ? 0 : v) * aBase[i * m + q]
                }
                fp[i] = total
              }
              let y = labels[s]
              var ok = true
              for j in 0..<k where j != y && !(fp[y] > fp[j]) {
                ok = false
                break
              }
              if ok { correct += 1 }
            }
          }
        }
      }
    }
    return Double(correct) / Double(n)
  }
}
