import Foundation
import Generators

/// What "code version" means for sharded runs: the git commit the shard ran from (read at run
/// time with `git rev-parse HEAD`, nil where git or the repository is unavailable), a
/// SHA-256 of `git diff HEAD` (uncommitted edits to tracked files; nil when clean or
/// unknown), and `catalog`, a SHA-256 of the claim catalog computed in Swift (every claim's
/// id, paper, location, kinds, statement, notes, and every check's label, reading,
/// expectation, kind and budget, and its figures). Parts merge only when their versions are
/// equal, and their catalog is the merging build's.
public struct CodeVersion: Sendable, Codable, Equatable, CustomStringConvertible {
  public var commit: String?
  public var sourceDiff: String?
  public var catalog: String

  public init(commit: String?, sourceDiff: String?, catalog: String) {
    self.commit = commit
    self.sourceDiff = sourceDiff
    self.catalog = catalog
  }

  /// The catalog hash of `claims` (all registered claims).
  public static func catalogHash(_ claims: [Claim]) -> String {
    var text = ""
    for claim in claims {
      text += "claim\u{1}\(claim.id)\u{1}\(claim.paper.rawValue)\u{1}\(claim.location)\u{1}"
      text += "\(claim.kindDescription)\u{1}\(claim.statement)\u{1}\(claim.notes.joined(separator: "\u{2}"))\n"
      for check in claim.checks {
        text += "check\u{1}\(check.label)\u{1}\(check.reading ?? "\u{3}")\u{1}\(check.expectation)\u{1}"
        text += "\(check.kind.rawValue)\u{1}\(check.budget.test)\u{1}\(check.budget.report)\u{1}\(check.budget.scalable)\n"
      }
      for figure in claim.figures { text += "figure\u{1}\(figure.name)\u{1}\(figure.caption)\n" }
    }
    return SHA256.hexDigest(text)
  }

  public var description: String {
    "commit \(commit ?? "unknown")\(sourceDiff.map { " + uncommitted edits \($0.prefix(12))" } ?? ""), "
      + "catalog \(catalog.prefix(12))"
  }
}

/// One check's share of a shard: its whole result, or the raw outcomes of a trial range.
public struct CheckRecord: Sendable, Codable {
  public var claimID: String
  public var checkIndex: Int
  public var label: String
  public var lower: Int
  public var upper: Int
  /// The check's total trial count (per arm).
  public var trials: Int
  /// The result, when the shard ran the whole check.
  public var result: CheckResult?
  /// The raw outcomes of trials lower..<upper, when the check is split.
  var outcomes: ChunkOutcomes?
  /// Wall-clock seconds the shard spent (for refreshing `ShardCostTable`; not in the report).
  public var seconds: Double
}

/// A figure a shard drew.
public struct FigureRecord: Sendable, Codable {
  public var claimID: String
  public var name: String
  public var figure: RenderedFigure
  public var seconds: Double
}

/// The partial results of one shard of a report run.
public struct PartPayload: Sendable, Codable {
  public var shard: ShardSpec
  /// The run seed, as decimal text (exact for every UInt64).
  public var seed: String
  public var scale: Double
  /// The `--claims` flag as given (nil: all claims), for the report's reproduce line.
  public var claimsFlag: String?
  public var mnist: String?
  /// The ids of every claim of the run (all shards), in report order.
  public var claims: [String]
  public var version: CodeVersion
  public var checks: [CheckRecord]
  public var figures: [FigureRecord]
}

/// A part file: the payload and a SHA-256 of its canonical JSON (sorted keys, no spaces).
struct PartEnvelope: Codable {
  var format: String
  var formatVersion: Int
  var payloadSHA256: String
  var payload: PartPayload
}

/// Reading and writing part files.
public enum PartFile {
  public static let format = "theorems-report-part"
  public static let formatVersion = 2

  /// The file's bytes: pretty JSON with the payload's checksum.
  public static func encode(_ payload: PartPayload) throws -> Data {
    let envelope = PartEnvelope(
      format: format, formatVersion: formatVersion, payloadSHA256: try checksum(payload), payload: payload)
    var data = try PartJSON.encoder(pretty: true).encode(envelope)
    data.append(0x0A)
    return data
  }

  static func checksum(_ payload: PartPayload) throws -> String {
    SHA256.hexDigest(of: try PartJSON.encoder(pretty: false).encode(payload))
  }

  /// Decodes and verifies a part file; `name` is how errors name it.
  public static func decode(_ data: Data, name: String) throws(PartError) -> PartPayload {
    let envelope: PartEnvelope
    do {
      envelope = try PartJSON.decoder().decode(PartEnvelope.self, from: data)
    } catch {
      if let head = try? PartJSON.decoder().decode(FormatHead.self, from: data),
        head.format != format || head.formatVersion != formatVersion
      {
        throw PartError(file: name, "not a \(format) version \(formatVersion) file (format '\(head.format ?? "none")', version \(head.formatVersion.map(String.init) ?? "none"))")
      }
      throw PartError(file: name, "not a readable part file (truncated or corrupt JSON: \(describe(error)))")
    }
    guard envelope.format == format, envelope.formatVersion == formatVersion else {
      throw PartError(file: name, "not a \(format) version \(formatVersion) file")
    }
    let sum: String
    do { sum = try checksum(envelope.payload) } catch {
      throw PartError(file: name, "cannot re-encode the payload: \(error)")
    }
    guard sum == envelope.payloadSHA256 else {
      throw PartError(file: name, "checksum mismatch: the payload was edited or corrupted (SHA-256 \(sum.prefix(12))…, file says \(envelope.payloadSHA256.prefix(12))…)")
    }
    return envelope.payload
  }

  private struct FormatHead: Decodable {
    var format: String?
    var formatVersion: Int?
  }

  /// A one-line description of a decoding error.
  static func describe(_ error: Error) -> String {
    guard let e = error as? DecodingError else {
      return String(describing: error).split(separator: "\n").first.map(String.init) ?? "unknown error"
    }
    func path(_ c: DecodingError.Context) -> String {
      let p = c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
      return p.isEmpty ? "" : " at \(p)"
    }
    switch e {
    case .dataCorrupted(let c): return "corrupt data\(path(c))"
    case .keyNotFound(let key, let c): return "missing key '\(key.stringValue)'\(path(c))"
    case .typeMismatch(_, let c): return "wrong type\(path(c))"
    case .valueNotFound(_, let c): return "missing value\(path(c))"
    @unknown default: return "unreadable"
    }
  }
}

/// A part file that cannot be merged: one line naming the file.
public struct PartError: Error, CustomStringConvertible, Equatable {
  public let file: String
  public let message: String
  public init(file: String, _ message: String) {
    self.file = file
    self.message = message
  }
  public var description: String { "\(file): \(message)" }
}
