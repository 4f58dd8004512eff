/// What each peer tool checks, and the aslkit rules that cover it or why aslkit differs: the
/// data behind the README's peer table (`aslkit rules --peers`). A test fails when a row names
/// a rule that does not exist or has neither rules nor a reason.
///
/// Sources, read (not copied): asl-validator's `StateMachineErrorCode` (`src/types.ts`) and
/// schemas; statelint's J2119 rules; cfn-lint's state machine schema and E3601; LocalStack's
/// ASL parser (inside moto); AWS's ValidateStateMachineDefinition codes and the Step Functions
/// guide; the AWS Toolkit language service's `diagnosticStrings.ts`; sfn-diagram's `lintAsl`.
/// The summary of what each checks is `../shared/ASL-FACTS.md`, "What each peer validates".
public enum PeerInventory {
    public enum Peer: String, CaseIterable, Sendable {
        case aslValidator = "asl-validator"
        case statelint = "statelint"
        case cfnLint = "cfn-lint E3601"
        case localStack = "LocalStack / moto"
        case aws = "AWS ValidateStateMachineDefinition"
        case languageService = "AWS Toolkit language service"
        case sfnDiagram = "sfn-diagram"

        /// As the README's rule table abbreviates it.
        public var short: String {
            switch self {
            case .aslValidator: "AV"
            case .statelint: "SL"
            case .cfnLint: "CL"
            case .localStack: "LS"
            case .aws: "AWS"
            case .languageService: "TK"
            case .sfnDiagram: "SD"
            }
        }
    }

    /// The peers with a check that `rule` covers, in `Peer` order.
    public static func peers(coveredBy rule: String) -> [Peer] {
        Peer.allCases.filter { peer in checks.contains { $0.peer == peer && $0.rules.contains(rule) } }
    }

    public struct Check: Sendable {
        public var peer: Peer
        /// The peer's own name for the check: its code or message.
        public var check: String
        public var rules: [String]
        /// Where aslkit does otherwise, or has no rule yet, and why.
        public var difference: String?
    }

    private static func row(_ peer: Peer, _ check: String, _ rules: [String], _ difference: String? = nil) -> Check {
        Check(peer: peer, check: check, rules: rules, difference: difference)
    }

    static let fieldSchema = ["field-unknown", "field-type", "field-required", "field-exclusive", "field-range", "state-type-invalid"]

    public static let checks: [Check] = [
        row(.aslValidator, "SCHEMA_VALIDATION_FAILED (JSON schema per state type and query language)", fieldSchema + ["next-end-invalid", "field-query-language"]),
        row(.aslValidator, "MISSING_TRANSITION_TARGET", ["transition-target-missing", "start-at-target-missing"],
            "aslkit looks names up per scope (asl-validator uses one name set for the whole document), so a target in another scope is transition-crosses-scope"),
        row(.aslValidator, "DUPLICATE_STATE_NAMES", ["state-name-duplicate"]),
        row(.aslValidator, "MISSING_TERMINAL_STATE", ["scope-no-terminal"]),
        row(.aslValidator, "BRANCH_OUTBOUND_TRANSITION_TARGET", ["transition-crosses-scope"]),
        row(.aslValidator, "MAP_OUTBOUND_TRANSITION_TARGET", ["transition-crosses-scope"],
            "asl-validator checks the legacy Iterator only; aslkit checks ItemProcessor too"),
        row(.aslValidator, "INVALID_JSON_PATH (asl-path-validator)", ["jsonpath-syntax", "jsonpath-not-reference-path", "payload-template-value-invalid"]),
        row(.aslValidator, "JSONata expression syntax ({% … %} through the jsonata parser)", ["jsonata-syntax", "jsonata-delimiters"]),
        row(.aslValidator, "State is not reachable (no incoming transition)", ["state-unreachable"],
            "aslkit searches the graph from StartAt, so a cycle that nothing outside enters is unreachable too"),
        row(.aslValidator, "Duplicate field once .$ is removed", ["payload-template-duplicate-key"]),

        row(.statelint, "Field presence and types (J2119 sentences)", fieldSchema),
        row(.statelint, "No transition found to state", ["state-unreachable"]),
        row(.statelint, "States.ALL must be alone and last", ["states-all-not-alone", "states-all-not-last"]),
        row(.statelint, "Next/Default/StartAt name a state of the same States", ["transition-target-missing", "start-at-target-missing", "transition-crosses-scope"]),
        row(.statelint, "No terminal state", ["scope-no-terminal"]),
        row(.statelint, "Numeric ranges (BackoffRate ≥ 1, positive timeouts, …)", ["field-range", "heartbeat-not-below-timeout"]),
        row(.statelint, "Intrinsic function names", ["intrinsic-unknown-function", "intrinsic-syntax"]),
        row(.statelint, "JSONPath syntax (hand-built checker)", ["jsonpath-syntax"]),
        row(.statelint, "Timestamp… Choice operands must be RFC 3339 timestamps", ["choice-rule-invalid"]),
        row(.statelint, "`${…}` placeholders reported as errors (statelint PR #38)", [],
            "aslkit treats template placeholders as values a tool fills in later, never as type errors"),

        // Found by differential testing (Tests/Tools/differential.py): statelint 3.1 rejects
        // definitions that AWS deploys (all in ../shared/corpus/valid, from AWS's own samples).
        row(.statelint, "Integer BackoffRate reported as \"should be a Float\"", [],
            "the specification makes BackoffRate a number of at least 1.0 and AWS's samples deploy `2`; aslkit accepts integers (statelint's own `--ignore=FLOAT` turns the check off)"),
        row(.statelint, "Assign reported as not allowed in JSONPath states", [],
            "the specification of November 2024 allows Assign on every state but Succeed and Fail, in both query languages; aslkit checks its names and values instead (variable-name-invalid and the variable rules)"),
        row(.statelint, "Distributed Map fields reported as not allowed (Label, ProcessorConfig, ReaderConfig's InputType and CSVHeaderLocation, WriterConfig; statelint #51)", ["field-unknown", "map-field-requires-distributed"],
            "AWS documents these fields for distributed Maps and deploys them; aslkit knows them, and warns when they sit on an inline Map"),
        row(.statelint, "JSONata expressions in number, timestamp and boolean fields (Seconds, TimeoutSeconds, MaxItems as `{% … %}`, `Condition: true`) reported as type errors", ["field-type"],
            "in a JSONata state these fields take an expression (spec, \"JSONata\"), and `Condition` takes a boolean too; aslkit types them by query language"),
        row(.statelint, "Paths its hand-built checker does not know reported as not a JSONPath: `$$.` context paths in ErrorPath/ResultPath, filters in `.$` values, `.[` (`$.['a']`)", ["jsonpath-syntax", "jsonpath-not-reference-path"],
            "a context path is a path (AWS samples use `$$.Execution.Name` in ErrorPath), AWS samples deploy the filters, and Jayway JsonPath, whose dialect AWS follows, reads `.[` as `[`"),

        row(.cfnLint, "State machine JSON schema (additionalProperties false)", fieldSchema),
        row(.cfnLint, "StartAt names a state, nested scopes included (#4264)", ["start-at-target-missing"]),
        row(.cfnLint, "Next and End exclusive", ["next-end-invalid"]),
        row(.cfnLint, "One comparison operator per Choice rule", ["choice-rule-invalid"]),
        row(.cfnLint, "Paths match ^\\$", ["jsonpath-syntax"], "aslkit parses the whole path, not only its first character"),
        row(.cfnLint, "JSONata variant of the schema", ["field-query-language"]),
        row(.cfnLint, "State names match ^.{1,80}$", ["state-name-empty", "state-name-too-long"],
            "the pattern's `.` also refuses a line break in a name; AWS documents only the length (1 to 80 characters), so aslkit checks only that"),
        // Found by differential testing: the schema rejects definitions AWS deploys.
        row(.cfnLint, "Task Resource must match ^arn:aws:…", ["resource-invalid"],
            "the pattern refuses other partitions (`arn:aws-cn:`, `arn:${AWS::Partition}:`), template placeholders and `Fn::GetAtt` values that a tool fills in before deployment; aslkit accepts any partition, treats `${…}` as a value to come, and does not check the account field"),
        row(.cfnLint, "Parameters on a Parallel, InputPath/OutputPath on a Succeed not in the schema", ["field-unknown"],
            "the specification allows both (state-type table) and AWS deploys them; aslkit's field lists follow the specification"),
        row(.cfnLint, "Parameters that is not an object (an array, a string) rejected", ["payload-template-not-object"],
            "AWS deploys a non-object payload template (asl-validator #67 and #101 after deployment tests); aslkit warns, as the specification says object"),
        row(.cfnLint, "JSONata variant types: `Output: null`, `Condition: true`, HeartbeatSeconds `{% … %}`, ToleratedFailurePercentage 0.5", ["field-type", "field-range"],
            "AWS accepts each (LocalStack's snapshot-tested definitions); aslkit types `Output` as any JSON, `Condition` as boolean or expression, and the percentage as a number from 0 to 100"),
        row(.cfnLint, "Definition at most 1,048,576 characters", [],
            "not checked yet: the 1 MB quota applies to the definition as deployed, after substitutions, which aslkit does not compute"),

        row(.localStack, "ASL grammar (ANTLR) with the preprocessor's field checks", fieldSchema + ["choice-rule-invalid"]),
        row(.localStack, "Cannot downgrade from JSONata context", ["field-query-language"]),
        row(.localStack, "Express restrictions (ExpressStaticAnalyser)", ["express-unsupported-integration"]),
        row(.localStack, "Out-of-range numbers", ["field-range"]),
        row(.localStack, "Intrinsic function grammar", ["intrinsic-syntax", "intrinsic-arity", "intrinsic-argument-type"]),
        row(.localStack, "Missing Next target (fails at run time: No such state)", ["transition-target-missing"],
            "aslkit reports it before deployment"),
        // Found by differential testing: moto's parser rejects definitions AWS deploys.
        row(.localStack, "Integration patterns (Unsupported condition for a suffix other than .sync, .sync:2, .waitForTaskToken)", ["resource-unknown-pattern"]),
        row(.localStack, "Distributed Map grammar: ExecutionType EXPRESS, ItemBatcher, an integer ToleratedFailurePercentage, WriterConfig rejected", ["map-execution-type-missing", "field-range"],
            "AWS documents and deploys all of them (AWS samples in ../shared/corpus/valid); aslkit checks their values instead"),
        row(.localStack, "No Resource declaration in State Task (a Resource that is a `${…}` placeholder)", ["resource-invalid"],
            "a placeholder is filled in before deployment; aslkit checks the ARN once it is one"),
        row(.localStack, "Unknown service 'http' (the HTTPS endpoint integration)", ["resource-unknown-integration"],
            "`arn:aws:states:::http:invoke` is an AWS integration (AWS samples deploy it); moto's list predates it"),
        row(.localStack, "Custom error names beginning with States. rejected", ["error-name-reserved"],
            "the specification reserves the prefix, but AWS deploys such names (published AWS samples); aslkit warns"),
        row(.localStack, "Parameters that is not an object rejected by the grammar", ["payload-template-not-object"],
            "AWS deploys a non-object payload template; aslkit warns"),
        row(.localStack, "Cannot downgrade from JSONata context: a JSONPath state inside a JSONata state of a JSONPath machine", ["field-query-language"],
            "AWS refuses the downgrade only when the whole machine is JSONata (its message says so; LocalStack's own validation test labels this case valid)"),

        row(.aws, "SCHEMA_VALIDATION_FAILED", fieldSchema + ["next-end-invalid", "resource-invalid", "resource-unknown-integration"]),
        row(.aws, "INVALID_STATE_NAME (name of 1 to 80 characters)", ["state-name-empty", "state-name-too-long"]),
        row(.aws, "INVALID_JSON_DESCRIPTION", ["json-syntax", "json-duplicate-key"]),
        row(.aws, "MISSING_TRANSITION_TARGET", ["transition-target-missing", "start-at-target-missing"]),
        row(.aws, "MISSING_END_STATE", ["scope-no-terminal"]),
        row(.aws, "DUPLICATE_STATE_NAME", ["state-name-duplicate"]),
        row(.aws, "State is not reachable", ["state-unreachable"]),
        row(.aws, "INVALID_JSONATA_EXPRESSION", ["jsonata-syntax"]),
        row(.aws, "UNSUPPORTED_JSONATA_EXPRESSION (top-level reference)", ["jsonata-top-level-reference"]),
        row(.aws, "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine", ["field-query-language"]),
        row(.aws, "There should only be one of the following fields", ["field-exclusive"]),
        row(.aws, "Minimum and maximum values of numeric fields", ["field-range"]),
        row(.aws, "Express machines: no .sync, .waitForTaskToken or activities", ["express-unsupported-integration"]),
        row(.aws, "TOO_DEEPLY_NESTED", ["json-too-deep", "yaml-too-deep", "expression-too-deep"],
            "aslkit's limit is its reader's (512 levels), not AWS's nesting quota of states"),
        row(.aws, "INVALID_LABEL_NAME / DUPLICATE_LABEL_NAME (Map Label)", [],
            "not checked yet (issue #15): Label characters and uniqueness"),
        row(.aws, "Distributed-only fields (ItemBatcher, ToleratedFailure…, Label, …) on an inline Map", ["map-field-requires-distributed"],
            "a warning, not an error: AWS documents the fields for distributed mode, but no source shows CreateStateMachine refusing them on an inline Map"),
        row(.aws, "Style warnings NO_DOLLAR, NO_PATH, PASS_RESULT_IS_STATIC", [],
            "not checked yet (issue #15)"),

        row(.languageService, "INVALID_NEXT / INVALID_DEFAULT / INVALID_START_AT", ["transition-target-missing", "start-at-target-missing"]),
        row(.languageService, "INVALID_JSON_PATH_OR_INTRINSIC", ["jsonpath-syntax", "intrinsic-syntax", "payload-template-value-invalid"]),
        row(.languageService, "INVALID_JSON_PATH_OR_INTRINSIC_STRING_ONLY", ["intrinsic-result-not-string"]),
        row(.languageService, "UNREACHABLE_STATE (must be referenced)", ["state-unreachable"]),
        row(.languageService, "NO_TERMINAL_STATE", ["scope-no-terminal"]),
        row(.languageService, "INVALID_PROPERTY_NAME", ["field-unknown"]),
        row(.languageService, "MUTUALLY_EXCLUSIVE_CHOICE_PROPERTIES", ["choice-rule-invalid"]),
        row(.languageService, "YAML duplicate key", ["yaml-duplicate-key"]),

        row(.sfnDiagram, "query-language-mismatch", ["field-query-language"]),
        row(.sfnDiagram, "dangling-transition", ["transition-target-missing"]),
        row(.sfnDiagram, "unreachable-state (warning)", ["state-unreachable"], "an error in aslkit, as AWS rejects the definition"),
        row(.sfnDiagram, "unsupported-retry-catch", ["field-unknown"]),
        row(.sfnDiagram, "Choice without Default (warning)", ["choice-default-missing"]),
    ]
}
