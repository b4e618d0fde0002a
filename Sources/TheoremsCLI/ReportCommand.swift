import Foundation
import Verification

extension TheoremsCommand {
  /// `theorems report`: runs the selected claims at report budget, draws their figures and
  /// writes REPORT.md (and figures/*.svg beside it) atomically.
  func report(_ words: [String]) throws -> Int32 {
    let args = try Arguments(
      words, allowed: ["claims", "seed", "jobs", "scale", "out", "mnist", "mutate-bounds", "shard"], subcommand: "report")
    if args.help { output(Usage.report + "\n"); return 0 }
    guard args.positional.isEmpty else {
      throw UsageError("'report' takes no positional arguments, got '\(args.positional[0])'", subcommand: "report")
    }
    let patterns = args.flags["claims"].map {
      $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }
    if let patterns, patterns.isEmpty || patterns.contains(where: \.isEmpty) {
      throw UsageError("--claims needs comma-separated ids or prefixes", subcommand: "report")
    }
    let claims = try patterns.map { try registry.select($0) } ?? registry.claims
    var options = try runOptions(args, "report")
    let scale = try args.scale("report")
    if let text = args.flags["mutate-bounds"] {
      guard let factor = Double(text), let mutation = try? BoundMutation(factor: factor) else {
        throw UsageError("--mutate-bounds must be a number in (0, 1), got '\(text)'", subcommand: "report")
      }
      options.mutation = mutation
    }
    if options.mutation != nil && args.flags["shard"] != nil {
      throw UsageError("--mutate-bounds cannot be combined with --shard", subcommand: "report")
    }
    let defaultOut = args.flags["shard"] == nil ? PackageRoot.locate().appendingPathComponent("REPORT.md").path : "part.json"
    let out = URL(fileURLWithPath: args.flags["out"] ?? defaultOut)
    let directory = out.deletingLastPathComponent()
    try OutputCheck.writable(out, figures: claims.contains { !$0.figures.isEmpty })
    var isDirectory: ObjCBool = false
    if let mnist = args.flags["mnist"],
      !FileManager.default.fileExists(atPath: mnist, isDirectory: &isDirectory) || !isDirectory.boolValue
    {
      throw UsageError("--mnist: \(mnist) is not a directory", subcommand: "report")
    }
    TemporaryFiles.installSignalHandlers()
    if let shard = args.flags["shard"] {
      return try reportShard(
        shard, claims: claims, claimsFlag: args.flags["claims"], options: options, scale: scale,
        mnist: args.flags["mnist"], out: args.flags["out"])
    }
    let printer = ProgressPrinter(errors: errors, isTerminal: errorsIsTerminal)
    options.progress = printer.event
    var results: [ClaimResult] = []
    var figures: [String: RenderedFigure] = [:]
    let clock = ContinuousClock()
    for claim in claims {
      let start = clock.now
      let result = Engine.run(claim, options: options)
      for figure in claim.figures {
        figures[figure.name] = try figure.render(FigureContext(seed: options.seed, scale: scale, jobs: options.jobs, mnistDirectory: args.flags["mnist"]))
      }
      results.append(result)
      printer.finishLine()
      errors("\(claim.id): \(result.verdict.rawValue) (\(result.totalTrials) trials, \(ProgressPrinter.clock(ProgressPrinter.seconds(clock.now - start))))\n")
    }
    let command = ReportCommandLine.text(
      claimsFlag: args.flags["claims"], seed: options.seed, scale: scale, mnist: args.flags["mnist"],
      mutation: options.mutation?.factor)
    let text = ReportRenderer(command: command, seed: options.seed, scale: scale).render(results, figures: figures)
    try ReportFiles.write(text, figures: figures, to: out)
    errors("wrote \(out.path)\n")
    return ExitStatus.of(results)
  }
}

/// Checks, before any trial runs, that the report (and its figures) can be written.
enum OutputCheck {
  /// Throws a `UsageError` naming the path unless `out` can be created or replaced and,
  /// when `figures`, `figures/` beside it can be created and written. Probes by creating
  /// and removing a file, which also catches read-only file systems.
  static func writable(_ out: URL, figures: Bool) throws {
    let fm = FileManager.default
    let directory = out.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard fm.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
      throw UsageError("--out: directory \(directory.path) does not exist", subcommand: "report")
    }
    guard isDirectory.boolValue else {
      throw UsageError("--out: \(directory.path) is not a directory", subcommand: "report")
    }
    if fm.fileExists(atPath: out.path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw UsageError("--out: \(out.path) is a directory", subcommand: "report")
    }
    try probe(directory)
    if figures {
      let folder = directory.appendingPathComponent("figures")
      if fm.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
        guard isDirectory.boolValue else {
          throw UsageError("--out: \(folder.path) exists and is not a directory", subcommand: "report")
        }
        try probe(folder)
      }
    }
  }

  private static func probe(_ directory: URL) throws {
    let path = directory.appendingPathComponent(".theorems-write-probe-\(ProcessInfo.processInfo.processIdentifier)")
    guard FileManager.default.createFile(atPath: path.path, contents: Data()) else {
      throw UsageError("--out: cannot write in \(directory.path) (permission denied or read-only)", subcommand: "report")
    }
    try? FileManager.default.removeItem(at: path)
  }
}

/// The package root: the nearest directory above the working directory holding
/// Package.swift (the working directory itself when there is none).
enum PackageRoot {
  static func locate() -> URL {
    var url = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    while true {
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
      let parent = url.deletingLastPathComponent()
      if parent.path == url.path { return URL(fileURLWithPath: FileManager.default.currentDirectoryPath) }
      url = parent
    }
  }
}
