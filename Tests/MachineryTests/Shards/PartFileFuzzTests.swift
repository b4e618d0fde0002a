import Foundation
import Generators
import Testing
import Verification

/// Part files are untrusted input: random bytes, truncations, flipped bytes and edited
/// fields (re-signed so they pass the checksum) never crash the merge; each is rejected with
/// an error naming the file, or (an edit the checksum was recomputed for) merges.
@Suite("Shards: fuzzed parts")
struct PartFileFuzzTests {
  @Test func randomBytesTruncationsAndFlips() throws {
    let f = try PartFileErrorTests.parts()
    let valid = try PartFile.encode(f.payloads[1])
    var rng = RandomStream(seed: 1, name: "PartFileFuzzTests", trial: 0)
    func rejected(_ data: Data) -> Bool {
      do {
        _ = try PartFile.decode(data, name: "fuzz.json")
        return false
      } catch {
        return error.file == "fuzz.json" && !error.message.isEmpty && !error.description.contains("\n")
      }
    }
    for _ in 0..<200 {
      let count = rng.nextInt(below: 400)
      #expect(rejected(Data((0..<count).map { _ in UInt8(truncatingIfNeeded: rng.nextInt(below: 256)) })))
    }
    for cut in stride(from: 0, to: valid.count - 2, by: max(1, valid.count / 300)) {
      #expect(rejected(valid.prefix(cut)))
    }
    var flipsAccepted = 0
    for _ in 0..<300 {
      var bytes = [UInt8](valid)
      let i = rng.nextInt(below: bytes.count)
      bytes[i] ^= UInt8(1 << rng.nextInt(below: 8))
      // A flip inside insignificant whitespace may leave the payload intact; anything else
      // must be rejected.
      if !rejected(Data(bytes)) { flipsAccepted += 1 }
    }
    #expect(flipsAccepted < 60)
  }

  /// Random edits of the payload's JSON values, re-signed: the merge must not crash.
  @Test func reSignedFieldEdits() throws {
    let f = try PartFileErrorTests.parts()
    var rng = RandomStream(seed: 2, name: "PartFileFuzzTests", trial: 0)
    let replacements: [Any] = [-1, 0, 1, 2, 3, 7, Int.max, -Int.max, 1e300, "x", "", "NaN", true, NSNull(), [Any](), [String: Any]()]
    var rejectedCount = 0
    for round in 0..<150 {
      let k = round % 3
      let data = try PartFile.encode(f.payloads[k])
      var envelope = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      var payload = try #require(envelope["payload"] as? [String: Any])
      payload = mutate(payload, rng: &rng, replacements: replacements) as! [String: Any]
      envelope["payload"] = payload
      let edited = try JSONSerialization.data(withJSONObject: payload)
      // Re-sign when the edited payload still decodes; otherwise the checksum rejects it.
      var files = try f.payloads.enumerated().map { ("p\($0.offset).json", try PartFile.encode($0.element)) }
      if let decoded = try? JSONDecoder.partJSON.decode(PartPayload.self, from: edited) {
        files[k].1 = try PartFile.encode(decoded)
      } else {
        files[k].1 = try JSONSerialization.data(withJSONObject: envelope)
      }
      do {
        _ = try PartMerger.merge(files, registry: f.registry, current: f.version)
      } catch {
        rejectedCount += 1
        #expect(!error.description.contains("\n"))
        #expect(error.file.contains("p") || error.file.hasPrefix("shard"))
      }
    }
    #expect(rejectedCount > 50)
  }

  /// Replaces one random leaf (or deletes one key) of a JSON value.
  func mutate(_ value: Any, rng: inout RandomStream, replacements: [Any]) -> Any {
    if var object = value as? [String: Any], !object.isEmpty {
      let keys = object.keys.sorted()
      let key = keys[rng.nextInt(below: keys.count)]
      if rng.nextInt(below: 10) == 0 { object[key] = nil; return object }
      object[key] = mutate(object[key]!, rng: &rng, replacements: replacements)
      return object
    }
    if var array = value as? [Any], !array.isEmpty {
      let i = rng.nextInt(below: array.count)
      if rng.nextInt(below: 10) == 0 { array.remove(at: i); return array }
      array[i] = mutate(array[i], rng: &rng, replacements: replacements)
      return array
    }
    return replacements[rng.nextInt(below: replacements.count)]
  }
}

extension JSONDecoder {
  /// The part files' decoder settings (non-finite numbers as strings).
  static var partJSON: JSONDecoder {
    let d = JSONDecoder()
    d.nonConformingFloatDecodingStrategy = .convertFromString(
      positiveInfinity: "+Infinity", negativeInfinity: "-Infinity", nan: "NaN")
    return d
  }
}
