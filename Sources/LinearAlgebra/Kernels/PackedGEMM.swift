import Dispatch

/// A raw pointer that may cross into `DispatchQueue.concurrentPerform` (the callers guarantee
/// that concurrent blocks touch disjoint memory).
struct SharedPointer: @unchecked Sendable {
  let base: UnsafeMutablePointer<Double>
}

/// The blocked, packed matrix product C ← α·op(A)·op(B) + β·C on raw row-major storage, in the
/// GotoBLAS / BLIS layout (Goto & van de Geijn, "Anatomy of High-Performance Matrix
/// Multiplication", TOMS 34(3), 2008; Van Zee & van de Geijn, TOMS 41(3), 2015):
///
///     for each block of `mc` rows of C                  (packed op(A) block, L3)
///       for each depth block of `kc`                     (fixed, so sums are thread-independent)
///         pack op(A)[rows, depth] into 8-row micro-panels
///         for each block of `nc` columns of C            (packed op(B) block, L2)
///           pack op(B)[depth, columns] into 24-column micro-panels
///           for each 8-row micro-panel (L1) × each 24-column micro-panel: MicroKernel
///
/// Every C entry is accumulated over the depth blocks in ascending order and inside a block in
/// ascending p, whatever the thread split; the split only assigns whole C regions to threads.
enum PackedGEMM {
  static let kc = 256
  static let mc = 1024
  static let nc = 480

  /// The product on raw storage (lda/ldb/ldc are row strides). `threads` ≥ 1.
  static func run(
    transA: Transpose, transB: Transpose, m: Int, n: Int, k: Int, alpha: Double,
    a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
    beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int, threads: Int
  ) {
    if m == 0 || n == 0 { return }
    if k == 0 || alpha == 0 {
      scale(m: m, n: n, beta: beta, c: c, ldc: ldc)
      return
    }
    let work = Double(m) * Double(n) * Double(k)
    let parts = min(max(threads, 1), work < 4e6 ? 1 : 64)
    if parts == 1 {
      serial(transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
      return
    }
    // Split C into `parts` whole blocks of rows (or columns, when C is wide); each thread
    // packs its own panels. The sums inside an entry are the same as in the serial run.
    let splitRows = m >= n
    let unit = splitRows ? MicroKernel.mr : MicroKernel.nr
    let extent = splitRows ? m : n
    let units = (extent + unit - 1) / unit
    let pieces = min(parts, units)
    if pieces <= 1 {
      serial(transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
      return
    }
    let sa = SharedPointer(base: UnsafeMutablePointer(mutating: a))
    let sb = SharedPointer(base: UnsafeMutablePointer(mutating: b))
    let sc = SharedPointer(base: c)
    DispatchQueue.concurrentPerform(iterations: pieces) { t in
      let lo = min(extent, (units * t / pieces) * unit)
      let hi = min(extent, (units * (t + 1) / pieces) * unit)
      if hi <= lo { return }
      if splitRows {
        let aOffset = transA == .none ? lo * lda : lo
        serial(
          transA, transB, hi - lo, n, k, alpha, UnsafePointer(sa.base + aOffset), lda,
          UnsafePointer(sb.base), ldb, beta, sc.base + lo * ldc, ldc)
      } else {
        let bOffset = transB == .none ? lo : lo * ldb
        serial(
          transA, transB, m, hi - lo, k, alpha, UnsafePointer(sa.base), lda,
          UnsafePointer(sb.base + bOffset), ldb, beta, sc.base + lo, ldc)
      }
    }
  }

  /// C ← β·C (C is not read when β = 0).
  static func scale(m: Int, n: Int, beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int) {
    for i in 0..<m {
      let row = c + i * ldc
      if beta == 0 {
        row.update(repeating: 0, count: n)
      } else if beta != 1 {
        for j in 0..<n { row[j] *= beta }
      }
    }
  }

  /// One thread's product.
  static func serial(
    _ transA: Transpose, _ transB: Transpose, _ m: Int, _ n: Int, _ k: Int, _ alpha: Double,
    _ a: UnsafePointer<Double>, _ lda: Int, _ b: UnsafePointer<Double>, _ ldb: Int,
    _ beta: Double, _ c: UnsafeMutablePointer<Double>, _ ldc: Int
  ) {
    let mr = MicroKernel.mr, nr = MicroKernel.nr
    let mcEff = min(mc, (m + mr - 1) / mr * mr)
    let ncEff = min(nc, (n + nr - 1) / nr * nr)
    let kcEff = min(kc, k)
    let aBytes = mcEff * kcEff * 8, bBytes = ncEff * kcEff * 8
    let raw = UnsafeMutableRawPointer.allocate(byteCount: aBytes + bBytes + mr * nr * 8, alignment: 64)
    defer { raw.deallocate() }
    let packA = raw.bindMemory(to: Double.self, capacity: mcEff * kcEff)
    let packB = (raw + aBytes).bindMemory(to: Double.self, capacity: ncEff * kcEff)
    let tile = (raw + aBytes + bBytes).bindMemory(to: Double.self, capacity: mr * nr)

    var ic = 0
    while ic < m {
      let mcCur = min(mc, m - ic)
      var pc = 0
      while pc < k {
        let kcCur = min(kc, k - pc)
        let betaCur = pc == 0 ? beta : 1
        packPanelA(transA, a, lda, ic, pc, mcCur, kcCur, packA)
        var jc = 0
        while jc < n {
          let ncCur = min(nc, n - jc)
          packPanelB(transB, b, ldb, pc, jc, kcCur, ncCur, packB)
          var ir = 0
          while ir < mcCur {
            let mrCur = min(mr, mcCur - ir)
            let ap = UnsafePointer(packA + ir * kcCur)
            var jr = 0
            while jr < ncCur {
              let nrCur = min(nr, ncCur - jr)
              let bp = UnsafePointer(packB + jr * kcCur)
              let cp = c + (ic + ir) * ldc + jc + jr
              if mrCur == mr && nrCur == nr {
                MicroKernel.microKernel(kcCur, ap, bp, cp, ldc, alpha, betaCur)
              } else {
                MicroKernel.microKernel(kcCur, ap, bp, tile, nr, 1, 0)
                for r in 0..<mrCur {
                  let row = cp + r * ldc, t = tile + r * nr
                  if betaCur == 0 {
                    for j in 0..<nrCur { row[j] = t[j] * alpha }
                  } else {
                    for j in 0..<nrCur { row[j] = t[j] * alpha + row[j] * betaCur }
                  }
                }
              }
              jr += nr
            }
            ir += mr
          }
          jc += nc
        }
        pc += kc
      }
      ic += mc
    }
  }

  /// Packs op(A)[i0 ..< i0+mcCur, p0 ..< p0+kcCur] as consecutive 8-row micro-panels, each
  /// stored step by step (8 values per p), zero-padded to a multiple of 8 rows.
  @inline(__always)
  static func packPanelA(
    _ trans: Transpose, _ a: UnsafePointer<Double>, _ lda: Int, _ i0: Int, _ p0: Int,
    _ mcCur: Int, _ kcCur: Int, _ dst: UnsafeMutablePointer<Double>
  ) {
    let mr = MicroKernel.mr
    var ir = 0
    while ir < mcCur {
      let rows = min(mr, mcCur - ir)
      let panel = dst + ir * kcCur
      if trans == .none {
        // op(A)[i, p] = a[i*lda + p]: each row is contiguous in p.
        for r in 0..<rows {
          let src = a + (i0 + ir + r) * lda + p0
          for p in 0..<kcCur { panel[p * mr + r] = src[p] }
        }
      } else {
        // op(A)[i, p] = a[p*lda + i]: 8 consecutive i are contiguous.
        if rows == mr {
          for p in 0..<kcCur {
            MicroKernel.store(MicroKernel.load(a + (p0 + p) * lda + i0 + ir), panel + p * mr)
          }
        } else {
          for p in 0..<kcCur {
            let src = a + (p0 + p) * lda + i0 + ir
            for r in 0..<rows { panel[p * mr + r] = src[r] }
          }
        }
      }
      if rows < mr {
        for p in 0..<kcCur { for r in rows..<mr { panel[p * mr + r] = 0 } }
      }
      ir += mr
    }
  }

  /// Packs op(B)[p0 ..< p0+kcCur, j0 ..< j0+ncCur] as consecutive 24-column micro-panels, each
  /// stored step by step (24 values per p), zero-padded to a multiple of 24 columns.
  @inline(__always)
  static func packPanelB(
    _ trans: Transpose, _ b: UnsafePointer<Double>, _ ldb: Int, _ p0: Int, _ j0: Int,
    _ kcCur: Int, _ ncCur: Int, _ dst: UnsafeMutablePointer<Double>
  ) {
    let nr = MicroKernel.nr
    var jr = 0
    while jr < ncCur {
      let cols = min(nr, ncCur - jr)
      let panel = dst + jr * kcCur
      if trans == .none {
        // op(B)[p, j] = b[p*ldb + j]: 24 consecutive j are contiguous.
        if cols == nr {
          for p in 0..<kcCur {
            let src = b + (p0 + p) * ldb + j0 + jr, d = panel + p * nr
            MicroKernel.store(MicroKernel.load(src), d)
            MicroKernel.store(MicroKernel.load(src + 8), d + 8)
            MicroKernel.store(MicroKernel.load(src + 16), d + 16)
          }
        } else {
          for p in 0..<kcCur {
            let src = b + (p0 + p) * ldb + j0 + jr
            for j in 0..<cols { panel[p * nr + j] = src[j] }
          }
        }
      } else {
        // op(B)[p, j] = b[j*ldb + p]: each column j of op(B) is a contiguous row of b.
        for j in 0..<cols {
          let src = b + (j0 + jr + j) * ldb + p0
          for p in 0..<kcCur { panel[p * nr + j] = src[p] }
        }
      }
      if cols < nr {
        for p in 0..<kcCur { for j in cols..<nr { panel[p * nr + j] = 0 } }
      }
      jr += nr
    }
  }
}
