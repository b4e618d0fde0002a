#!/usr/bin/env bash
# Runs `theorems bench --only W1,W2,W3` and the NumPy peers (Benchmarks/peers/) on the same machine
# in one go and prints the ratio table of issue 14 (Swift time / NumPy time; bars W1 <= 0.5,
# W2 <= 0.1, W3 <= 1.0 at 2 threads).
#   Benchmarks/compare.sh [--threads N] [--quick] [--only linalg,W1,W2,W3] [--w2-peer-trials N] [--peers DIR]
# --quick: small sizes (a smoke test). --w2-peer-trials N: the NumPy side of W2 runs N of the 200
# trials and scales its time to 200 (its trials are independent and of equal cost; a full NumPy
# run of W2 takes about half an hour of CPU). --peers DIR: take the peer scripts from DIR
# (DIR/w1_numpy.py, w2_numpy.py, w3_numpy.py, each taking --threads N [--quick] and printing the
# JSON lines of Benchmarks/peers/common.py), e.g. independently written ones. `linalg` in --only
# adds the dense kernels (theorems bench --only linalg against Benchmarks/linalg_numpy.py, the
# shared NumPy reference script). Output files go to Benchmarks/out/.
set -euo pipefail
cd "$(dirname "$0")/.."
threads=2; quick=""; only="W1,W2,W3"; w2trials=""; peers=Benchmarks/peers
while [ $# -gt 0 ]; do
  case "$1" in
    --threads) threads="$2"; shift 2 ;;
    --quick) quick=1; shift ;;
    --only) only="$2"; shift 2 ;;
    --w2-peer-trials) w2trials="$2"; shift 2 ;;
    --peers) peers="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
export OPENBLAS_NUM_THREADS="$threads" OMP_NUM_THREADS="$threads" MKL_NUM_THREADS="$threads"
mkdir -p Benchmarks/out
swift build -c release --product theorems 2>&1 | grep -E "error|Compiling|Build" | tail -3
swift_out=Benchmarks/out/swift.jsonl; numpy_out=Benchmarks/out/numpy.jsonl
: > "$swift_out"; : > "$numpy_out"
qs=(); qp=(); [ -n "$quick" ] && qs=(--quick yes) && qp=(--quick)
echo "== Swift: theorems bench --only $only --threads $threads ${qs[*]:-}" >&2
.build/release/theorems bench --only "$only" --threads "$threads" --repeat 1 "${qs[@]}" | tee -a "$swift_out"
for w in ${only//,/ }; do
  lw=$(echo "$w" | tr 'A-Z' 'a-z')
  extra=()
  [ "$w" = W2 ] && [ -n "$w2trials" ] && extra=(--trials "$w2trials")
  if [ "$w" = linalg ]; then
    echo "== NumPy: Benchmarks/linalg_numpy.py --threads $threads --repeat 1 ${qp[*]:-}" >&2
    python3 Benchmarks/linalg_numpy.py --threads "$threads" --repeat 1 "${qp[@]}" | tee -a "$numpy_out"
    continue
  fi
  echo "== NumPy: $peers/${lw}_numpy.py --threads $threads ${qp[*]:-} ${extra[*]:-}" >&2
  python3 "$peers/${lw}_numpy.py" --threads "$threads" "${qp[@]}" "${extra[@]}" | tee -a "$numpy_out"
done
echo
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "peers: $peers; threads: $threads; Swift flags: -O -target-cpu native (Package.swift); NumPy $(python3 -c 'import numpy; print(numpy.__version__)') with OpenBLAS"
python3 Benchmarks/peers/table.py "$swift_out" "$numpy_out"
