import Foundation
import Generators
import Verification

extension TheoremsCommand {
  /// `theorems report --shard I/N --out part-I.json`: runs shard I of N of the report and
  /// writes its partial results (see `PartFile`); `theorems merge` makes REPORT.md of them.
  func reportShard(
    _ text: String, claims: [Claim], claimsFlag: String?, options: RunOptions, scale: Double,
    mnist: String?, out: String?
  ) throws -> Int32 {
    let shard: ShardSpec
    do { shard = try ShardSpec(parsing: text) } catch {
      throw UsageError("\(error)", subcommand: "report")
    }
    let path = URL(fileURLWithPath: out ?? "part-\(shard.index).json")
    let version = CurrentVersion.read(registry: registry)
    let run = ShardRunner.Run(
      claims: claims, claimsFlag: claimsFlag, options: options, scale: scale, mnist: mnist, version: version)
    let clock = ContinuousClock()
    let start = clock.now
    let payload = try ShardRunner.run(run, shard: shard) { [errors] line in errors("shard \(shard): \(line)\n") }
    try PartFile.encode(payload).write(to: path, options: .atomic)
    let elapsed = ShardRunnerClock.seconds(clock.now - start)
    errors("wrote \(path.path) (shard \(shard), \(payload.checks.count) check slices, \(payload.figures.count) figures, \(Format.number(elapsed, digits: 3)) s)\n")
    return 0
  }

  /// `theorems merge PART... [--out PATH]`: checks the part files of a sharded report and
  /// writes the REPORT.md (and figures/) a single run with the same seed and scale writes.
  func merge(_ words: [String]) throws -> Int32 {
    let args = try Arguments(words, allowed: ["out"], subcommand: "merge")
    if args.help { output(Usage.merge + "\n"); return 0 }
    guard !args.positional.isEmpty else {
      throw UsageError("'merge' needs the part files", subcommand: "merge")
    }
    let out = URL(fileURLWithPath: args.flags["out"] ?? PackageRoot.locate().appendingPathComponent("REPORT.md").path)
    let directory = out.deletingLastPathComponent()
    guard FileManager.default.fileExists(atPath: directory.path) else {
      throw UsageError("--out: directory \(directory.path) does not exist", subcommand: "merge")
    }
    var parts: [(name: String, data: Data)] = []
    for name in args.positional {
      guard let data = FileManager.default.contents(atPath: name) else {
        errors("theorems: error: \(name): cannot read the file\n")
        return 2
      }
      parts.append((name, data))
    }
    let merged: PartMerger.Merged
    do {
      merged = try PartMerger.merge(parts, registry: registry, current: CurrentVersion.read(registry: registry))
    } catch {
      errors("theorems: error: \(error)\n")
      return 2
    }
    let command = ReportCommandLine.text(
      claimsFlag: merged.claimsFlag, seed: merged.seed, scale: merged.scale, mnist: merged.mnist)
    let text = ReportRenderer(command: command, seed: merged.seed, scale: merged.scale)
      .render(merged.results, figures: merged.figures)
    try ReportFiles.write(text, figures: merged.figures, to: out)
    errors("wrote \(out.path) (merged \(parts.count) parts)\n")
    let worst = merged.results.map(\.verdict).max() ?? .holds
    return worst >= .refuted ? 1 : 0
  }
}

enum ShardRunnerClock {
  static func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
  }
}

/// The reproduce line at the top of REPORT.md: the same for a direct run and a merge.
enum ReportCommandLine {
  static func text(claimsFlag: String?, seed: UInt64, scale: Double, mnist: String?, mutation: Double? = nil) -> String {
    var command = "swift run -c release theorems report"
    if let claimsFlag { command += " --claims \(claimsFlag)" }
    if seed != Engine.defaultSeed { command += " --seed \(seed)" }
    if scale != 1 { command += " --scale \(Format.number(scale))" }
    if let mnist { command += " --mnist \(mnist)" }
    if let mutation { command += " --mutate-bounds \(Format.number(mutation))" }
    return command
  }
}

/// Writes REPORT.md and figures/*.svg beside it (each file atomically).
enum ReportFiles {
  static func write(_ text: String, figures: [String: RenderedFigure], to out: URL) throws {
    let directory = out.deletingLastPathComponent()
    if !figures.isEmpty {
      let folder = directory.appendingPathComponent("figures")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      for (name, figure) in figures.sorted(by: { $0.key < $1.key }) {
        try TemporaryFiles.write(Data(figure.svg.utf8), to: folder.appendingPathComponent("\(name).svg"))
      }
    }
    try TemporaryFiles.write(Data(text.utf8), to: out)
  }
}

/// The code version of this run (see `CodeVersion`): the git commit and a hash of the
/// uncommitted edits to `Sources` and `Package.swift`, read with git at run time from the
/// package root (nil where git or the repository is unavailable), and the catalog hash.
enum CurrentVersion {
  static func read(registry: ClaimRegistry) -> CodeVersion {
    let root = PackageRoot.locate().path
    let commit = git(["-C", root, "rev-parse", "HEAD"])?.trimmingCharacters(in: .whitespacesAndNewlines)
    let validCommit = commit.flatMap { $0.count >= 40 && $0.allSatisfy(\.isHexDigit) ? $0 : nil }
    var diff: String?
    if validCommit != nil, let text = git(["-C", root, "diff", "HEAD", "--", "Sources", "Package.swift"]), !text.isEmpty {
      diff = SHA256.hexDigest(text)
    }
    return CodeVersion(commit: validCommit, sourceDiff: diff, catalog: CodeVersion.catalogHash(registry.claims))
  }

  /// git's standard output, or nil when it cannot run or fails.
  static func git(_ arguments: [String]) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: data, as: UTF8.self)
  }
}
