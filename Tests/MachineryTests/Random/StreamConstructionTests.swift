import Foundation
import Testing

/// One randomness path: every draw of the suite comes from the engine's streams, keyed by
/// (seed, claim id | check label [| arm], trial index), so that `theorems replay` reproduces
/// any number the report prints. Only the engine constructs streams and trial contexts; this
/// test scans Sources/ and fails on any other construction, and on any other source of
/// randomness.
@Suite("Stream construction")
struct StreamConstructionTests {
  /// The files allowed to construct a `RandomStream` or a `TrialContext`.
  static let engineFiles: Set<String> = [
    "Sources/Generators/RandomStream.swift",
    "Sources/Verification/TrialContext.swift",
    "Sources/Verification/Engine.swift",
    "Sources/Verification/Replay.swift",
    "Sources/Verification/CheckStreams.swift",
  ]

  /// What no source file may contain outside the engine files (stream and context
  /// construction), or anywhere (randomness that is not a seeded stream).
  static let engineOnly = ["RandomStream(", "TrialContext("]
  static let nowhere = ["SystemRandomNumberGenerator", "Hasher(", "arc4random", "drand48", "srand("]

  /// The Swift files under Sources/, as paths relative to the package root.
  static func sourceFiles() throws -> [String] {
    let root = CatalogTests.root
    guard let enumerator = FileManager.default.enumerator(atPath: root.appendingPathComponent("Sources").path)
    else { return [] }
    return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.map { "Sources/\($0)" }.sorted()
  }

  /// The code of a line: nothing after `//` (comments and doc comments do not count).
  static func code(_ line: Substring) -> Substring {
    guard let range = line.range(of: "//") else { return line }
    return line[..<range.lowerBound]
  }

  /// `.random(in:)` or `.random()` without `using:` draws from the system generator.
  static func unseededRandom(_ code: Substring) -> Bool {
    guard code.contains(".random(") else { return false }
    return !code.contains("using:")
  }

  @Test func onlyTheEngineConstructsStreams() throws {
    let files = try Self.sourceFiles()
    #expect(files.count > 50, "found only \(files.count) source files")
    var offenders: [String] = []
    for file in files {
      let text = try String(contentsOf: CatalogTests.root.appendingPathComponent(file), encoding: .utf8)
      for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let code = Self.code(line)
        let hits =
          (Self.engineFiles.contains(file) ? [] : Self.engineOnly.filter { code.contains($0) })
          + Self.nowhere.filter { code.contains($0) } + (Self.unseededRandom(code) ? [".random( without using:"] : [])
        for hit in hits { offenders.append("\(file):\(number + 1): \(hit)") }
      }
    }
    #expect(offenders.isEmpty, "randomness outside the engine's streams:\n\(offenders.joined(separator: "\n"))")
  }

  @Test func theScanSeesAConstruction() {
    #expect(Self.engineOnly.contains { Self.code("    var rng = RandomStream(seed: 1, name: \"x\", trial: 0)").contains($0) })
    #expect(Self.code("  /// a RandomStream(seed:name:trial:) in a doc comment").contains("RandomStream(") == false)
    #expect(Self.unseededRandom("let x = Double.random(in: 0...1)"))
    #expect(!Self.unseededRandom("let x = Double.random(in: 0...1, using: &rng)"))
  }
}
