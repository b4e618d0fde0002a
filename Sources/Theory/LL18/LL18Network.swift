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
  /// Buffers for the accuracy of outputs F = ReLU(P) Aᵀ computed from pre-activations P
  /// (N × m), allocated once per trainer so that the §7 diagnostics at every snapshot do not
  /// allocate N × m matrices (the same numbers as `outputs(preActivations:a:)`).
  public struct OutputWorkspace: Sendable {
    var relu: Matrix
    var f: Matrix

    public init(rows: Int, m: Int, k: Int) {
      relu = Matrix(rows: rows, columns: m)
      f = Matrix(rows: rows, columns: k)
    }

    /// The fraction of rows classified correctly (`accuracy(outputs:labels:)`) for
    /// pre-activations `p` (rows × m) and top layer `a` (k × m).
    public mutating func accuracy(preActivations p: Matrix, a: Matrix, labels: [Int]) throws -> Double {
      precondition(p.rows == relu.rows && p.columns == relu.columns && a.rows == f.columns, "OutputWorkspace: shapes differ")
      p.elements.withUnsafeBufferPointer { src in
        relu.elements.withUnsafeMutableBufferPointer { dst in
          for i in 0..<src.count {
            let v = src[i]
            dst[i] = v < 0 ? 0 : v
          }
        }
      }
      try BLAS.gemm(.none, .transposed, alpha: 1, relu, a, beta: 0, &f)
      return LL18.accuracy(outputs: f, labels: labels)
    }
  }
}
