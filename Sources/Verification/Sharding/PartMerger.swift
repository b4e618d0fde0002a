import Foundation

/// Combines the part files of a sharded report into the results a single run would have
/// produced: whole checks as the shards computed them, split checks by applying their
/// verdict rule to the concatenated raw outcomes, figures as drawn. Everything is checked
/// first (one seed, scale, claim list and code version; each shard exactly once; every
/// check's trials and every figure exactly once), so a bad part writes nothing.
public enum PartMerger {
  /// What the merge produced: render it with `ReportRenderer`.
  public struct Merged: Sendable {
    public let results: [ClaimResult]
    public let figures: [String: RenderedFigure]
    public let seed: UInt64
    public let scale: Double
    public let claimsFlag: String?
    public let mnist: String?
    public let shardCount: Int
  }

  /// Merges `parts` (a display name and the bytes of each file). `current` is the merging
  /// build's version: the parts' catalog must be its catalog and, where both know their
  /// commit, the commits and uncommitted edits must agree.
  public static func merge(
    _ parts: [(name: String, data: Data)], registry: ClaimRegistry, current: CodeVersion
  ) throws(PartError) -> Merged {
    guard !parts.isEmpty else { throw PartError(file: "(no files)", "no part files given") }
    var payloads: [(name: String, payload: PartPayload)] = []
    for part in parts { payloads.append((part.name, try PartFile.decode(part.data, name: part.name))) }

    // One run: the same settings and version everywhere.
    let (refName, ref) = payloads[0]
    for (name, p) in payloads.dropFirst() {
      func differ(_ what: String, _ mine: String, _ theirs: String) -> PartError {
        PartError(file: name, "\(what) \(mine) differs from \(theirs) in \(refName)")
      }
      if p.seed != ref.seed { throw differ("seed", p.seed, ref.seed) }
      if p.scale != ref.scale { throw differ("scale", Format.number(p.scale, digits: 17), Format.number(ref.scale, digits: 17)) }
      if p.version != ref.version { throw differ("code version", p.version.description, ref.version.description) }
      if p.claimsFlag != ref.claimsFlag { throw differ("--claims", p.claimsFlag ?? "(all)", ref.claimsFlag ?? "(all)") }
      if p.mnist != ref.mnist { throw differ("--mnist", p.mnist ?? "(none)", ref.mnist ?? "(none)") }
      if p.claims != ref.claims { throw PartError(file: name, "claim list differs from the one in \(refName)") }
      if p.shard.count != ref.shard.count { throw differ("shard count", "\(p.shard.count)", "\(ref.shard.count)") }
    }
    guard let seed = UInt64(ref.seed) else { throw PartError(file: refName, "seed '\(ref.seed)' is not an unsigned 64-bit integer") }
    guard ref.scale.isFinite, ref.scale > 0, ref.scale <= 1000 else {
      throw PartError(file: refName, "scale \(ref.scale) is not in (0, 1000]")
    }
    if ref.version.catalog != current.catalog {
      throw PartError(file: refName, "claim catalog \(ref.version.catalog.prefix(12))… differs from this build's \(current.catalog.prefix(12))… (parts and merge must run the same code)")
    }
    if let mine = current.commit, let theirs = ref.version.commit,
      mine != theirs || current.sourceDiff != ref.version.sourceDiff
    {
      throw PartError(file: refName, "code version (\(ref.version)) differs from this build's (\(current))")
    }

    // Each shard exactly once.
    let count = ref.shard.count
    var fileOfShard = [String?](repeating: nil, count: count)
    for (name, p) in payloads {
      if let other = fileOfShard[p.shard.index] {
        throw PartError(file: name, "shard \(p.shard) duplicates \(other)")
      }
      fileOfShard[p.shard.index] = name
    }
    if let missing = fileOfShard.firstIndex(where: { $0 == nil }) {
      let have = payloads.map { "\($0.name) (\($0.payload.shard))" }.joined(separator: ", ")
      throw PartError(file: "shard \(missing)/\(count)", "missing: no part file for it among \(have)")
    }

    // The claim list is the one this build selects for the run's --claims.
    let claims: [Claim]
    do {
      let patterns = ref.claimsFlag.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
      claims = try patterns.map { try registry.select($0) } ?? registry.claims
    } catch {
      throw PartError(file: refName, "--claims '\(ref.claimsFlag ?? "")': \(error)")
    }
    guard claims.map(\.id) == ref.claims else {
      throw PartError(file: refName, "claim list does not match what this build selects for --claims \(ref.claimsFlag ?? "(all)")")
    }
    let level = BudgetLevel.report(scale: ref.scale)
    let claimIndex = Dictionary(claims.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })

    // Every check's trials and every figure exactly once.
    struct Piece { let file: String; let record: CheckRecord }
    var pieces: [[[Piece]]] = claims.map { [[Piece]](repeating: [], count: $0.checks.count) }
    var figures: [String: RenderedFigure] = [:]
    var figureFile: [String: String] = [:]
    for (name, p) in payloads {
      for record in p.checks {
        guard let ci = claimIndex[record.claimID] else {
          throw PartError(file: name, "check of unknown claim '\(record.claimID)'")
        }
        let claim = claims[ci]
        guard claim.checks.indices.contains(record.checkIndex) else {
          throw PartError(file: name, "\(claim.id) has no check \(record.checkIndex)")
        }
        let check = claim.checks[record.checkIndex]
        let n = check.budget.trials(at: level)
        let what = "\(claim.id) [\(check.label)]"
        guard record.label == check.label else {
          throw PartError(file: name, "\(claim.id) check \(record.checkIndex) is '\(record.label)', this build's is '\(check.label)'")
        }
        guard record.trials == n, record.lower >= 0, record.lower <= record.upper, record.upper <= n,
          record.lower < record.upper || n == 0
        else {
          throw PartError(file: name, "\(what): bad trial range \(record.lower)..<\(record.upper) of \(record.trials) (expected \(n) trials)")
        }
        switch (record.result, record.outcomes) {
        case (let result?, nil):
          guard record.lower == 0, record.upper == n, result.claimID == claim.id, result.label == check.label else {
            throw PartError(file: name, "\(what): a whole result for a partial range or another check")
          }
        case (nil, let outcomes?):
          guard outcomes.count == record.upper - record.lower else {
            throw PartError(file: name, "\(what): \(outcomes.count.map(String.init) ?? "ragged") outcomes for trials \(record.lower)..<\(record.upper)")
          }
        default:
          throw PartError(file: name, "\(what): needs exactly one of a result and raw outcomes")
        }
        pieces[ci][record.checkIndex].append(Piece(file: name, record: record))
      }
      for record in p.figures {
        guard let ci = claimIndex[record.claimID], claims[ci].figures.contains(where: { $0.name == record.name }) else {
          throw PartError(file: name, "unknown figure '\(record.name)' of claim '\(record.claimID)'")
        }
        if let other = figureFile[record.name] {
          throw PartError(file: name, "figure \(record.name) duplicates the one in \(other)")
        }
        figureFile[record.name] = name
        figures[record.name] = record.figure
      }
    }

    var results: [ClaimResult] = []
    let allFiles = payloads.map(\.name).joined(separator: ", ")
    for (ci, claim) in claims.enumerated() {
      for figure in claim.figures where figures[figure.name] == nil {
        throw PartError(file: allFiles, "no part has figure \(figure.name) of \(claim.id)")
      }
      var checkResults: [CheckResult] = []
      for (k, check) in claim.checks.enumerated() {
        let n = check.budget.trials(at: level)
        let what = "\(claim.id) [\(check.label)]"
        let sorted = pieces[ci][k].sorted { ($0.record.lower, $0.file) < ($1.record.lower, $1.file) }
        if let (a, b) = zip(sorted, sorted.dropFirst()).first(where: { $1.record.lower < max($0.record.upper, 1) }) {
          throw PartError(file: b.file, "\(what): trials \(b.record.lower)..<\(b.record.upper) overlap trials \(a.record.lower)..<\(a.record.upper) in \(a.file)")
        }
        var next = 0
        for piece in sorted {
          if piece.record.lower > next {
            throw PartError(file: allFiles, "\(what): no part has trials \(next)..<\(piece.record.lower)")
          }
          next = piece.record.upper
        }
        if sorted.isEmpty || next < n {
          throw PartError(file: allFiles, "\(what): no part has trials \(next)..<\(n)")
        }
        if sorted.count == 1, let result = sorted[0].record.result {
          checkResults.append(result)
          continue
        }
        var chunks: [ChunkOutcomes] = []
        for piece in sorted {
          guard let o = piece.record.outcomes else {
            throw PartError(file: piece.file, "\(what): a whole result where the check is split")
          }
          chunks.append(o)
        }
        guard let all = ChunkOutcomes.concatenated(chunks), let result = Engine.result(check, of: claim, outcomes: all) else {
          throw PartError(file: sorted.map(\.file).joined(separator: ", "), "\(what): outcomes do not fit the check (kind or arms)")
        }
        checkResults.append(result)
      }
      results.append(ClaimResult(claim: claim, seed: seed, level: level, checks: checkResults))
    }
    return Merged(
      results: results, figures: figures, seed: seed, scale: ref.scale, claimsFlag: ref.claimsFlag,
      mnist: ref.mnist, shardCount: count)
  }
}
