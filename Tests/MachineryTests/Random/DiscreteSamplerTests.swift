import Generators
import Testing

/// nextInt(below:), shuffle(_:), nextPermutation(count:), nextSign() and
/// nextIndicesWithReplacement(from:draws:).
///
/// Frequencies are checked with Hoeffding's inequality and a union bound over the k
/// outcomes: every |p̂ − p| ≤ sqrt(ln(2k/α)/(2n)) except with probability α.
extension RandomTests {
  /// Counts of `outcome()` over `0..<k` in `n` draws, and whether each frequency is within
  /// the Hoeffding radius of 1/k.
  static func frequenciesAreUniform(
    outcomes k: Int, draws n: Int, alpha: Double, _ outcome: () -> Int
  ) -> (counts: [Int], radius: Double, uniform: Bool) {
    var counts = [Int](repeating: 0, count: k)
    for _ in 0..<n { counts[outcome()] += 1 }
    let radius = RandomTestStatistics.hoeffdingRadius(sampleSize: n, frequencies: k, alpha: alpha)
    let p = 1 / Double(k)
    let uniform = counts.allSatisfy { abs(Double($0) / Double(n) - p) <= radius }
    return (counts, radius, uniform)
  }

  /// n = 10⁶: the radius is ≈ 2.99e-3, 3.05e-3, 3.06e-3 for k = 3, 6, 7.
  @Test("nextInt(below:) buckets are uniform (Hoeffding, α = 1e-7 each)", arguments: [3, 6, 7])
  func intBelowIsUniform(bound: Int) {
    var rng = RandomStream(seed: 1, name: "random-tests/int-below", trial: UInt64(bound))
    var inRange = true
    let result = Self.frequenciesAreUniform(
      outcomes: bound, draws: 1_000_000, alpha: RandomTestBudget.intBuckets
    ) {
      let value = rng.nextInt(below: bound)
      if value < 0 || value >= bound {
        inRange = false
        return 0
      }
      return value
    }
    #expect(inRange)
    #expect(result.uniform, "counts \(result.counts), radius \(result.radius)")
  }

  /// For s = 2⁶² + 1 Lemire's threshold is (2⁶⁴ − s) mod s = 2⁶² − 3, so about one draw
  /// in four is rejected: this bound exercises the rejection loop.
  @Test("nextInt(below: 2^62 + 1) stays in range and rejects about one word in four")
  func intBelowHugeBound() {
    let bound = (1 << 62) + 1
    let n = 100_000
    var rng = RandomStream(seed: 1, name: "random-tests/int-below-huge", trial: 0)
    var inRange = true
    var lowerHalf = 0
    for _ in 0..<n {
      let value = rng.nextInt(below: bound)
      if value < 0 || value >= bound { inRange = false }
      if value < 1 << 61 { lowerHalf += 1 }
    }
    #expect(inRange)
    // P(value < 2⁶¹) = 2⁶¹/(2⁶² + 1) = 1/2 − 2⁻⁶³ to double precision. Hoeffding at
    // α = 1e-8: radius sqrt(ln(2e8)/2e5) ≈ 9.78e-3.
    let radius = RandomTestStatistics.hoeffdingRadius(
      sampleSize: n, frequencies: 1, alpha: RandomTestBudget.intHugeBoundHalf)
    #expect(abs(Double(lowerHalf) / Double(n) - 0.5) <= radius, "lower half \(lowerHalf)")
    // Words consumed = 2·block − (words still buffered) ≥ 2·block − 1. With rejection
    // probability ≈ 1/4, the count of words is ≈ 4n/3; it equals n only if no word in n
    // was rejected, which has probability ≈ (3/4)^(10⁵) (negligible).
    #expect(2 * Int(rng.block) > n + 1)
  }

  @Test("nextInt(below: 1) is always 0 and consumes one word")
  func intBelowOne() {
    var rng = RandomStream(seed: 1, name: "random-tests/int-below-one", trial: 0)
    #expect((0..<100).allSatisfy { _ in rng.nextInt(below: 1) == 0 })
    #expect(rng.block == 50)
  }

  /// Fisher–Yates on [0, 1, 2]: the 6 orders are indexed 9·a₀ + 3·a₁ + a₂ mapped to 0..<6.
  /// n = 6·10⁵: radius sqrt(ln(1.2e8)/1.2e6) ≈ 3.94e-3 around 1/6.
  @Test("shuffle of 3 elements: all 6 permutations equally likely (Hoeffding, α = 1e-7)")
  func shuffleOfThreeIsUniform() {
    let codes = [5, 7, 11, 15, 19, 21]  // 012, 021, 102, 120, 201, 210
    var index = [Int](repeating: -1, count: 27)
    for (i, code) in codes.enumerated() { index[code] = i }
    var rng = RandomStream(seed: 1, name: "random-tests/shuffle-3", trial: 0)
    var elements = [0, 1, 2]
    var valid = true
    let result = Self.frequenciesAreUniform(
      outcomes: 6, draws: 600_000, alpha: RandomTestBudget.shuffleOfThree
    ) {
      elements = [0, 1, 2]
      rng.shuffle(&elements)
      let i = index[9 * elements[0] + 3 * elements[1] + elements[2]]
      if i < 0 {
        valid = false
        return 0
      }
      return i
    }
    #expect(valid)
    #expect(result.uniform, "counts \(result.counts), radius \(result.radius)")
  }

  @Test("nextPermutation(count:) is a permutation of 0..<count", arguments: [0, 1, 2, 5, 100])
  func permutationsArePermutations(count: Int) {
    var rng = RandomStream(seed: 1, name: "random-tests/permutation", trial: UInt64(count))
    for _ in 0..<20 {
      #expect(rng.nextPermutation(count: count).sorted() == Array(0..<count))
    }
    var empty = [Int]()
    rng.shuffle(&empty)
    #expect(empty.isEmpty)
  }

  /// n = 10⁶: radius sqrt(ln(2e7)/2e6) ≈ 2.90e-3 around 1/2.
  @Test("nextSign is ±1 and balanced (Hoeffding, α = 1e-7)")
  func signIsBalanced() {
    let n = 1_000_000
    var rng = RandomStream(seed: 1, name: "random-tests/sign", trial: 0)
    var plus = 0
    var other = 0
    for _ in 0..<n {
      let sign = rng.nextSign()
      if sign == 1 { plus += 1 } else if sign != -1 { other += 1 }
    }
    #expect(other == 0)
    let radius = RandomTestStatistics.hoeffdingRadius(
      sampleSize: n, frequencies: 1, alpha: RandomTestBudget.signBalance)
    #expect(abs(Double(plus) / Double(n) - 0.5) <= radius, "\(plus) of \(n) positive")
    // The sign is the top bit of one word.
    var low = ConstantGenerator(value: 0x7FFF_FFFF_FFFF_FFFF)
    var high = ConstantGenerator(value: 0x8000_0000_0000_0000)
    #expect(low.nextSign() == 1 && high.nextSign() == -1)
  }

  @Test("nextIndicesWithReplacement returns `draws` indices in 0..<count")
  func indicesWithReplacementAreInRange() {
    var rng = RandomStream(seed: 1, name: "random-tests/indices", trial: 0)
    for (count, draws) in [(1, 10), (10, 1000), (1000, 50), (7, 0)] {
      let indices = rng.nextIndicesWithReplacement(from: count, draws: draws)
      #expect(indices.count == draws)
      #expect(indices.allSatisfy { $0 >= 0 && $0 < count })
    }
    // Each draw is one nextInt(below: count) on the same stream, in order.
    var copy = rng
    let drawn = rng.nextIndicesWithReplacement(from: 13, draws: 100)
    #expect(drawn == (0..<100).map { _ in copy.nextInt(below: 13) })
  }
}
