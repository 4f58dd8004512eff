import ASLLoad
import ASLModel
import Foundation
import TestSupport

/// Builds models for tests from ASL JSON text or a sample file.
enum Fixtures {
    static func machine(_ json: String) -> StateMachine {
        let result = JSONReader.parse(json, file: "test.asl.json")
        guard let root = result.root else { fatalError("fixture does not parse: \(result.diagnostics)") }
        return StateMachineBuilder.build(root)
    }

    static func sample(_ name: String) throws -> StateMachine {
        let url = SharedData.projectFile("Samples/\(name)")
        return machine(try String(contentsOf: url, encoding: .utf8))
    }

    static let sampleNames = [
        "callback-approval.asl.json", "distributed-map.asl.json", "jsonata-variables.asl.json",
        "meetup-agenda.asl.json", "order-workflow.asl.json",
    ]

    /// A small machine with one of everything: Choice rules and Default, Catch, Retry, a
    /// Parallel, an inline Map, an unreachable state and a Fail.
    static let small = """
        {
          "StartAt": "Charge",
          "States": {
            "Charge": {
              "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 30,
              "Retry": [{ "ErrorEquals": ["States.TaskFailed"] }],
              "Catch": [{ "ErrorEquals": ["States.ALL"], "Next": "Failed" }],
              "Next": "Big?"
            },
            "Big?": {
              "Type": "Choice",
              "Choices": [
                { "Variable": "$.amount", "NumericGreaterThan": 100, "Next": "Fan out" },
                { "Not": { "Variable": "$.x", "IsPresent": true }, "Next": "Each" }
              ],
              "Default": "Done"
            },
            "Fan out": {
              "Type": "Parallel",
              "Branches": [
                { "StartAt": "Notify", "States": { "Notify": { "Type": "Task", "Resource": "arn:aws:states:::sns:publish", "End": true } } },
                { "StartAt": "Pause", "States": { "Pause": { "Type": "Wait", "Seconds": 5, "End": true } } }
              ],
              "Next": "Done"
            },
            "Each": {
              "Type": "Map", "MaxConcurrency": 2,
              "ItemProcessor": { "StartAt": "Put", "States": { "Put": { "Type": "Task", "Resource": "arn:aws:states:::dynamodb:putItem", "End": true } } },
              "Next": "Done"
            },
            "Orphan": { "Type": "Pass", "Next": "Done" },
            "Failed": { "Type": "Fail", "Error": "ChargeFailed" },
            "Done": { "Type": "Succeed" }
          }
        }
        """
}
