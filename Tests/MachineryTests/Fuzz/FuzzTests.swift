import Foundation
import Generators
import Testing
import TheoremsCLI
import Theory
import Verification

/// Issue 10 §3: seeded fuzzing of the statistics, the public bound functions of Theory and
/// the command-line parser with random and extreme arguments. Every call must return
/// (never NaN) or throw an error naming the bad argument (`InvalidParameter`); no crash,
/// no hang. Reproducible: the cases come from a fixed Philox stream.
@Suite("Fuzz")
struct FuzzTests {
  struct Values {
    var rng: RandomStream
    static let doubles: [Double] = [
      0, -0.0, 1, -1, 0.5, 2, 1e-300, -1e-300, 1e300, -1e300, .nan, .infinity, -.infinity,
      .greatestFiniteMagnitude, .leastNonzeroMagnitude, 1 - 1e-16, 0.9999, 1e-7,
    ]
    static let ints: [Int] = [0, -1, 1, 2, 3, 7, 30, 100, -1000, Int.max, Int.min, 1 << 40]
    mutating func double() -> Double {
      switch rng.nextInt(below: 3) {
      case 0: return Self.doubles[rng.nextInt(below: Self.doubles.count)]
      case 1: return rng.nextUniform()
      default: return rng.nextNormal(mean: 0, standardDeviation: 10)
      }
    }
    mutating func int() -> Int {
      rng.nextInt(below: 2) == 0 ? Self.ints[rng.nextInt(below: Self.ints.count)] : rng.nextInt(below: 60)
    }
  }

  /// A call that may throw: it must throw `InvalidParameter`, or return a non-NaN value.
  static func call(_ name: String, _ body: () throws -> Double) {
    do {
      let value = try body()
      #expect(!value.isNaN, "\(name) returned NaN")
    } catch let error as InvalidParameter {
      #expect(!error.name.isEmpty && !error.requirement.isEmpty, "\(name): \(error)")
    } catch {
      Issue.record("\(name) threw \(type(of: error)), not InvalidParameter: \(error)")
    }
  }

  @Test func statisticsAndBoundsSurviveExtremeArguments() {
    var v = Values(rng: RandomStream(seed: 20190101, name: "fuzz|theory", trial: 0))
    let clock = ContinuousClock()
    let start = clock.now
    var cases = 0
    for _ in 0..<150 {
      // Keep trial counts where an exact computation is affordable; the extremes still
      // reach every validation.
      let n = { (x: Int) in x > 100_000 ? x : x } (v.int())
      let (x, k) = (v.int(), v.int())
      let (p, a, b, alpha) = (v.double(), v.double(), v.double(), v.double())
      let calls: [(String, () throws -> Double)] = [
        ("ClopperPearson.lowerBound", { try ClopperPearson.lowerBound(successes: x, trials: n, alpha: alpha) }),
        ("ClopperPearson.upperBound", { try ClopperPearson.upperBound(successes: x, trials: n, alpha: alpha) }),
        ("ClopperPearson.interval", { try ClopperPearson.interval(successes: x, trials: n, alpha: alpha).upperBound }),
        ("Binomial.probability", { try Binomial.probability(of: k, trials: n, success: p) }),
        ("Binomial.lowerTail", { try Binomial.lowerTail(atMost: k, trials: n, success: p) }),
        ("Binomial.upperTail", { try Binomial.upperTail(atLeast: k, trials: n, success: p) }),
        ("ProbabilityPower.criticalSuccesses", { Double(try ProbabilityPower.criticalSuccesses(claimed: p, trials: n, alpha: alpha) ?? -1) }),
        ("ProbabilityPower.detectableProbability", { try ProbabilityPower.detectableProbability(claimed: p, trials: n, alpha: alpha, power: b) ?? -1 }),
        ("ProbabilityPower.trialsNeeded", { Double(try ProbabilityPower.trialsNeeded(claimed: p, trueProbability: a, alpha: alpha, limit: 2000) ?? -1) }),
        ("ConcentrationBounds.dkwEpsilon", { try ConcentrationBounds.dkwEpsilon(samples: n, alpha: alpha) }),
        ("ConcentrationBounds.hoeffdingHalfWidth", { try ConcentrationBounds.hoeffdingHalfWidth(samples: n, range: a, alpha: alpha) }),
        ("SpecialFunctions.regularizedIncompleteBeta", { try SpecialFunctions.regularizedIncompleteBeta(p, a: a, b: b) }),
        ("BGMS18 function theorem5Bound", { try BGMS18.theorem5Bound(validationError: p, compressionSize: k, n: n, delta: alpha) }),
        ("BGMS18 function theorem6Bound", { try BGMS18.theorem6Bound(Mk: a, n: n, delta: alpha) }),
        ("BGMS18 function updateBound", { try BGMS18.updateBound(wStarNorm: a, k: k, eta: b, v: p, alpha: alpha, R: a) }),
        ("BGMS18 function bothLayersUpdateBound", { try BGMS18.bothLayersUpdateBound(wStarNorm: a, k: k, eta: b, v: p, alpha: alpha, R: b, c: p, C: a) }),
        ("BGMS18 function updateBoundWithEquation6", { try BGMS18.updateBoundWithEquation6(wStarNorm: a, eta: b, alpha: alpha) }),
        ("BGMS18 function equation6Scale", { try BGMS18.equation6Scale(k: k) }),
        ("BGMS18 function theorem9SmallWidthThreshold", { try BGMS18.theorem9SmallWidthThreshold(d: k, delta: alpha) }),
        ("BGMS18 function theorem9StuckProbability", { try BGMS18.theorem9StuckProbability(k: k, d: n) }),
        ("BGMS18 function theorem9UpdateBound", { try BGMS18.theorem9UpdateBound(d: k, C: a, eta: b) }),
        ("BGMS18 function theorem9PerExampleUpdateBound", { try BGMS18.theorem9PerExampleUpdateBound(C: a, eta: b) }),
        ("BGMS18 function theorem7Width", { Double(try BGMS18.theorem7Width(n: n, d: k)) }),
        ("BGMS18 function theorem10LowerBound", { try BGMS18.theorem10LowerBound(wStarNorm: a, k: k, eta: b, v: p, alpha: alpha, R: a, reading: .statement) }),
        ("BGMS18 function theorem10B1Corrected", { try BGMS18.theorem10B1Corrected(wStarNorm: a, k: k, eta: b, v: p, alpha: alpha, R: a) }),
        ("BGMS18 function theorem10B2Corrected", { try BGMS18.theorem10B2Corrected(wStarNorm: a, k: k, eta: b, v: p, alpha: alpha, R: a) }),
        ("BG19 function learningRate", { try BG19.learningRate(k: k, cEta: p) }),
        ("BG19 function maximalInitializationScale", { try BG19.maximalInitializationScale(k: k, cEta: p) }),
        ("BG19.lemma3_1Interval", { try BG19.lemma3_1Interval(k: k).upperBound }),
        ("BG19.lemma3_1ExactProbability", { try BG19.lemma3_1ExactProbability(k: k) }),
        ("BG19.lemma3_1ProbabilityBound", { try BG19.lemma3_1ProbabilityBound(k: k) }),
        ("BG19.lemma3_2ProbabilityBound", { try BG19.lemma3_2ProbabilityBound(k: k) }),
        ("BG19.theorem3_3IterationThreshold", { try BG19.theorem3_3IterationThreshold(k: k, cEta: p) }),
        ("BG19.theorem3_3MinimumIterations", { Double(try BG19.theorem3_3MinimumIterations(k: k, cEta: p)) }),
        ("BG19.theorem3_3AngleBound", { try BG19.theorem3_3AngleBound(cEta: p) }),
        ("BG19.theorem3_3ProbabilityBound", { try BG19.theorem3_3ProbabilityBound(k: k) }),
        ("BG19.theorem3_4ExactProbability", { try BG19.theorem3_4ExactProbability(k: k) }),
        ("BG19.lemma6_1ExactProbability", { try BG19.lemma6_1ExactProbability(k: k) }),
        ("BG19.lemma6_1ProbabilityBound", { try BG19.lemma6_1ProbabilityBound(k: k) }),
        ("BG19.lemma6_2ProbabilityBound", { try BG19.lemma6_2ProbabilityBound(k: k) }),
        ("BG19.theorem6_3IterationThreshold", { try BG19.theorem6_3IterationThreshold(gamma: a, cEta: p) }),
        ("BG19.theorem6_3MinimumIterations", { Double(try BG19.theorem6_3MinimumIterations(gamma: a, cEta: p)) }),
        ("BG19.theorem6_3AngleBound", { try BG19.theorem6_3AngleBound(gamma: a, cEta: p) }),
        ("BG19.theorem6_3ProbabilityBound", { try BG19.theorem6_3ProbabilityBound(c: p) }),
        ("BG19.theorem6_4ProbabilityBound", { try BG19.theorem6_4ProbabilityBound(c: p) }),
        ("BG19.theorem6_5MinimumDelta", { try BG19.theorem6_5MinimumDelta(pPlus: p, pMinus: a, c: b) }),
        ("BG19.theorem6_5SampleComplexityBound", { try BG19.theorem6_5SampleComplexityBound(pPlus: p, pMinus: a, delta: alpha, c: b) }),
        ("BG19.theorem6_5Delta", { try BG19.theorem6_5Delta(forBound: a, pPlus: p, pMinus: b, c: alpha) }),
      ]
      let arguments = "x = \(x), n = \(n), k = \(k), p = \(p), a = \(a), b = \(b), α = \(alpha)"
      for (name, body) in calls {
        Self.call("\(name) [\(arguments)]", body)
        cases += 1
      }
    }
    let elapsed = clock.now - start
    #expect(cases > 5000)
    #expect(elapsed < .seconds(20), "fuzzing took \(elapsed)")
  }

  /// Random command lines over the flags and values: every status is 0–3, a usage error
  /// prints one error line naming the problem, nothing writes outside a temporary directory.
  @Test func commandLineParserSurvivesRandomArguments() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("theorems-fuzz-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    var rng = RandomStream(seed: 20190101, name: "fuzz|cli", trial: 0)
    let subcommands = ["report", "check", "list", "replay", "calibrate", "help", "bogus", ""]
    let words = [
      "--seed", "--jobs", "--claims", "--trial", "--check", "--runs", "--mutate-bounds", "--help",
      "-x", "nan", "inf", "-1", "0", "1", "0.5", "1e308", "abc", "", "Demo.fairCoin", "Demo.nope", "BG19", ",",
      "Demo.erratum", "--seed=3", "--jobs=0", "18446744073709551616",
    ]
    for _ in 0..<300 {
      var arguments = [subcommands[rng.nextInt(below: subcommands.count)]]
      for _ in 0..<rng.nextInt(below: 6) { arguments.append(words[rng.nextInt(below: words.count)]) }
      if arguments[0] == "report" { arguments += ["--out", dir.appendingPathComponent("R.md").path] }
      if arguments[0] == "calibrate" { arguments += ["--claims", "Demo.fairCoin", "--runs", "2"] }
      if arguments[0] == "check" || arguments[0] == "report" { arguments += ["--scale", "0.01"] }
      let (status, _, err) = try runCommand(arguments)
      #expect((0...3).contains(status), "\(arguments)")
      if status == 2 {
        #expect(err.hasPrefix("theorems: error: "), "\(arguments): \(err)")
        let line = err.split(separator: "\n").first.map(String.init) ?? ""
        #expect(line.count > "theorems: error: ".count + 5, "\(arguments)")
      }
    }
  }
}
