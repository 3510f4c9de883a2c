"""Markdown tables of medians from the JSON lines run_all.sh writes.

    python summarize.py /tmp/bench-results

Per graph and algorithm: one row per library with the medians of wall_s, load_s (peers:
parse_s + build_s), build_s, algo_s and peak_rss_mb, the path length found, and the ratios
linkchart wall_s against the peer's build_s + algo_s, its load_s + algo_s (parse
included) and its whole wall_s (interpreter start included), and algo_s against algo_s.
"""
import json
import statistics
import sys
from pathlib import Path

GRAPHS = ["sf_10k", "sf_100k", "sf_1m"]
ALGOS = ["bfs_shortest_path", "bfs_shortest_path_directed", "k5_shortest", "k5_shortest_undirected",
         "betweenness", "closeness", "betweenness_approx", "pagerank", "degree"]
ORDER = ["linkchart", "networkx", "igraph", "networkit", "rustworkx"]


def med(rows, key):
    vals = [r[key] for r in rows if isinstance(r.get(key), (int, float))]
    return statistics.median(vals) if vals else None


def fmt(x, digits=3):
    if x is None:
        return "—"
    if x >= 100:
        return f"{x:.0f}"
    if x >= 1:
        return f"{x:.2f}"
    return f"{x:.{digits}f}" if x >= 0.001 else f"{x * 1e6:.0f} µs"


def ratio(a, b):
    if a is None or not b:
        return "—"
    r = a / b
    return f"{r:.2f}×" if r < 10 else f"{r:.0f}×"


def main(folder):
    folder = Path(folder)
    for g in GRAPHS:
        for algo in ALGOS:
            path = folder / f"{g}.{algo}.jsonl"
            if not path.exists():
                continue
            recs = [json.loads(ln) for ln in path.read_text().splitlines() if ln.strip()]
            libs = {}
            for r in recs:
                libs.setdefault(r["library"], []).append(r)
            print(f"\n#### {g} — {algo}\n")
            print("| library | runs ok | wall_s | load_s | build_s | algo_s | peak RSS MB | length / top "
                  "| linkchart wall_s ÷ (build_s + algo_s) | linkchart wall_s ÷ (load_s + algo_s) "
                  "| linkchart wall_s ÷ wall_s | linkchart algo_s ÷ algo_s |")
            print("|---|---|---|---|---|---|---|---|---|---|---|---|")
            ours = libs.get("linkchart", [])
            our_ok = [r for r in ours if r["status"] == "ok"]
            our_wall, our_algo = med(our_ok, "wall_s"), med(our_ok, "algo_s")
            for lib in sorted(libs, key=lambda x: ORDER.index(x) if x in ORDER else 99):
                rows = libs[lib]
                ok = [r for r in rows if r["status"] == "ok"]
                statuses = sorted({r["status"] for r in rows if r["status"] != "ok"})
                runs = f"{len(ok)}/{len(rows)}" + (f" ({', '.join(statuses)})" if statuses else "")
                if not ok:
                    print(f"| {lib} | {runs} |" + " — |" * 10)
                    continue
                lengths = sorted({json.dumps((r.get("result") or {}).get("lengths",
                                  (r.get("result") or {}).get("length"))) for r in ok})
                if lengths == ["null"]:  # a centrality measure: the top actor instead
                    lengths = sorted({str((r.get("top10") or [["—"]])[0][0]) for r in ok})
                build = med(ok, "build_s")
                peer_total = peer_whole = None
                if lib != "linkchart":
                    peer_total = statistics.median(
                        r["build_s"] + r["algo_s"] for r in ok if "build_s" in r)
                    peer_whole = statistics.median(
                        r["load_s"] + r["algo_s"] for r in ok if "load_s" in r)
                print(f"| {lib} | {runs} | {fmt(med(ok, 'wall_s'))} | {fmt(med(ok, 'load_s'))} "
                      f"| {fmt(build)} | {fmt(med(ok, 'algo_s'))} | {med(ok, 'peak_rss_mb'):.0f} "
                      f"| {' / '.join(lengths)} "
                      f"| {ratio(our_wall, peer_total) if lib != 'linkchart' else ''} "
                      f"| {ratio(our_wall, peer_whole) if lib != 'linkchart' else ''} "
                      f"| {ratio(our_wall, med(ok, 'wall_s')) if lib != 'linkchart' else ''} "
                      f"| {ratio(our_algo, med(ok, 'algo_s')) if lib != 'linkchart' else ''} |")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/bench-results")
