/// AWS's own spelling of the services a Task may call, by the name its ARN uses
/// (`arn:aws:states:::apigateway:invoke`, `arn:aws:states:::aws-sdk:s3:getObject`), so that
/// "API Gateway" and "Athena" are cased like "DynamoDB". A name not listed is shown as the
/// ARN writes it.
enum ServiceNames {
    static func display(_ arnName: String) -> String {
        names[arnName.lowercased()] ?? arnName
    }

    private static let names: [String: String] = [
        "apigateway": "API Gateway", "athena": "Athena", "batch": "Batch", "bedrock": "Bedrock",
        "codebuild": "CodeBuild", "dynamodb": "DynamoDB", "ec2": "EC2", "ecs": "ECS", "eks": "EKS",
        "elasticmapreduce": "EMR", "emr-containers": "EMR on EKS", "emr-serverless": "EMR Serverless",
        "events": "EventBridge", "eventbridge": "EventBridge", "glue": "Glue", "glue-databrew": "Glue DataBrew",
        "databrew": "Glue DataBrew", "http": "HTTP", "iam": "IAM", "kinesis": "Kinesis", "kms": "KMS",
        "lambda": "Lambda", "mediaconvert": "MediaConvert", "rds": "RDS", "redshiftdata": "Redshift Data",
        "s3": "S3", "sagemaker": "SageMaker", "secretsmanager": "Secrets Manager", "sfn": "Step Functions",
        "states": "Step Functions", "sns": "SNS", "sqs": "SQS", "ssm": "Systems Manager", "sts": "STS",
        "textract": "Textract", "translate": "Translate", "comprehend": "Comprehend", "rekognition": "Rekognition",
        "cloudwatch": "CloudWatch", "cloudwatchlogs": "CloudWatch Logs", "ses": "SES", "sesv2": "SES",
        "eventbridgescheduler": "EventBridge Scheduler", "scheduler": "EventBridge Scheduler",
    ]
}
