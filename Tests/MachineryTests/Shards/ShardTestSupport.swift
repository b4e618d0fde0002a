import Claims
import Foundation
import Synchronization
import TheoremsCLI
import Verification

/// Claims for the shard tests: the engine's demo claims (probability, always, exact, trend,
/// erratum, a throwing trial), a cheap figure that depends on seed and scale, and two cheap
/// claims of the catalog (one with a figure).
enum ShardFixtures {
  static let figureClaim = Claim(
    id: "Demo.figure", paper: .BG19, location: "machinery test", kinds: [.figure, .always],
    statement: "A figure drawn by the report.",
    checks: [
      Check(
        "unit interval", budget: Budget(test: 50, report: 500),
        .always(AlwaysSpec(bound: "u ≤ 1") { .atMost($0.rng.nextUniform(), 1, "u") }))
    ],
    figures: [
      FigureSpec(name: "Demo-Figure", caption: "A demo figure.") { context in
        var rng = TrialContext(seed: context.seed, streamName: "Demo.figure|figure", trial: 0).rng
        let points = max(2, Int(20 * context.scale))
        let ys = (0..<points).map { _ in rng.nextUniform() }
        let svg = "<svg>" + ys.map { Format.number($0) }.joined(separator: " ") + "</svg>\n"
        let table = "| i | y |\n|---|---|\n" + ys.enumerated().map { "| \($0.offset) | \(Format.number($0.element)) |\n" }.joined()
        return RenderedFigure(svg: svg, table: table)
      }
    ])

  static func registry() throws -> ClaimRegistry {
    let catalog = try Catalog.registry()
    return try ClaimRegistry(
      DemoClaims.all + [figureClaim, try catalog.claim("BG19.realizability"), try catalog.claim("BG19.Figure2")])
  }

  /// The claims the merge tests run (every demo claim but the slow-to-refute ones, the
  /// figure claim, and BG19.Figure2).
  static let claimsFlag = "Demo,BG19.Figure2"

  static let version = CodeVersion(commit: nil, sourceDiff: nil, catalog: "test")

  static let directoryCounter = Atomic<Int>(0)

  /// A temporary directory, removed by the caller.
  static func temporaryDirectory(_ name: String) throws -> URL {
    let n = directoryCounter.wrappingAdd(1, ordering: .relaxed).oldValue
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("theorems-shards-\(name)-\(getpid())-\(n)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  /// Runs `theorems` on the fixture registry: (status, stderr).
  static func run(_ arguments: [String]) throws -> (Int32, String) {
    let err = Capture()
    let command = TheoremsCommand(registry: try registry(), output: { _ in }, errors: err.append)
    return (command.run(arguments), err.value)
  }

  /// The bytes of REPORT.md and every file in figures/ under `dir`, by relative path.
  static func outputs(_ dir: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    files["REPORT.md"] = try Data(contentsOf: dir.appendingPathComponent("REPORT.md"))
    let figures = dir.appendingPathComponent("figures")
    if let names = try? FileManager.default.contentsOfDirectory(atPath: figures.path) {
      for name in names { files["figures/" + name] = try Data(contentsOf: figures.appendingPathComponent(name)) }
    }
    return files
  }
}
