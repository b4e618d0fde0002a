/// The Philox4x32-10 counter-based block cipher of Salmon, Moraes, Dror and Shaw,
/// "Parallel random numbers: as easy as 1, 2, 3" (SC'11), §3.2.
///
/// A pure function from a 128-bit counter and a 64-bit key to 128 random bits.
/// Because it has no state, the stream of a trial can be a pure function of
/// (run seed, claim id, trial index): the key comes from the seed and the claim,
/// the counter from the trial index and the position in the stream.
/// Known-answer vectors are those of the Random123 distribution (`kat_vectors`).
public enum Philox4x32 {
  /// Encrypts `counter` under `key` with `rounds` rounds (10 is the standard).
  ///
  /// - Parameters:
  ///   - counter: the four 32-bit counter words, least significant first.
  ///   - key: the two 32-bit key words.
  /// - Returns: the four 32-bit output words.
  @inlinable
  public static func block(
    counter: (UInt32, UInt32, UInt32, UInt32), key: (UInt32, UInt32), rounds: Int = 10
  ) -> (UInt32, UInt32, UInt32, UInt32) {
    var (c0, c1, c2, c3) = counter
    var (k0, k1) = key
    for round in 0..<rounds {
      if round > 0 {  // Weyl key increments of Random123 `philox.h`
        k0 &+= 0x9E37_79B9
        k1 &+= 0xBB67_AE85
      }
      // The multipliers of Random123 `philox.h`.
      let p0 = UInt64(0xD251_1F53) &* UInt64(c0)
      let p1 = UInt64(0xCD9E_8D57) &* UInt64(c2)
      let hi0 = UInt32(truncatingIfNeeded: p0 >> 32), lo0 = UInt32(truncatingIfNeeded: p0)
      let hi1 = UInt32(truncatingIfNeeded: p1 >> 32), lo1 = UInt32(truncatingIfNeeded: p1)
      (c0, c1, c2, c3) = (hi1 ^ c1 ^ k0, lo1, hi0 ^ c3 ^ k1, lo0)
    }
    return (c0, c1, c2, c3)
  }
}
