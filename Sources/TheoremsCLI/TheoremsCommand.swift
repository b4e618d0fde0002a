import Claims
import Foundation
import Verification

/// The `theorems` command: report, list, check, replay, calibrate. Returns the exit status
/// (`ExitStatus`): 0 when every check holds or is a known erratum, 1 when a claim is
/// refuted, 2 on a usage or input error (a one-line error and the usage on the error
/// stream), 3 on a run error (a trial threw or diverged).
public struct TheoremsCommand {
  let registry: ClaimRegistry
  let output: @Sendable (String) -> Void
  let errors: @Sendable (String) -> Void
  let errorsIsTerminal: Bool
  /// The environment (`THEOREMS_SEED` sets the seed when `--seed` is not given).
  let environment: [String: String]

  /// `environment` is the process environment in the executable; tests pass their own.
  public init(
    registry: ClaimRegistry, output: @escaping @Sendable (String) -> Void,
    errors: @escaping @Sendable (String) -> Void, errorsIsTerminal: Bool = false,
    environment: [String: String] = [:]
  ) {
    self.registry = registry
    self.output = output
    self.errors = errors
    self.errorsIsTerminal = errorsIsTerminal
    self.environment = environment
  }

  /// Runs the command line `arguments` (without the program name).
  public func run(_ arguments: [String]) -> Int32 {
    guard let subcommand = arguments.first else {
      errors("theorems: error: missing subcommand\n" + Usage.overview + "\n")
      return ExitStatus.usage
    }
    let rest = Array(arguments.dropFirst())
    do {
      switch subcommand {
      case "--help", "-h", "help":
        output(Usage.overview + "\n")
        return 0
      case "report": return try report(rest)
      case "list": return try list(rest)
      case "check": return try check(rest)
      case "replay": return try replay(rest)
      case "calibrate": return try calibrate(rest)
      case "merge": return try merge(rest)
      case "bench": return try bench(rest)
      default:
        throw UsageError("unknown subcommand '\(subcommand)'")
      }
    } catch let error as UsageError {
      errors("theorems: error: \(error.message)\n" + Usage.text(for: error.subcommand) + "\n")
      return ExitStatus.usage
    } catch let error as RegistryError {
      errors("theorems: error: \(error)\n" + Usage.text(for: subcommand) + "\n")
      return ExitStatus.usage
    } catch let error as InvalidSeed {
      errors("theorems: error: \(error)\n" + Usage.text(for: subcommand) + "\n")
      return ExitStatus.usage
    } catch let error as CocoaError {
      errors("theorems: error: \(error.localizedDescription)\n")
      return ExitStatus.usage
    } catch {
      errors("theorems: error: \(error)\n")
      return ExitStatus.runError
    }
  }

  func list(_ words: [String]) throws -> Int32 {
    let args = try Arguments(words, allowed: [], subcommand: "list")
    if args.help { output(Usage.list + "\n"); return 0 }
    guard args.positional.isEmpty else {
      throw UsageError("'list' takes no arguments, got '\(args.positional[0])'", subcommand: "list")
    }
    for claim in registry.claims {
      output("\(claim.id)\t\(claim.kindDescription)\t\(claim.paper.rawValue) \(claim.location)\n")
    }
    return 0
  }

  func check(_ words: [String]) throws -> Int32 {
    let args = try Arguments(words, allowed: ["seed", "jobs", "scale"], subcommand: "check")
    if args.help { output(Usage.check + "\n"); return 0 }
    guard args.positional.count == 1 else {
      throw UsageError("'check' takes one claim id or prefix", subcommand: "check")
    }
    let claims = try registry.select(args.positional[0])
    let options = try runOptions(args, "check")
    var results: [ClaimResult] = []
    for claim in claims {
      let result = Engine.run(claim, options: options)
      results.append(result)
      output("\(claim.id): \(result.verdict.rawValue)\n")
      for c in result.checks {
        let verdict = c.verdict.rawValue + (c.runError.map { " (\($0.rawValue))" } ?? "")
        output("  \(c.label)\(c.reading.map { " [\($0)]" } ?? ""): \(verdict) — \(c.explanation)\n")
      }
    }
    return ExitStatus.of(results)
  }

  func replay(_ words: [String]) throws -> Int32 {
    let args = try Arguments(words, allowed: ["seed", "trial", "check"], subcommand: "replay")
    if args.help { output(Usage.replay + "\n"); return 0 }
    guard args.positional.count == 1 else {
      throw UsageError("'replay' takes one claim id", subcommand: "replay")
    }
    let claim = try registry.claim(args.positional[0])
    guard args.flags["seed"] != nil else { throw UsageError("'replay' needs --seed", subcommand: "replay") }
    let seed = try args.seed("replay", default: Engine.defaultSeed)
    _ = try SeedEnvironment.seed(from: environment)
    guard let trial = try args.integer("trial", "replay", in: 0...Int(Int32.max)) else {
      throw UsageError("'replay' needs --trial", subcommand: "replay")
    }
    var checks = claim.checks
    if let selector = args.flags["check"] {
      if let match = claim.checks.first(where: { $0.label == selector }) {
        checks = [match]
      } else if let index = Int(selector), claim.checks.indices.contains(index) {
        checks = [claim.checks[index]]
      } else {
        let labels = claim.checks.enumerated().map { "\($0.offset): \($0.element.label)" }
        throw UsageError(
          "no check '\(selector)' in \(claim.id); checks are \(labels.joined(separator: "; "))",
          subcommand: "replay")
      }
    }
    for check in checks {
      guard trial < check.budget.trials(at: .report(scale: 1000)) || !check.budget.scalable else {
        continue
      }
      if !check.budget.scalable && trial >= check.budget.report {
        output("\(claim.id) [\(check.label)]: has \(check.budget.report) cases; no case \(trial)\n")
        continue
      }
      for r in Engine.replay(claim, check: check, seed: seed, trial: trial) {
        output("\(r.claimID) [\(r.check)\(r.arm.map { " / \($0)" } ?? "")] seed \(r.seed) trial \(r.trial)\n")
        for (name, value) in r.trace { output("  \(name) = \(value)\n") }
        output("  outcome: \(r.outcome)\n")
      }
    }
    return 0
  }

  func runOptions(_ args: Arguments, _ subcommand: String) throws -> RunOptions {
    let seed = try args.seed(subcommand, default: try SeedEnvironment.seed(from: environment))
    let jobs = try args.integer("jobs", subcommand, in: 1...256) ?? ParallelTrials.defaultJobs
    let scale = try args.scale(subcommand)
    let progress = ProgressPrinter(errors: errors, isTerminal: errorsIsTerminal)
    return RunOptions(seed: seed, jobs: jobs, level: .report(scale: scale), progress: progress.event)
  }
}
