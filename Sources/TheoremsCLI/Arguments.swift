/// A malformed command line: one line of explanation; the command prints it with the usage
/// and exits with status 2.
public struct UsageError: Error, CustomStringConvertible, Equatable {
  public let message: String
  public let subcommand: String?
  public init(_ message: String, subcommand: String? = nil) {
    self.message = message
    self.subcommand = subcommand
  }
  public var description: String { message }
}

/// The flags and positional arguments of a subcommand.
struct Arguments {
  var flags: [String: String] = [:]
  var positional: [String] = []
  var help = false

  /// Parses `--name value`, `--name=value` and `--help`, accepting only `allowed` names.
  init(_ words: [String], allowed: Set<String>, subcommand: String) throws {
    var i = 0
    while i < words.count {
      let word = words[i]
      if word == "--help" || word == "-h" {
        help = true
      } else if word.hasPrefix("--") {
        var name = String(word.dropFirst(2))
        var value: String
        if let eq = name.firstIndex(of: "=") {
          value = String(name[name.index(after: eq)...])
          name = String(name[..<eq])
        } else {
          guard i + 1 < words.count else {
            throw UsageError("option --\(name) needs a value", subcommand: subcommand)
          }
          i += 1
          value = words[i]
        }
        guard allowed.contains(name) else {
          throw UsageError("unknown option --\(name) for '\(subcommand)'", subcommand: subcommand)
        }
        guard flags[name] == nil else {
          throw UsageError("option --\(name) given twice", subcommand: subcommand)
        }
        guard !value.isEmpty else {
          throw UsageError("option --\(name) needs a non-empty value", subcommand: subcommand)
        }
        flags[name] = value
      } else if word.hasPrefix("-") && word.count > 1 && Double(word) == nil {
        throw UsageError("unknown option \(word) for '\(subcommand)'", subcommand: subcommand)
      } else {
        positional.append(word)
      }
      i += 1
    }
  }

  /// An unsigned 64-bit seed.
  func seed(_ subcommand: String, default value: UInt64) throws -> UInt64 {
    guard let text = flags["seed"] else { return value }
    guard let seed = UInt64(text) else {
      throw UsageError("--seed must be an integer in 0...\(UInt64.max), got '\(text)'", subcommand: subcommand)
    }
    return seed
  }

  /// An integer in a range.
  func integer(_ name: String, _ subcommand: String, in range: ClosedRange<Int>) throws -> Int? {
    guard let text = flags[name] else { return nil }
    guard let value = Int(text), range.contains(value) else {
      throw UsageError(
        "--\(name) must be an integer in \(range.lowerBound)...\(range.upperBound), got '\(text)'",
        subcommand: subcommand)
    }
    return value
  }

  /// A positive finite scale factor, at most 1000.
  func scale(_ subcommand: String) throws -> Double {
    guard let text = flags["scale"] else { return 1 }
    guard let value = Double(text), value.isFinite, value > 0, value <= 1000 else {
      throw UsageError("--scale must be a number in (0, 1000], got '\(text)'", subcommand: subcommand)
    }
    return value
  }
}
