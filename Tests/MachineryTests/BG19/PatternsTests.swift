import Testing
@testable import Theory

extension BG19Math {
  @Suite struct Patterns {
    /// Every x ∈ {±1}^{2d}, d ≤ 3, by counting in base 4 (pattern j of x = digit j).
    static func allPoints(d: Int) -> [[Double]] {
      let table: [[Double]] = [[1, 1], [1, -1], [-1, -1], [-1, 1]]
      var n = 1
      for _ in 0..<d { n *= 4 }
      return (0..<n).map { code in
        var c = code
        return (0..<d).flatMap { _ -> [Double] in
          defer { c /= 4 }
          return table[c % 4]
        }
      }
    }

    @Test func patternsAndPointsAreAsPrinted() {
      #expect(BG19.patterns == [SIMD2(1, 1), SIMD2(1, -1), SIMD2(-1, -1), SIMD2(-1, 1)])
      #expect(BG19.xorPoints == [SIMD2(1, 1), SIMD2(-1, 1), SIMD2(-1, -1), SIMD2(1, -1)])
      #expect(BG19.xorLabels == [1, -1, 1, -1])
      for i in 0..<4 {
        #expect(BG19.xorPoints[i] == BG19.patterns[BG19.xorPointPattern[i] - 1])
      }
      // p3 = −p1, p4 = −p2, p1 ⊥ p2.
      #expect(BG19.p3 == -BG19.p1 && BG19.p4 == -BG19.p2 && (BG19.p1 * BG19.p2).sum() == 0)
    }

    @Test func targetFunctionIsXORForOneDimension() throws {
      // f* on d = 1 is XOR of §3.1: +1 iff both coordinates agree.
      for i in 0..<4 {
        let x = BG19.xorPoints[i]
        #expect(try BG19.targetFunction([x.x, x.y]) == BG19.xorLabels[i])
      }
    }

    @Test func patternSetOfPointMatchesDefinition() throws {
      for d in 1...3 {
        for x in Self.allPoints(d: d) {
          let set = try BG19.PatternSet(point: x)
          // Independent: P_x = {i | ∃j, x_j = p_i} by direct comparison.
          var expected: [Int] = []
          for i in 1...4 {
            let p = BG19.patterns[i - 1]
            if stride(from: 0, to: x.count, by: 2).contains(where: { x[$0] == p.x && x[$0 + 1] == p.y }) {
              expected.append(i)
            }
          }
          #expect(set.patterns == expected)
          // f*: a positive pattern p1 = (1,1) or p3 = (−1,−1) occurs iff some pair agrees.
          let agree = stride(from: 0, to: x.count, by: 2).contains { x[$0] == x[$0 + 1] }
          #expect(set.label == (agree ? 1 : -1))
        }
      }
    }

    @Test func patternSetsEnumerationAndNamedSets() throws {
      #expect(BG19.PatternSet.allNonEmpty.count == 15)
      #expect(try BG19.PatternSet.occurring(d: 1).count == 4)
      #expect(try BG19.PatternSet.occurring(d: 2).count == 10)
      #expect(try BG19.PatternSet.occurring(d: 3).count == 14)
      #expect(try BG19.PatternSet.occurring(d: 4).count == 15)
      #expect(BG19.PatternSet.allNonEmpty.filter(\.isPositive).count == 12)
      #expect(BG19.PatternSet.diversePositive == (try BG19.PatternSet([1, 2, 3, 4])))
      #expect(BG19.PatternSet.diverseNegative == (try BG19.PatternSet([2, 4])))
      #expect(BG19.PatternSet.a1 == (try BG19.PatternSet([2])))
      #expect(BG19.PatternSet.a2 == (try BG19.PatternSet([4])))
      #expect(BG19.PatternSet.a3 == (try BG19.PatternSet([2, 4, 1])))
      #expect(BG19.PatternSet.a4 == (try BG19.PatternSet([2, 4, 3])))
      #expect(BG19.PatternSet.a3.description == "{1,2,4}")
    }

    @Test func badInputThrows() {
      #expect(throws: InvalidParameter.self) { try BG19.PatternSet(point: [1, 1, 1]) }
      #expect(throws: InvalidParameter.self) { try BG19.PatternSet(point: [1, 0.5]) }
      #expect(throws: InvalidParameter.self) { try BG19.PatternSet(point: []) }
      #expect(throws: InvalidParameter.self) { try BG19.PatternSet([]) }
      #expect(throws: InvalidParameter.self) { try BG19.PatternSet([5]) }
      #expect(throws: InvalidParameter.self) { try BG19.PatternSet(rawValue: 0) }
      #expect(throws: InvalidParameter.self) { try BG19.PatternSet(rawValue: 16) }
      #expect(throws: InvalidParameter.self) { try BG19.PatternSet.occurring(d: 0) }
      #expect(throws: InvalidParameter.self) { try BG19.Weights(k: 0, storage: []) }
      #expect(throws: InvalidParameter.self) { try BG19.Weights(k: 1, storage: [1, 2, 3]) }
      #expect(throws: InvalidParameter.self) { try BG19.Weights(k: 1, storage: [1, 2, 3, .nan]) }
      #expect(throws: InvalidParameter.self) { try BG19.Weights(w: [BG19.p1], u: []) }
      #expect(throws: InvalidParameter.self) { try BG19.angle(.zero, BG19.p1) }
    }

    @Test func errorReadings() {
      // sign(N) ≠ y with sign(0) = 0, written independently, equals y·N ≤ 0.
      func sign(_ v: Double) -> Double { v > 0 ? 1 : (v < 0 ? -1 : 0) }
      for n in [-2.0, -1e-300, -0.0, 0.0, 1e-300, 3.0] {
        for y in [1.0, -1.0] {
          #expect(BG19.errs(output: n, label: y, reading: .signWithZero) == (sign(n) != y))
        }
      }
      #expect(BG19.errs(output: 0, label: 1, reading: .zeroPredictsPositive) == false)
      #expect(BG19.errs(output: 0, label: -1, reading: .zeroPredictsPositive) == true)
      #expect(BG19.errs(output: 0, label: 1, reading: .signWithZero) == true)
    }

    @Test func angle() throws {
      #expect(abs(try BG19.angle(BG19.p1, BG19.p2) - Double.pi / 2) < 1e-15)
      #expect(abs(try BG19.angle(BG19.p1, SIMD2(1, 0)) - Double.pi / 4) < 1e-15)
      #expect(try BG19.angle(BG19.p1, 3 * BG19.p1) == 0)
    }
  }
}
