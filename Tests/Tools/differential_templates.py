"""State machine definitions pulled out of the corpus templates, so that every tool reads the same JSON.

CloudFormation and SAM (`Definition`, or `DefinitionString` as a string, `Fn::Sub` or CDK's
`Fn::Join`) and Serverless (`stepFunctions.stateMachines.*.definition`). Intrinsic functions inside a
string become `${…}` placeholders, as a deployment tool would fill them in; a definition kept in
another file (`DefinitionUri`, `${file(…)}`) is left out.
"""

import json
import os

MACHINE_TYPES = ("AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine")


def placeholder(value):
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and len(value) == 1:
        (name, argument), = value.items()
        if name == "Ref":
            return "${" + str(argument) + "}"
        if name == "Fn::GetAtt":
            return "${" + (".".join(map(str, argument)) if isinstance(argument, list) else str(argument)) + "}"
    return "${" + json.dumps(value, sort_keys=True)[:40] + "}"


def definition_text(properties):
    """The definition as JSON text, or None when it is not in the template."""
    definition = properties.get("Definition")
    if isinstance(definition, dict):
        return json.dumps(definition, indent=2)
    text = properties.get("DefinitionString")
    if isinstance(text, dict) and "Fn::Sub" in text:
        text = text["Fn::Sub"][0] if isinstance(text["Fn::Sub"], list) else text["Fn::Sub"]
    elif isinstance(text, dict) and "Fn::Join" in text:
        separator, parts = text["Fn::Join"]
        text = separator.join(placeholder(part) for part in parts)
    return text if isinstance(text, str) else None


def machines(template):
    """(name, JSON text) for each state machine of a decoded template."""
    found = []
    if not isinstance(template, dict):
        return found
    for name, resource in (template.get("Resources") or {}).items():
        if isinstance(resource, dict) and resource.get("Type") in MACHINE_TYPES:
            text = definition_text(resource.get("Properties") or {})
            if text is not None:
                found.append((name, text))
    serverless = (template.get("stepFunctions") or {}).get("stateMachines") if isinstance(template.get("stepFunctions"), dict) else None
    for name, machine in (serverless or {}).items():
        if isinstance(machine, dict) and isinstance(machine.get("definition"), dict):
            found.append((name, json.dumps(machine["definition"], indent=2)))
    return found


def extract(corpus, relative_paths, directory):
    """[(kind, name, description, path)] for the machines of the templates, written under `directory`."""
    from cfnlint.decode import decode

    made = []
    os.makedirs(os.path.join(directory, "template-machine"), exist_ok=True)
    for relative in relative_paths:
        template, _errors = decode(os.path.join(corpus, relative))
        for machine, text in machines(template):
            name = f"template-machine/{len(made) + 1:03d}-{os.path.basename(relative)}-{machine}.json"
            path = os.path.join(directory, name)
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
            made.append(("template-machine", name, f"{relative}: {machine}", path))
    return made
