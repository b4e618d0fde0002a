import Generators
import Testing
@testable import Theory

extension BG19Math {
  @Suite struct Realizability {
    @Test func witnessRealizesTargetOnAllPatternSets() {
      let w = BG19.realizabilityWitness
      #expect(w.k == 2)
      #expect(BG19.XORD.recoversTarget(w))
      #expect(BG19.SignPattern(weights: w) == BG19.SignPattern.target())
      for set in BG19.PatternSet.allNonEmpty {
        // By hand: N ≥ 6 − 2 − 2 = 2 on positive sets, N ≤ −2 on negative ones.
        let n = BG19.XORD.output(w, on: set)
        #expect(set.isPositive ? n >= 2 : n <= -2)
      }
    }

    @Test func oneFilterCannotRealizeTarget() throws {
      let patterns = BG19.singleFilterSignPatterns()
      #expect(!patterns.contains(BG19.SignPattern.target()))
      #expect(!BG19.singleFilterRealizesTarget())
      // Already on d = 1 (the four singletons): XOR is not realizable with k = 1.
      #expect(!BG19.singleFilterRealizesTarget(domain: try BG19.PatternSet.occurring(d: 1)))
      // Independent argument: N({1}) = σ(α) − σ(γ), N({3}) = σ(−α) − σ(−γ) cannot both be
      // positive (α > 0 and −α > 0) nor both negative; likewise {2}, {4}. f* needs {1}, {3}
      // both positive. Every enumerated pattern obeys this.
      let one = try BG19.PatternSet([1])
      let three = try BG19.PatternSet([3])
      let two = try BG19.PatternSet([2])
      let four = try BG19.PatternSet([4])
      for p in patterns {
        #expect(!(p.sign(on: one) == 1 && p.sign(on: three) == 1))
        #expect(!(p.sign(on: one) == -1 && p.sign(on: three) == -1))
        #expect(!(p.sign(on: two) == -1 && p.sign(on: four) == -1))
      }
    }

    @Test func simpleFunctionsAreRealizableWithOneFilter() throws {
      let patterns = BG19.singleFilterSignPatterns()
      // A decision list: +1 if p1 ∈ A, else −1 if p3 ∈ A, else +1 if p2 ∈ A, else −1.
      // (Realized by w·p = 4, 2, −4, −2 and u·p = −3, −1, 3, 1.)
      var positive: UInt16 = 0
      for set in BG19.PatternSet.allNonEmpty {
        let plus = set.contains(1) || (!set.contains(3) && set.contains(2))
        if plus { positive |= 1 << UInt16(set.rawValue) }
      }
      #expect(patterns.contains { $0.isStrict && $0.positive == positive })
      // f* restricted to {1}, {2}, {1,2} is realizable (w·p1 = 2, u·p2 = 1).
      #expect(BG19.singleFilterRealizesTarget(
        domain: [try BG19.PatternSet([1]), try BG19.PatternSet([2]), try BG19.PatternSet([1, 2])]))
    }

    @Test func integerGridCoversRandomSingleFilterNetworks() throws {
      // The decision procedure's premise: every k = 1 network's sign pattern is achieved on
      // the grid {−4…4}⁴. Random real networks (and ones with ties) must land in the list.
      let patterns = BG19.singleFilterSignPatterns()
      var rng = RandomStream(seed: 1, name: "BG19Math.realizability.grid", trial: 0)
      for trial in 0..<400 {
        var w = try BG19.gaussianWeights(k: 1, standardDeviation: 1, using: &rng)
        if trial % 4 == 0 {
          // Force a tie: u = (c, c) with c = (a − b)/2 gives u·p1 = 2c = a − b = w·p2.
          let s = w.storage
          w = try BG19.Weights(k: 1, storage: [s[0], s[1], (s[0] - s[1]) / 2, (s[0] - s[1]) / 2])
        }
        #expect(patterns.contains(BG19.SignPattern(weights: w)))
      }
    }
  }
}
