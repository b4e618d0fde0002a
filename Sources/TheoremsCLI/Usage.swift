import Verification

/// The usage text of each subcommand.
enum Usage {
  static let overview = """
    usage: theorems <subcommand> [options]

    subcommands:
      report   run the claims at report budget and write REPORT.md
      list     print every claim id with its kind and paper location
      check    run claims at report budget and print their verdicts
      replay   rerun one trial and print everything it computed
      bench    time the numeric kernels and print JSON lines
    Run 'theorems <subcommand> --help' for its options.
    """

  static let report = """
    usage: theorems report [--claims PREFIX[,PREFIX...]] [--seed N] [--jobs N] [--scale X] [--out PATH] [--mnist DIR]
      --claims  claim ids or prefixes (BG19, BGMS18.Theorem9, BG19.Lemma3.1); default: all
      --seed    run seed (default \(defaultSeed)); the same seed gives the same bytes
      --jobs    worker threads (default: the number of cores); does not change results
      --scale   multiplies report trial counts (default 1)
      --out     output path (default: REPORT.md at the package root); figures go to figures/ beside it
      --mnist   directory with the uncompressed MNIST training files (train-images-idx3-ubyte,
                train-labels-idx1-ubyte): BGMS18 Figures 1-2 on digits 3 vs 5 instead of synthetic data
    """

  static let list = """
    usage: theorems list
      prints every registered claim id with its kind and paper location
    """

  static let check = """
    usage: theorems check ID-or-PREFIX [--seed N] [--jobs N] [--scale X]
      runs the selected claims at report budget and prints the verdicts; exit 1 if any is refuted
    """

  static let replay = """
    usage: theorems replay ID --seed N --trial I [--check LABEL-or-INDEX]
      reruns trial I of the claim's checks (or of one check) and prints what it computed
    """

  static let bench = """
    usage: theorems bench [--only WORKLOAD[,WORKLOAD...]] [--threads N] [--repeat R] [--quick yes] [--clock wall|cpu]
      --only     workloads to time (default: all): linalg; or single operations: linalg.gemm,
                 linalg.eigh, linalg.eigvalsh, linalg.svd, linalg.svdvals, linalg.cholesky
      --threads  threads of the kernels (default 1)
      --repeat   runs per operation; the best is printed (default 3)
      --quick    small sizes, for a smoke test
      --clock    wall (default) or cpu: the process CPU time, for tuning on a loaded machine
      prints one JSON object per line: {"op", "size", "threads", "seconds", "gflops"}, the keys of
      the NumPy reference script (python3 Benchmarks/linalg_numpy.py --threads N)
    """

  static var defaultSeed: String { String(Engine.defaultSeed) }

  static func text(for subcommand: String?) -> String {
    switch subcommand {
    case "report": report
    case "list": list
    case "check": check
    case "replay": replay
    case "bench": bench
    default: overview
    }
  }
}
