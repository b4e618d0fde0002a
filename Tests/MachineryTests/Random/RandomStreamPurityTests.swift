import Generators
import Testing

/// A stream is a pure function of (seed, name, trial): same inputs, same words, whatever
/// else was built or drawn before; trials of one name use disjoint Philox counters.
///
/// The pinned literals below were computed independently in python3 (FNV-1a 64 over the
/// UTF-8 bytes, then SplitMix64 as documented in `RandomStream.key(seed:name:)`; Philox4x32-10
/// written from the SC'11 paper, which reproduces the three Random123 kat_vectors):
///
///     M, M32 = (1 << 64) - 1, 0xFFFFFFFF
///     def fnv1a64(s):
///         h = 0xCBF29CE484222325
///         for b in s.encode("utf-8"): h = ((h ^ b) * 0x100000001B3) & M
///         return h
///     def splitmix64(x):
///         z = (x + 0x9E3779B97F4A7C15) & M
///         z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
///         z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
///         return z ^ (z >> 31)
///     def key(seed, name): return splitmix64(splitmix64(seed) ^ fnv1a64(name))
///     def philox4x32(c, k, rounds=10):
///         for r in range(rounds):
///             if r > 0: k = [(k[0] + 0x9E3779B9) & M32, (k[1] + 0xBB67AE85) & M32]
///             p0, p1 = 0xD2511F53 * c[0], 0xCD9E8D57 * c[2]
///             c = [(p1 >> 32) ^ c[1] ^ k[0], p1 & M32, (p0 >> 32) ^ c[3] ^ k[1], p0 & M32]
///         return c
///     def stream(key64, trial, n):   # counter = (block lo, block hi, trial lo, trial hi)
///         out, b = [], 0
///         while len(out) < n:
///             w = philox4x32([b & M32, b >> 32, trial & M32, trial >> 32],
///                            [key64 & M32, key64 >> 32])
///             out += [w[0] | w[1] << 32, w[2] | w[3] << 32]; b += 1
///         return out[:n]
///     print(hex(splitmix64(0)), hex(key(1, "some-name")), stream(key(1, "some-name"), 3, 4))
extension RandomTests {
  @Test("RandomStream.key(seed:name:) matches FNV-1a + SplitMix64 computed in python")
  func keyIsStable() {
    // SplitMix64 from state 0: its first output, 0xe220a8397b1dcdaf (Steele, Lea, Flood 2014).
    #expect(RandomStream.splitMix64(0) == 0xE220_A839_7B1D_CDAF)
    #expect(RandomStream.splitMix64(1) == 0x910A_2DEC_8902_5CC1)
    #expect(RandomStream.key(seed: 0, name: "") == 0x5B21_F68F_FA77_F14C)
    #expect(RandomStream.key(seed: 1, name: "some-name") == 0x5B2C_D438_780E_A577)
    #expect(RandomStream.key(seed: 42, name: "claim-3.1") == 0x80D4_5C0E_C99C_2C80)
    // Non-ASCII names hash their UTF-8 bytes (Δ = CE 94, ε = CE B5).
    #expect(RandomStream.key(seed: .max, name: "Δ-ε") == 0x1260_6FDD_1063_6459)
  }

  @Test("a stream's words match the python Philox with counter (block, trial)")
  func streamWordsArePinned() {
    var seeded = RandomStream(seed: 1, name: "some-name", trial: 3)
    #expect(seeded.key == 0x5B2C_D438_780E_A577)
    #expect(seeded.trial == 3)
    #expect(
      (0..<4).map { _ in seeded.next() } == [
        0x5679_55C7_71DD_F62A, 0x5D57_24DB_519C_843A, 0x4830_A70F_3B2A_A78D, 0xBE66_B854_A7BF_49B2,
      ])
    #expect(seeded.block == 2)
    var first = RandomStream(key: 0x0123_4567_89AB_CDEF, trial: 0)
    #expect(
      (0..<4).map { _ in first.next() } == [
        0xC58C_B04B_B850_222E, 0x7A84_FFF9_14A7_A020, 0x523E_0D85_ADCA_1466, 0xB299_DA3F_6540_1425,
      ])
    // Trial 2⁴⁰ + 3 exercises the high word of the trial (counter word 3).
    var far = RandomStream(key: 0x0123_4567_89AB_CDEF, trial: (1 << 40) + 3)
    #expect(
      (0..<4).map { _ in far.next() } == [
        0x95B2_DEAD_532E_6037, 0x99D2_E8B8_E17D_D2E5, 0x6BA2_6293_EFE1_BE19, 0x0E06_342C_9D1A_C787,
      ])
  }

  @Test("trial t draws Philox blocks (b, t): the trial index is the counter's high 64 bits")
  func trialIsTheHighHalfOfTheCounter() {
    let key = RandomStream.key(seed: 9, name: "counter-layout")
    for trial: UInt64 in [0, 1, 7, 0xFFFF_FFFF, 1 << 32, .max] {
      var stream = RandomStream(seed: 9, name: "counter-layout", trial: trial)
      #expect(stream.trial == trial)
      var expected = [UInt64]()
      var drawn = [UInt64]()
      for block: UInt64 in 0..<8 {
        let words = Philox4x32.block(
          counter: (
            UInt32(truncatingIfNeeded: block), UInt32(truncatingIfNeeded: block >> 32),
            UInt32(truncatingIfNeeded: trial), UInt32(truncatingIfNeeded: trial >> 32)
          ),
          key: (UInt32(truncatingIfNeeded: key), UInt32(truncatingIfNeeded: key >> 32)))
        expected += [
          UInt64(words.0) | UInt64(words.1) << 32, UInt64(words.2) | UInt64(words.3) << 32,
        ]
        drawn += [stream.next(), stream.next()]
      }
      #expect(drawn == expected, "trial \(trial)")
      #expect(stream.block == 8)
    }
  }

  @Test("the same (seed, name, trial) gives the same words in any order of construction")
  func streamsArePureFunctionsOfTheirInputs() {
    let trials: [UInt64] = [0, 1, 2, 3]
    // Forward: build all, then draw round-robin, one word at a time.
    var forward = trials.map { RandomStream(seed: 2024, name: "purity", trial: $0) }
    var forwardWords = Array(repeating: [UInt64](), count: trials.count)
    for _ in 0..<33 {
      for i in forward.indices { forwardWords[i].append(forward[i].next()) }
    }
    // Backward: build in reverse order, with an unrelated stream built and drawn in
    // between, and drain each stream before building the next.
    var backwardWords = Array(repeating: [UInt64](), count: trials.count)
    for i in trials.indices.reversed() {
      var noise = RandomStream(seed: 2024, name: "purity-noise", trial: trials[i])
      _ = (0..<5).map { _ in noise.next() }
      var stream = RandomStream(seed: 2024, name: "purity", trial: trials[i])
      backwardWords[i] = (0..<33).map { _ in stream.next() }
    }
    #expect(forwardWords == backwardWords)
    // A copy continues exactly where the original is (value semantics).
    var original = RandomStream(seed: 2024, name: "purity", trial: 0)
    _ = original.next()
    var copy = original
    #expect((0..<7).map { _ in copy.next() } == Array(forwardWords[0][1..<8]))
    // The key-based initializer with the derived key is the same stream.
    var byKey = RandomStream(key: RandomStream.key(seed: 2024, name: "purity"), trial: 2)
    #expect((0..<33).map { _ in byKey.next() } == forwardWords[2])
  }

  @Test("the first 2^16 words of trials 0..7 of one name share no 64-bit value")
  func trialsDoNotOverlap() {
    let perTrial = 1 << 16
    var words = [UInt64]()
    words.reserveCapacity(8 * perTrial)
    for trial: UInt64 in 0..<8 {
      var stream = RandomStream(seed: 31, name: "disjoint-trials", trial: trial)
      for _ in 0..<perTrial { words.append(stream.next()) }
    }
    // Birthday bound: P(any repeat among 2¹⁹ uniform words) ≤ C(2¹⁹, 2)/2⁶⁴ ≈ 7.5e-9.
    #expect(!RandomTestStatistics.containsRepeat(words))
  }

  @Test("different seeds or names give different keys")
  func keysSeparateSeedsAndNames() {
    var keys = [UInt64]()
    for seed: UInt64 in 0..<10 {
      for claim in 0..<1000 { keys.append(RandomStream.key(seed: seed, name: "claim-\(claim)")) }
    }
    #expect(Set(keys).count == keys.count)  // birthday bound C(10⁴, 2)/2⁶⁴ ≈ 2.7e-12
    // Near misses: one byte apart, permuted bytes, prefix, empty name, adjacent seeds.
    let near = [
      RandomStream.key(seed: 1, name: "ab"), RandomStream.key(seed: 1, name: "ba"),
      RandomStream.key(seed: 1, name: "a"), RandomStream.key(seed: 1, name: "abc"),
      RandomStream.key(seed: 1, name: "ac"), RandomStream.key(seed: 1, name: ""),
      RandomStream.key(seed: 0, name: "ab"), RandomStream.key(seed: 2, name: "ab"),
      RandomStream.key(seed: .max, name: "ab"),
    ]
    #expect(Set(near).count == near.count)
  }
}
