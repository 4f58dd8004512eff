import ASLSource

/// The definition of one state machine resource, in whichever form the template gives it:
/// `Definition` (inline), `DefinitionString` (string, `Fn::Sub`, `Fn::Join`), or SAM's
/// `DefinitionUri` (a local file). S3 locations cannot be checked and say so.
struct ResourceExtraction {
    let context: ExtractionContext
    let name: String
    let keyPosition: SourcePosition
    let properties: LocatedNode
    let pointer: String
    let resolver: IntrinsicResolver

    struct Found {
        var definition: LocatedNode?
        var diagnostics: [Diagnostic] = []
        /// Set when the definition lives in another file (`DefinitionUri`).
        var file: String?
    }

    func definition(isSAM: Bool) -> Found {
        if let inline = properties.member("Definition") {
            guard inline.value.members != nil else {
                return invalid("Definition must be an object, found \(inline.value.kindName)", at: inline.value.position, key: "Definition")
            }
            return Found(definition: resolver.resolve(inline.value))
        }
        if let string = properties.member("DefinitionString") {
            return definitionString(string.value)
        }
        if isSAM, let uri = properties.member("DefinitionUri") {
            return definitionURI(uri.value)
        }
        if let s3 = properties.member("DefinitionS3Location") {
            return remote("DefinitionS3Location", at: s3.value.position)
        }
        let diagnostic = context.error(
            LoadRuleID.templateDefinitionMissing, "state machine resource '\(name)' has no definition",
            at: keyPosition, pointer: pointer)
        return Found(definition: nil, diagnostics: [diagnostic])
    }

    private func definitionString(_ node: LocatedNode) -> Found {
        let reader = DefinitionStringReader(file: context.file, lines: context.lines)
        let pointer = pointer + "/DefinitionString"
        if let text = node.stringValue {
            let (definition, diagnostics) = reader.read(
                text, map: EmbeddedPositionMap(for: node, text: text, lines: context.lines), resolver: resolver, pointer: pointer)
            return Found(definition: definition, diagnostics: diagnostics)
        }
        if let operand = node["Fn::Sub"] {
            var local = resolver
            var template = operand
            if let items = operand.arrayValue, let first = items.first {
                template = first
                if items.count > 1 {
                    local.substitutions.merge(IntrinsicResolver.plainValues(of: items[1]).resolved) { _, new in new }
                }
            }
            guard let text = template.stringValue else {
                return invalid("Fn::Sub needs a string", at: template.position, key: "DefinitionString")
            }
            let (definition, diagnostics) = reader.read(
                text, map: EmbeddedPositionMap(for: template, text: text, lines: context.lines), resolver: local,
                pointer: pointer)
            return Found(definition: definition, diagnostics: diagnostics)
        }
        if let (text, map) = JoinedDefinition.make(node, resolver: resolver) {
            let (definition, diagnostics) = reader.read(text, map: map, resolver: resolver, pointer: pointer)
            return Found(definition: definition, diagnostics: diagnostics)
        }
        return invalid(
            "DefinitionString must be a string, Fn::Sub or Fn::Join, found \(node.kindName)", at: node.position,
            key: "DefinitionString")
    }

    private func definitionURI(_ node: LocatedNode) -> Found {
        guard let path = node.stringValue, !path.hasPrefix("s3://") else {
            return remote("DefinitionUri", at: node.position)
        }
        let resolved = path.hasPrefix("/") ? path : FilePaths.sibling(of: context.file, relativePath: path)
        let pointer = pointer + "/DefinitionUri"
        switch context.confinement.readReferencedFile(resolved) {
        case .read(let read):
            return Found(definition: read.root.map { resolver.resolve($0) }, diagnostics: read.diagnostics, file: resolved)
        case .outsideRoot:
            return Found(definition: nil, diagnostics: [context.outsideRoot("DefinitionUri '\(path)'", at: node.position, pointer: pointer)])
        case .unreadable:
            let diagnostic = context.error(
                LoadRuleID.templateDefinitionURIMissing, "DefinitionUri '\(path)' does not name a readable file",
                at: node.position, pointer: pointer)
            return Found(definition: nil, diagnostics: [diagnostic])
        }
    }

    private func remote(_ key: String, at position: SourcePosition) -> Found {
        let diagnostic = context.error(
            LoadRuleID.templateDefinitionURIMissing, "the definition of '\(name)' is in S3 (\(key)); it is not checked",
            at: position, pointer: pointer + "/" + key, severity: .warning)
        return Found(definition: nil, diagnostics: [diagnostic])
    }

    private func invalid(_ message: String, at position: SourcePosition, key: String) -> Found {
        let diagnostic = context.error(LoadRuleID.templateDefinitionInvalid, message, at: position, pointer: pointer + "/" + key)
        return Found(definition: nil, diagnostics: [diagnostic])
    }
}
