import Verification

extension TheoremsCommand {
  /// `theorems calibrate [--runs N] [--claims P] [--seed N] [--jobs N]`: reruns the checks
  /// whose truth is known exactly with N seeds and prints how often each claim was refuted
  /// against its budget share. Exit 1 when some claim is refuted more often than its share
  /// allows (the 95% interval's lower end above it) or had a run error.
  func calibrate(_ words: [String]) throws -> Int32 {
    let args = try Arguments(words, allowed: ["runs", "claims", "seed", "jobs"], subcommand: "calibrate")
    if args.help { output(Usage.calibrate + "\n"); return 0 }
    guard args.positional.isEmpty else {
      throw UsageError("'calibrate' takes no positional arguments, got '\(args.positional[0])'", subcommand: "calibrate")
    }
    let runs = try args.integer("runs", "calibrate", in: 1...100_000) ?? 100
    let patterns = args.flags["claims"].map { $0.split(separator: ",").map(String.init) }
    if let patterns, patterns.isEmpty || patterns.contains(where: \.isEmpty) {
      throw UsageError("--claims needs comma-separated ids or prefixes", subcommand: "calibrate")
    }
    let claims = try patterns.map { try registry.select($0) } ?? registry.claims
    let base = try args.seed("calibrate", default: try SeedEnvironment.seed(from: environment))
    let jobs = try args.integer("jobs", "calibrate", in: 1...256) ?? ParallelTrials.defaultJobs
    let rows = try Calibration.run(claims, runs: runs, base: base, jobs: jobs)
    if rows.isEmpty {
      throw UsageError("no selected claim has a check whose truth is known exactly", subcommand: "calibrate")
    }
    output("Calibration: \(runs) runs with seeds \(base &+ 1)…\(base &+ UInt64(runs)) at test budgets\n\n")
    output(Calibration.table(rows))
    return rows.allSatisfy(\.withinBudget) ? ExitStatus.success : ExitStatus.refuted
  }
}
