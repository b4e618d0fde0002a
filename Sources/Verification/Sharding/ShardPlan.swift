/// Which slice of a report a shard runs: `--shard I/N`, 0 ≤ I < N.
public struct ShardSpec: Sendable, Codable, Equatable, CustomStringConvertible {
  public let index: Int
  public let count: Int

  public init(index: Int, count: Int) throws {
    guard count >= 1, count <= ShardSpec.maxCount, index >= 0, index < count else {
      throw ShardSpecError(text: "\(index)/\(count)")
    }
    self.index = index
    self.count = count
  }

  /// Parses `I/N`.
  public init(parsing text: String) throws {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]) else {
      throw ShardSpecError(text: text)
    }
    try self.init(index: i, count: n)
  }

  public static let maxCount = 10_000

  /// Decoding validates like `init(index:count:)`.
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let index = try c.decode(Int.self, forKey: .index)
    let count = try c.decode(Int.self, forKey: .count)
    do { try self.init(index: index, count: count) } catch {
      throw DecodingError.dataCorruptedError(forKey: .index, in: c, debugDescription: "bad shard \(index)/\(count)")
    }
  }
  public var description: String { "\(index)/\(count)" }
}

/// A malformed `--shard`.
public struct ShardSpecError: Error, CustomStringConvertible {
  public let text: String
  public var description: String {
    "--shard must be I/N with 0 <= I < N <= \(ShardSpec.maxCount), got '\(text)'"
  }
}

/// The deterministic split of a report's work over N shards, balanced by estimated cost.
///
/// The work is laid out in report order on a line: each check of each claim (in the claims'
/// order), then the claim's figures. Each check costs trials × arms × its estimated seconds
/// per trial (`ShardCostTable`), each figure its estimated seconds × scale. Shard i takes the
/// work whose midpoint falls in [i·C/N, (i+1)·C/N) of the total cost C. A check whose trials
/// are expensive (`ShardCostTable.splitThreshold` seconds or more each) is placed trial by
/// trial, so its trial range can be cut between shards; a cheaper check and a figure are
/// placed whole. The plan depends only on the claim list, the scale, N and the committed
/// table, so every shard and the merge compute the same plan.
public struct ShardPlan: Sendable, Equatable {
  /// A slice of one check: trials `lower..<upper` (all arms), or the whole check.
  public struct CheckSlice: Sendable, Equatable {
    public let claimID: String
    public let checkIndex: Int
    public let lower: Int
    public let upper: Int
    /// The check's trial count: the slice is whole when it is 0..<trials.
    public let trials: Int
    public var isWhole: Bool { lower == 0 && upper == trials }
  }

  /// A figure of a claim.
  public struct FigureSlice: Sendable, Equatable {
    public let claimID: String
    public let name: String
  }

  public let checks: [[CheckSlice]]
  public let figures: [[FigureSlice]]
  /// The estimated seconds of each shard.
  public let estimatedSeconds: [Double]

  public init(claims: [Claim], scale: Double, count: Int, costs: ShardCostTable = .measured) {
    let level = BudgetLevel.report(scale: scale)
    // Piece costs in report order.
    enum Piece { case check(Claim, Int, Check, trials: Int, perTrial: Double, split: Bool), figure(Claim, FigureSpec, Double) }
    var pieces: [Piece] = []
    var total = 0.0
    for claim in claims {
      for (i, check) in claim.checks.enumerated() {
        let n = check.budget.trials(at: level)
        let arms: Int = if case .trend(let spec) = check.body { max(1, spec.arms.count) } else { 1 }
        let perTrial = costs.secondsPerTrial(claimID: claim.id, check: check.label) * Double(arms)
        let split = costs.isSplittable(claimID: claim.id, check: check.label)
        pieces.append(.check(claim, i, check, trials: n, perTrial: perTrial, split: split))
        total += perTrial * Double(n)
      }
      for figure in claim.figures {
        let cost = costs.figureSeconds(name: figure.name) * scale
        pieces.append(.figure(claim, figure, cost))
        total += cost
      }
    }
    let n = count
    let scaleToShards = total > 0 ? Double(n) / total : 0
    func shard(atMidpoint mid: Double) -> Int {
      total > 0 ? max(0, min(n - 1, Int((mid * scaleToShards).rounded(.down)))) : 0
    }
    var checks = [[CheckSlice]](repeating: [], count: n)
    var figures = [[FigureSlice]](repeating: [], count: n)
    var seconds = [Double](repeating: 0, count: n)
    var start = 0.0
    for piece in pieces {
      switch piece {
      case .check(let claim, let index, _, let trials, let perTrial, let split):
        if split && trials > 1 {
          // Trial j's midpoint is start + (j + 1/2)·perTrial; shards are monotone in j.
          var lower = 0
          var current = shard(atMidpoint: start + 0.5 * perTrial)
          for j in 1...trials {
            let s = j < trials ? shard(atMidpoint: start + (Double(j) + 0.5) * perTrial) : -1
            if s != current {
              checks[current].append(CheckSlice(claimID: claim.id, checkIndex: index, lower: lower, upper: j, trials: trials))
              seconds[current] += Double(j - lower) * perTrial
              lower = j
              current = s
            }
          }
        } else {
          let s = shard(atMidpoint: start + 0.5 * perTrial * Double(trials))
          checks[s].append(CheckSlice(claimID: claim.id, checkIndex: index, lower: 0, upper: trials, trials: trials))
          seconds[s] += perTrial * Double(trials)
        }
        start += perTrial * Double(trials)
      case .figure(let claim, let figure, let cost):
        let s = shard(atMidpoint: start + 0.5 * cost)
        figures[s].append(FigureSlice(claimID: claim.id, name: figure.name))
        seconds[s] += cost
        start += cost
      }
    }
    self.checks = checks
    self.figures = figures
    self.estimatedSeconds = seconds
  }
}
