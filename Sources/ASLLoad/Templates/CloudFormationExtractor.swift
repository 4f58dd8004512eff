import ASLSource

/// Finds `AWS::StepFunctions::StateMachine` and `AWS::Serverless::StateMachine` resources in a
/// CloudFormation, SAM or CDK template and turns each definition form into a `LoadedMachine`.
struct CloudFormationExtractor {
    static let machineTypes: Set<String> = ["AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine"]

    let context: ExtractionContext
    let isCDK: Bool

    /// Whether `root` is a template with at least one state machine resource.
    static func holdsMachines(_ root: LocatedNode) -> Bool {
        root["Resources"]?.members?.contains { machineTypes.contains($0.value["Type"]?.stringValue ?? "") } ?? false
    }

    func extract(_ root: LocatedNode) -> MachineExtraction {
        var result = MachineExtraction()
        for resource in root["Resources"]?.members ?? [] {
            guard let type = resource.value["Type"]?.stringValue, Self.machineTypes.contains(type) else { continue }
            let isSAM = type == "AWS::Serverless::StateMachine"
            let pointer = "/Resources/\(JSONPointer.escape(resource.key))/Properties"
            guard let properties = resource.value["Properties"], properties.members != nil else {
                result.diagnostics.append(context.error(
                    LoadRuleID.templateDefinitionMissing, "state machine resource '\(resource.key)' has no Properties",
                    at: resource.keyPosition, pointer: "/Resources/\(JSONPointer.escape(resource.key))"))
                continue
            }
            let values = IntrinsicResolver.plainValues(of: properties["DefinitionSubstitutions"])
            let resource = ResourceExtraction(
                context: context, name: resource.key, keyPosition: resource.keyPosition, properties: properties,
                pointer: pointer, resolver: IntrinsicResolver(substitutions: values.resolved))
            let kind: SourceKind = isSAM ? .sam : (isCDK ? .cdk : .cloudFormation)
            let machineType = MachineType(node: properties[isSAM ? "Type" : "StateMachineType"])
            let found = resource.definition(isSAM: isSAM)
            result.diagnostics += found.diagnostics
            if let definition = found.definition {
                let origin = MachineOrigin(file: found.file ?? context.file, resource: resource.name, kind: kind)
                result.machines.append(LoadedMachine(
                    origin: origin, definition: definition, machineType: machineType, substitutions: values.resolved))
            }
        }
        return result
    }
}
