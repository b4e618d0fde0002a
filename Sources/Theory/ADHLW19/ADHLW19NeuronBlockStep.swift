import Dispatch
import LinearAlgebra
import Synchronization

extension ADHLW19 {
  /// One gradient-descent step of §3.1 done block by block over the neurons, so that the
  /// n × m matrices of a step never travel through memory:
  ///
  ///     for each block R of `blockWidth` neurons (in parallel over cores):
  ///       G_iR  = e_i a_R 1{Z_iR(k) ≥ 0},  e_i = (u_i(k) − y_i)/√m   (from the stored pattern)
  ///       W_Rᵀ ← W_Rᵀ − η·Xᵀ G_R                                     (GEMM, d × |R|)
  ///       Z_R   = X·W_Rᵀ                                             (GEMM, n × |R|)
  ///       pattern_R ← 1{Z_R ≥ 0};  s_{R,i} = Σ_{r∈R} a_r max(Z_ir, 0)
  ///     u_i(k+1) = (1/√m) Σ_R s_{R,i}   (blocks added in order)
  ///
  /// Only Wᵀ (d × m) and a byte per (i, r) for the activation pattern persist between steps.
  /// Every sum has a fixed order (GEMM depth ascending; SIMD lanes inside a block; blocks in
  /// order), so the iterates do not depend on the number of cores.
  struct NeuronBlockStep {
    /// Neurons per block: a multiple of the GEMM micro-panel width (24), so that the blocks'
    /// products waste no columns.
    static let blockWidth = 96

    let n: Int
    let d: Int
    let m: Int
    let threads: Int
    var blocks: Int { (m + Self.blockWidth - 1) / Self.blockWidth }
    /// n × blockWidth doubles per worker: G_R, then Z_R.
    private var scratch: [Double]
    /// s_{R,i}: blocks × n.
    private var partialOutputs: [Double]
    /// 1{Z_ir ≥ 0}, n × m bytes stored block after block (block R holds n × |R|, row-major).
    private(set) var pattern: [UInt8]

    init(n: Int, d: Int, m: Int, threads: Int) {
      self.n = n
      self.d = d
      self.m = m
      self.threads = max(1, threads)
      scratch = [Double](repeating: 0, count: self.threads * n * Self.blockWidth)
      partialOutputs = [Double](repeating: 0, count: ((m + Self.blockWidth - 1) / Self.blockWidth) * n)
      pattern = [UInt8](repeating: 0, count: n * m)
    }

    /// Runs the pass. With `step` nil it only evaluates Z = X·Wᵀ (the initial outputs); with
    /// (η, e) it first moves every w_r by −η Σ_i e_i a_r 1{Z_ir(k) ≥ 0} x_i. Writes u into
    /// `outputs`.
    mutating func run(
      inputs x: Matrix, transposedWeights wt: inout Matrix, outputWeights a: [Double],
      step: (stepSize: Double, scaledResiduals: [Double])?, outputs u: inout [Double]
    ) {
      let n = self.n, d = self.d, m = self.m, bw = Self.blockWidth, blocks = self.blocks
      let workers = min(threads, blocks)
      let eta = step?.stepSize ?? 0, hasStep = step != nil
      let e = step?.scaledResiduals ?? []
      x.elements.withUnsafeBufferPointer { xb in
        wt.elements.withUnsafeMutableBufferPointer { wb in
          scratch.withUnsafeMutableBufferPointer { sb in
            partialOutputs.withUnsafeMutableBufferPointer { pb in
              pattern.withUnsafeMutableBufferPointer { patb in
                a.withUnsafeBufferPointer { ab in
                  e.withUnsafeBufferPointer { eb in
                    let xs = SharedBase(xb.baseAddress!), ws = SharedBase(wb.baseAddress!)
                    let ss = SharedBase(sb.baseAddress!), ps = SharedBase(pb.baseAddress!)
                    let pats = SharedBytes(patb.baseAddress!), as_ = SharedBase(ab.baseAddress!)
                    let es = SharedBase(eb.baseAddress ?? UnsafePointer(ss.base))
                    let next = Atomic<Int>(0)
                    let body: @Sendable (Int) -> Void = { worker in
                      let buffer = ss.base + worker * n * bw
                      while true {
                        let block = next.wrappingAdd(1, ordering: .relaxed).oldValue
                        if block >= blocks { break }
                        let r0 = block * bw, width = min(bw, m - r0)
                        let bits = pats.base + r0 * n
                        if hasStep {
                          // G_R from the stored pattern.
                          for i in 0..<n {
                            let ei = es.base[i], g = buffer + i * width, p = bits + i * width
                            let ar = as_.base + r0
                            for j in 0..<width { g[j] = (ei * ar[j]) * Double(p[j]) }  // branch-free: vectorizes
                          }
                          BLAS.gemm(.transposed, .none, m: d, n: width, k: n, alpha: -eta,
                                    UnsafePointer(xs.base), lda: d, UnsafePointer(buffer), ldb: width,
                                    beta: 1, ws.base + r0, ldc: m)
                        }
                        BLAS.gemm(.none, .none, m: n, n: width, k: d, alpha: 1,
                                  UnsafePointer(xs.base), lda: d, UnsafePointer(ws.base + r0), ldb: m,
                                  beta: 0, buffer, ldc: width)
                        NeuronBlockStep.reduce(buffer, rows: n, width: width, outputWeights: as_.base + r0,
                                               pattern: bits, sums: ps.base + block * n)
                      }
                    }
                    if workers <= 1 { body(0) } else { DispatchQueue.concurrentPerform(iterations: workers, execute: body) }
                  }
                }
              }
            }
          }
        }
      }
      let scale = 1 / Double(m).squareRoot()
      partialOutputs.withUnsafeBufferPointer { pb in
        for i in 0..<n {
          var s = 0.0
          for block in 0..<blocks { s += pb[block * n + i] }
          u[i] = s * scale
        }
      }
    }

    /// pattern ← 1{Z ≥ 0} and sums_i = Σ_j a_j max(Z_ij, 0) over a block's n × width
    /// pre-activations (two SIMD8 partial sums, lanes added in order, then the tail).
    static func reduce(_ z: UnsafeMutablePointer<Double>, rows n: Int, width: Int, outputWeights a: UnsafeMutablePointer<Double>,
                       pattern: UnsafeMutablePointer<UInt8>, sums: UnsafeMutablePointer<Double>) {
      let zero = SIMD8<Double>(repeating: 0)
      for i in 0..<n {
        let row = z + i * width, p = pattern + i * width
        // a_j max(Z_ij, 0) in place, and the pattern: selects without a reduction, which the
        // compiler vectorizes (the stdlib's generic `pointwiseMax` is not inlined).
        for j in 0..<width {
          let v = row[j]
          p[j] = v >= 0 ? 1 : 0
          row[j] = v >= 0 ? a[j] * v : 0
        }
        let raw = UnsafeRawPointer(row)
        var s0 = zero, s1 = zero
        var j = 0
        while j + 16 <= width {
          s0 += raw.loadUnaligned(fromByteOffset: j * 8, as: SIMD8<Double>.self)
          s1 += raw.loadUnaligned(fromByteOffset: (j + 8) * 8, as: SIMD8<Double>.self)
          j += 16
        }
        let s = s0 + s1
        var total = 0.0
        for lane in 0..<8 { total += s[lane] }
        while j < width {
          total += row[j]
          j += 1
        }
        sums[i] = total
      }
    }
  }
}

/// Raw pointers that may cross into `DispatchQueue.concurrentPerform`; the blocks of a pass
/// write disjoint memory.
struct SharedBase: @unchecked Sendable {
  let base: UnsafeMutablePointer<Double>
  init(_ p: UnsafeMutablePointer<Double>) { base = p }
  init(_ p: UnsafePointer<Double>) { base = UnsafeMutablePointer(mutating: p) }
}

struct SharedBytes: @unchecked Sendable {
  let base: UnsafeMutablePointer<UInt8>
  init(_ p: UnsafeMutablePointer<UInt8>) { base = p }
}
