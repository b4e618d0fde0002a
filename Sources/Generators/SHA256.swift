/// SHA-256 (FIPS 180-4, §6.2), incremental: `update` with the bytes in any number of pieces,
/// then `finalize`. Used to check the committed MNIST sample on load (Data/README.md) and the
/// part files of sharded reports; written here because CryptoKit is not available on Linux. Tested against the FIPS 180-4 / NIST
/// example vectors ("abc", the empty string, the 448-bit message, a million 'a').
public struct SHA256: Sendable {
  /// H⁽⁰⁾ (FIPS 180-4 §5.3.3).
  private var h: [UInt32] = [
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
  ]
  /// Bytes not yet compressed (fewer than 64).
  private var pending: [UInt8] = []
  /// Message length in bytes so far.
  private var length: UInt64 = 0

  public init() { pending.reserveCapacity(64) }

  /// The digest of `bytes` (32 bytes).
  public static func hash(_ bytes: [UInt8]) -> [UInt8] {
    var hasher = SHA256()
    hasher.update(bytes)
    return hasher.finalize()
  }

  /// The digest of `text`'s UTF-8 bytes, as lower-case hexadecimal.
  public static func hexDigest(_ text: String) -> String { hex(hash(Array(text.utf8))) }

  /// The digest of `bytes`, as lower-case hexadecimal.
  public static func hexDigest<Bytes: Sequence>(of bytes: Bytes) -> String where Bytes.Element == UInt8 {
    hex(hash(Array(bytes)))
  }

  /// Lower-case hexadecimal of a digest.
  public static func hex(_ digest: [UInt8]) -> String {
    let digits = Array("0123456789abcdef")
    return String(digest.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
  }

  /// Appends `bytes` to the message.
  public mutating func update(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { update($0) }
  }

  /// Appends `bytes` to the message.
  public mutating func update(_ bytes: UnsafeRawBufferPointer) {
    length &+= UInt64(bytes.count)
    var offset = 0
    if !pending.isEmpty {
      let take = min(64 - pending.count, bytes.count)
      pending += bytes[0..<take]
      offset = take
      if pending.count < 64 { return }
      pending.withUnsafeBytes { compress($0, at: 0) }
      pending.removeAll(keepingCapacity: true)
    }
    while bytes.count - offset >= 64 {
      compress(bytes, at: offset)
      offset += 64
    }
    pending += bytes[offset...]
  }

  /// The digest (32 bytes) of everything appended; the hasher is spent afterwards.
  public mutating func finalize() -> [UInt8] {
    let bits = length &* 8
    // Padding (§5.1.1): a 1 bit, zeros up to 56 mod 64 bytes, the 64-bit length.
    var tail: [UInt8] = [0x80]
    tail += [UInt8](repeating: 0, count: (119 - (pending.count % 64)) % 64)
    tail += (0..<8).map { UInt8(truncatingIfNeeded: bits >> (56 - 8 * UInt64($0))) }
    let saved = length
    update(tail)
    length = saved
    return h.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * UInt32($0))) } }
  }

  /// The round constants K (§4.2.2).
  private static let k: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
    0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
    0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
    0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
    0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
    0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
    0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
  ]

  @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }

  /// The compression function on the 64-byte block at `offset` (§6.2.2).
  private mutating func compress(_ block: UnsafeRawBufferPointer, at offset: Int) {
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
      for t in 0..<16 {
        var word: UInt32 = 0
        for b in 0..<4 { word = word << 8 | UInt32(block[offset + 4 * t + b]) }
        w[t] = word
      }
      for t in 16..<64 {
        let s0 = Self.rotr(w[t - 15], 7) ^ Self.rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
        let s1 = Self.rotr(w[t - 2], 17) ^ Self.rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
        w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
      }
      var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
      for t in 0..<64 {
        let sigma1 = Self.rotr(e, 6) ^ Self.rotr(e, 11) ^ Self.rotr(e, 25)
        let choose = (e & f) ^ (~e & g)
        let t1 = hh &+ sigma1 &+ choose &+ Self.k[t] &+ w[t]
        let sigma0 = Self.rotr(a, 2) ^ Self.rotr(a, 13) ^ Self.rotr(a, 22)
        let majority = (a & b) ^ (a & c) ^ (b & c)
        let t2 = sigma0 &+ majority
        (hh, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
      }
      h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d
      h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
    }
  }
}
