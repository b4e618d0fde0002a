import Generators
import Testing

/// Known answers of Philox4x32-10 (Salmon, Moraes, Dror, Shaw, SC'11, §3.2).
///
/// The three `philox4x32 10` lines of the `kat_vectors` file of the Random123
/// distribution (D. E. Shaw Research, github.com/DEShawResearch/random123,
/// `tests/kat_vectors`), columns `counter[4] key[2]   output[4]`, 32-bit words, least
/// significant first:
///
///     philox4x32 10 00000000 00000000 00000000 00000000 00000000 00000000   6627e8d5 e169c58d bc57ac4c 9b00dbd8
///     philox4x32 10 ffffffff ffffffff ffffffff ffffffff ffffffff ffffffff   408f276d 41c83b0e a20bc7c6 6d5451fd
///     philox4x32 10 243f6a88 85a308d3 13198a2e 03707344 a4093822 299f31d0   d16cfe09 94fdcceb 5001e420 24126ea1
///
/// Confirmed against D. E. Shaw Research's own copy, `DEShawResearch/Random123-Boost`,
/// `libs/random/test/test_philox.cpp`, test case `test_kat_philox4x32` ("cut-and-pasted
/// from the kat_vectors file in the original Random123 distribution"). The third input is
/// the hexadecimal expansion of π (243f6a88 85a308d3 …).
extension RandomTests {
  struct PhiloxKnownAnswer: Sendable, CustomTestStringConvertible {
    let label: String
    let counter: [UInt32]
    let key: [UInt32]
    let output: [UInt32]
    var testDescription: String { label }
  }

  static let philoxKnownAnswers: [PhiloxKnownAnswer] = [
    PhiloxKnownAnswer(
      label: "counter 0, key 0", counter: [0, 0, 0, 0], key: [0, 0],
      output: [0x6627_E8D5, 0xE169_C58D, 0xBC57_AC4C, 0x9B00_DBD8]),
    PhiloxKnownAnswer(
      label: "all ones", counter: [.max, .max, .max, .max], key: [.max, .max],
      output: [0x408F_276D, 0x41C8_3B0E, 0xA20B_C7C6, 0x6D54_51FD]),
    PhiloxKnownAnswer(
      label: "digits of pi",
      counter: [0x243F_6A88, 0x85A3_08D3, 0x1319_8A2E, 0x0370_7344],
      key: [0xA409_3822, 0x299F_31D0],
      output: [0xD16C_FE09, 0x94FD_CCEB, 0x5001_E420, 0x2412_6EA1]),
  ]

  @Test("Philox4x32-10 reproduces the Random123 kat_vectors", arguments: philoxKnownAnswers)
  func philoxKnownAnswers(_ vector: PhiloxKnownAnswer) {
    let c = vector.counter
    let k = vector.key
    let out = Philox4x32.block(counter: (c[0], c[1], c[2], c[3]), key: (k[0], k[1]))
    #expect([out.0, out.1, out.2, out.3] == vector.output)
  }

  @Test("the first block of RandomStream(key: 0, trial: 0) is the first known answer")
  func firstBlockOfZeroStreamIsFirstKnownAnswer() {
    // Counter 0 under key 0 is the first known answer: the stream's first two words
    // are its output words paired little-endian, (w0 | w1 << 32, w2 | w3 << 32).
    var zero = RandomStream(key: 0, trial: 0)
    #expect(zero.next() == 0xE169_C58D_6627_E8D5)
    #expect(zero.next() == 0x9B00_DBD8_BC57_AC4C)
  }
}
