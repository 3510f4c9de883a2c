#!/usr/bin/env python3
"""Checks linkchart's exports with the real readers analysts use.

- networkx reads our GraphML and GEXF with the same actor and link counts and attributes;
- followthemoney builds a proxy of every entity we write with no property or value dropped;
- kuzu (an embedded Cypher database) loads our `--cypher-dialect kuzu` script and finds the
  same shortest chain lengths as `linkchart paths` for a few pairs.

Run from anywhere: `python3 tests/interop/check_readers.py`. The script makes its own virtual
environment (under $CARGO_TARGET_DIR or target/, or $LINKCHART_VENV), installs networkx,
followthemoney and kuzu from PyPI into it, builds linkchart with cargo (or uses $LINKCHART, a
built binary), and exits non-zero on the first mismatch.
"""

import json
import os
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ["networkx>=3.2", "followthemoney>=3.5", "kuzu>=0.6"]
GRAPHS = ["tests/fixtures/graphs/small.json", "graphs/dprk-sanctions.json"]


def target_dir() -> Path:
    return Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))


def ensure_venv() -> None:
    """Re-runs this script inside the virtual environment, creating it first if needed."""
    if os.environ.get("LINKCHART_CHECK_IN_VENV") == "1":
        return
    home = Path(os.environ.get("LINKCHART_VENV", target_dir() / "interop-venv"))
    python = home / "bin" / "python"
    if not python.exists():
        venv.EnvBuilder(with_pip=True).create(home)
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", *PACKAGES], check=True
    )
    env = dict(os.environ, LINKCHART_CHECK_IN_VENV="1")
    sys.exit(subprocess.run([str(python), __file__, *sys.argv[1:]], env=env).returncode)


def binary() -> str:
    if "LINKCHART" in os.environ:
        return os.environ["LINKCHART"]
    subprocess.run(["cargo", "build", "--quiet", "--bin", "linkchart"], cwd=ROOT, check=True)
    return str(target_dir() / "debug" / "linkchart")


def linkchart(*args: str) -> str:
    return subprocess.run(
        [BINARY, *args], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout


def fail(message: str) -> None:
    print(f"FAIL: {message}")
    sys.exit(1)


def expect(condition: bool, message: str) -> None:
    if not condition:
        fail(message)


def native(graph: str, out: Path) -> dict:
    path = out / "native.json"
    linkchart("convert", graph, str(path))
    return json.loads(path.read_text())


def check_networkx(graph: str, document: dict, out: Path) -> None:
    import networkx as nx

    actors = {a["id"]: a for a in document["actors"]}
    links = document["links"]
    path = out / "g.graphml"
    linkchart("convert", graph, str(path))
    g = nx.read_graphml(path, force_multigraph=True)
    expect(g.number_of_nodes() == len(actors), f"{graph}: graphml nodes {g.number_of_nodes()}")
    expect(g.number_of_edges() == len(links), f"{graph}: graphml edges {g.number_of_edges()}")
    for node, data in g.nodes(data=True):
        actor = actors[node]
        expect(data["name"] == actor["name"], f"graphml name of {node}")
        expect(data["kind"] == actor["kind"], f"graphml kind of {node}")
        expect(data.get("country") == actor.get("country"), f"graphml country of {node}")
        expect(data.get("collective", False) == actor.get("collective", False), f"collective {node}")
        expect(data.get("aliases", "") == "|".join(actor.get("aliases", [])), f"aliases {node}")
    edges = {key: data for _, _, key, data in g.edges(keys=True, data=True)}
    for number, link in enumerate(links):
        data = edges[f"l{number}"]
        expect(data["relation"] == link["relation"], f"graphml relation of link {number}")
        expect(data.get("date") == link.get("date"), f"graphml date of link {number}")
        expect(data["grade"] == link.get("grade", "confirmed"), f"graphml grade of link {number}")
        expect(isinstance(data["weight"], float), "graphml weight is typed double")
        evidence = json.loads(data["evidence"]) if "evidence" in data else []
        expect(evidence == link.get("evidence", []), f"graphml evidence of link {number}")

    path = out / "g.gexf"
    linkchart("convert", graph, str(path))
    g = nx.read_gexf(path, version="1.3")
    expect(g.number_of_nodes() == len(actors), f"{graph}: gexf nodes {g.number_of_nodes()}")
    expect(g.number_of_edges() == len(links), f"{graph}: gexf edges {g.number_of_edges()}")
    for node, data in g.nodes(data=True):
        expect(data["label"] == actors[node]["name"], f"gexf label of {node}")
        expect(data["kind"] == actors[node]["kind"], f"gexf kind of {node}")
    relations = sorted(d["relation"] for _, _, d in g.edges(data=True))
    expect(relations == sorted(l["relation"] for l in links), f"{graph}: gexf relations")
    print(f"networkx: {graph}: graphml and gexf read, {len(actors)} actors, {len(links)} links")


def check_ftm(graph: str, out: Path) -> None:
    from followthemoney import model

    path = out / "g.ftm.jsonl"
    linkchart("convert", graph, str(path))
    count = 0
    for number, line in enumerate(path.read_text().splitlines(), 1):
        data = json.loads(line)
        schema = model.get(data["schema"])
        expect(schema is not None, f"line {number}: unknown schema {data['schema']}")
        proxy = model.get_proxy(data, cleaned=False)
        kept = proxy.to_dict()["properties"]
        for prop, values in data["properties"].items():
            expect(prop in schema.properties, f"line {number}: {data['schema']} has no {prop}")
            got = kept.get(prop, [])
            dropped = [v for v in values if v not in got]
            expect(not dropped, f"line {number}: {prop} dropped {dropped} (kept {got})")
        count += 1
    print(f"followthemoney: {graph}: {count} entities valid, nothing dropped")


def check_kuzu(graph: str, pairs: list, out: Path) -> None:
    import kuzu

    path = out / "g.cypher"
    linkchart("convert", graph, str(path), "--cypher-dialect", "kuzu")
    database = kuzu.Database(str(out / "kuzu-db"))
    connection = kuzu.Connection(database)
    script = path.read_text()
    connection.execute(script)
    actors = connection.execute("MATCH (a:Actor) RETURN count(a)").get_next()[0]
    links = connection.execute("MATCH ()-[r:LINK]->() RETURN count(r)").get_next()[0]
    document = json.loads(linkchart("-g", graph, "info", "--format", "json"))
    expect(actors == document["actors"], f"kuzu actors {actors}")
    expect(links == document["links"], f"kuzu links {links}")
    for source, target in pairs:
        chains = json.loads(
            linkchart("-g", graph, "paths", source, target, "-k", "1", "--format", "json")
        )["chains"]
        ours = len(chains[0]["actors"]) - 1
        result = connection.execute(
            "MATCH p = (a:Actor)-[e:LINK* SHORTEST 1..30 (r, n | WHERE r.operational)]->(b:Actor) "
            "WHERE a.id = $from AND b.id = $to "
            "RETURN length(e), properties(nodes(e), 'id')",
            {"from": source, "to": target},
        )
        expect(result.has_next(), f"kuzu finds no chain {source} -> {target}")
        hops, middle = result.get_next()
        expect(hops == ours, f"kuzu {source} -> {target}: {hops} hops, linkchart {ours}")
        print(f"kuzu: {source} -> {target}: {hops} hops via {middle}, as linkchart paths")


def main() -> None:
    for graph in GRAPHS:
        with tempfile.TemporaryDirectory() as scratch:
            out = Path(scratch)
            document = native(graph, out)
            check_networkx(graph, document, out)
            check_ftm(graph, out)
    with tempfile.TemporaryDirectory() as scratch:
        check_kuzu(GRAPHS[0], [("northland", "southland"), ("northland", "grey_tankers")], Path(scratch))
    with tempfile.TemporaryDirectory() as scratch:
        check_kuzu(
            GRAPHS[1],
            [("north_korea", "nakhodka"), ("north_korea", "vostochny"), ("china", "vostochny"), ("russia", "north_pyongan")],
            Path(scratch),
        )
    print("all reader checks passed")


if __name__ == "__main__":
    ensure_venv()
    BINARY = binary()
    main()
