extension BG19 {
  /// A non-empty set of patterns A ⊆ {p1, p2, p3, p4}, stored as a 4-bit mask: bit i − 1
  /// is set iff p_i ∈ A. The set P_x = {i | ∃j, x_j = p_i} of BG19 §4 (before Def. 4.2)
  /// is one; there are 15 of them, which is why the network of Eq. 2 has VC dimension
  /// at most 15 (Remark 4.1): its output depends on x only through P_x.
  public struct PatternSet: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The mask, in 1…15: bit i − 1 set iff p_i is in the set.
    public let rawValue: UInt8

    /// The set with the given mask; throws unless `rawValue` is in 1…15.
    public init(rawValue: UInt8) throws {
      try InvalidParameter.require(
        (1...15).contains(rawValue), "rawValue", rawValue, "must be a non-empty 4-bit mask in 1…15")
      self.rawValue = rawValue
    }

    @usableFromInline
    init(unchecked rawValue: UInt8) { self.rawValue = rawValue }

    /// The set {p_i : i ∈ patterns}; throws unless the list is non-empty with entries in 1…4.
    public init(_ patterns: [Int]) throws {
      try InvalidParameter.require(!patterns.isEmpty, "patterns", "[]", "must be non-empty")
      var mask: UInt8 = 0
      for i in patterns {
        try InvalidParameter.require((1...4).contains(i), "patterns", i, "pattern numbers are 1…4")
        mask |= 1 << UInt8(i - 1)
      }
      self.rawValue = mask
    }

    /// P_x for x = (x_1, …, x_d) ∈ {±1}^{2d} (BG19 §4): the patterns x contains.
    /// Throws unless x has even, positive length and every entry is exactly ±1.
    public init(point x: [Double]) throws {
      try InvalidParameter.require(
        !x.isEmpty && x.count % 2 == 0, "x", "length \(x.count)", "must lie in {±1}^{2d}, d ≥ 1")
      var mask: UInt8 = 0
      for j in stride(from: 0, to: x.count, by: 2) {
        let a = x[j]
        let b = x[j + 1]
        try InvalidParameter.require(
          (a == 1 || a == -1) && (b == 1 || b == -1), "x", "(\(a), \(b)) at pattern \(j / 2 + 1)",
          "entries must be ±1")
        mask |= 1 << UInt8(BG19.patternNumber(a, b) - 1)
      }
      self.rawValue = mask
    }

    /// Whether p_i is in the set (false for i outside 1…4).
    @inlinable
    public func contains(_ i: Int) -> Bool {
      (1...4).contains(i) && rawValue & (1 << UInt8(i - 1)) != 0
    }

    /// The pattern numbers in the set, increasing.
    public var patterns: [Int] { (1...4).filter { contains($0) } }

    /// |A|.
    public var count: Int { rawValue.nonzeroBitCount }

    /// f*(x) = 1 for every x with P_x = A iff A contains a positive pattern p1 or p3
    /// (BG19 Eq. 3).
    @inlinable
    public var isPositive: Bool { rawValue & 0b0101 != 0 }

    /// The label f*(x) ∈ {1, −1} shared by every x with P_x = A (BG19 Eq. 3).
    @inlinable
    public var label: Double { isPositive ? 1 : -1 }

    /// The pattern numbers in braces, e.g. `{1,2,4}` for A3.
    public var description: String { "{" + patterns.map(String.init).joined(separator: ",") + "}" }

    /// Orders pattern sets by mask.
    public static func < (a: PatternSet, b: PatternSet) -> Bool { a.rawValue < b.rawValue }

    /// All 15 non-empty pattern sets, by increasing mask (BG19 Remark 4.1).
    public static let allNonEmpty: [PatternSet] = (1...15).map { PatternSet(unchecked: $0) }

    /// The pattern sets P_x that occur for some x ∈ {±1}^{2d}: those with |A| ≤ d
    /// (all 15 iff d ≥ 4; the 4 singletons for d = 1). Throws unless d ≥ 1.
    public static func occurring(d: Int) throws -> [PatternSet] {
      try InvalidParameter.require(d >= 1, "d", d, "must be a positive integer")
      return allNonEmpty.filter { $0.count <= d }
    }

    /// {1, 2, 3, 4}: P_x of a diverse positive point (BG19 Def. 4.2; needs d ≥ 4).
    public static let diversePositive = PatternSet(unchecked: 0b1111)
    /// {2, 4}: P_x of a diverse negative point (BG19 Def. 4.2; needs d ≥ 2).
    public static let diverseNegative = PatternSet(unchecked: 0b1010)
    /// A1 = {2} (BG19 §6, before Eq. 5).
    public static let a1 = PatternSet(unchecked: 0b0010)
    /// A2 = {4} (BG19 §6, before Eq. 5).
    public static let a2 = PatternSet(unchecked: 0b1000)
    /// A3 = {2, 4, 1} (BG19 §6, before Eq. 5).
    public static let a3 = PatternSet(unchecked: 0b1011)
    /// A4 = {2, 4, 3} (BG19 §6, before Eq. 5).
    public static let a4 = PatternSet(unchecked: 0b1110)
    /// [A1, A2, A3, A4], the sets whose least probability is p* (BG19 Eq. 5).
    public static let aSets: [PatternSet] = [a1, a2, a3, a4]
  }

  /// The number i of the pattern p_i = (a, b) ∈ {±1}² (BG19 §4).
  @inlinable
  static func patternNumber(_ a: Double, _ b: Double) -> Int {
    a > 0 ? (b > 0 ? 1 : 2) : (b > 0 ? 4 : 3)
  }
}
