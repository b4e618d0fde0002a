#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few statistics the `Random` suite needs, computed here so the suite does not
/// depend on the statistics library it helps to validate.
enum RandomTestStatistics {
  /// The Dvoretzky–Kiefer–Wolfowitz radius with Massart's constant (Massart 1990):
  /// for n i.i.d. draws of any distribution, P(sup_x |F_n(x) − F(x)| > ε) ≤ 2·exp(−2nε²),
  /// so ε = sqrt(ln(2/α) / (2n)) has false-failure probability at most α.
  static func dkwRadius(sampleSize n: Int, alpha: Double) -> Double {
    (log(2 / alpha) / (2 * Double(n))).squareRoot()
  }

  /// The Hoeffding radius for k frequencies at once: each frequency p̂ of n Bernoulli(p)
  /// draws has P(|p̂ − p| ≥ t) ≤ 2·exp(−2nt²) (Hoeffding 1963), so by a union bound over
  /// the k frequencies t = sqrt(ln(2k/α) / (2n)) has false-failure probability at most α.
  static func hoeffdingRadius(sampleSize n: Int, frequencies k: Int, alpha: Double) -> Double {
    (log(2 * Double(k) / alpha) / (2 * Double(n))).squareRoot()
  }

  /// The standard normal CDF Φ(x) = erfc(−x/√2)/2 (erfc keeps the left tail accurate).
  static func standardNormalCDF(_ x: Double) -> Double {
    0.5 * erfc(-x / 2.0.squareRoot())
  }

  /// The Kolmogorov distance sup_x |F_n(x) − F(x)| between the empirical CDF of `sample`
  /// and a continuous CDF `F`. With uᵢ = F(xᵢ) sorted, it is the distance of the uᵢ to
  /// U[0,1]: max over i of max(i/n − u₍ᵢ₎, u₍ᵢ₎ − (i−1)/n). Ties are handled (the last of
  /// a run of equal values gives the full jump). Infinite if some F(xᵢ) is NaN.
  static func kolmogorovDistance(_ sample: [Double], cdf: (Double) -> Double) -> Double {
    let n = sample.count
    var u = [Double](repeating: 0, count: n)
    var sawNaN = false
    sample.withUnsafeBufferPointer { x in
      u.withUnsafeMutableBufferPointer { u in
        var i = 0
        while i < n {
          let f = cdf(x[i])
          if f.isNaN { sawNaN = true }
          u[i] = f < 0 ? 0 : f > 1 ? 1 : f
          i += 1
        }
      }
    }
    if sawNaN { return .infinity }
    let sorted = bucketSortedUnitValues(u)
    var distance = 0.0
    sorted.withUnsafeBufferPointer { u in
      let count = Double(n)
      var i = 0
      while i < n {
        let above = Double(i + 1) / count - u[i]
        let below = u[i] - Double(i) / count
        if above > distance { distance = above }
        if below > distance { distance = below }
        i += 1
      }
    }
    return distance
  }

  /// `values` in [0, 1], sorted in O(n) expected time: a counting sort into n buckets of
  /// width 1/n, then an insertion sort that only has to fix the order inside each bucket.
  /// (The standard library's generic `sort()` takes over a second on 10⁶ doubles in a
  /// debug build; this takes about a tenth of that. Plain `while` loops over buffer
  /// pointers, because iterators and closures are not inlined in a debug build.)
  static func bucketSortedUnitValues(_ values: [Double]) -> [Double] {
    let n = values.count
    guard n > 1 else { return values }
    var starts = [Int](repeating: 0, count: n + 1)
    var bucketOf = [Int](repeating: 0, count: n)
    var sorted = [Double](repeating: 0, count: n)
    values.withUnsafeBufferPointer { v in
      starts.withUnsafeMutableBufferPointer { start in
        bucketOf.withUnsafeMutableBufferPointer { bucket in
          sorted.withUnsafeMutableBufferPointer { out in
            let scale = Double(n)
            var i = 0
            while i < n {
              let b = Int(v[i] * scale)
              let clamped = b < n ? b : n - 1
              bucket[i] = clamped
              start[clamped + 1] += 1
              i += 1
            }
            var b = 0
            while b < n {
              start[b + 1] += start[b]
              b += 1
            }
            i = 0
            while i < n {
              let b = bucket[i]
              out[start[b]] = v[i]
              start[b] += 1
              i += 1
            }
            i = 1
            while i < n {
              let x = out[i]
              if out[i - 1] > x {
                var j = i
                while j > 0 && out[j - 1] > x {
                  out[j] = out[j - 1]
                  j -= 1
                }
                out[j] = x
              }
              i += 1
            }
          }
        }
      }
    }
    return sorted
  }

  /// Whether two of `words` are equal: a counting sort on the top bits, then an insertion
  /// sort inside the buckets and a scan of neighbours (O(n) expected for spread-out words).
  static func containsRepeat(_ words: [UInt64]) -> Bool {
    let n = words.count
    guard n > 1 else { return false }
    let shift = UInt64(64 - (Int.bitWidth - (n - 1).leadingZeroBitCount))
    let buckets = 1 << (64 - Int(shift))
    var starts = [Int](repeating: 0, count: buckets + 1)
    var sorted = [UInt64](repeating: 0, count: n)
    var repeated = false
    words.withUnsafeBufferPointer { w in
      starts.withUnsafeMutableBufferPointer { start in
        sorted.withUnsafeMutableBufferPointer { out in
          for x in w { start[Int(x >> shift) + 1] += 1 }
          for b in 0..<buckets { start[b + 1] += start[b] }
          for x in w {
            let b = Int(x >> shift)
            out[start[b]] = x
            start[b] += 1
          }
          for i in 1..<n {
            let x = out[i]
            var j = i
            while j > 0 && out[j - 1] > x {
              out[j] = out[j - 1]
              j -= 1
            }
            out[j] = x
            if j > 0 && out[j - 1] == x { repeated = true }
          }
        }
      }
    }
    return repeated
  }
}

/// A generator that returns the same 64 bits forever: pins the endpoints of the samplers.
struct ConstantGenerator: RandomNumberGenerator {
  let value: UInt64
  mutating func next() -> UInt64 { value }
}
