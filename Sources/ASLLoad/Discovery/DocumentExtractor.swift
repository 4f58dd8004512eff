import ASLSource

/// Decides by content what a document holds (bare ASL, a template with state machine
/// resources, a Serverless file) and extracts its machines.
struct DocumentExtractor {
    let context: ExtractionContext

    /// Whether `root` looks like an ASL definition: an object with `States` and `StartAt`.
    static func isASL(_ root: LocatedNode) -> Bool {
        root["States"] != nil && root["StartAt"] != nil
    }

    func extract(_ root: LocatedNode) -> MachineExtraction {
        if Self.isASL(root) || FilePaths.isASLName(context.file) {
            return MachineExtraction(machines: [LoadedMachine(origin: MachineOrigin(file: context.file, kind: .asl), definition: root)])
        }
        if CloudFormationExtractor.holdsMachines(root) {
            return CloudFormationExtractor(context: context, isCDK: isCDK(root)).extract(root)
        }
        if ServerlessExtractor.holdsMachines(root) {
            return ServerlessExtractor(context: context).extract(root)
        }
        return MachineExtraction()
    }

    /// CDK synthesises templates into `cdk.out/*.template.json` and tags resources with
    /// `aws:cdk:path` metadata.
    private func isCDK(_ root: LocatedNode) -> Bool {
        if context.file.contains("cdk.out/") { return true }
        return root["Resources"]?.members?.contains { $0.value["Metadata"]?["aws:cdk:path"] != nil } ?? false
    }
}
