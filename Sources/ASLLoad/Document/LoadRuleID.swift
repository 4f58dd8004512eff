/// The rule ids the loading stage reports. Stable: users suppress and filter by them.
public enum LoadRuleID {
    public static let inputEmpty = "input-empty"
    public static let inputNotText = "input-not-text"
    public static let inputUnreadable = "input-unreadable"
    public static let inputTooLarge = "input-too-large"
    public static let jsonSyntax = "json-syntax"
    public static let jsonDuplicateKey = "json-duplicate-key"
    public static let jsonTooDeep = "json-too-deep"
    public static let yamlSyntax = "yaml-syntax"
    public static let yamlDuplicateKey = "yaml-duplicate-key"
    public static let yamlAliasLimit = "yaml-alias-limit"
    public static let yamlTooDeep = "yaml-too-deep"
    public static let noStateMachine = "no-state-machine"
    public static let templateDefinitionInvalid = "template-definition-invalid"
    public static let templateDefinitionMissing = "template-definition-missing"
    public static let templateDefinitionURIMissing = "template-definition-uri-missing"
}
