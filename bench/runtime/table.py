#!/usr/bin/env python3
"""Prints issue 18's table (markdown) from one run of bench/runtime/run.sh: jmh.json, footprint.txt,
go.txt and load.txt in the folder given. Every ratio is taken within that one run."""
import json
import re
import sys
from pathlib import Path

out = Path(sys.argv[1])
jmh = {}
forks = {}
for r in json.loads((out / "jmh.json").read_text()):
    name = r["benchmark"].rsplit(".", 2)
    name = name[-2] + "." + name[-1]
    jmh[name] = (r["primaryMetric"]["score"], r["primaryMetric"]["scoreError"])
    # the mean of each fork: on this VM some benchmarks settle per JVM into one of two or three speeds
    forks[name] = [sum(f) / len(f) for f in r["primaryMetric"]["rawData"] if f]


def fields(line):
    return dict(kv.split("=", 1) for kv in line.split()[1:] if "=" in kv)


go = {}
for line in (out / "go.txt").read_text().splitlines():
    if line.startswith("RESULT"):
        f = fields(line)
        go[f["bench"]] = float(f.get("median", f.get("bytes_per_task", "nan")))
foot = {}
for line in (out / "footprint.txt").read_text().splitlines():
    if line.startswith("RESULT"):
        f = fields(line)
        foot[f["impl"]] = float(f["bytes_per_task"])


def ns(key):
    return jmh.get(key, (float("nan"), float("nan")))


def fmt(v, err=None, digits=0):
    s = f"{v:,.{digits}f}"
    return s + (f" ± {err:,.{digits}f}" if err is not None and err == err else "")


def rate(key):
    """M operations per second from a JMH time per operation in ns, and the relative error."""
    t, e = ns(key)
    return 1000 / t, e / t


def fmt_rate(v, rel):
    return f"{v:,.2f} (± {rel:.0%})"


def met(ok):
    return "yes" if ok else "**no**"


rows = []
pp, pp_e = ns("ChannelBench.pingPongGocon")
jx, jx_e = ns("ChannelBench.pingPongJox")
sq, sq_e = ns("ChannelBench.pingPongSynchronousQueue")
g = go.get("pingpong_unbuffered", float("nan"))
rows.append(["Unbuffered ping-pong, ns per round trip", fmt(pp, pp_e), fmt(jx, jx_e),
             "SynchronousQueue " + fmt(sq, sq_e), fmt(g), "<= jox and <= SynchronousQueue",
             f"{pp / jx:.2f}x jox, {pp / sq:.2f}x SQ, {pp / g:.1f}x Go", met(pp <= jx and pp <= sq)])

bg, bg_e = rate("ChannelBench.bufferedGocon")
bj, bj_e = rate("ChannelBench.bufferedJox")
ba, ba_e = rate("ChannelBench.bufferedArrayBlockingQueue")
g = go.get("buffered1024_1p1c", float("nan"))
rows.append(["Buffered cap 1024, 1P1C, M msgs/s", fmt_rate(bg, bg_e), fmt_rate(bj, bj_e),
             "ArrayBlockingQueue " + fmt_rate(ba, ba_e), fmt(g, None, 1), ">= 2x ABQ and >= 0.5x Go",
             f"{bg / ba:.2f}x ABQ, {bg / bj:.2f}x jox, {bg / g:.2f}x Go", met(bg >= 2 * ba and bg >= 0.5 * g)])

sg, sg_e = rate("ChannelBench.selectGocon")
sj, sj_e = rate("ChannelBench.selectJox")
g = go.get("select2_cap0", float("nan"))
rows.append(["Select over 2 unbuffered channels, M ops/s", fmt_rate(sg, sg_e), fmt_rate(sj, sj_e), "-",
             fmt(g, None, 2), ">= jox and >= 0.5x Go", f"{sg / sj:.2f}x jox, {sg / g:.2f}x Go",
             met(sg >= sj and sg >= 0.5 * g)])

sp, sp_e = ns("SpawnBench.goWaitGroup")
vt, vt_e = ns("SpawnBench.virtualThreadsLatch")
g = go.get("spawn_join_n100000", float("nan"))
rows.append(["Spawn + join 100k, ms", fmt(sp, sp_e, 1), "-", "startVirtualThread + latch " + fmt(vt, vt_e, 1),
             fmt(g, None, 1), "<= 1.2x the JDK", f"{sp / vt:.2f}x JDK, {sp / g:.2f}x Go", met(sp <= 1.2 * vt)])

on, on_e = ns("TraceBench.pingPongRecorderOn")
off, off_e = ns("TraceBench.pingPongRecorderOff")
rows.append(["Ping-pong, recorder on (off), ns per round trip", f"{fmt(on, on_e)} ({fmt(off, off_e)})", "-", "-",
             "-", "on <= 1.5x off", f"{on / off:.2f}x", met(on <= 1.5 * off)])

# the same ping-pong, off and on alternating within each JVM: one ratio per JVM, the median of its rounds
pairs = []
pairs_file = out / "recorder-pairs.txt"
if pairs_file.exists():
    pairs = [fields(l) for l in pairs_file.read_text().splitlines() if l.startswith("RESULT")]
if pairs:
    ratios = [float(p["ratio_median"]) for p in pairs]
    rows.append(["Ping-pong, recorder on / off in pairs (RecorderPairs), one ratio per JVM",
                 ", ".join(f"{p['on_median']} / {p['off_median']}" for p in pairs), "-", "-", "-", "on <= 1.5x off",
                 ", ".join(f"{r:.2f}x" for r in ratios), met(max(ratios) <= 1.5)])

fg, fj = foot.get("gocon", float("nan")), foot.get("jdk", float("nan"))
g = go.get("footprint", float("nan"))
rows.append(["Bytes per parked goroutine (RSS / N)", fmt(fg), "-", fmt(fj), fmt(g), "<= 1,536 B",
             f"{fg / fj:.2f}x JDK, {fg / g:.2f}x Go", met(fg <= 1536)])

load = (out / "load.txt").read_text().strip().splitlines()
print("Conditions: " + "; ".join(re.sub(r"\s+", " ", l.strip()) for l in load))
print()
print("| Measurement | gocon | jox 1.0.1 | JDK on virtual threads | Go 1.19 | Goal | Ratio | Met? |")
print("|---|---|---|---|---|---|---|---|")
for r in rows:
    print("| " + " | ".join(r) + " |")
print()
print("Per fork (mean of its measured iterations, in the benchmark's unit):")
print()
for name in sorted(forks):
    print(f"- {name}: " + ", ".join(fmt(v, None, 1) for v in forks[name]))
