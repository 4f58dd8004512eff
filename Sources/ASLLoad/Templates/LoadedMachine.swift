public import ASLSource

/// `STANDARD` or `EXPRESS`, when the template says.
public enum MachineType: String, Sendable {
    case standard = "STANDARD"
    case express = "EXPRESS"
}

/// The kind of file a state machine definition came from.
public enum SourceKind: String, Sendable {
    case asl, cloudFormation, sam, serverless, cdk
}

/// Where a machine was found: a file and, inside a template, the resource (or Serverless
/// machine) name.
public struct MachineOrigin: Hashable, Sendable, CustomStringConvertible {
    /// The file the definition's positions refer to (for SAM `DefinitionUri`, the ASL file).
    public var file: String
    public var resource: String?
    public var kind: SourceKind

    public init(file: String, resource: String? = nil, kind: SourceKind) {
        self.file = file
        self.resource = resource
        self.kind = kind
    }

    /// `template.yaml#OrderMachine`, or just the file for bare ASL.
    public var displayName: String { resource.map { "\(file)#\($0)" } ?? file }

    public var description: String { displayName }
}

/// One state machine definition, ready for the model stage.
public struct LoadedMachine: Sendable {
    public var origin: MachineOrigin
    /// The ASL document (the object with `StartAt` and `States`), positions in `origin.file`.
    public var definition: LocatedNode
    public var machineType: MachineType?
    /// `${Name}` values that were substituted (from `DefinitionSubstitutions` or an `Fn::Sub`
    /// map). Placeholders left in strings (`${Fn.Arn}`) are template values unknown until deploy.
    public var substitutions: [String: String]

    public init(origin: MachineOrigin, definition: LocatedNode, machineType: MachineType? = nil, substitutions: [String: String] = [:]) {
        self.origin = origin
        self.definition = definition
        self.machineType = machineType
        self.substitutions = substitutions
    }
}

/// Everything the loading stage found in the paths it was given.
public struct LoadResult: Sendable {
    public var machines: [LoadedMachine]
    public var diagnostics: [Diagnostic]
    public var filesScanned: Int

    public init(machines: [LoadedMachine] = [], diagnostics: [Diagnostic] = [], filesScanned: Int = 0) {
        self.machines = machines
        self.diagnostics = diagnostics
        self.filesScanned = filesScanned
    }

    mutating func append(_ other: LoadResult) {
        machines += other.machines
        diagnostics += other.diagnostics
        filesScanned += other.filesScanned
    }
}

extension MachineType {
    init?(node: LocatedNode?) {
        guard let text = node?.stringValue else { return nil }
        self.init(rawValue: text.uppercased())
    }
}
