#!/usr/bin/env bash
# Submits a sharded `theorems report` to SLURM: a job array of N shards, then a merge job
# that runs when every shard succeeded. Prints "ARRAY_JOB_ID MERGE_JOB_ID" on stdout.
#
#   scripts/slurm/submit.sh -n N [-p PARTS_DIR] [-o REPORT_PATH] [-b THEOREMS_BIN]
#                           [-s "EXTRA SBATCH ARGS"] [-- REPORT ARGS...]
#
#   -n  number of shards (array tasks 0..N-1)
#   -p  directory for run.env, part-I.json and the job logs (default: slurm-parts/ in the
#       package); must be on a file system every node sees
#   -o  the merged report (default: REPORT.md at the package root; figures/ goes beside it)
#   -b  the theorems binary (default: .build/release/theorems, built first if missing);
#       every node must be able to run it (it is built for the build machine's CPU)
#   -s  extra sbatch arguments for every job, e.g. "--partition=long --cpus-per-task=8"
#   report arguments: --claims, --seed, --scale, --mnist as for `theorems report`
#       (not --shard, --out or --jobs: the jobs use SLURM_CPUS_PER_TASK threads)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shards="" parts="$root/slurm-parts" out="$root/REPORT.md" bin="" sbatch_args=""
while getopts "n:p:o:b:s:" opt; do
  case $opt in
    n) shards=$OPTARG ;;
    p) parts=$OPTARG ;;
    o) out=$OPTARG ;;
    b) bin=$OPTARG ;;
    s) sbatch_args=$OPTARG ;;
    *) echo "usage: $0 -n N [-p DIR] [-o REPORT] [-b BIN] [-s SBATCH_ARGS] [-- REPORT ARGS]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if ! [[ "$shards" =~ ^[1-9][0-9]*$ ]]; then echo "submit.sh: -n N (a positive number of shards) is required" >&2; exit 2; fi
for a in "$@"; do
  case $a in --shard* | --out* | --jobs*) echo "submit.sh: do not pass $a; see the usage" >&2; exit 2 ;; esac
done
if [ -z "$bin" ]; then
  bin="$root/.build/release/theorems"
  [ -x "$bin" ] || (cd "$root" && swift build -c release --product theorems >&2)
fi
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
mkdir -p "$parts" "$(dirname "$out")"
parts=$(cd "$parts" && pwd)
out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
rm -f "$parts"/part-*.json "$parts/merge.status"
{
  printf 'THEOREMS_BIN=%q\n' "$bin"
  printf 'THEOREMS_SHARDS=%q\n' "$shards"
  printf 'THEOREMS_OUT=%q\n' "$out"
  printf 'THEOREMS_REPORT_ARGS=('
  for a in "$@"; do printf '%q ' "$a"; done
  printf ')\n'
} > "$parts/run.env"
# shellcheck disable=SC2086
array=$(sbatch --parsable $sbatch_args --chdir="$root" --export="ALL,PARTS_DIR=$parts" \
  --array="0-$((shards - 1))" --output="$parts/shard-%a.log" "$root/scripts/slurm/report-array.sbatch")
array=${array%%;*}
# shellcheck disable=SC2086
merge=$(sbatch --parsable $sbatch_args --chdir="$root" --export="ALL,PARTS_DIR=$parts" \
  --dependency="afterok:$array" --kill-on-invalid-dep=yes --output="$parts/merge.log" \
  "$root/scripts/slurm/merge.sbatch")
merge=${merge%%;*}
echo "submitted shards as job array $array (0-$((shards - 1))) and the merge as job $merge; parts and logs in $parts" >&2
echo "$array $merge"
