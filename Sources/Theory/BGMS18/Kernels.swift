extension BGMS18 {
  /// The arithmetic shared by the reference functions of `Network` and the training
  /// loops, so both compute N(x) with bit-identical rounding. Raw pointers, no
  /// allocation.
  @usableFromInline
  enum Kernel {
    /// y += c·x over d entries.
    @inlinable @inline(__always)
    static func axpy(_ c: Double, _ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, _ d: Int) {
      for j in 0..<d { y[j] += c * x[j] }
    }

    /// Writes the pre-activations z_r = ⟨W_r, x⟩ of all `rows` rows into `z` and returns
    /// N(x) = Σ_r outgoing[r]·σ(z_r) (Eq. 1).
    @inlinable @inline(__always)
    static func forward(
      _ w: UnsafePointer<Double>, _ x: UnsafePointer<Double>, rows: Int, d: Int, alpha: Double,
      outgoing: UnsafePointer<Double>, z: UnsafeMutablePointer<Double>
    ) -> Double {
      var n = 0.0
      for r in 0..<rows {
        let zr = Dot.fourPartialSums(w + r * d, x, d)
        z[r] = zr
        n += outgoing[r] * (zr >= 0 ? zr : alpha * zr)
      }
      return n
    }

    /// N(x) = Σ_r outgoing[r]·σ(z_r) from stored pre-activations.
    @inlinable @inline(__always)
    static func output(
      preActivations z: UnsafePointer<Double>, rows: Int, alpha: Double, outgoing: UnsafePointer<Double>
    ) -> Double {
      var n = 0.0
      for r in 0..<rows {
        let zr = z[r]
        n += outgoing[r] * (zr >= 0 ? zr : alpha * zr)
      }
      return n
    }

    /// The SGD step of Eq. 3 on the per-example hinge loss, given the pre-activations z
    /// of x: W_r += η·y·outgoing[r]·σ'(z_r)·x for every row (Eq. 10 with the sign of the
    /// gradient; see `Network.sgdStep`). Returns whether some row changed, i.e. the
    /// gradient was non-zero (x ≠ 0 is the caller's business).
    @inlinable @inline(__always)
    static func update(
      _ w: UnsafeMutablePointer<Double>, _ x: UnsafePointer<Double>, rows: Int, d: Int, alpha: Double,
      outgoing: UnsafePointer<Double>, z: UnsafePointer<Double>, scale: Double
    ) -> Bool {
      var changed = false
      for r in 0..<rows {
        let slope = z[r] >= 0 ? 1.0 : alpha
        let c = scale * outgoing[r] * slope
        if c != 0 {
          axpy(c, x, w + r * d, d)
          changed = true
        }
      }
      return changed
    }
  }
}
