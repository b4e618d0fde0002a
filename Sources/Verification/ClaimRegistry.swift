/// The registered claims, looked up by id or prefix.
public struct ClaimRegistry: Sendable {
  public let claims: [Claim]

  /// Fails on a duplicate id.
  public init(_ claims: [Claim]) throws {
    var seen = Set<String>()
    for claim in claims {
      guard seen.insert(claim.id).inserted else { throw RegistryError.duplicate(claim.id) }
    }
    self.claims = claims.sorted { ($0.paper, $0.id) < ($1.paper, $1.id) }
  }

  /// The claim with exactly this id.
  public func claim(_ id: String) throws -> Claim {
    if let claim = claims.first(where: { $0.id == id }) { return claim }
    throw RegistryError.unknown(id, suggestions: nearest(to: id))
  }

  /// The claims whose id is `pattern` or starts with `pattern` followed by a dot
  /// (`BG19` selects a paper, `BGMS18.Theorem9` both parts of Theorem 9).
  public func select(_ pattern: String) throws -> [Claim] {
    let hits = claims.filter { $0.id == pattern || $0.id.hasPrefix(pattern + ".") }
    if hits.isEmpty { throw RegistryError.unknown(pattern, suggestions: nearest(to: pattern)) }
    return hits
  }

  /// The claims matching any of several patterns, in registry order, without repeats.
  public func select(_ patterns: [String]) throws -> [Claim] {
    var ids = Set<String>()
    for pattern in patterns { for claim in try select(pattern) { ids.insert(claim.id) } }
    return claims.filter { ids.contains($0.id) }
  }

  /// Up to three ids (or paper prefixes) closest to `text` by edit distance.
  public func nearest(to text: String) -> [String] {
    let candidates = claims.map(\.id) + Paper.allCases.map(\.rawValue)
    let scored = candidates.map { ($0, EditDistance.between($0.lowercased(), text.lowercased())) }
    return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(3).map(\.0)
  }
}

/// Errors of claim lookup.
public enum RegistryError: Error, CustomStringConvertible, Equatable {
  case duplicate(String)
  case unknown(String, suggestions: [String])

  public var description: String {
    switch self {
    case .duplicate(let id): "duplicate claim id \(id)"
    case .unknown(let id, let suggestions):
      "unknown claim id '\(id)'"
        + (suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: ", "))?")
    }
  }
}

/// Levenshtein distance, for suggesting the nearest claim ids.
enum EditDistance {
  static func between(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
      current[0] = i
      for j in stride(from: 1, through: b.count, by: 1) {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
