"""Shared helpers of the NumPy peers of `theorems bench` (issue 14): thread setup, clocks, JSON."""
import json, os, sys, time


def setup_threads(threads):
    """Fix the BLAS thread count before NumPy is imported (as linalg_numpy.py does)."""
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = str(threads)


class Clock:
    """Wall and process CPU time since construction (CPU time includes the BLAS threads)."""
    def __init__(self):
        self.wall = time.perf_counter()
        self.cpu = time.process_time()

    def elapsed(self):
        return time.perf_counter() - self.wall, time.process_time() - self.cpu


def emit(workload, parameters, threads, seconds, cpu_seconds, flops, metrics, extra_cpu=0.0):
    """One JSON line with the keys of `theorems bench` for W1-W3."""
    rec = {"workload": workload, "parameters": parameters, "threads": threads,
           "seconds": round(seconds, 6), "cpu_seconds": round(cpu_seconds + extra_cpu, 6),
           "gflops": round(flops / seconds / 1e9, 3) if flops else None,
           "metrics": metrics, "implementation": "numpy"}
    print(json.dumps(rec)); sys.stdout.flush()


def r6(x):
    return float(f"{float(x):.6g}")
