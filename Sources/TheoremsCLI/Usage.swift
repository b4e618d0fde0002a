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
      calibrate  rerun the checks whose truth is known exactly with many seeds: false-refutation rates
      merge    combine the part files of a sharded report into REPORT.md
      bench    time the numeric kernels and print JSON lines
    Run 'theorems <subcommand> --help' for its options.

    \(exitStatuses)
    """

  static let exitStatuses = """
    exit status:
      0  every check holds or is a known erratum (or is undecided: inconclusive, cannot refute)
      1  a check expected to hold is refuted
      2  usage or input error (bad flag or claim id, bad THEOREMS_SEED, unwritable --out); nothing ran
      3  run error: a trial threw or diverged, or an exact value was contradicted (wins over 1)
    environment: THEOREMS_SEED=N sets the seed when --seed is not given (must be an integer)
    """

  static let report = """
    usage: theorems report [--claims PREFIX[,PREFIX...]] [--seed N] [--jobs N] [--scale X] [--out PATH] [--mnist DIR] [--mutate-bounds F] [--shard I/N]
      --claims  claim ids or prefixes (BG19, BGMS18.Theorem9, BG19.Lemma3.1); default: all
      --seed    run seed (default \(defaultSeed)); the same seed gives the same bytes
      --jobs    worker threads (default: the number of cores); does not change results
      --scale   multiplies report trial counts (default 1)
      --out     output path (default: REPORT.md at the package root); figures go to figures/ beside it
      --mnist   directory with the uncompressed MNIST training files (train-images-idx3-ubyte,
                train-labels-idx1-ubyte): BGMS18 Figures 1-2 on the paper's 3000/1000 digits 3 vs 5
                instead of the committed 5,000-image sample (Data/README.md)
      --mutate-bounds  F in (0, 1): tighten every bound by F (upper ×F, lower ÷F, failure rates ×F)
                and decide on the tightened statements (re-decided from the same trials; every
                report's methods tabulate F = 0.5, 0.9 and probabilities + 0.01, + 0.05)
      --shard   run only shard I of N (0 <= I < N) and write its partial results as JSON to --out
                (default part-I.json); 'theorems merge' combines the N parts into REPORT.md

    \(exitStatuses)
    """

  static let merge = """
    usage: theorems merge PART.json... [--out PATH]
      combines the part files of 'theorems report --shard I/N' (all N shards, one seed, scale and
      code version) into the REPORT.md (and figures/) a single run writes, byte for byte
      --out     output path (default: REPORT.md at the package root); figures go to figures/ beside it
    """

  static let list = """
    usage: theorems list
      prints every registered claim id with its kind and paper location
    """

  static let check = """
    usage: theorems check ID-or-PREFIX [--seed N] [--jobs N] [--scale X]
      runs the selected claims at report budget and prints the verdicts

    \(exitStatuses)
    """

  static let replay = """
    usage: theorems replay ID --seed N --trial I [--check LABEL-or-INDEX]
      reruns trial I of the claim's checks (or of one check) and prints what it computed
    """

  static let calibrate = """
    usage: theorems calibrate [--runs N] [--claims PREFIX[,PREFIX...]] [--seed N] [--jobs N]
      reruns, at test budgets with seeds N+1…N+runs (default 100 runs), the probability checks
      whose exact value is known and meets the claim, and prints per claim how often they were
      refuted, with a 95% Clopper–Pearson interval, against the claim's share of the 1e-4 budget;
      exit 1 when a claim is refuted more often than its share allows or had a run error
    """

  static let bench = """
    usage: theorems bench [--only WORKLOAD[,WORKLOAD...]] [--threads N] [--repeat R] [--quick yes] [--clock wall|cpu]
      --only     workloads to time (default: all): linalg, W1, W2, W3; or single operations:
                 linalg.gemm, linalg.eigh, linalg.eigvalsh, linalg.svd, linalg.svdvals, linalg.cholesky
      --threads  threads of the kernels (default 1)
      --repeat   runs per operation; the best is printed (default 3)
      --quick    small sizes, for a smoke test
      --clock    wall (default) or cpu: the process CPU time, for tuning on a loaded machine
      prints one JSON object per line: {"op", "size", "threads", "seconds", "gflops"}, the keys of
      the NumPy reference script (python3 Benchmarks/linalg_numpy.py --threads N); the training workloads
      W1 (LL18 §7), W2 (BG19 XORD), W3 (ADHLW19) print {"workload", "parameters", "threads",
      "seconds", "cpu_seconds", "gflops", "metrics"}, timed once (Benchmarks/compare.sh compares
      them with the NumPy peers in Benchmarks/peers/)
    """

  static var defaultSeed: String { String(Engine.defaultSeed) }

  static func text(for subcommand: String?) -> String {
    switch subcommand {
    case "report": report
    case "list": list
    case "check": check
    case "replay": replay
    case "calibrate": calibrate
    case "merge": merge
    case "bench": bench
    default: overview
    }
  }
}
