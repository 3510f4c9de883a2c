"""networkx's k=5 shortest simple paths (directed), s = smallest name, t = largest, for
comparison with linkchart's `k5_shortest` (Yen's algorithm in both).

    python nx_k5.py GRAPH.csv [--undirected] [--repeat 3]

One JSON line per run, fields as peers.py's (parse_s, build_s, algo_s, peak_rss_mb, result);
each run in its own process, through peers.py's run_child.
"""
import argparse
import itertools
import json
import os
import sys
import time

sys.path.insert(0, os.environ.get("BENCH", "/work/shared/bench"))
import peers  # noqa: E402

K = 5


def worker(path, undirected):
    import networkx as nx
    t0 = time.perf_counter()
    names, src, dst = peers.read_csv(path)
    t1 = time.perf_counter()
    g = peers.build("networkx", len(names), src, dst, not undirected)
    t2 = time.perf_counter()
    s_name, t_name = peers.endpoints(names)
    index = {name: i for i, name in enumerate(names)}
    t3 = time.perf_counter()
    try:
        paths = list(itertools.islice(nx.shortest_simple_paths(g, index[s_name], index[t_name]), K))
    except nx.NetworkXNoPath:
        paths = []
    t4 = time.perf_counter()
    lengths = [len(p) - 1 for p in paths]
    return {"parse_s": t1 - t0, "build_s": t2 - t1, "load_s": t2 - t0, "algo_s": t4 - t3,
            "nodes": len(names), "directed_graph": not undirected,
            "params": {"k": K, "method": "nx.shortest_simple_paths (Yen, bidirectional BFS)"},
            "result": {"source": s_name, "target": t_name,
                       "length": lengths[0] if lengths else None, "lengths": lengths},
            "status": "ok", "version": nx.__version__}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--undirected", action="store_true")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("--worker", action="store_true")
    a = ap.parse_args()
    if a.worker:
        print(json.dumps(worker(a.csv, a.undirected)))
        return
    algo = "k5_shortest_undirected" if a.undirected else "k5_shortest"
    for rep in range(1, a.repeat + 1):
        argv = [sys.executable, os.path.abspath(__file__), a.csv, "--worker"] + (
            ["--undirected"] if a.undirected else [])
        status, out, err, wall, rss = peers.run_child(argv, a.timeout)
        rec = {"library": "networkx", "graph": os.path.splitext(os.path.basename(a.csv))[0],
               "algorithm": algo, "status": status, "wall_s": round(wall, 4),
               "peak_rss_mb": round(rss, 1)}
        if status == "ok":
            rec.update(json.loads(out.strip().splitlines()[-1]))
        else:
            rec["error"] = (err or out).strip()[-500:]
        rec["rep"] = rep
        print(json.dumps(rec), flush=True)


if __name__ == "__main__":
    main()
