import ASLLoad
import ASLSource
import Testing
import TestSupport

/// The sample templates in `Samples/templates/`, one per source kind, with positions mapped
/// back into the template files.
@Suite struct SampleTemplateTests {
    private func pos(_ line: Int, _ column: Int) -> SourcePosition { SourcePosition(line: line, column: column) }
    private func sample(_ name: String) -> String { SharedData.projectFile("Samples/templates/\(name)").path }

    private func onlyMachine(_ name: String) throws -> LoadedMachine {
        let result = Loader.load(paths: [sample(name)])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.filesScanned == 1)
        #expect(result.machines.count == 1)
        return try #require(result.machines.first)
    }

    @Test func definitionStringBlockMapsToTemplateLines() throws {
        let machine = try onlyMachine("cfn-definition-string.yaml")
        #expect(machine.origin.kind == .cloudFormation)
        #expect(machine.origin.resource == "ReportMachine")
        #expect(machine.origin.displayName.hasSuffix("cfn-definition-string.yaml#ReportMachine"))
        #expect(machine.machineType == .express)
        let definition = machine.definition
        #expect(definition.member("StartAt")?.keyPosition == pos(18, 11))
        #expect(definition["StartAt"]?.position == pos(18, 22))
        #expect(definition["StartAt"]?.contentStart == pos(18, 23))
        let task = try #require(definition["States"]?["BuildReport"])
        // Unknown at load time (a GetAtt of another resource): kept as placeholder text.
        #expect(task["Resource"]?.stringValue == "${BuildReportFunction.Arn}")
        #expect(task["Resource"]?.position == pos(22, 27))
        #expect(definition["States"]?["Notify"]?["Parameters"]?["TopicArn"]?.position == pos(38, 42))
    }

    @Test func samInlineDefinitionWithSubstitutions() throws {
        let machine = try onlyMachine("order-sam.yaml")
        #expect(machine.origin.kind == .sam)
        #expect(machine.origin.resource == "OrderMachine")
        #expect(machine.machineType == .standard)
        #expect(machine.substitutions == [
            "ChargeCardArn": "arn:aws:lambda:eu-west-1:123456789012:function:charge-card", "OrdersTable": "orders",
        ])
        let states = try #require(machine.definition["States"])
        #expect(machine.definition["StartAt"]?.position == pos(28, 18))
        #expect(states["ValidateOrder"]?["Resource"]?.stringValue == "${ValidateOrderArn}")
        #expect(states["ChargeCard"]?["Resource"]?.stringValue == "arn:aws:lambda:eu-west-1:123456789012:function:charge-card")
        #expect(states["ChargeCard"]?["Resource"]?.position == pos(53, 23))
        // Substituted text no longer maps onto the source characters.
        #expect(states["ChargeCard"]?["Resource"]?.contentStart == nil)
        #expect(states["RecordOrder"]?["Parameters"]?["TableName"]?.stringValue == "orders")
        #expect(states["ValidateOrder"]?["TimeoutSeconds"]?.numberValue?.text == "30")
    }

    @Test func serverlessFrameworkMachine() throws {
        let machine = try onlyMachine("serverless.yml")
        #expect(machine.origin.kind == .serverless)
        #expect(machine.origin.resource == "imagePipeline")
        #expect(machine.machineType == .express)
        #expect(machine.definition["StartAt"]?.position == pos(21, 18))
        let states = try #require(machine.definition["States"])
        #expect(states["Resize"]?["Resource"]?.stringValue == "arn:aws:placeholder:::${resize.Arn}")
        #expect(states["Resize"]?["Resource"]?.position == pos(26, 15))
        #expect(states["Tag"]?["Resource"]?.stringValue == "arn:aws:placeholder:::${tag.Arn}")
    }

    @Test func cdkJoinDefinition() throws {
        let machine = try onlyMachine("cdk-stack.template.json")
        #expect(machine.origin.kind == .cdk)
        #expect(machine.origin.resource == "InvoiceMachine2E5F8A90")
        #expect(machine.machineType == .standard)
        let definition = machine.definition
        #expect(definition["StartAt"]?.stringValue == "FetchInvoice")
        let fetch = try #require(definition["States"]?["FetchInvoice"])
        #expect(fetch["Resource"]?.stringValue == "arn:${AWS::Partition}:states:::lambda:invoke")
        #expect(fetch["Parameters"]?["FunctionName"]?.stringValue == "${FetchInvoiceFunction3B4D2C1A.Arn}")
        // Joined pieces cannot be mapped exactly: every node sits on the Fn::Join object.
        #expect(definition.position == pos(32, 25))
        #expect(fetch["Resource"]?.position == pos(32, 25))
    }

    @Test func directoryDiscoveryIsSorted() {
        let result = Loader.load(paths: [SharedData.projectFile("Samples/templates").path])
        #expect(result.diagnostics.isEmpty)
        #expect(result.filesScanned == 4)
        #expect(result.machines.map { FilePathName.last($0.origin.file) } == [
            "cdk-stack.template.json", "cfn-definition-string.yaml", "order-sam.yaml", "serverless.yml",
        ])
    }
}

enum FilePathName {
    static func last(_ path: String) -> String { String(path.split(separator: "/").last ?? "") }
}
