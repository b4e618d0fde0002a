/// The register-blocked inner kernel of the packed matrix product (see `PackedGEMM`).
///
/// It computes an `MR × NR` = 8 × 24 tile of C from a packed micro-panel of op(A) (`kc × 8`,
/// one 8-row column after another) and one of op(B) (`kc × 24`, one 24-wide row after another),
/// holding the tile in 24 AVX-512 registers (`SIMD8<Double>`) and issuing one fused
/// multiply-add per register and step, the design of the BLIS micro-kernel (Van Zee & van de
/// Geijn, "BLIS: A Framework for Rapidly Instantiating BLAS Functionality", TOMS 41(3), 2015).
/// Each entry is summed in the fixed order p = 0, 1, …, kc − 1, so the result never depends on
/// how the product was split over threads.
enum MicroKernel {
  /// Rows of the C tile (the broadcast operand, op(A)).
  static let mr = 8
  /// Columns of the C tile (three SIMD8 vectors of op(B)).
  static let nr = 24

  @inline(__always)
  static func load(_ p: UnsafePointer<Double>) -> SIMD8<Double> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Double>.self)
  }

  @inline(__always)
  static func load(_ p: UnsafeMutablePointer<Double>) -> SIMD8<Double> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Double>.self)
  }

  @inline(__always)
  static func store(_ v: SIMD8<Double>, _ p: UnsafeMutablePointer<Double>) {
    UnsafeMutableRawPointer(p).storeBytes(of: v, as: SIMD8<Double>.self)
  }

  /// C[0..<8, 0..<24] ← α·(Σ_p a_p b_pᵀ) + β·C (C is not read when β = 0).
  @inline(__always)
  static func microKernel(
    _ kc: Int, _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>,
    _ c: UnsafeMutablePointer<Double>, _ ldc: Int, _ alpha: Double, _ beta: Double
  ) {
    var c00 = SIMD8<Double>(); var c01 = SIMD8<Double>(); var c02 = SIMD8<Double>()
    var c10 = SIMD8<Double>(); var c11 = SIMD8<Double>(); var c12 = SIMD8<Double>()
    var c20 = SIMD8<Double>(); var c21 = SIMD8<Double>(); var c22 = SIMD8<Double>()
    var c30 = SIMD8<Double>(); var c31 = SIMD8<Double>(); var c32 = SIMD8<Double>()
    var c40 = SIMD8<Double>(); var c41 = SIMD8<Double>(); var c42 = SIMD8<Double>()
    var c50 = SIMD8<Double>(); var c51 = SIMD8<Double>(); var c52 = SIMD8<Double>()
    var c60 = SIMD8<Double>(); var c61 = SIMD8<Double>(); var c62 = SIMD8<Double>()
    var c70 = SIMD8<Double>(); var c71 = SIMD8<Double>(); var c72 = SIMD8<Double>()
    var ap = a, bp = b
    for _ in 0..<kc {
      let b0 = load(bp + 0), b1 = load(bp + 8), b2 = load(bp + 16)
      let a0 = SIMD8<Double>(repeating: ap[0])
      c00 = c00.addingProduct(a0, b0); c01 = c01.addingProduct(a0, b1); c02 = c02.addingProduct(a0, b2)
      let a1 = SIMD8<Double>(repeating: ap[1])
      c10 = c10.addingProduct(a1, b0); c11 = c11.addingProduct(a1, b1); c12 = c12.addingProduct(a1, b2)
      let a2 = SIMD8<Double>(repeating: ap[2])
      c20 = c20.addingProduct(a2, b0); c21 = c21.addingProduct(a2, b1); c22 = c22.addingProduct(a2, b2)
      let a3 = SIMD8<Double>(repeating: ap[3])
      c30 = c30.addingProduct(a3, b0); c31 = c31.addingProduct(a3, b1); c32 = c32.addingProduct(a3, b2)
      let a4 = SIMD8<Double>(repeating: ap[4])
      c40 = c40.addingProduct(a4, b0); c41 = c41.addingProduct(a4, b1); c42 = c42.addingProduct(a4, b2)
      let a5 = SIMD8<Double>(repeating: ap[5])
      c50 = c50.addingProduct(a5, b0); c51 = c51.addingProduct(a5, b1); c52 = c52.addingProduct(a5, b2)
      let a6 = SIMD8<Double>(repeating: ap[6])
      c60 = c60.addingProduct(a6, b0); c61 = c61.addingProduct(a6, b1); c62 = c62.addingProduct(a6, b2)
      let a7 = SIMD8<Double>(repeating: ap[7])
      c70 = c70.addingProduct(a7, b0); c71 = c71.addingProduct(a7, b1); c72 = c72.addingProduct(a7, b2)
      ap += 8; bp += 24
    }
    if beta == 0 {
      store(c00 * alpha, c + 0 * ldc + 0); store(c01 * alpha, c + 0 * ldc + 8); store(c02 * alpha, c + 0 * ldc + 16)
      store(c10 * alpha, c + 1 * ldc + 0); store(c11 * alpha, c + 1 * ldc + 8); store(c12 * alpha, c + 1 * ldc + 16)
      store(c20 * alpha, c + 2 * ldc + 0); store(c21 * alpha, c + 2 * ldc + 8); store(c22 * alpha, c + 2 * ldc + 16)
      store(c30 * alpha, c + 3 * ldc + 0); store(c31 * alpha, c + 3 * ldc + 8); store(c32 * alpha, c + 3 * ldc + 16)
      store(c40 * alpha, c + 4 * ldc + 0); store(c41 * alpha, c + 4 * ldc + 8); store(c42 * alpha, c + 4 * ldc + 16)
      store(c50 * alpha, c + 5 * ldc + 0); store(c51 * alpha, c + 5 * ldc + 8); store(c52 * alpha, c + 5 * ldc + 16)
      store(c60 * alpha, c + 6 * ldc + 0); store(c61 * alpha, c + 6 * ldc + 8); store(c62 * alpha, c + 6 * ldc + 16)
      store(c70 * alpha, c + 7 * ldc + 0); store(c71 * alpha, c + 7 * ldc + 8); store(c72 * alpha, c + 7 * ldc + 16)
    } else {
      store(c00 * alpha + load(c + 0 * ldc + 0) * beta, c + 0 * ldc + 0); store(c01 * alpha + load(c + 0 * ldc + 8) * beta, c + 0 * ldc + 8); store(c02 * alpha + load(c + 0 * ldc + 16) * beta, c + 0 * ldc + 16)
      store(c10 * alpha + load(c + 1 * ldc + 0) * beta, c + 1 * ldc + 0); store(c11 * alpha + load(c + 1 * ldc + 8) * beta, c + 1 * ldc + 8); store(c12 * alpha + load(c + 1 * ldc + 16) * beta, c + 1 * ldc + 16)
      store(c20 * alpha + load(c + 2 * ldc + 0) * beta, c + 2 * ldc + 0); store(c21 * alpha + load(c + 2 * ldc + 8) * beta, c + 2 * ldc + 8); store(c22 * alpha + load(c + 2 * ldc + 16) * beta, c + 2 * ldc + 16)
      store(c30 * alpha + load(c + 3 * ldc + 0) * beta, c + 3 * ldc + 0); store(c31 * alpha + load(c + 3 * ldc + 8) * beta, c + 3 * ldc + 8); store(c32 * alpha + load(c + 3 * ldc + 16) * beta, c + 3 * ldc + 16)
      store(c40 * alpha + load(c + 4 * ldc + 0) * beta, c + 4 * ldc + 0); store(c41 * alpha + load(c + 4 * ldc + 8) * beta, c + 4 * ldc + 8); store(c42 * alpha + load(c + 4 * ldc + 16) * beta, c + 4 * ldc + 16)
      store(c50 * alpha + load(c + 5 * ldc + 0) * beta, c + 5 * ldc + 0); store(c51 * alpha + load(c + 5 * ldc + 8) * beta, c + 5 * ldc + 8); store(c52 * alpha + load(c + 5 * ldc + 16) * beta, c + 5 * ldc + 16)
      store(c60 * alpha + load(c + 6 * ldc + 0) * beta, c + 6 * ldc + 0); store(c61 * alpha + load(c + 6 * ldc + 8) * beta, c + 6 * ldc + 8); store(c62 * alpha + load(c + 6 * ldc + 16) * beta, c + 6 * ldc + 16)
      store(c70 * alpha + load(c + 7 * ldc + 0) * beta, c + 7 * ldc + 0); store(c71 * alpha + load(c + 7 * ldc + 8) * beta, c + 7 * ldc + 8); store(c72 * alpha + load(c + 7 * ldc + 16) * beta, c + 7 * ldc + 16)
    }
  }
}
