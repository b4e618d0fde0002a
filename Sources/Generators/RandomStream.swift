/// The seeded random stream of one trial.
///
/// The stream is Philox4x32-10 keyed by `(seed, stream name)` and counted by
/// `(trial index, block)`: it is a pure function of the run seed, the name of the
/// stream (a claim id, optionally with a check label) and the trial index, never of
/// thread scheduling, `--jobs` or the per-process seed of Swift's `Hasher`.
/// Two trials of one stream use disjoint counters, so their outputs never overlap
/// (Philox is a bijection of the counter for a fixed key).
public struct RandomStream: RandomNumberGenerator, Sendable {
  /// The 64-bit Philox key derived from the run seed and the stream name.
  public let key: UInt64
  /// The trial index: the high 64 bits of every counter of this stream.
  public let trial: UInt64
  /// The index of the next 128-bit block to compute.
  public private(set) var block: UInt64 = 0
  private var buffer: (UInt64, UInt64) = (0, 0)
  private var buffered = 0

  /// The stream of trial `trial` of the stream named `name` in the run with `seed`.
  public init(seed: UInt64, name: String, trial: UInt64) {
    self.init(key: RandomStream.key(seed: seed, name: name), trial: trial)
  }

  /// The stream with an explicit Philox key, for known-answer tests.
  public init(key: UInt64, trial: UInt64) {
    self.key = key
    self.trial = trial
  }

  /// The key of a named stream: FNV-1a over the UTF-8 bytes of `name`, combined with
  /// the seed and finalized by the SplitMix64 mixer (Steele, Lea, Flood 2014).
  /// Stable across processes, platforms and Swift versions.
  public static func key(seed: UInt64, name: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in name.utf8 {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01B3
    }
    return splitMix64(splitMix64(seed) ^ hash)
  }

  /// The SplitMix64 finalizer: a bijective 64-bit mixer.
  @inlinable
  public static func splitMix64(_ value: UInt64) -> UInt64 {
    var z = value &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    if buffered == 0 {
      let words = Philox4x32.block(
        counter: (
          UInt32(truncatingIfNeeded: block), UInt32(truncatingIfNeeded: block >> 32),
          UInt32(truncatingIfNeeded: trial), UInt32(truncatingIfNeeded: trial >> 32)
        ),
        key: (UInt32(truncatingIfNeeded: key), UInt32(truncatingIfNeeded: key >> 32)))
      buffer = (
        UInt64(words.0) | UInt64(words.1) << 32, UInt64(words.2) | UInt64(words.3) << 32
      )
      block &+= 1
      buffered = 2
      return buffer.0
    }
    buffered = 0
    return buffer.1
  }
}
