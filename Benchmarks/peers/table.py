#!/usr/bin/env python3
"""Reads the JSON lines of both sides (swift.jsonl, numpy.jsonl) and prints the ratio table of
issue 14 (Swift time / NumPy time per workload, wall and CPU) with the bars and whether the
result metrics agree within the stated tolerances (different random streams on the two sides,
so the tolerances are statistical, not floating-point)."""
import json, sys

BARS = {"W1": 0.5, "W2": 0.1, "W3": 1.0}
# metric -> (relative tolerance, absolute tolerance): agree if |a - b| <= max(rel * |b|, abs).
TOL = {
    "W1": {"test_accuracy": (0, 0.05), "changed_final": (0.25, 0.01), "relative_change_final": (0.15, 0.005)},
    "W2": {"mean_final_loss": (0.10, 0.05), "fraction_recovering": (0, 0.10)},
    "W3": {"final_loss": (0.5, 0.05), "max_gap": (0.3, 0.1)},
}


def load(path):
    out = {}
    for line in open(path):
        line = line.strip()
        if line.startswith("{") and '"workload"' in line:
            r = json.loads(line)
            out.setdefault(r["workload"], []).append(r)
        elif line.startswith("{") and '"op"' in line:
            r = json.loads(line)
            out.setdefault("linalg", {})[r["op"]] = r
    return out


def linalg_table(swift, numpy):
    """Dense kernels: time ratio (Swift / NumPy) per operation of linalg_numpy.py."""
    print("| kernel | size | Swift s | NumPy s | ratio (time) |")
    print("|---|---|---|---|---|")
    for op, n in numpy.items():
        s = swift.get(op)
        if s is None:
            continue
        print(f"| {op} | {n['size']} | {s['seconds']:.3f} | {n['seconds']:.3f} | {s['seconds'] / n['seconds']:.2f} |")
    print()


def key(p):
    return ",".join(f"{k}={v}" for k, v in sorted(p.items()) if k in ("m",))


def main():
    swift, numpy = load(sys.argv[1]), load(sys.argv[2])
    if "linalg" in swift and "linalg" in numpy:
        linalg_table(swift["linalg"], numpy["linalg"])
    print("| workload | setting | Swift s (cpu s) | NumPy s (cpu s) | ratio wall | ratio cpu | bar | metrics agree |")
    print("|---|---|---|---|---|---|---|---|")
    ok = True
    for w in ("W1", "W2", "W3"):
        if w not in swift or w not in numpy:
            continue
        tot = [0.0, 0.0, 0.0, 0.0]
        for s, n in zip(swift[w], numpy[w]):
            agree = []
            for name, (rel, ab) in TOL[w].items():
                a, b = s["metrics"].get(name), n["metrics"].get(name)
                if a is None or b is None:
                    continue
                good = abs(a - b) <= max(rel * abs(b), ab)
                agree.append(f"{name} {a:.4g}/{b:.4g}{'' if good else ' DIFFER'}")
            tot = [tot[0] + s["seconds"], tot[1] + s["cpu_seconds"], tot[2] + n["seconds"], tot[3] + n["cpu_seconds"]]
            print(f"| {w} | {key(s['parameters']) or '-'} | {s['seconds']:.2f} ({s['cpu_seconds']:.2f}) | "
                  f"{n['seconds']:.2f} ({n['cpu_seconds']:.2f}) | {s['seconds'] / n['seconds']:.3f} | "
                  f"{s['cpu_seconds'] / n['cpu_seconds']:.3f} | | {'; '.join(agree)} |")
        rw, rc = tot[0] / tot[2], tot[1] / tot[3]
        meets = rw <= BARS[w]
        ok &= meets
        print(f"| **{w} total** | | {tot[0]:.2f} ({tot[1]:.2f}) | {tot[2]:.2f} ({tot[3]:.2f}) | **{rw:.3f}** | {rc:.3f} | "
              f"≤ {BARS[w]} {'met' if meets else 'NOT met'} | |")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
