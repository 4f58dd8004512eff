@testable import ASLLoad
import ASLSource
import Testing

/// serverless-step-functions' `configureTaskTimeouts: true` writes the invoked function's
/// timeout into Tasks without one, at deploy time; aslkit reads the definition as deployed.
@Suite struct ServerlessTaskTimeoutTests {
    static func file(configure: Bool) -> String {
        """
        service: orders
        provider:
          name: aws
          timeout: 20
        functions:
          charge-card:
            handler: charge.handler
            timeout: 30
          ship:
            handler: ship.handler
          audit:
            handler: audit.handler
        stepFunctions:
          stateMachines:
            orders:
              configureTaskTimeouts: \(configure)
              definition:
                StartAt: Charge
                States:
                  Charge:
                    Type: Task
                    Resource:
                      Fn::GetAtt: [charge-card, Arn]
                    Next: Fan
                  Fan:
                    Type: Parallel
                    Branches:
                      - StartAt: Ship
                        States:
                          Ship:
                            Type: Task
                            Resource: arn:aws:states:::lambda:invoke
                            Parameters:
                              FunctionName:
                                Fn::GetAtt: [ShipLambdaFunction, Arn]
                            End: true
                    Next: Audit
                  Audit:
                    Type: Task
                    Resource:
                      Fn::GetAtt: [audit, Arn]
                    TimeoutSeconds: 90
                    Next: Notify
                  Notify:
                    Type: Task
                    Resource: arn:aws:states:::sns:publish
                    End: true
        """
    }

    static func timeouts(configure: Bool) throws -> [String: String] {
        let result = Loader.load(SourceText(path: "serverless.yml", text: file(configure: configure)))
        let states = try #require(result.machines.first?.definition["States"])
        let ship = states["Fan"]?["Branches"]?.arrayValue?.first?["States"]?["Ship"]
        let tasks: [(String, LocatedNode?)] = [("Charge", states["Charge"]), ("Ship", ship), ("Audit", states["Audit"]), ("Notify", states["Notify"])]
        return tasks.reduce(into: [:]) { found, task in
            found[task.0] = task.1?["TimeoutSeconds"].map { "\($0.numberValue?.text ?? "?")@\($0.position)" } ?? "none"
        }
    }

    /// Charge: its function's 30 s (by key); Ship: provider's 20 s (by logical id, inside a
    /// branch); Audit keeps its own 90 s; Notify calls no project function. Each injected value
    /// sits where its state's fields start (the state's own position).
    @Test func timeoutsAreWrittenAsThePluginWritesThem() throws {
        let found = try Self.timeouts(configure: true)
        #expect(found == ["Charge": "30@21:13", "Ship": "20@31:21", "Audit": "90@42:29", "Notify": "none"])
    }

    @Test func nothingIsWrittenWithoutTheOption() throws {
        let found = try Self.timeouts(configure: false)
        #expect(found == ["Charge": "none", "Ship": "none", "Audit": "90@42:29", "Notify": "none"])
    }

    @Test func logicalIDsFollowTheFrameworksNaming() {
        #expect(ServerlessTaskTimeouts.logicalID(of: "charge-card") == "ChargeDashcardLambdaFunction")
        #expect(ServerlessTaskTimeouts.logicalID(of: "send_mail") == "SendUnderscoremailLambdaFunction")
    }
}
