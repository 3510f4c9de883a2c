"""Time a `--lib cmd` contestant on an algorithm peers.py does not list (k5_shortest ...).

peers.py's argument parser only accepts its own algorithms, but its `run()` measures any
command the same way (own process, wall time, peak RSS, last JSON line); this calls it.

    python k5_cmd.py GRAPH.csv k5_shortest --repeat 3 --cmd 'BIN {csv} {algo} {source} {target}'
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.environ.get("BENCH", "/work/shared/bench"))
import peers  # noqa: E402

ap = argparse.ArgumentParser()
ap.add_argument("csv")
ap.add_argument("algo")
ap.add_argument("--cmd", required=True)
ap.add_argument("--name", default="linkchart")
ap.add_argument("--repeat", type=int, default=3)
ap.add_argument("--timeout", type=float, default=600)
a = ap.parse_args()
for rep in range(1, a.repeat + 1):
    rec = peers.run(a.csv, a.algo, "cmd", a.timeout, cmd=a.cmd, name=a.name)
    rec["rep"] = rep
    print(json.dumps(rec), flush=True)
