import Foundation
import Generators
import LinearAlgebra

/// `theorems bench`: times the numeric kernels the suite depends on and prints one JSON object
/// per line with the keys of Benchmarks' NumPy reference script (`op`, `size`, `threads`,
/// `seconds`, `gflops`), each the best of `--repeat` runs on fixed seeded inputs.
///
/// A workload is a named group of timed operations; `--only` selects groups by name. New
/// workloads (e.g. the training loops W1–W3 of issue 14) are added to `BenchCommand.workloads`.
/// `--only linalg.gemm` selects one operation of a workload.
struct BenchCommand {
  /// One timed operation: what it is, and `prepare`, which builds the inputs (untimed) and
  /// returns the closure that runs the operation once.
  struct Operation {
    let op: String
    let size: String
    let flops: Double?
    let prepare: () -> () throws -> Void
  }

  /// A named group of operations; `make` builds the inputs for the given thread count.
  struct Workload: Sendable {
    let name: String
    let summary: String
    let make: @Sendable (_ threads: Int, _ quick: Bool) -> [Operation]
  }

  static let workloads: [Workload] = [
    Workload(name: "linalg", summary: "GEMM, symmetric eigen, SVD, Cholesky (the NumPy script's sizes)", make: linalg)
  ]

  let threads: Int
  let repeats: Int
  let quick: Bool
  /// Time by the process's CPU clock instead of the wall clock (for tuning on a loaded machine;
  /// with several threads it sums their times).
  var cpuClock = false
  let output: (String) -> Void

  /// Runs the selected workloads in the catalog's order.
  func run(_ names: [String]) throws {
    for workload in Self.workloads {
      let whole = names.contains(workload.name)
      let picked = Set(names.compactMap { n in
        n.hasPrefix(workload.name + ".") ? String(n.dropFirst(workload.name.count + 1)) : nil })
      if !whole && picked.isEmpty { continue }
      for operation in workload.make(threads, quick) where whole || picked.contains(operation.op) {
        var best = Double.infinity
        let run = operation.prepare()
        for _ in 0..<repeats {
          let start = now()
          try run()
          best = min(best, now() - start)
        }
        output(Self.jsonLine(operation, threads: threads, seconds: best) + "\n")
      }
    }
  }

  /// Seconds on the chosen clock.
  func now() -> Double {
    var t = timespec()
    clock_gettime(cpuClock ? CLOCK_PROCESS_CPUTIME_ID : CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
  }

  /// {"op": …, "size": …, "threads": …, "seconds": …, "gflops": …} with the script's rounding.
  static func jsonLine(_ o: Operation, threads: Int, seconds: Double) -> String {
    let secs = (seconds * 1e6).rounded() / 1e6
    let gflops = o.flops.map { String(($0 / seconds / 1e9 * 1000).rounded() / 1000) } ?? "null"
    return "{\"op\": \"\(o.op)\", \"size\": \"\(o.size)\", \"threads\": \(threads), \"seconds\": \(secs), \"gflops\": \(gflops)}"
  }

  /// The dense linear algebra of `Benchmarks/linalg_numpy.py`: same operations and sizes.
  static func linalg(threads: Int, quick: Bool) -> [Operation] {
    let (nGemm, nEig, mSvd, nSvd, nChol) = quick ? (512, 200, 1000, 100, 200) : (4096, 2000, 10000, 1000, 2000)
    func symmetric() -> Matrix {
      let g = BenchmarkInputs.gaussianMatrix(rows: nEig, columns: nEig, name: "eigh")
      var s = g
      for i in 0..<nEig { for j in 0..<nEig { s[i, j] = g[i, j] + g[j, i] } }
      return s
    }
    return [
      Operation(op: "gemm", size: "\(nGemm)", flops: 2 * pow(Double(nGemm), 3)) {
        let a = BenchmarkInputs.gaussianMatrix(rows: nGemm, columns: nGemm, name: "gemm.A")
        let b = BenchmarkInputs.gaussianMatrix(rows: nGemm, columns: nGemm, name: "gemm.B")
        return {
          var out = Matrix(rows: nGemm, columns: nGemm)
          try BLAS.gemm(.none, .none, alpha: 1, a, b, beta: 0, &out, threads: threads)
        }
      },
      Operation(op: "eigh", size: "\(nEig)", flops: nil) {
        let s = symmetric()
        return { _ = try SymmetricEigen(s, computeVectors: true, threads: threads) }
      },
      Operation(op: "eigvalsh", size: "\(nEig)", flops: nil) {
        let s = symmetric()
        return { _ = try SymmetricEigen(s, computeVectors: false, threads: threads) }
      },
      Operation(op: "svd", size: "\(mSvd)x\(nSvd)", flops: nil) {
        let m = BenchmarkInputs.gaussianMatrix(rows: mSvd, columns: nSvd, name: "svd")
        return { _ = try SingularValueDecomposition(m, computeVectors: true, threads: threads) }
      },
      Operation(op: "svdvals", size: "\(mSvd)x\(nSvd)", flops: nil) {
        let m = BenchmarkInputs.gaussianMatrix(rows: mSvd, columns: nSvd, name: "svd")
        return { _ = try SingularValueDecomposition(m, computeVectors: false, threads: threads) }
      },
      Operation(op: "cholesky", size: "\(nChol)", flops: nil) {
        let c = BenchmarkInputs.gaussianMatrix(rows: nChol, columns: nChol, name: "cholesky")
        var p = Matrix(rows: nChol, columns: nChol)
        try! BLAS.gemm(.none, .transposed, alpha: 1, c, c, beta: 0, &p, threads: threads)
        for i in 0..<nChol { p[i, i] += Double(nChol) }
        let spd = p
        return { _ = try Cholesky(spd, threads: threads) }
      },
    ]
  }
}

extension TheoremsCommand {
  func bench(_ words: [String]) throws -> Int32 {
    let args = try Arguments(words, allowed: ["only", "threads", "repeat", "quick", "clock"], subcommand: "bench")
    if args.help { output(Usage.bench + "\n"); return 0 }
    guard args.positional.isEmpty else {
      throw UsageError("'bench' takes no positional arguments, got '\(args.positional[0])'", subcommand: "bench")
    }
    let known = BenchCommand.workloads.map(\.name)
    let names = args.flags["only"].map { $0.split(separator: ",").map(String.init) } ?? known
    for name in names where !known.contains(String(name.prefix { $0 != "." })) {
      throw UsageError("unknown workload '\(name)'; known: \(known.joined(separator: ", "))", subcommand: "bench")
    }
    let threads = try args.integer("threads", "bench", in: 1...64) ?? 1
    let repeats = try args.integer("repeat", "bench", in: 1...100) ?? 3
    let quick: Bool
    switch args.flags["quick"] {
    case nil, "no", "false": quick = false
    case "yes", "true": quick = true
    case let other?: throw UsageError("--quick takes yes or no, got '\(other)'", subcommand: "bench")
    }
    var command = BenchCommand(threads: threads, repeats: repeats, quick: quick, output: output)
    switch args.flags["clock"] {
    case nil, "wall": break
    case "cpu": command.cpuClock = true
    case let other?: throw UsageError("--clock takes wall or cpu, got '\(other)'", subcommand: "bench")
    }
    try command.run(names)
    return 0
  }
}
