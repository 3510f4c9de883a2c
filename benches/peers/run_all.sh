#!/bin/sh
# Runs the peer comparison of BENCHMARKS.md: every peer library and linkchart's contestant on
# sf_10k, sf_100k, sf_1m, for bfs_shortest_path and bfs_shortest_path_directed (3 runs each),
# then linkchart's k=5 shortest chains on sf_10k and sf_100k. JSON lines go to $OUT/*.jsonl.
#
#   sh benches/peers/run_all.sh            # from the worktree, after the build and gen_graphs
#
# Env: PY (venv python), BENCH (the shared harness folder), GRAPHS, OUT, BIN (the contestant).
set -u
PY=${PY:-$HOME/.venvs/bench/bin/python}
BENCH=${BENCH:-/work/shared/bench}
GRAPHS=${GRAPHS:-$HOME/bench-graphs}
OUT=${OUT:-/tmp/bench-results}
BIN=${BIN:-/tmp/target-bench/release/examples/peer_contestant}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT"
for g in sf_10k sf_100k sf_1m; do
  for algo in bfs_shortest_path bfs_shortest_path_directed; do
    for lib in linkchart networkx igraph networkit rustworkx; do
      timeout=600
      [ "$g" = sf_1m ] && [ "$lib" = networkx ] && timeout=240
      echo "== $g $algo $lib" >&2
      if [ "$lib" = linkchart ]; then
        "$PY" "$BENCH/peers.py" "$GRAPHS/$g.csv" "$algo" --lib cmd --name linkchart --repeat 3 \
          --timeout "$timeout" --cmd "$BIN {csv} {algo} {source} {target}"
      else
        "$PY" "$BENCH/peers.py" "$GRAPHS/$g.csv" "$algo" --lib "$lib" --repeat 3 --timeout "$timeout"
      fi >> "$OUT/$g.$algo.jsonl"
    done
  done
done
for g in sf_10k sf_100k; do
  for algo in k5_shortest k5_shortest_undirected; do
    echo "== $g $algo linkchart" >&2
    "$PY" "$HERE/k5_cmd.py" "$GRAPHS/$g.csv" "$algo" --repeat 3 --cmd "$BIN {csv} {algo} {source} {target}" \
      >> "$OUT/$g.$algo.jsonl"
  done
done
echo "== sf_10k networkx shortest_simple_paths k=5" >&2
"$PY" "$HERE/nx_k5.py" "$GRAPHS/sf_10k.csv" --repeat 3 >> "$OUT/sf_10k.k5_shortest.jsonl"
"$PY" "$HERE/nx_k5.py" "$GRAPHS/sf_10k.csv" --undirected --repeat 3 >> "$OUT/sf_10k.k5_shortest_undirected.jsonl"
