import ASLSource

/// Finds `stepFunctions.stateMachines.<name>.definition` in a Serverless Framework file.
/// `Fn::GetAtt`, `Ref` and `${self:...}`-style variables become placeholder strings.
struct ServerlessExtractor {
    let context: ExtractionContext

    static func holdsMachines(_ root: LocatedNode) -> Bool {
        root["stepFunctions"]?["stateMachines"]?.members?.isEmpty == false
    }

    func extract(_ root: LocatedNode) -> MachineExtraction {
        var result = MachineExtraction()
        let resolver = IntrinsicResolver(substitutions: [:])
        for machine in root["stepFunctions"]?["stateMachines"]?.members ?? [] {
            let pointer = "/stepFunctions/stateMachines/\(JSONPointer.escape(machine.key))"
            let origin = MachineOrigin(file: context.file, resource: machine.key, kind: .serverless)
            let machineType = MachineType(node: machine.value["type"])
            let timeouts = machine.value["configureTaskTimeouts"]?.boolValue == true ? ServerlessTaskTimeouts(serverless: root) : nil
            func deployed(_ definition: LocatedNode) -> LocatedNode { timeouts?.apply(to: definition) ?? definition }
            switch machine.value["definition"] {
            case let definition? where definition.members != nil:
                result.machines.append(LoadedMachine(origin: origin, definition: deployed(resolver.resolve(definition)), machineType: machineType))
            case let definition? where definition.stringValue.flatMap(fileReference) != nil:
                let reference = fileReference(definition.stringValue!)!
                let path = reference.hasPrefix("/") ? reference : FilePaths.sibling(of: context.file, relativePath: reference)
                let read: ReadResult
                switch context.confinement.readReferencedFile(path) {
                case .read(let found):
                    read = found
                case .outsideRoot:
                    result.diagnostics.append(
                        context.outsideRoot("definition file '\(reference)'", at: definition.position, pointer: pointer + "/definition"))
                    continue
                case .unreadable:
                    result.diagnostics.append(context.error(
                        LoadRuleID.templateDefinitionURIMissing, "definition file '\(path)' cannot be read",
                        at: definition.position, pointer: pointer + "/definition"))
                    continue
                }
                let file = MachineOrigin(file: path, resource: machine.key, kind: .serverless)
                result.diagnostics += read.diagnostics
                if let root = read.root {
                    result.machines.append(LoadedMachine(origin: file, definition: deployed(resolver.resolve(root)), machineType: machineType))
                }
            case let definition? where definition.stringValue != nil:
                let text = definition.stringValue!
                let (read, diagnostics) = DefinitionStringReader(file: context.file, lines: context.lines).read(
                    text, map: EmbeddedPositionMap(for: definition, text: text, lines: context.lines), resolver: resolver,
                    pointer: pointer + "/definition")
                result.diagnostics += diagnostics
                if let read { result.machines.append(LoadedMachine(origin: origin, definition: deployed(read), machineType: machineType)) }
            default:
                result.diagnostics.append(context.error(
                    LoadRuleID.templateDefinitionMissing, "state machine '\(machine.key)' has no definition object",
                    at: machine.keyPosition, pointer: pointer))
            }
        }
        return result
    }

    /// `${file(./statemachine/machine.asl.yml)}` → `./statemachine/machine.asl.yml`.
    private func fileReference(_ text: String) -> String? {
        guard text.hasPrefix("${file("), text.hasSuffix(")}") else { return nil }
        let inner = text.dropFirst(7).dropLast(2)
        guard let path = inner.split(separator: ")", maxSplits: 1).first, !path.isEmpty, !path.contains(":") else {
            return nil
        }
        return String(path)
    }
}
