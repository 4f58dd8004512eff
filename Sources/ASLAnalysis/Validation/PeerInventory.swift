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
        row(.statelint, "`${…}` placeholders reported as errors (statelint PR #38)", [],
            "aslkit treats template placeholders as values a tool fills in later, never as type errors"),

        row(.cfnLint, "State machine JSON schema (additionalProperties false)", fieldSchema),
        row(.cfnLint, "StartAt names a state, nested scopes included (#4264)", ["start-at-target-missing"]),
        row(.cfnLint, "Next and End exclusive", ["next-end-invalid"]),
        row(.cfnLint, "One comparison operator per Choice rule", ["choice-rule-invalid"]),
        row(.cfnLint, "Paths match ^\\$", ["jsonpath-syntax"], "aslkit parses the whole path, not only its first character"),
        row(.cfnLint, "JSONata variant of the schema", ["field-query-language"]),
        row(.cfnLint, "Definition at most 1,048,576 characters", [],
            "not checked yet: the 1 MB quota applies to the definition as deployed, after substitutions, which aslkit does not compute"),

        row(.localStack, "ASL grammar (ANTLR) with the preprocessor's field checks", fieldSchema + ["choice-rule-invalid"]),
        row(.localStack, "Cannot downgrade from JSONata context", ["field-query-language"]),
        row(.localStack, "Express restrictions (ExpressStaticAnalyser)", ["express-unsupported-integration"]),
        row(.localStack, "Out-of-range numbers", ["field-range"]),
        row(.localStack, "Intrinsic function grammar", ["intrinsic-syntax", "intrinsic-arity", "intrinsic-argument-type"]),
        row(.localStack, "Missing Next target (fails at run time: No such state)", ["transition-target-missing"],
            "aslkit reports it before deployment"),

        row(.aws, "SCHEMA_VALIDATION_FAILED", fieldSchema + ["next-end-invalid", "resource-invalid", "resource-unknown-integration"]),
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
