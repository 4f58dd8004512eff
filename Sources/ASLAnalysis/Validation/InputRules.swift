import ASLSource

/// Rules the loading stage reports (ids from `LoadRuleID`), described here so that they
/// appear in the README table and the SARIF rules table like every other rule. Their
/// examples are raw file contents, checked through the loader.
enum InputRules {
    static func rule(_ id: String, _ title: String, _ summary: String, _ rationale: String, triggering: [String], passing: [String] = [#"{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}"#], severity: Severity = .error) -> RuleDescription {
        RuleDescription(id: id, title: title, category: .input, severity: severity, summary: summary, rationale: rationale, triggering: triggering, passing: passing)
    }

    static let all: [RuleDescription] = [
        rule("input-empty", "Empty file", "The file is empty or only whitespace.", "There is no definition to check.", triggering: ["  \n"]),
        rule("input-not-text", "Not a text file", "The file is binary or not valid UTF-8.", "Definitions are UTF-8 JSON or YAML.", triggering: ["{\"a\": \"\u{0}\u{1}\"}"]),
        rule("input-unreadable", "Unreadable file", "The file could not be read (permissions, a broken link, not a regular file: a FIFO, a device).", "The other files are still checked.", triggering: []),
        rule("input-too-large", "File too large", "The file is larger than 64 MB, the most aslkit reads (AWS accepts definitions up to 1 MB).", "Keeps memory and time bounded on hostile input; the other files are still checked.", triggering: []),
        rule("json-syntax", "JSON syntax error", "The JSON is malformed; the location is the first character that cannot be parsed.", "Nothing in a malformed file can be trusted.", triggering: [#"{"StartAt": "A", "States": {"A": {"Type": "Succeed",}}}"#]),
        rule("json-duplicate-key", "Duplicate JSON key", "An object has the same key twice (for example two states with one name).", "JSON parsers disagree on which value wins; AWS rejects the definition.", triggering: [#"{"StartAt": "A", "States": {"A": {"Type": "Succeed"}, "A": {"Type": "Fail"}}}"#]),
        rule("json-too-deep", "Nesting too deep", "Arrays and objects nest more deeply than any real definition (over 512 levels).", "Protects every later stage from hostile input.", triggering: [String(repeating: "[", count: 600) + String(repeating: "]", count: 600)]),
        rule("yaml-syntax", "YAML syntax error", "The YAML is malformed.", "Nothing in a malformed file can be trusted.", triggering: []),
        rule("yaml-duplicate-key", "Duplicate YAML key", "A mapping has the same key twice.", "YAML forbids it and tools disagree on which value wins.", triggering: []),
        rule("yaml-alias-limit", "YAML alias expansion too large", "Anchors and aliases expand to more nodes than the limit (a \"billion laughs\" document).", "Protects the tool from exponential memory use.", triggering: []),
        rule("yaml-too-deep", "YAML nesting too deep", "The YAML nests more deeply than any real definition.", "Protects every later stage from hostile input.", triggering: []),
        rule("yaml-key-not-scalar", "YAML key that is not a scalar", "A mapping key is a sequence or a mapping (a YAML complex key, `? [a, b]`).", "JSON, and so Step Functions, has only string keys: such a key names no state or field.", triggering: []),
        rule("no-state-machine", "No state machine found", "A file named on the command line holds no state machine definition or template resource.", "Usually a wrong path or a template without `AWS::StepFunctions::StateMachine` resources; a warning, so that a glob over templates of which some hold no machine does not fail the run (`--strict` fails on it too).", triggering: [], severity: .warning),
        rule("template-definition-invalid", "Template definition unreadable", "A template's `Definition`/`DefinitionString` cannot be turned into a definition.", "Fix the template so the machine can be checked.", triggering: []),
        rule("template-definition-missing", "Template resource without definition", "A state machine resource has no `Definition`, `DefinitionString` or `DefinitionUri`.", "The machine cannot be checked.", triggering: []),
        rule("template-definition-uri-missing", "DefinitionUri file missing", "A SAM `DefinitionUri` points at a local file that does not exist.", "The machine cannot be checked, and `sam deploy` would fail too.", triggering: []),
        rule("template-file-outside-root", "Template names a file outside the root", "`DefinitionUri` or a Serverless `${file(...)}` resolves (through `..`, an absolute path or a symbolic link) outside the root: the git top level, else the directory given. The file is not opened; `--allow-outside-root` reads it.", "aslkit runs on pull requests: a template must not make CI print a runner's files into a public comment.", triggering: []),
    ]
}
