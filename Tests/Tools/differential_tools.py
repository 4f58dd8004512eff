"""The four validators the differential test compares, each as: files in, verdicts out.

A verdict is (rejected, message): `rejected` is True when the tool reports at least one error
for the file, and `message` is its first error (shortened), or "" when it accepts.

- aslkit: the release binary, `validate --format json`, on batches of files.
- statelint: the Python port (PyPI `statelint` 3.1, JSONata-aware), in process.
- cfnschema: cfn-lint's JSON schema for a state machine `Definition`, applied with the
  `jsonschema` package; for a machine with top-level `QueryLanguage: JSONata`, the JSONata
  variant that cfn-lint's rule E3601 derives from it.
- moto: moto's copy of LocalStack's ASL parser (ANTLR grammar and preprocessor) with the static
  analyser moto runs on CreateStateMachine for a standard machine.
"""

import contextlib
import io
import json
import os
import subprocess
import sys

TOOLS = ["aslkit", "statelint", "cfnschema", "moto"]
MESSAGE_LIMIT = 160


def shorten(text):
    text = " ".join(str(text).split())
    return text if len(text) <= MESSAGE_LIMIT else text[: MESSAGE_LIMIT - 1] + "…"


def run_aslkit(binary, paths, batch=200):
    """Error verdicts per path, from `aslkit validate --format json` on batches of files."""
    verdicts = {}
    for start in range(0, len(paths), batch):
        chunk = paths[start : start + batch]
        completed = subprocess.run(
            [binary, "validate", "--format", "json", "--", *chunk],
            capture_output=True, text=True, check=False,
        )
        if completed.returncode not in (0, 1):
            sys.exit(f"aslkit failed ({completed.returncode}): {completed.stderr[:2000]}")
        report = json.loads(completed.stdout)
        first_error = {}
        for entry in report["diagnostics"]:
            if entry["severity"] == "error":
                first_error.setdefault(entry["file"], f"{entry['ruleId']}: {entry['message']}")
        for path in chunk:
            message = first_error.get(path)
            verdicts[path] = (message is not None, shorten(message or ""))
    return verdicts


def run_statelint(paths):
    from statelint.linter import Linter

    verdicts = {}
    for path in paths:
        try:
            problems = sorted(Linter.validate(path))  # statelint's order follows set iteration, which changes per run
        except Exception as error:  # a crash on a definition counts as a rejection, with its reason
            problems = [f"crash: {type(error).__name__}: {error}"]
        verdicts[path] = (bool(problems), shorten(problems[0] if problems else ""))
    return verdicts


def _cfn_schemas():
    import jsonschema
    from cfnlint.rules.resources.stepfunctions.StateMachineDefinition import StateMachineDefinition

    rule = StateMachineDefinition()
    plain = root_references(rule.schema)
    jsonata = root_references(rule._convert_schema_to_jsonata())
    # Draft 2020-12: the schema puts `$ref` beside other keywords, which Draft 7 would ignore.
    return jsonschema.Draft202012Validator(plain), jsonschema.Draft202012Validator(jsonata)


def root_references(schema):
    """The schema with cfn-lint's `"$ref": "#/"` (the root, to its resolver) spelled `#`, as `jsonschema` reads it."""
    if isinstance(schema, dict):
        return {k: ("#" if k == "$ref" and v == "#/" else root_references(v)) for k, v in schema.items()}
    if isinstance(schema, list):
        return [root_references(v) for v in schema]
    return schema


def run_cfnschema(paths):
    plain, jsonata = _cfn_schemas()
    verdicts = {}
    for path in paths:
        try:
            with open(path, encoding="utf-8") as handle:
                definition = json.load(handle)
        except (ValueError, UnicodeDecodeError) as error:
            verdicts[path] = (True, shorten(f"not JSON: {error}"))
            continue
        is_jsonata = isinstance(definition, dict) and definition.get("QueryLanguage") == "JSONata"
        validator = jsonata if is_jsonata else plain
        errors = sorted(validator.iter_errors(definition), key=lambda e: (list(map(str, e.absolute_path)), e.message))
        if errors:
            where = "/".join(map(str, errors[0].absolute_path))
            verdicts[path] = (True, shorten(f"{where}: {errors[0].message}"))
        else:
            verdicts[path] = (False, "")
    return verdicts


def run_moto(paths):
    import logging

    logging.disable(logging.CRITICAL)
    from moto.stepfunctions.parser.asl.parse.preprocessor import Preprocessor
    from moto.stepfunctions.parser.asl.static_analyser.static_analyser import StaticAnalyser

    verdicts = {}
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as handle:
            text = handle.read()
        # moto keeps the query-language scope stack in a class attribute that a parse which
        # throws leaves non-empty: without this, one bad definition makes later ones fail.
        Preprocessor._query_language_per_scope.clear()
        try:
            with contextlib.redirect_stderr(io.StringIO()):  # ANTLR's lexer prints its errors
                StaticAnalyser().analyse(text)
            verdicts[path] = (False, "")
        except Exception as error:  # moto's CreateStateMachine turns any exception into InvalidDefinition
            verdicts[path] = (True, shorten(f"{type(error).__name__}: {error!r}" if not str(error) else f"{type(error).__name__}: {error}"))
    return verdicts


def run_all(aslkit_binary, paths, only=None):
    """Verdicts per tool per path; `only` limits the tools run (the others are left out)."""
    chosen = [tool for tool in TOOLS if only is None or tool in only]
    results = {}
    for tool in chosen:
        print(f"running {tool} on {len(paths)} files", file=sys.stderr)
        if tool == "aslkit":
            results[tool] = run_aslkit(aslkit_binary, paths)
        elif tool == "statelint":
            results[tool] = run_statelint(paths)
        elif tool == "cfnschema":
            results[tool] = run_cfnschema(paths)
        else:
            results[tool] = run_moto(paths)
    return results


def absolute(path):
    return os.path.abspath(path)
