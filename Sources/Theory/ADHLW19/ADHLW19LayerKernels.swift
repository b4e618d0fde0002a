import Dispatch
import LinearAlgebra

/// A pointer that may cross into `DispatchQueue.concurrentPerform`: every block writes its own
/// rows only.
struct RowBlockPointer: @unchecked Sendable {
  let base: UnsafeMutablePointer<Double>
}

extension ADHLW19 {
  /// The two elementwise passes of a gradient-descent step of §3.1 over the n × m
  /// pre-activations Z = X·Wᵀ, vectorized (SIMD8) and split over `threads` blocks of rows.
  /// Each row is computed the same way whatever the split, so the results do not depend on
  /// `threads`.
  enum LayerKernels {
    /// u_i = (1/√m) Σ_r a_r max(Z_ir, 0) (§3.1). Per row: two SIMD8 partial sums over
    /// r ≡ 0…7 and 8…15 (mod 16), added, reduced lane 0…7 in order, then the scalar tail.
    static func outputs(_ z: UnsafePointer<Double>, rows n: Int, columns m: Int,
                        outputWeights a: UnsafePointer<Double>, into u: UnsafeMutablePointer<Double>,
                        threads: Int) {
      let scale = 1 / Double(m).squareRoot()
      let zs = RowBlockPointer(base: UnsafeMutablePointer(mutating: z))
      let us = RowBlockPointer(base: u)
      let ash = RowBlockPointer(base: UnsafeMutablePointer(mutating: a))
      forEachRowBlock(rows: n, threads: threads) { range in
        let a = UnsafeRawPointer(ash.base)
        for i in range {
          let row = UnsafeRawPointer(zs.base + i * m)
          var s0 = SIMD8<Double>(repeating: 0), s1 = SIMD8<Double>(repeating: 0)
          let zero = SIMD8<Double>(repeating: 0)
          var r = 0
          while r + 16 <= m {
            let z0 = row.loadUnaligned(fromByteOffset: r * 8, as: SIMD8<Double>.self)
            let z1 = row.loadUnaligned(fromByteOffset: (r + 8) * 8, as: SIMD8<Double>.self)
            let a0 = a.loadUnaligned(fromByteOffset: r * 8, as: SIMD8<Double>.self)
            let a1 = a.loadUnaligned(fromByteOffset: (r + 8) * 8, as: SIMD8<Double>.self)
            s0 += a0 * z0.replacing(with: zero, where: z0 .< zero)
            s1 += a1 * z1.replacing(with: zero, where: z1 .< zero)
            r += 16
          }
          let s = s0 + s1
          var total = 0.0
          for lane in 0..<8 { total += s[lane] }
          while r < m {
            total += ash.base[r] * max(zs.base[i * m + r], 0)
            r += 1
          }
          us.base[i] = total * scale
        }
      }
    }

    /// Runs `body` on `threads` contiguous blocks of 0..<rows (one block when threads ≤ 1).
    static func forEachRowBlock(rows: Int, threads: Int, _ body: @Sendable (Range<Int>) -> Void) {
      let blocks = max(1, min(threads, rows))
      if blocks == 1 { body(0..<rows); return }
      DispatchQueue.concurrentPerform(iterations: blocks) { b in
        body(rows * b / blocks ..< rows * (b + 1) / blocks)
      }
    }
  }
}
