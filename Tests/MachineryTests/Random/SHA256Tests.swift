import Generators
import Testing

/// SHA-256 against the FIPS 180-4 / NIST example vectors (csrc.nist.gov, "Examples with
/// intermediate values": SHA256.pdf, SHA2_Additional.pdf) and, for the padding boundaries,
/// against Python's hashlib.sha256.
@Suite("SHA-256")
struct SHA256Tests {
  static func hex(_ text: String) -> String { SHA256.hex(SHA256.hash(Array(text.utf8))) }

  @Test func nistVectors() {
    #expect(Self.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(Self.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      Self.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    #expect(
      SHA256.hex(SHA256.hash([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  /// Messages of 55, 56, 63, 64, 119 and 120 bytes put the length word at every padding case
  /// (hashlib.sha256(b"a" * n)).
  @Test func paddingBoundaries() {
    let expected = [
      55: "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318",
      56: "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a",
      63: "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34",
      64: "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",
      119: "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb",
      120: "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c",
    ]
    for (n, digest) in expected {
      #expect(Self.hex(String(repeating: "a", count: n)) == digest, "n = \(n)")
    }
  }

  /// Feeding the million 'a' in pieces of every size 1…200 (cycling) gives the one-shot digest.
  @Test func piecewiseUpdatesMatchOneShot() {
    let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
    var hasher = SHA256()
    var offset = 0
    var piece = 1
    while offset < message.count {
      let end = min(message.count, offset + piece)
      hasher.update(Array(message[offset..<end]))
      offset = end
      piece = piece % 200 + 1
    }
    #expect(SHA256.hex(hasher.finalize()) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }
}
