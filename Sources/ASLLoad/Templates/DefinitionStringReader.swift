import ASLSource

/// Reads a definition written as a string (`DefinitionString`, an `Fn::Sub` operand, joined
/// `Fn::Join` pieces): parses the JSON, maps positions back into the template, then substitutes
/// `${Name}` in string values. Placeholders are kept during parsing so inner columns stay exact.
struct DefinitionStringReader {
    let file: String
    let lines: SourceLines?

    func read(_ text: String, map: EmbeddedPositionMap, resolver: IntrinsicResolver, pointer: String)
        -> (definition: LocatedNode?, diagnostics: [Diagnostic])
    {
        var parsed = JSONReader.parse(text, file: file)
        if parsed.root == nil, text.contains("${"), !resolver.substitutions.isEmpty {
            // `"MaxConcurrency": ${Limit}` is only JSON after substitution; columns then shift,
            // so positions collapse onto the string.
            let substituted = PlaceholderSubstitution.apply(resolver.substitutions, to: text)
            let retry = JSONReader.parse(substituted, file: file)
            if let root = retry.root {
                let collapsed = EmbeddedPositionMap.collapsed(to: map.map(SourcePosition(line: 1, column: 1)))
                let diagnostics = retry.diagnostics.map { remap($0, collapsed, pointer: pointer) }
                return (resolver.resolve(root.mapPositions(collapsed.map)), diagnostics)
            }
        }
        let diagnostics = parsed.diagnostics.map { remap($0, map, pointer: pointer) }
        guard let root = parsed.root else { return (nil, diagnostics) }
        parsed.root = root.mapPositions(map.map)
        return (resolver.resolve(parsed.root!), diagnostics)
    }

    /// Inner diagnostics in template terms: syntax problems become `template-definition-invalid`.
    private func remap(_ diagnostic: Diagnostic, _ map: EmbeddedPositionMap, pointer: String) -> Diagnostic {
        var copy = diagnostic
        copy.position = diagnostic.position.map(map.map)
        copy.notes = diagnostic.notes.map { Diagnostic.Note(message: $0.message, position: $0.position.map(map.map)) }
        if diagnostic.ruleID == LoadRuleID.jsonSyntax || diagnostic.ruleID == LoadRuleID.jsonTooDeep
            || diagnostic.ruleID == LoadRuleID.inputEmpty
        {
            copy.ruleID = LoadRuleID.templateDefinitionInvalid
            copy.message = "the definition string is not valid JSON: " + diagnostic.message
            copy.pointer = pointer
        } else {
            copy.pointer = pointer + diagnostic.pointer
        }
        return copy
    }
}
