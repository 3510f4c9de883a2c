#!/bin/sh
# Runs the peer comparison of BENCHMARKS.md: every peer library and linkchart's contestant,
# shortest chains on sf_10k, sf_100k, sf_1m (3 runs each), linkchart's k=5 shortest chains,
# then the centrality measures of the rank issue (1 run each: they are long). JSON lines go to
# $OUT/GRAPH.ALGO.jsonl; `summarize.py $OUT` prints the tables.
#
#   sh benches/peers/run_all.sh            # from the worktree, after the build and gen_graphs
#
# Env: PY (venv python), BENCH (the shared harness folder), GRAPHS, OUT, BIN (the contestant),
# NETWORKX_1M=1 to include networkx on sf_1m (about 30 s a run).
set -u
PY=${PY:-$HOME/.venvs/bench/bin/python}
BENCH=${BENCH:-/work/shared/bench}
GRAPHS=${GRAPHS:-$HOME/bench-graphs}
OUT=${OUT:-/tmp/bench-results}
BIN=${BIN:-/tmp/target-bench/release/examples/peer_contestant}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT"

# measure GRAPH ALGO REPEAT LIB...: one peers.py line per library, linkchart through --lib cmd.
measure() {
  g=$1 algo=$2 repeat=$3
  shift 3
  for lib in "$@"; do
    [ "$g" = sf_1m ] && [ "$lib" = networkx ] && [ "${NETWORKX_1M:-0}" != 1 ] && continue
    echo "== $g $algo $lib" >&2
    if [ "$lib" = linkchart ]; then
      "$PY" "$BENCH/peers.py" "$GRAPHS/$g.csv" "$algo" --lib cmd --name linkchart --repeat "$repeat" \
        --timeout 600 --cmd "$BIN {csv} {algo} {source} {target}"
    else
      "$PY" "$BENCH/peers.py" "$GRAPHS/$g.csv" "$algo" --lib "$lib" --repeat "$repeat" --timeout 600
    fi >> "$OUT/$g.$algo.jsonl"
  done
}

for g in sf_10k sf_100k sf_1m; do
  for algo in bfs_shortest_path bfs_shortest_path_directed; do
    measure "$g" "$algo" 3 linkchart networkx igraph networkit rustworkx
  done
done
for g in sf_10k sf_100k sf_1m; do
  for algo in k5_shortest k5_shortest_undirected; do
    echo "== $g $algo linkchart" >&2
    "$PY" "$HERE/k5_cmd.py" "$GRAPHS/$g.csv" "$algo" --repeat 3 --cmd "$BIN {csv} {algo} {source} {target}" \
      >> "$OUT/$g.$algo.jsonl"
  done
done
echo "== sf_10k networkx shortest_simple_paths k=5" >&2
"$PY" "$HERE/nx_k5.py" "$GRAPHS/sf_10k.csv" --repeat 3 >> "$OUT/sf_10k.k5_shortest.jsonl"
"$PY" "$HERE/nx_k5.py" "$GRAPHS/sf_10k.csv" --undirected --repeat 3 >> "$OUT/sf_10k.k5_shortest_undirected.jsonl"

measure sf_10k betweenness 1 linkchart igraph networkit rustworkx
measure sf_10k closeness 1 linkchart igraph networkit rustworkx
measure sf_100k betweenness_approx 1 linkchart igraph networkit
measure sf_1m pagerank 1 linkchart igraph networkit rustworkx
measure sf_1m degree 1 linkchart igraph networkit
