/// Runs one shard of a report: its slices of the checks (whole checks by the engine and
/// their verdict rules; split checks as raw trial outcomes) and its figures.
public enum ShardRunner {
  /// What the shard needs to know about the whole run.
  public struct Run: Sendable {
    public var claims: [Claim]
    /// The `--claims` flag as given (nil: all claims).
    public var claimsFlag: String?
    public var options: RunOptions
    public var scale: Double
    public var mnist: String?
    public var version: CodeVersion

    public init(
      claims: [Claim], claimsFlag: String?, options: RunOptions, scale: Double, mnist: String?,
      version: CodeVersion
    ) {
      self.claims = claims
      self.claimsFlag = claimsFlag
      self.options = options
      self.scale = scale
      self.mnist = mnist
      self.version = version
    }
  }

  /// Runs shard `shard` of `run`; `log` receives one line per slice (for stderr).
  public static func run(
    _ run: Run, shard: ShardSpec, costs: ShardCostTable = .measured,
    log: (String) -> Void = { _ in }
  ) throws -> PartPayload {
    var options = run.options
    options.level = .report(scale: run.scale)
    let plan = ShardPlan(claims: run.claims, scale: run.scale, count: shard.count, costs: costs)
    let mine = plan.checks[shard.index]
    let total = plan.estimatedSeconds.reduce(0, +)
    log(
      "\(mine.count) check slices (\(mine.filter { !$0.isWhole }.count) of them trial ranges of split checks), "
        + "\(plan.figures[shard.index].count) figures; estimated \(format(plan.estimatedSeconds[shard.index])) "
        + "on one core of \(format(total)) for all \(shard.count) shards")
    let byID = Dictionary(run.claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let clock = ContinuousClock()
    var checks: [CheckRecord] = []
    for slice in plan.checks[shard.index] {
      let claim = byID[slice.claimID]!
      let check = claim.checks[slice.checkIndex]
      let start = clock.now
      var record = CheckRecord(
        claimID: claim.id, checkIndex: slice.checkIndex, label: check.label, lower: slice.lower,
        upper: slice.upper, trials: slice.trials, result: nil, outcomes: nil, seconds: 0)
      if slice.isWhole {
        record.result = Engine.evaluate(check, of: claim, options: options)
      } else {
        record.outcomes = Engine.outcomes(check, of: claim, options: options, range: slice.lower..<slice.upper)
      }
      record.seconds = seconds(clock.now - start)
      checks.append(record)
      let what = slice.isWhole ? "\(slice.trials) trials" : "trials \(slice.lower)..<\(slice.upper) of \(slice.trials)"
      log("\(claim.id) [\(check.label)]: \(what), \(format(record.seconds))")
    }
    var figures: [FigureRecord] = []
    for slice in plan.figures[shard.index] {
      let claim = byID[slice.claimID]!
      guard let spec = claim.figures.first(where: { $0.name == slice.name }) else { continue }
      let start = clock.now
      let figure = try spec.render(
        FigureContext(seed: options.seed, scale: run.scale, jobs: options.jobs, mnistDirectory: run.mnist))
      let record = FigureRecord(claimID: claim.id, name: spec.name, figure: figure, seconds: seconds(clock.now - start))
      figures.append(record)
      log("\(claim.id) figure \(spec.name): \(format(record.seconds))")
    }
    return PartPayload(
      shard: shard, seed: String(options.seed), scale: run.scale, claimsFlag: run.claimsFlag,
      mnist: run.mnist, claims: run.claims.map(\.id), version: run.version, checks: checks,
      figures: figures)
  }

  static func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
  }

  static func format(_ s: Double) -> String { Format.number(s, digits: 3) + " s" }
}
