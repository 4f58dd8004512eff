import ASLModel
import Testing

/// CDK and CloudFormation write `arn:${AWS::Partition}:…`; the colons inside the placeholder
/// must not count as ARN separators.
@Suite struct PartitionPlaceholderTests {
    @Test func integrationsWrittenWithPlaceholdersAreRecognised() {
        let cases: [(String, Integration)] = [
            ("arn:${AWS::Partition}:states:::lambda:invoke", .lambda),
            ("arn:${AWS::Partition}:states:::sns:publish", .sns),
            ("arn:${AWS::Partition}:states:::aws-sdk:s3:getObject", .sdk),
            ("arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:activity:approve", .activity),
            ("arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:f", .lambda),
            ("arn:${AWS::Partition}:states:::athena:startQueryExecution.sync", .other),
        ]
        for (arn, expected) in cases {
            #expect(Integration(resourceARN: arn) == expected, "\(arn)")
        }
    }

    @Test func onlyColonsInsidePlaceholdersAreRemoved() {
        #expect(Integration.colonFreePlaceholders("arn:${AWS::Partition}:states:::lambda:invoke") == "arn:${AWSPartition}:states:::lambda:invoke")
        #expect(Integration.colonFreePlaceholders("arn:aws:states:::lambda:invoke") == "arn:aws:states:::lambda:invoke")
        // An unclosed placeholder swallows the rest, as it would at deploy time: no crash, no fields.
        #expect(Integration(resourceARN: "arn:${AWS::Partition:states:::lambda:invoke") == .other)
    }
}
