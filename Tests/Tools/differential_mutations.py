"""Grammar-aware mutations of a valid ASL definition, each of one kind.

Each mutation kind is a function (definition, rng) -> (description, mutated) or None when the
definition offers no place for it. The function finds every site of its kind in document order,
picks one with the seeded `rng`, and changes a deep copy. Every mutant is meant to be invalid
for AWS; where a kind can also produce a definition AWS deploys, its docstring says so.
"""

import copy

MISSING = "NoSuchState"


# --- walking the definition -----------------------------------------------------------------


def scopes(definition):
    """Every (scope path, scope object, query language) in document order; the path is a list of keys."""
    found = []

    def visit(scope, path, language):
        if not isinstance(scope, dict):
            return
        found.append((path, scope, language))
        states = scope.get("States")
        if not isinstance(states, dict):
            return
        for name, state in states.items():
            if not isinstance(state, dict):
                continue
            inner = state_language(state, language)
            for index, branch in enumerate(state.get("Branches") or [] if isinstance(state.get("Branches"), list) else []):
                visit(branch, path + ["States", name, "Branches", index], inner)
            for key in ("ItemProcessor", "Iterator"):
                if isinstance(state.get(key), dict):
                    visit(state[key], path + ["States", name, key], inner)

    top = definition.get("QueryLanguage", "JSONPath") if isinstance(definition, dict) else "JSONPath"
    visit(definition, [], top)
    return found


def state_language(state, inherited):
    language = state.get("QueryLanguage")
    return language if language in ("JSONPath", "JSONata") else inherited


def states(definition):
    """Every (scope path, scope, state name, state, query language) in document order."""
    found = []
    for path, scope, language in scopes(definition):
        for name, state in (scope.get("States") or {}).items() if isinstance(scope.get("States"), dict) else []:
            if isinstance(state, dict):
                found.append((path, scope, name, state, state_language(state, language)))
    return found


def locate(document, path):
    for key in path:
        document = document[key]
    return document


def mutate_state(definition, site, change):
    """A copy of `definition` with `change(state_copy)` applied to the state at `site`."""
    path, _scope, name, _state, _language = site
    mutated = copy.deepcopy(definition)
    change(locate(mutated, path)["States"][name])
    return mutated


def pick(rng, sites):
    return rng.choice(sites) if sites else None


def of_type(definition, *types, language=None):
    return [s for s in states(definition) if s[3].get("Type") in types and (language is None or s[4] == language)]


# --- the kinds ------------------------------------------------------------------------------


def drop_required(definition, rng):
    sites = []
    required = {"Task": ["Resource"], "Choice": ["Choices"], "Parallel": ["Branches"], "Map": ["ItemProcessor", "Iterator"]}
    for site in states(definition):
        state = site[3]
        sites.append((site, "Type"))
        for field in required.get(state.get("Type"), []):
            if field in state:
                sites.append((site, field))
        if "Next" in state and state.get("Type") not in ("Choice",):
            sites.append((site, "Next"))
        if state.get("Type") == "Wait":
            for field in ("Seconds", "SecondsPath", "Timestamp", "TimestampPath"):
                if field in state:
                    sites.append((site, field))
        for handler in ("Retry", "Catch"):
            if isinstance(state.get(handler), list) and state[handler]:
                sites.append((site, f"{handler}[0].ErrorEquals"))
    for path, scope, _ in scopes(definition):
        sites.append(((path, scope, None, None, None), "StartAt"))
    chosen = pick(rng, sites)
    if not chosen:
        return None
    site, field = chosen
    mutated = copy.deepcopy(definition)
    if site[2] is None:
        del locate(mutated, site[0])["StartAt"]
        return f"scope /{'/'.join(map(str, site[0]))}: StartAt removed", mutated
    state = locate(mutated, site[0])["States"][site[2]]
    if "." in field:
        handler = field.split("[")[0]
        del state[handler][0]["ErrorEquals"]
    else:
        del state[field]
    return f"{site[2]}: {field} removed", mutated


WRONG_TYPES = {
    "TimeoutSeconds": True, "HeartbeatSeconds": [60], "Next": 5, "End": "true", "Comment": 7,
    "Resource": 12, "Branches": {}, "Choices": {}, "Seconds": True, "MaxConcurrency": [1],
    "ResultPath": 5, "InputPath": 5, "OutputPath": False, "Default": 3, "Cause": 5, "Error": 5,
    "ItemsPath": 3,
}
# Not `Result`, which may hold any JSON value. Not `Parameters`: AWS deploys a non-object payload template (asl-validator #67 and #101), which
# aslkit reports as the warning payload-template-not-object.


def set_field(definition, site, field, value, drop_path=False):
    """The mutant with `field` of the state at `site` set to `value`; `Retry[0].X` names a field
    of the first retrier, and `drop_path` removes the `...Path` form that would conflict."""
    def change(state):
        if field.startswith("Retry[0]."):
            state["Retry"][0][field.split(".")[1]] = value
        else:
            if drop_path:
                state.pop(field + "Path", None)
            state[field] = value

    return f"{site[2]}: {field} = {value!r}", mutate_state(definition, site, change)


def wrong_type(definition, rng):
    sites = []
    for site in states(definition):
        for field in site[3]:
            if field in WRONG_TYPES and not (field == "Result" and site[3].get(field) is None):
                sites.append((site, field, WRONG_TYPES[field]))
            if field == "Retry" and isinstance(site[3][field], list) and site[3][field]:
                sites.append((site, "Retry[0].MaxAttempts", "three"))
                sites.append((site, "Retry[0].BackoffRate", "2"))
                sites.append((site, "Retry[0].ErrorEquals", "States.ALL"))
    chosen = pick(rng, sites)
    if not chosen:
        return None
    site, field, value = chosen

    return set_field(definition, site, field, value)


def out_of_range(definition, rng):
    sites = []
    for site in states(definition):
        state, kind = site[3], site[3].get("Type")
        if kind == "Task":
            sites += [(site, "TimeoutSeconds", 0), (site, "HeartbeatSeconds", -5)]
            if isinstance(state.get("TimeoutSeconds"), int):
                sites.append((site, "HeartbeatSeconds", state["TimeoutSeconds"]))
        if kind == "Wait" and "Seconds" in state:
            sites.append((site, "Seconds", -1))
        if kind == "Map":
            sites += [(site, "MaxConcurrency", -1)]
        if isinstance(state.get("Retry"), list) and state["Retry"]:
            sites += [(site, "Retry[0].MaxAttempts", -1), (site, "Retry[0].IntervalSeconds", 0),
                      (site, "Retry[0].BackoffRate", 0.5), (site, "Retry[0].MaxDelaySeconds", 0),
                      (site, "Retry[0].JitterStrategy", "SOME")]
    chosen = pick(rng, sites)
    if not chosen:
        return None
    site, field, value = chosen

    return set_field(definition, site, field, value, drop_path=True)


def bad_target(definition, rng):
    sites = []
    for site in states(definition):
        state = site[3]
        if isinstance(state.get("Next"), str):
            sites.append((site, "Next"))
        if isinstance(state.get("Default"), str):
            sites.append((site, "Default"))
        if isinstance(state.get("Choices"), list) and state["Choices"] and isinstance(state["Choices"][0], dict):
            sites.append((site, "Choices[0].Next"))
        if isinstance(state.get("Catch"), list) and state["Catch"] and isinstance(state["Catch"][0], dict):
            sites.append((site, "Catch[0].Next"))
    for path, scope, _ in scopes(definition):
        sites.append(((path, scope, None, None, None), "StartAt"))
    chosen = pick(rng, sites)
    if not chosen:
        return None
    site, field = chosen
    mutated = copy.deepcopy(definition)
    if site[2] is None:
        locate(mutated, site[0])["StartAt"] = MISSING
        return f"scope /{'/'.join(map(str, site[0]))}: StartAt = {MISSING}", mutated
    state = locate(mutated, site[0])["States"][site[2]]
    if "[0]." in field:
        state[field.split("[")[0]][0]["Next"] = MISSING
    else:
        state[field] = MISSING
    return f"{site[2]}: {field} = {MISSING}", mutated


def cross_scope_target(definition, rng):
    """A Next inside a branch or processor that names a state of the enclosing scope, or the reverse."""
    all_states = states(definition)
    sites = []
    for site in all_states:
        if not isinstance(site[3].get("Next"), str):
            continue
        for other in all_states:
            if other[0] != site[0]:
                sites.append((site, other[2]))
                break
    chosen = pick(rng, sites)
    if not chosen:
        return None
    site, target = chosen
    return f"{site[2]}: Next = {target} (another scope)", mutate_state(definition, site, lambda s: s.__setitem__("Next", target))


# Not `$.['a']`: Jayway JsonPath, whose dialect AWS follows, reads `.[` as `[` (statelint rejects it).
BAD_PATHS = ["$.items[", "$..", "items", "$.a b", "$[?(@.x)"]
PATH_FIELDS = ["InputPath", "OutputPath", "ResultPath", "ItemsPath", "SecondsPath", "TimestampPath"]


def bad_jsonpath(definition, rng):
    sites = []
    for site in states(definition):
        if site[4] != "JSONPath":
            continue
        state = site[3]
        for field in PATH_FIELDS:
            if isinstance(state.get(field), str):
                sites.append((site, field, None))
        for field in ("Parameters", "ResultSelector", "ItemSelector"):
            if isinstance(state.get(field), dict):
                for key, value in state[field].items():
                    if key.endswith(".$") and isinstance(value, str):
                        sites.append((site, field, key))
                        break
        if state.get("Type") in ("Pass", "Task"):
            sites.append((site, "InputPath", None))
    chosen = pick(rng, sites)
    if not chosen:
        return None
    site, field, key = chosen
    value = rng.choice(BAD_PATHS)

    def change(state):
        if key is None:
            state[field] = value
        else:
            state[field][key] = value

    where = field if key is None else f"{field}.{key}"
    return f"{site[2]}: {where} = {value!r}", mutate_state(definition, site, change)


# Not `{%$states.input%}`: the delimiters need no space inside them (aslkit accepts it, as AWS does).
BAD_JSONATA = ["{% $states.input. %}", "{% ( %}", "{% $states.input.a", "{% %}", "{% $states.input.a + %}"]


def jsonata_strings(value, trail=()):
    """(trail, string) for each `{% … %}` string in a JSON value."""
    if isinstance(value, str) and value.startswith("{%") and value.endswith("%}"):
        yield trail, value
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield from jsonata_strings(inner, trail + (key,))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from jsonata_strings(inner, trail + (index,))


def bad_jsonata(definition, rng):
    sites = []
    for site in states(definition):
        if site[4] != "JSONata":
            continue
        for trail, _ in jsonata_strings(site[3]):
            if trail and trail[0] not in ("Comment",):
                sites.append((site, trail))
    chosen = pick(rng, sites)
    if not chosen:
        return None
    site, trail = chosen
    value = rng.choice(BAD_JSONATA)

    def change(state):
        target = state
        for key in trail[:-1]:
            target = target[key]
        target[trail[-1]] = value

    return f"{site[2]}: {'.'.join(map(str, trail))} = {value!r}", mutate_state(definition, site, change)


MISPLACED = {
    "Pass": [("Resource", "arn:aws:lambda:us-east-1:123456789012:function:f"), ("Retry", [{"ErrorEquals": ["States.ALL"]}]),
             ("TimeoutSeconds", 10), ("Seconds", 5), ("Choices", [])],
    "Wait": [("Catch", [{"ErrorEquals": ["States.ALL"], "Next": "__SELF__"}]), ("Result", {}), ("TimeoutSeconds", 10)],
    "Choice": [("Retry", [{"ErrorEquals": ["States.ALL"]}]), ("End", True), ("Resource", "arn:aws:states:::lambda:invoke")],
    "Succeed": [("Next", "__SELF__"), ("Catch", [{"ErrorEquals": ["States.ALL"], "Next": "__SELF__"}]), ("Result", {})],
    "Fail": [("End", True), ("Retry", [{"ErrorEquals": ["States.ALL"]}]), ("OutputPath", "$")],
    "Task": [("Seconds", 5), ("Branches", []), ("Cause", "x"), ("Result", {}), ("Default", "__SELF__")],
    "Parallel": [("Resource", "arn:aws:states:::lambda:invoke"), ("ItemsPath", "$.items"), ("Seconds", 5)],
    "Map": [("Branches", []), ("Resource", "arn:aws:states:::lambda:invoke"), ("Error", "E")],
}


def misplaced_field(definition, rng):
    sites = [(site, field, value) for site in states(definition) for field, value in MISPLACED.get(site[3].get("Type"), [])
             if field not in site[3]]
    chosen = pick(rng, sites)
    if not chosen:
        return None
    site, field, value = chosen
    value = json_replace(value, "__SELF__", site[2])
    return f"{site[2]} ({site[3].get('Type')}): + {field}", mutate_state(definition, site, lambda s: s.__setitem__(field, value))


def json_replace(value, old, new):
    """`value` with every string equal to `old` replaced by `new`."""
    if value == old:
        return new
    if isinstance(value, dict):
        return {k: json_replace(v, old, new) for k, v in value.items()}
    if isinstance(value, list):
        return [json_replace(v, old, new) for v in value]
    return value


def jsonata_in_jsonpath(definition, rng):
    sites = []
    for site in states(definition):
        if site[4] != "JSONPath" or site[3].get("Type") in ("Succeed",):
            continue
        kind = site[3].get("Type")
        if kind in ("Task", "Parallel", "Map", "Pass", "Wait", "Choice"):
            sites.append((site, "Output", "{% $states.input %}"))
        if kind in ("Task",):
            sites.append((site, "Arguments", {"a": "{% $states.input.a %}"}))
        if kind == "Map":
            sites.append((site, "Items", "{% $states.input.items %}"))
        if kind == "Choice" and isinstance(site[3].get("Choices"), list) and site[3]["Choices"]:
            sites.append((site, "Choices[0].Condition", "{% true %}"))
    chosen = pick(rng, sites)
    if not chosen:
        return None
    site, field, value = chosen

    def change(state):
        if field.startswith("Choices[0]."):
            state["Choices"][0]["Condition"] = value
        else:
            state[field] = value

    return f"{site[2]} ({site[3].get('Type')}, JSONPath): + {field}", mutate_state(definition, site, change)


def jsonpath_in_jsonata(definition, rng):
    """In a JSONata machine, also a state that declares `QueryLanguage: JSONPath` (AWS refuses the downgrade)."""
    sites = []
    top_jsonata = definition.get("QueryLanguage") == "JSONata"
    for site in states(definition):
        if site[4] != "JSONata":
            continue
        kind = site[3].get("Type")
        if kind in ("Task", "Parallel", "Map", "Pass"):
            sites += [(site, "ResultPath", "$.result"), (site, "Parameters", {"a.$": "$.a"}), (site, "InputPath", "$")]
        if kind in ("Task", "Parallel", "Map", "Pass", "Wait", "Choice"):
            sites.append((site, "OutputPath", "$"))
        if kind == "Map":
            sites.append((site, "ItemsPath", "$.items"))
        if kind == "Task":
            sites.append((site, "TimeoutSecondsPath", "$.timeout"))
        if kind == "Wait":
            sites.append((site, "SecondsPath", "$.wait"))
        if kind in ("Task", "Parallel", "Map"):
            sites.append((site, "ResultSelector", {"a.$": "$.a"}))
        if kind == "Pass":
            sites.append((site, "Result", {"a": 1}))
        if kind == "Fail":
            sites += [(site, "ErrorPath", "$.error"), (site, "CausePath", "$.cause")]
        if top_jsonata and "QueryLanguage" not in site[3]:
            sites.append((site, "QueryLanguage", "JSONPath"))
    chosen = pick(rng, sites)
    if not chosen:
        return None
    site, field, value = chosen
    return f"{site[2]} ({site[3].get('Type')}, JSONata): + {field}", mutate_state(definition, site, lambda s: s.__setitem__(field, value))


DISTRIBUTED_ONLY = {
    "ItemReader": {"Resource": "arn:aws:states:::s3:listObjectsV2", "Parameters": {"Bucket": "b"}},
    "ItemBatcher": {"MaxItemsPerBatch": 10},
    "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject", "Parameters": {"Bucket": "b", "Prefix": "p"}},
    "ToleratedFailurePercentage": 5,
    "ToleratedFailureCount": 5,
    "Label": "batch",
}


def map_mode(state):
    processor = state.get("ItemProcessor")
    config = processor.get("ProcessorConfig") if isinstance(processor, dict) else None
    return (config or {}).get("Mode", "INLINE") if isinstance(config, dict) else "INLINE"


def map_mode_swap(definition, rng):
    """Distributed fields on an inline Map, a distributed Map turned inline, or one without ExecutionType."""
    sites = []
    for site in of_type(definition, "Map"):
        state = site[3]
        if map_mode(state) == "DISTRIBUTED":
            sites.append((site, "mode INLINE"))
            if "ExecutionType" in state["ItemProcessor"]["ProcessorConfig"]:
                sites.append((site, "no ExecutionType"))
        elif "ItemProcessor" in state or "Iterator" in state:
            for field in DISTRIBUTED_ONLY:
                if site[4] == "JSONata" and field == "ItemReader":
                    continue
                sites.append((site, f"+ {field}"))
    chosen = pick(rng, sites)
    if not chosen:
        return None
    site, change_name = chosen

    def change(state):
        if change_name == "mode INLINE":
            state["ItemProcessor"]["ProcessorConfig"]["Mode"] = "INLINE"
        elif change_name == "no ExecutionType":
            del state["ItemProcessor"]["ProcessorConfig"]["ExecutionType"]
        else:
            field = change_name[2:]
            state[field] = copy.deepcopy(DISTRIBUTED_ONLY[field])

    return f"{site[2]} (Map {map_mode(site[3])}): {change_name}", mutate_state(definition, site, change)


BAD_INTRINSICS = ["States.NoSuchFunction($.a)", "States.Format('{} {}', $.a)", "States.ArrayRange(1, 5)",
                  "States.StringToJson($.a, $.b)", "States.Hash($.a, 'MD4')", "States.Array(", "States.MathAdd($.a)"]


def bad_intrinsic(definition, rng):
    sites = []
    for site in states(definition):
        if site[4] != "JSONPath":
            continue
        for field in ("Parameters", "ResultSelector", "ItemSelector"):
            if isinstance(site[3].get(field), dict):
                sites.append((site, field))
        if site[3].get("Type") in ("Pass", "Task"):
            sites.append((site, "Parameters"))
    chosen = pick(rng, sites)
    if not chosen:
        return None
    site, field = chosen
    value = rng.choice(BAD_INTRINSICS)

    def change(state):
        if not isinstance(state.get(field), dict):
            state[field] = {}
        state[field]["mutant.$"] = value

    return f"{site[2]}: {field}.mutant.$ = {value!r}", mutate_state(definition, site, change)


def error_handler_order(definition, rng):
    """States.ALL together with other names, or a handler after the States.ALL one."""
    sites = []
    for site in states(definition):
        for handler in ("Retry", "Catch"):
            entries = site[3].get(handler)
            if isinstance(entries, list) and entries and all(isinstance(e, dict) for e in entries):
                sites += [(site, handler, "with other"), (site, handler, "not last")]
    chosen = pick(rng, sites)
    if not chosen:
        return None
    site, handler, how = chosen

    def change(state):
        entries = state[handler]
        if how == "with other":
            entries[0]["ErrorEquals"] = ["States.ALL", "States.Timeout"]
        else:
            first = copy.deepcopy(entries[0])
            first["ErrorEquals"] = ["States.ALL"]
            later = copy.deepcopy(entries[-1])
            later["ErrorEquals"] = ["States.Timeout"]
            state[handler] = entries[:-1] + [first, later] if len(entries) > 1 else [first, later]

    return f"{site[2]}: {handler} States.ALL {how}", mutate_state(definition, site, change)


def empty_collection(definition, rng):
    sites = []
    for site in states(definition):
        for field in ("Choices", "Branches"):
            if isinstance(site[3].get(field), list):
                sites.append((site, field))
        for handler in ("Retry", "Catch"):
            if isinstance(site[3].get(handler), list) and site[3][handler]:
                sites.append((site, f"{handler}[0].ErrorEquals"))
                sites.append((site, f"{handler}[0].ErrorEquals[\"\"]"))
    chosen = pick(rng, sites)
    if not chosen:
        return None
    site, field = chosen

    def change(state):
        if field.endswith('[""]'):
            state[field.split("[")[0]][0]["ErrorEquals"] = [""]
        elif "." in field:
            state[field.split("[")[0]][0]["ErrorEquals"] = []
        else:
            state[field] = []

    return f"{site[2]}: {field} empty", mutate_state(definition, site, change)


def unknown_field(definition, rng):
    site = pick(rng, states(definition))
    if not site:
        return None
    field = rng.choice(["Foo", "Timeout", "Parameter", "next", "Retries"])
    return f"{site[2]}: + {field}", mutate_state(definition, site, lambda s: s.__setitem__(field, 1))


def unreachable_state(definition, rng):
    path, _scope, _ = pick(rng, scopes(definition))
    mutated = copy.deepcopy(definition)
    scope = locate(mutated, path)
    if not isinstance(scope.get("States"), dict):
        return None
    scope["States"]["MutantOrphan"] = {"Type": "Succeed"}
    return f"scope /{'/'.join(map(str, path))}: + unreachable MutantOrphan", mutated


def duplicate_state_name(definition, rng):
    """A state of a nested scope renamed to a name used in another scope (references updated)."""
    all_states = states(definition)
    sites = [(site, other[2]) for site in all_states for other in all_states
             if other[0] != site[0] and other[2] not in locate(definition, site[0])["States"]]
    chosen = pick(rng, sites)
    if not chosen:
        return None
    site, new_name = chosen
    mutated = copy.deepcopy(definition)
    scope = locate(mutated, site[0])
    old = site[2]
    scope["States"] = {(new_name if name == old else name): state for name, state in scope["States"].items()}
    if scope.get("StartAt") == old:
        scope["StartAt"] = new_name
    for state in scope["States"].values():
        rename_targets(state, old, new_name)
    return f"{old} renamed {new_name} (a name in another scope)", mutated


def rename_targets(state, old, new):
    if not isinstance(state, dict):
        return
    for key in ("Next", "Default"):
        if state.get(key) == old:
            state[key] = new
    for key in ("Choices", "Catch"):
        for entry in state.get(key) or [] if isinstance(state.get(key), list) else []:
            if isinstance(entry, dict) and entry.get("Next") == old:
                entry["Next"] = new


def bad_resource(definition, rng):
    """`arn:aws:states:::lambda:invoke.waitForTaskToken.sync` and friends."""
    sites = of_type(definition, "Task")
    site = pick(rng, sites)
    if not site:
        return None
    value = rng.choice(["lambda", "arn:aws:states:::dynamodb:querry", "arn:aws:lambda", "arn:aws:states:::lambda:invoke.nosuch",
                        "arn:${AWS::Partition}:states:::dynamodb:querry"])
    return f"{site[2]}: Resource = {value!r}", mutate_state(definition, site, lambda s: s.__setitem__("Resource", value))


def exclusive_fields(definition, rng):
    sites = []
    for site in states(definition):
        state, kind = site[3], site[3].get("Type")
        if kind == "Wait":
            sites.append((site, "Timestamp", "2026-03-14T01:59:00Z") if "Timestamp" not in state else (site, "Seconds", 5))
        if kind == "Task" and site[4] == "JSONPath":
            sites += [(site, "TimeoutSecondsPath", "$.t"), (site, "HeartbeatSecondsPath", "$.h")]
        if kind == "Fail" and site[4] == "JSONPath":
            sites += [(site, "ErrorPath", "$.e"), (site, "CausePath", "$.c")]
        if "Next" in state and "End" not in state:
            sites.append((site, "End", True))
        if kind == "Map" and "ItemProcessor" in state and "Iterator" not in state:
            sites.append((site, "Iterator", copy.deepcopy(state["ItemProcessor"])))
    chosen = pick(rng, sites)
    if not chosen:
        return None
    site, field, value = chosen

    def change(state):
        state[field] = value
        partner = {"TimeoutSecondsPath": "TimeoutSeconds", "HeartbeatSecondsPath": "HeartbeatSeconds", "ErrorPath": "Error", "CausePath": "Cause"}.get(field)
        if partner and partner not in state:
            state[partner] = 30 if partner.endswith("Seconds") else "x"
        if field == "HeartbeatSecondsPath" and isinstance(state.get("TimeoutSeconds"), int) and state["TimeoutSeconds"] <= 30:
            state["TimeoutSeconds"] = 300

    return f"{site[2]} ({site[3].get('Type')}): + {field} beside its partner", mutate_state(definition, site, change)


def choice_rule(definition, rng):
    sites = []
    for site in of_type(definition, "Choice", language="JSONPath"):
        rules = site[3].get("Choices")
        if isinstance(rules, list) and rules and isinstance(rules[0], dict):
            sites += [(site, "two operators"), (site, "no operator"), (site, "Next in nested rule"), (site, "no Next")]
    chosen = pick(rng, sites)
    if not chosen:
        return None
    site, how = chosen

    def change(state):
        rule = state["Choices"][0]
        if how == "two operators":
            rule["IsPresent"] = True
            rule.setdefault("Variable", "$.x")
        elif how == "no operator":
            state["Choices"][0] = {"Variable": "$.x", "Next": rule.get("Next")}
        elif how == "Next in nested rule":
            state["Choices"][0] = {"Not": {"Variable": "$.x", "IsPresent": True, "Next": rule.get("Next")}, "Next": rule.get("Next")}
        else:
            rule.pop("Next", None)

    return f"{site[2]}: Choices[0] {how}", mutate_state(definition, site, change)


def bad_timestamp(definition, rng):
    sites = of_type(definition, "Wait", language="JSONPath")
    site = pick(rng, sites)
    if not site:
        return None
    value = rng.choice(["2026-13-01T00:00:00Z", "2026-03-14 01:59:00", "tomorrow", "2026-03-14T01:59:00"])

    def change(state):
        for field in ("Seconds", "SecondsPath", "TimestampPath"):
            state.pop(field, None)
        state["Timestamp"] = value

    return f"{site[2]}: Timestamp = {value!r}", mutate_state(definition, site, change)


def choice_operand(definition, rng):
    """A JSONPath Choice rule with an operand of the wrong type, or a Variable that is not a path."""
    sites = []
    for site in of_type(definition, "Choice", language="JSONPath"):
        rules = site[3].get("Choices")
        if isinstance(rules, list) and rules and isinstance(rules[0], dict):
            sites += [(site, "NumericEquals", "5"), (site, "BooleanEquals", "true"), (site, "StringEquals", 5),
                      (site, "IsPresent", "yes"), (site, "TimestampEquals", "yesterday"), (site, "Variable", "foo")]
    chosen = pick(rng, sites)
    if not chosen:
        return None
    site, operator, value = chosen

    def change(state):
        rule = state["Choices"][0]
        if operator == "Variable":
            rule["Variable"] = value
        else:
            state["Choices"][0] = {"Variable": "$.x", operator: value, "Next": rule.get("Next")}

    return f"{site[2]}: Choices[0] {operator} = {value!r}", mutate_state(definition, site, change)


def map_settings(definition, rng):
    """A distributed Map's ItemReader, ItemBatcher or ResultWriter made invalid."""
    sites = []
    for site in of_type(definition, "Map"):
        state = site[3]
        if map_mode(state) != "DISTRIBUTED":
            continue
        if isinstance(state.get("ItemReader"), dict):
            sites += [(site, "ItemReader without Resource"), (site, "ItemReader.ReaderConfig.MaxItems = -1"),
                      (site, "ItemReader + Foo")]
        sites += [(site, "ItemBatcher.MaxInputBytesPerBatch = 300000"), (site, "ItemBatcher.MaxItemsPerBatch = 0"),
                  (site, "ToleratedFailurePercentage = 101"), (site, "ToleratedFailureCount = -1"),
                  (site, "ResultWriter + Foo"), (site, "Label = 7")]
    chosen = pick(rng, sites)
    if not chosen:
        return None
    site, how = chosen

    def change(state):
        if how == "ItemReader without Resource":
            del state["ItemReader"]["Resource"]
        elif how == "ItemReader.ReaderConfig.MaxItems = -1":
            state["ItemReader"].setdefault("ReaderConfig", {"InputType": "JSON"})["MaxItems"] = -1
        elif how == "ItemReader + Foo":
            state["ItemReader"]["Foo"] = 1
        elif how.startswith("ItemBatcher."):
            field, value = how.split(".", 1)[1].split(" = ")
            state["ItemBatcher"] = {field: int(value)}
        elif how == "ResultWriter + Foo":
            state["ResultWriter"] = {"Resource": "arn:aws:states:::s3:putObject", "Parameters": {"Bucket": "b"}, "Foo": 1}
        else:
            field, value = how.split(" = ")
            state.pop(field + "Path", None)
            state[field] = int(value)

    return f"{site[2]}: {how}", mutate_state(definition, site, change)


def state_name(definition, rng):
    """A state renamed to the empty string, 81 characters, or a name with a control character (references follow)."""
    site = pick(rng, states(definition))
    if not site:
        return None
    new_name = rng.choice(["", "S" * 81, "Tab\tinside", "Line\nbreak"])
    mutated = copy.deepcopy(definition)
    scope = locate(mutated, site[0])
    old = site[2]
    if new_name in scope["States"]:
        return None
    scope["States"] = {(new_name if name == old else name): state for name, state in scope["States"].items()}
    if scope.get("StartAt") == old:
        scope["StartAt"] = new_name
    for state in scope["States"].values():
        rename_targets(state, old, new_name)
    return f"{old} renamed {new_name!r}", mutated


def top_level(definition, rng):
    field, value = rng.choice([("TimeoutSeconds", 0), ("TimeoutSeconds", "60"), ("Version", 1), ("Foo", 1),
                               ("Comment", 5), ("QueryLanguage", "JSONPATH")])
    mutated = copy.deepcopy(definition)
    mutated[field] = value
    return f"top level: {field} = {value!r}", mutated


def handler_fields(definition, rng):
    """A Retrier or Catcher field made invalid: a fraction where an integer goes, a bad path, a foreign field."""
    sites = []
    for site in states(definition):
        for handler in ("Retry", "Catch"):
            entries = site[3].get(handler)
            if not (isinstance(entries, list) and entries and isinstance(entries[0], dict)):
                continue
            if handler == "Retry":
                sites += [(site, handler, "IntervalSeconds", 1.5), (site, handler, "MaxAttempts", 2.5),
                          (site, handler, "Next", site[2]), (site, handler, "ResultPath", "$.error")]
            else:
                sites += [(site, handler, "MaxAttempts", 3), (site, handler, "Next", 7)]
                if site[4] == "JSONPath":
                    sites.append((site, handler, "ResultPath", "error"))
    chosen = pick(rng, sites)
    if not chosen:
        return None
    site, handler, field, value = chosen
    return f"{site[2]}: {handler}[0].{field} = {value!r}", mutate_state(definition, site, lambda s: s[handler][0].__setitem__(field, value))


def payload_value(definition, rng):
    """A `.$` key of a JSONPath payload template whose value is not a path or an intrinsic call."""
    sites = []
    for site in states(definition):
        if site[4] != "JSONPath":
            continue
        for field in ("Parameters", "ResultSelector", "ItemSelector"):
            if isinstance(site[3].get(field), dict):
                sites.append((site, field))
    chosen = pick(rng, sites)
    if not chosen:
        return None
    site, field = chosen
    value = rng.choice([5, True, {"a": 1}, "plain text", "", "States"])
    return f"{site[2]}: {field}.mutant.$ = {value!r}", mutate_state(definition, site, lambda s: s[field].__setitem__("mutant.$", value))


def variable_name(definition, rng):
    """An `Assign` key that is not a variable name."""
    sites = [site for site in states(definition) if site[3].get("Type") not in ("Succeed", "Fail")]
    site = pick(rng, sites)
    if not site:
        return None
    name = rng.choice(["1st", "states", "a-b", "has space", "x" * 81, "$dollar", "ünïcode"])
    value = "{% 1 %}" if site[4] == "JSONata" else 1

    def change(state):
        assign = state.get("Assign") if isinstance(state.get("Assign"), dict) else {}
        assign[name] = value
        state["Assign"] = assign

    return f"{site[2]}: Assign {name!r}", mutate_state(definition, site, change)


KINDS = {
    "drop-required": drop_required,
    "wrong-type": wrong_type,
    "out-of-range": out_of_range,
    "bad-target": bad_target,
    "cross-scope-target": cross_scope_target,
    "bad-jsonpath": bad_jsonpath,
    "bad-jsonata": bad_jsonata,
    "bad-intrinsic": bad_intrinsic,
    "misplaced-field": misplaced_field,
    "jsonata-in-jsonpath": jsonata_in_jsonpath,
    "jsonpath-in-jsonata": jsonpath_in_jsonata,
    "map-mode-swap": map_mode_swap,
    "error-handler-order": error_handler_order,
    "empty-collection": empty_collection,
    "unknown-field": unknown_field,
    "unreachable-state": unreachable_state,
    "duplicate-state-name": duplicate_state_name,
    "bad-resource": bad_resource,
    "exclusive-fields": exclusive_fields,
    "choice-rule": choice_rule,
    "bad-timestamp": bad_timestamp,
    "choice-operand": choice_operand,
    "map-settings": map_settings,
    "state-name": state_name,
    "top-level": top_level,
    "handler-fields": handler_fields,
    "payload-value": payload_value,
    "variable-name": variable_name,
}
