/// The singular values (and vectors) of an upper bidiagonal matrix B (diagonal d, superdiagonal
/// f) by the implicit-shift QR iteration of Golub & Kahan as organized in LAPACK `dbdsqr`
/// (Demmel & Kahan, "Accurate singular values of bidiagonal matrices", SIAM J. Sci. Stat.
/// Comput. 11(5), 1990): the shift is the smaller singular value of the trailing 2 × 2 block
/// (zero when it is negligible, or when a diagonal entry is negligible, which then deflates),
/// the bulge is chased top to bottom, and f_i is set to zero when |f_i| ≤ ε·(|d_i| + |d_{i+1}|)
/// or |f_i| ≤ ε·‖B‖ (an absolute perturbation, so the values have absolute error O(ε‖B‖)).
///
/// With vectors, each plane rotation of rows (i, i+1) of Uᵀ and Vᵀ is recorded, and the
/// recorded rotations of many sweeps are applied slab by slab of columns (each slab stays in
/// cache). Every entry still receives the rotations in the original order.
struct BidiagonalSVD {
  /// A recorded rotation of rows (i, i+1): r_i ← c·r_i + s·r_{i+1}, r_{i+1} ← c·r_{i+1} − s·r_i.
  struct Rotation { let i: Int32; let c: Double; let s: Double }

  /// Runs the iteration; `ut` and `vt` (n × n, row-major: rows are the columns of U and the
  /// rows of Vᵀ) are updated when given. Returns the values, unsorted and possibly negative
  /// before `finish`.
  static func iterate(
    _ d: inout [Double], _ f: inout [Double], ut: UnsafeMutablePointer<Double>?, vt: UnsafeMutablePointer<Double>?,
    columns: Int
  ) throws {
    let n = d.count
    if n <= 1 { return }
    let eps = Double.ulpOfOne
    var normB = 0.0
    for x in d { normB = max(normB, abs(x)) }
    for x in f { normB = max(normB, abs(x)) }
    if normB == 0 { return }
    let absTol = eps * normB
    var leftRotations: [Rotation] = [], rightRotations: [Rotation] = []
    let vectors = ut != nil
    let flushAt = 64 * n
    var hi = n - 1
    var sweeps = 0
    let maxSweeps = 8 * n * n + 100
    while hi > 0 {
      // Deflate at the bottom.
      if abs(f[hi - 1]) <= eps * (abs(d[hi - 1]) + abs(d[hi])) || abs(f[hi - 1]) <= absTol {
        f[hi - 1] = 0
        hi -= 1
        continue
      }
      // The unreduced block [lo, hi].
      var lo = hi - 1
      while lo > 0 {
        if abs(f[lo - 1]) <= eps * (abs(d[lo - 1]) + abs(d[lo])) || abs(f[lo - 1]) <= absTol {
          f[lo - 1] = 0
          break
        }
        lo -= 1
      }
      sweeps += 1
      if sweeps > maxSweeps { throw LinearAlgebraError.noConvergence("bidiagonal SVD: \(maxSweeps) sweeps") }
      // Negligible diagonal entries are set to zero; the zero-shift sweep then deflates them.
      var shift = 0.0
      var zeroDiagonal = false
      for i in lo...hi where abs(d[i]) <= absTol {
        d[i] = 0
        zeroDiagonal = true
      }
      if !zeroDiagonal {
        shift = smallerSingularValue(d[hi - 1], f[hi - 1], d[hi])
        let top = abs(d[lo])
        if top == 0 || (shift / top) * (shift / top) < eps { shift = 0 }
      }
      // Chase the bulge from top to bottom.
      var ff: Double, g: Double
      if shift == 0 {
        ff = d[lo]
      } else {
        ff = (abs(d[lo]) - shift) * ((d[lo] >= 0 ? 1 : -1) + shift / d[lo])
      }
      g = f[lo]
      for i in lo..<hi {
        let (cr, sr, r) = rotation(ff, g)
        if i > lo { f[i - 1] = r }
        ff = cr * d[i] + sr * f[i]
        f[i] = cr * f[i] - sr * d[i]
        g = sr * d[i + 1]
        d[i + 1] = cr * d[i + 1]
        let (cl, sl, r2) = rotation(ff, g)
        d[i] = r2
        ff = cl * f[i] + sl * d[i + 1]
        d[i + 1] = cl * d[i + 1] - sl * f[i]
        if i < hi - 1 {
          g = sl * f[i + 1]
          f[i + 1] = cl * f[i + 1]
        }
        if vectors {
          rightRotations.append(Rotation(i: Int32(i), c: cr, s: sr))
          leftRotations.append(Rotation(i: Int32(i), c: cl, s: sl))
        }
      }
      f[hi - 1] = ff
      if vectors && leftRotations.count >= flushAt {
        apply(leftRotations, ut!, columns: columns)
        apply(rightRotations, vt!, columns: columns)
        leftRotations.removeAll(keepingCapacity: true)
        rightRotations.removeAll(keepingCapacity: true)
      }
    }
    if vectors {
      apply(leftRotations, ut!, columns: columns)
      apply(rightRotations, vt!, columns: columns)
    }
  }

  /// (c, s, r) with c·f + s·g = r, −s·f + c·g = 0 (LAPACK `dlartg` without its scaling loop).
  @inline(__always)
  static func rotation(_ f: Double, _ g: Double) -> (Double, Double, Double) {
    if g == 0 { return (1, 0, f) }
    if f == 0 { return (0, 1, g) }
    let r = TridiagonalEigen.hypot2(f, g)
    let rr = abs(f) > abs(g) && f < 0 ? -r : r
    return (f / rr, g / rr, rr)
  }

  /// The smaller singular value of [[f, g], [0, h]] (LAPACK `dlas2`).
  static func smallerSingularValue(_ f: Double, _ g: Double, _ h: Double) -> Double {
    let fa = abs(f), ga = abs(g), ha = abs(h)
    let fhmn = min(fa, ha), fhmx = max(fa, ha)
    if fhmn == 0 { return 0 }
    if ga < fhmx {
      let as_ = 1 + fhmn / fhmx, at = (fhmx - fhmn) / fhmx
      let au = (ga / fhmx) * (ga / fhmx)
      let c = 2 / ((as_ * as_ + au).squareRoot() + (at * at + au).squareRoot())
      return fhmn * c
    }
    let au = fhmx / ga
    if au == 0 { return (fhmn * fhmx) / ga }
    let as_ = 1 + fhmn / fhmx, at = (fhmx - fhmn) / fhmx
    let c = 1 / ((1 + (as_ * au) * (as_ * au)).squareRoot() + (1 + (at * au) * (at * au)).squareRoot())
    return (fhmn * c) * au * 2
  }

  /// Applies the recorded rotations, in order, to the rows of `x` (rows × columns), one slab of
  /// columns at a time.
  static func apply(_ rotations: [Rotation], _ x: UnsafeMutablePointer<Double>, columns: Int) {
    if rotations.isEmpty { return }
    let slab = 64
    rotations.withUnsafeBufferPointer { rb in
      var c0 = 0
      while c0 < columns {
        let w = min(slab, columns - c0)
        if w == slab {
          for rot in rb {
            let a = x + Int(rot.i) * columns + c0, b = a + columns
            let c = SIMD8<Double>(repeating: rot.c), s = SIMD8<Double>(repeating: rot.s)
            var k = 0
            while k < slab {
              let va = Level1.load(UnsafePointer(a + k)), vb = Level1.load(UnsafePointer(b + k))
              Level1.store(c * va + s * vb, a + k)
              Level1.store(c * vb - s * va, b + k)
              k += 8
            }
          }
        } else {
          for rot in rb {
            let a = x + Int(rot.i) * columns + c0, b = a + columns
            for k in 0..<w {
              let va = a[k], vb = b[k]
              a[k] = rot.c * va + rot.s * vb
              b[k] = rot.c * vb - rot.s * va
            }
          }
        }
        c0 += w
      }
    }
  }
}
