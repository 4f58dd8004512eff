#!/usr/bin/env python3
"""Differential test of aslkit against the peers that run here (issue #15).

    swift build -c release --product aslkit && python3 Tests/Tools/differential.py

Runs aslkit, statelint, cfn-lint's state machine schema and moto's ASL parser on every valid and
invalid definition of ../shared/corpus, on the definitions inside its templates, and on seeded,
grammar-aware mutations of the valid definitions that all four tools accept, then prints (Markdown, same seed = same bytes) how often each tool
rejects, per kind, and every disagreement grouped by kind and by which tools reject. Mutants are
written to a temporary directory (or `--keep DIR`), never into the repository.
Needs `pip install statelint` plus cfn-lint, jsonschema and moto.
"""

import argparse
import csv
import hashlib
import json
import os
import random
import sys
import tempfile
from collections import defaultdict

sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import differential_mutations as mutations  # noqa: E402
import differential_templates as templates  # noqa: E402
import differential_tools as tools  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES_PER_GROUP = 3
PEERS = [tool for tool in tools.TOOLS if tool != "aslkit"]


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    parser.add_argument("--aslkit", default=os.path.join(ROOT, ".build", "release", "aslkit"))
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--per-kind", type=int, default=40, help="mutants per mutation kind")
    parser.add_argument("--kinds", help="comma-separated mutation kinds (default: all)")
    parser.add_argument("--keep", help="write the mutants here instead of a temporary directory")
    parser.add_argument("--output", help="write the report here instead of standard output")
    return parser.parse_args()


def manifest(corpus):
    with open(os.path.join(corpus, "MANIFEST.tsv"), encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def corpus_files(corpus):
    """(kind, relative path) of the labelled definitions, from MANIFEST.tsv."""
    return sorted((f"corpus-{row['label']}", row["path"]) for row in manifest(corpus)
                  if row["label"] in ("valid", "invalid") and row["path"].endswith(".json"))


def template_files(corpus):
    return sorted(row["path"] for row in manifest(corpus) if row["label"] == "template")


def stable_int(*parts):
    return int.from_bytes(hashlib.sha256(":".join(map(str, parts)).encode()).digest()[:8], "big")


def make_mutants(corpus, seeds, kinds, per_kind, seed, directory):
    """[(kind, name, description, path)]: up to `per_kind` mutants per kind, each of a different seed file."""
    made = []
    for kind in kinds:
        mutate = mutations.KINDS[kind]
        order = sorted(seeds, key=lambda relative: stable_int(seed, kind, relative))
        os.makedirs(os.path.join(directory, kind), exist_ok=True)
        count = 0
        for relative in order:
            if count == per_kind:
                break
            with open(os.path.join(corpus, relative), encoding="utf-8") as handle:
                definition = json.load(handle)
            outcome = mutate(definition, random.Random(stable_int(seed, kind, relative, "rng")))
            if outcome is None or outcome[1] == definition:
                continue
            description, mutant = outcome
            count += 1
            name = f"{kind}/{count:03d}-{os.path.basename(relative)}"
            path = os.path.join(directory, name)
            with open(path, "w", encoding="utf-8") as handle:
                json.dump(mutant, handle, indent=2, ensure_ascii=False)
                handle.write("\n")
            made.append((kind, name, f"{relative}: {description}", path))
    return made


def pattern(verdicts):
    rejecting = [tool for tool in tools.TOOLS if verdicts[tool][0]]
    accepting = [tool for tool in tools.TOOLS if not verdicts[tool][0]]
    if not rejecting or not accepting:
        return None
    return f"rejected by {', '.join(rejecting)}; accepted by {', '.join(accepting)}"


def report(entries, seed, per_kind):
    """entries: [(kind, name, description, verdicts)] → Markdown."""
    lines = [f"# Differential test (seed {seed}, {per_kind} mutants per kind)", ""]
    by_kind = defaultdict(list)
    for entry in entries:
        by_kind[entry[0]].append(entry)
    counters = {
        "aslkit accepts, a peer rejects": lambda v: not v["aslkit"][0] and any(v[t][0] for t in PEERS),
        "aslkit rejects, every peer accepts": lambda v: v["aslkit"][0] and not any(v[t][0] for t in PEERS),
        "every tool accepts": lambda v: not any(v[t][0] for t in tools.TOOLS),
        "disagreements": lambda v: pattern(v) is not None,
    }
    columns = [f"{t} rejects" for t in tools.TOOLS] + list(counters)
    lines += ["| Kind | Files | " + " | ".join(columns) + " |", "|---|---:|" + "---:|" * len(columns)]
    totals = defaultdict(int)
    for kind in sorted(by_kind):
        group = by_kind[kind]
        values = [len(group)] + [sum(1 for e in group if e[3][t][0]) for t in tools.TOOLS]
        values += [sum(1 for e in group if count(e[3])) for count in counters.values()]
        lines.append(f"| {kind} | " + " | ".join(map(str, values)) + " |")
        for index, value in enumerate(values):
            totals[index] += value
    lines.append("| **all** | " + " | ".join(str(totals[i]) for i in range(len(columns) + 1)) + " |")
    lines += ["", "## Disagreements by kind and by which tools reject", ""]
    groups = defaultdict(list)
    for entry in entries:
        key = pattern(entry[3])
        if key:
            groups[(entry[0], key)].append(entry)
    for (kind, key) in sorted(groups, key=lambda k: (k[0], -len(groups[k]), k[1])):
        members = groups[(kind, key)]
        lines += [f"### {kind}: {key} ({len(members)})", ""]
        for _kind, name, description, verdicts in members[:EXAMPLES_PER_GROUP]:
            lines.append(f"- `{name}` ({description})")
            for tool in tools.TOOLS:
                if verdicts[tool][0]:
                    lines.append(f"  - {tool}: {verdicts[tool][1]}")
        lines.append("")
    return "\n".join(lines)


def main():
    args = arguments()
    corpus = os.path.abspath(args.corpus)
    if not os.path.isfile(args.aslkit):
        sys.exit(f"{args.aslkit} not found: run `swift build -c release --product aslkit` first")
    kinds = args.kinds.split(",") if args.kinds else list(mutations.KINDS)
    unknown = [k for k in kinds if k not in mutations.KINDS]
    if unknown:
        sys.exit(f"unknown mutation kinds: {', '.join(unknown)}; known: {', '.join(mutations.KINDS)}")

    originals = [(kind, relative, relative, os.path.join(corpus, relative)) for kind, relative in corpus_files(corpus)]
    original_verdicts = tools.run_all(args.aslkit, [entry[3] for entry in originals])
    entries = [(kind, name, "corpus file", {t: original_verdicts[t][path] for t in tools.TOOLS})
               for kind, name, _description, path in originals]
    seeds = [name for kind, name, _d, path in originals
             if kind == "corpus-valid" and not any(original_verdicts[t][path][0] for t in tools.TOOLS)]
    print(f"{len(seeds)} valid files that every tool accepts seed the mutations", file=sys.stderr)

    with tempfile.TemporaryDirectory(prefix="aslkit-differential-") as scratch:
        directory = os.path.abspath(args.keep) if args.keep else scratch
        mutants = templates.extract(corpus, template_files(corpus), directory)
        mutants += make_mutants(corpus, seeds, kinds, args.per_kind, args.seed, directory)
        mutant_verdicts = tools.run_all(args.aslkit, [entry[3] for entry in mutants])
        entries += [(kind, name, description, {t: mutant_verdicts[t][path] for t in tools.TOOLS})
                    for kind, name, description, path in mutants]

    text = report(entries, args.seed, args.per_kind) + "\n"
    if args.output:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
