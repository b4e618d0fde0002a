#!/usr/bin/env bash
# CI self-test of the sharded report on a real SLURM: sets up a single-node cluster on this
# machine (slurmctld + slurmd on localhost, a private munged), submits the report as a job
# array of 3 shards plus a dependent merge job (scripts/slurm/submit.sh) at a small scale,
# waits, and compares the merged REPORT.md and figures/ byte for byte with a direct
# `theorems report` of exactly the same arguments. Exits non-zero on any mismatch or
# failure; stops the daemons it started on exit. Needs root (apt-get, daemons as root).
#
#   scripts/slurm/ci-selftest.sh [REPORT ARGS...]     (default: --scale 0.02)
#
# Environment: THEOREMS_BIN (default .build/release/theorems, built if missing),
# SELFTEST_SHARDS (default 3), SELFTEST_TIMEOUT seconds for the jobs (default 1200),
# SELFTEST_KEEP=1 keeps the work directory.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shards=${SELFTEST_SHARDS:-3}
timeout=${SELFTEST_TIMEOUT:-1200}
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(--scale 0.02)
start=$(date +%s)
log() { echo "[slurm-selftest $(($(date +%s) - start))s] $*"; }

if [ "$(id -u)" -ne 0 ]; then echo "ci-selftest.sh: needs root (installs packages, runs the daemons as root)" >&2; exit 2; fi
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null \
  || ! command -v sbatch >/dev/null; then
  log "installing slurm-wlm and munge with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null
fi
bin=${THEOREMS_BIN:-$root/.build/release/theorems}
if [ ! -x "$bin" ]; then log "building theorems"; (cd "$root" && swift build -c release --product theorems); fi

work=$(mktemp -d /tmp/theorems-slurm.XXXXXX)
chmod 755 "$work"
host=$(hostname -s)
pids=()
cleanup() {
  status=$?
  set +e
  if [ -n "${SLURM_CONF:-}" ] && [ -f "$SLURM_CONF" ]; then scancel --quiet --user=root >/dev/null 2>&1; fi
  for f in slurmd.pid slurmctld.pid munged.pid; do
    [ -s "$work/$f" ] && kill "$(cat "$work/$f")" 2>/dev/null
  done
  sleep 1
  for f in slurmd.pid slurmctld.pid munged.pid; do
    [ -s "$work/$f" ] && kill -9 "$(cat "$work/$f")" 2>/dev/null
  done
  if [ "$status" -ne 0 ]; then
    for f in slurmctld.log slurmd.log parts/shard-0.log parts/merge.log; do
      [ -f "$work/$f" ] && { echo "---- $f (last lines)"; tail -20 "$work/$f"; }
    done
  fi
  if [ "${SELFTEST_KEEP:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
  exit "$status"
}
trap cleanup EXIT

log "starting munged (private socket and key in $work)"
mkdir -p "$work/munge" "$work/state" "$work/spool" "$work/parts" "$work/direct" "$work/merged"
chmod 700 "$work/munge"
dd if=/dev/urandom of="$work/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$work/munge/munge.key"
munged --force --key-file="$work/munge/munge.key" --socket="$work/munge/munge.socket" \
  --pid-file="$work/munged.pid" --log-file="$work/munged.log" --seed-file="$work/munge/munge.seed"

cpus=$(nproc)
memory=$(free -m | awk '/^Mem:/ { print int($2 * 0.9) }')
export SLURM_CONF="$work/slurm.conf"
cat > "$SLURM_CONF" <<CONF
ClusterName=theorems-selftest
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
SlurmctldPort=16817
SlurmdPort=16818
AuthType=auth/munge
AuthInfo=socket=$work/munge/munge.socket
CredType=cred/munge
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
ReturnToService=2
SlurmdTimeout=60
MinJobAge=600
NodeName=$host NodeHostname=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=selftest Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF

log "starting slurmctld and slurmd ($cpus CPUs, ${memory} MB)"
slurmctld -f "$SLURM_CONF"
slurmd -f "$SLURM_CONF"
for ((t = 0; ; t++)); do
  state=$(sinfo -h -N -o '%t' 2>/dev/null | head -1 || true)
  [ "$state" = idle ] && break
  if [ "$t" -ge 60 ]; then echo "the node did not become idle (state '$state')" >&2; exit 1; fi
  sleep 1
done
log "node $host idle"

log "direct run: theorems report ${args[*]}"
set +e
"$bin" report "${args[@]}" --out "$work/direct/REPORT.md" 2>"$work/direct.log"
direct_status=$?
set -e
if [ "$direct_status" -ge 2 ]; then cat "$work/direct.log" >&2; exit 1; fi

log "submitting $shards shards and the merge"
read -r array merge < <("$root/scripts/slurm/submit.sh" -n "$shards" -p "$work/parts" -o "$work/merged/REPORT.md" -b "$bin" -- "${args[@]}")
log "array job $array, merge job $merge"
deadline=$(($(date +%s) + timeout))
while squeue -h -j "$array,$merge" 2>/dev/null | grep -q .; do
  if [ "$(date +%s)" -ge "$deadline" ]; then echo "jobs still running after ${timeout}s" >&2; squeue >&2; exit 1; fi
  sleep 2
done
if [ ! -f "$work/parts/merge.status" ]; then
  echo "the merge job did not run (a shard failed?)" >&2
  scontrol show job "$array" 2>/dev/null | grep -E "JobState|ExitCode" >&2 || true
  exit 1
fi
merge_status=$(cat "$work/parts/merge.status")
log "jobs done; merge exit status $merge_status, direct run $direct_status"
[ "$merge_status" = "$direct_status" ] || { echo "exit status differs: merge $merge_status, direct $direct_status" >&2; exit 1; }

cmp "$work/direct/REPORT.md" "$work/merged/REPORT.md"
if [ -d "$work/direct/figures" ] || [ -d "$work/merged/figures" ]; then
  diff -r "$work/direct/figures" "$work/merged/figures"
  figures=$(ls "$work/direct/figures" | wc -l)
else
  figures=0
fi
log "PASS: merged REPORT.md ($(wc -c < "$work/direct/REPORT.md") bytes) and $figures figures are byte-identical to the direct run"
