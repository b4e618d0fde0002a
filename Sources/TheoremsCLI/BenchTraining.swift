import Foundation

/// A training workload of `theorems bench` (issue 14, W1–W3): one setting per JSON line,
/// `{"workload", "parameters", "threads", "seconds", "cpu_seconds", "gflops", "metrics",
/// "implementation"}`, the keys of the NumPy peers in `Benchmarks/peers/`, so the two sides can
/// be compared output for output. GFLOP/s count only the dense products the run performs.
struct BenchTraining {
  /// What a run measured: the flops of its dense products and its result metrics.
  struct Result {
    var flops: Double?
    var metrics: [(String, BenchValue)]
  }

  let workload: String
  let parameters: [(String, BenchValue)]
  /// Builds the inputs (untimed) and returns the timed run.
  let prepare: () throws -> () throws -> Result
}

/// A JSON value of a bench line: a number (6 significant digits, as the peers round), an
/// integer, or a list of numbers.
enum BenchValue {
  case number(Double)
  case integer(Int)
  case numbers([Double])

  var json: String {
    switch self {
    case .number(let x): return Self.format(x)
    case .integer(let i): return String(i)
    case .numbers(let xs): return "[" + xs.map(Self.format).joined(separator: ", ") + "]"
    }
  }

  static func format(_ x: Double) -> String {
    guard x.isFinite else { return "null" }
    let s = String(format: "%.6g", x)
    return s.contains(".") || s.contains("e") || s.contains("n") ? s : s + ".0"
  }

  static func object(_ pairs: [(String, BenchValue)]) -> String {
    "{" + pairs.map { "\"\($0.0)\": \($0.1.json)" }.joined(separator: ", ") + "}"
  }
}

extension BenchTraining {
  /// The JSON line of one timed run.
  func jsonLine(_ result: Result, threads: Int, seconds: Double, cpuSeconds: Double) -> String {
    let gflops = result.flops.map { String(($0 / seconds / 1e9 * 1000).rounded() / 1000) } ?? "null"
    return "{\"workload\": \"\(workload)\", \"parameters\": \(BenchValue.object(parameters)), "
      + "\"threads\": \(threads), \"seconds\": \((seconds * 1e6).rounded() / 1e6), "
      + "\"cpu_seconds\": \((cpuSeconds * 1e6).rounded() / 1e6), \"gflops\": \(gflops), "
      + "\"metrics\": \(BenchValue.object(result.metrics)), \"implementation\": \"swift\"}"
  }

  /// Runs `body(worker)` for worker in 0..<threads on as many cores (trials split by index).
  static func parallel(threads: Int, _ body: @Sendable (Int) -> Void) {
    if threads == 1 { body(0); return }
    DispatchQueue.concurrentPerform(iterations: threads, execute: body)
  }
}
