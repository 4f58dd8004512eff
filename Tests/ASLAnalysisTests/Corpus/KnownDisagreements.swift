/// Corpus files whose label aslkit disagrees with, and why aslkit is right. The README lists
/// the same files under "Corpus results"; a test keeps both in step.
enum KnownDisagreements {
    enum Reason: String {
        case dummyResource = "The Task `Resource` is not an ARN (a test-harness placeholder such as `_tbd_`, or a dummy such as `foo:bar`); AWS rejects it at create time (the manifest's CAVEAT says so)."
        case harnessPlaceholder = "A test-harness placeholder (`_tbd_`, `%CONTEXT_OBJECT_LITERAL_PLACEHOLDER%`) stands where AWS requires an array or a path; the harness replaces it before use (manifest CAVEAT)."
        case undefinedVariable = "A variable is read that no state assigns. AWS creates the machine, but every execution that reaches the read fails; LocalStack's `assign-base_undefined_*` tests exist to show exactly that run-time failure."
        case variableTypo = "`States.Format('{}{}', $.field1, $field2)` reads the variable `$field2`, which nothing assigns: a typo for `$.field2` that fails every execution reaching it."
        case variableOutOfScope = "`Finish` reads `$resultVar`, which is assigned only inside a Parallel branch and is not visible outside it; the test runs only the Catch path, and the success path fails."
        case statesResultInPass = "`$states.result` in a Pass state's `Output`: AWS allows it only in the `Output`/`Assign` of Task, Map and Parallel states (the file is named `data-invalid-…`)."
        case credentialsWithoutRoleArn = "`Credentials` without `RoleArn`: AWS answers `SCHEMA_VALIDATION_FAILED: The field 'RoleArn' is required` (recorded in LocalStack's snapshot); the peers that label it valid treat Credentials as a free payload."
        case jsonataDowngrade = "A JSONPath state inside a JSONata machine; AWS rejects the downgrade (manifest LABEL-SUSPECT)."
        case fragment = "A fragment from a cfn-lint unit test: three states go to `NextState`, which does not exist; AWS answers MISSING_TRANSITION_TARGET."
        case substitutionOutsideFile = "Invalid only once cfn-lint's unit test substitutes `${jobqueue}` with a value that is not an ARN; in the bare file the `${…}` is a placeholder, which aslkit never flags."
        case emptyErrorEquals = "An empty `ErrorEquals`, which the specification forbids (statelint's invalid cases agree); LocalStack's harness fills it in before creating the machine."
    }

    static let reasons: [String: Reason] = [
        "valid/asl-validator/valid-fail-paths.asl.json": .variableTypo,
        "valid/localstack/assign-base_undefined_arguments_field.asl.json": .undefinedVariable,
        "valid/localstack/assign-base_undefined_assign.asl.json": .undefinedVariable,
        "valid/localstack/assign-base_undefined_output.asl.json": .undefinedVariable,
        "valid/localstack/assign-base_undefined_output_field.asl.json": .undefinedVariable,
        "valid/statelint-py/data-jsonata-4.asl.json": .undefinedVariable,
        "valid/localstack/context_object-context_object_input_path.asl.json": .harnessPlaceholder,
        "valid/localstack/context_object-context_object_items_path.asl.json": .harnessPlaceholder,
        "valid/localstack/context_object-context_object_output_path.asl.json": .harnessPlaceholder,
        "valid/localstack/context_object-context_object_result_selector.asl.json": .harnessPlaceholder,
        "valid/localstack/context_object-context_object_variable.asl.json": .harnessPlaceholder,
        "valid/localstack/statevariables-parallel_catch_error_variable_sampling.asl.json": .variableOutOfScope,
        "valid/statelint-py/data-invalid-issue-127.asl.json": .statesResultInPass,
        "invalid/cfn-lint/e3601-10-valid-string-json.asl.json": .substitutionOutsideFile,
        "valid/asl-validator/valid-map-with-item-batcher-jsonata.asl.json": .jsonataDowngrade,
        "valid/asl-validator/valid-task-credentials.asl.json": .credentialsWithoutRoleArn,
        "valid/cfn-lint/e3601-05-test-functions.asl.json": .credentialsWithoutRoleArn,
        "valid/cfn-lint/e3601-06-choices.asl.json": .fragment,
        "valid/localstack/activities-base_activity_task.asl.json": .dummyResource,
        "valid/localstack/activities-base_activity_task_timeout.asl.json": .dummyResource,
        "valid/localstack/arguments-base_lambda_empty.asl.json": .dummyResource,
        "valid/localstack/arguments-base_lambda_empty_global_ql_jsonata.asl.json": .dummyResource,
        "valid/localstack/arguments-base_lambda_expressions.asl.json": .dummyResource,
        "valid/localstack/arguments-base_lambda_literals.asl.json": .dummyResource,
        "valid/localstack/assign-task_retry_reference_exception.asl.json": .dummyResource,
        "valid/localstack/base-task_seq_2.asl.json": .dummyResource,
        "valid/localstack/credentials-lambda_task.asl.json": .dummyResource,
        "valid/localstack/errorhandling-task_lambda_invoke_catch_all.asl.json": .dummyResource,
        "valid/localstack/errorhandling-task_lambda_invoke_catch_data_limit_exceeded.asl.json": .dummyResource,
        "valid/localstack/errorhandling-task_lambda_invoke_catch_relevant.asl.json": .dummyResource,
        "valid/localstack/errorhandling-task_lambda_invoke_catch_tbd.asl.json": .emptyErrorEquals,
        "valid/localstack/errorhandling-task_lambda_invoke_catch_unknown.asl.json": .dummyResource,
        "valid/localstack/errorhandling-task_service_lambda_invoke_catch_tbd.asl.json": .emptyErrorEquals,
        "valid/localstack/outputdecl-base_lambda.asl.json": .dummyResource,
        "valid/localstack/querylanguage-task_lambda_legacy_resource_from_jsonata_to_jsonpath.asl.json": .dummyResource,
        "valid/localstack/querylanguage-task_lambda_legacy_resource_from_jsonpath_to_jsonata.asl.json": .dummyResource,
        "valid/localstack/scenarios-catch_empty.asl.json": .dummyResource,
        "valid/localstack/scenarios-catch_states_runtime.asl.json": .dummyResource,
        "valid/localstack/scenarios-lambda_empty_retry.asl.json": .dummyResource,
        "valid/localstack/scenarios-lambda_invoke_with_retry_base.asl.json": .dummyResource,
        "valid/localstack/scenarios-lambda_invoke_with_retry_extended_input.asl.json": .dummyResource,
        "valid/localstack/scenarios-map_item_reader_base_csv_headers_decl.asl.json": .harnessPlaceholder,
        "valid/localstack/scenarios-map_state_config_distributed_reentrant_lambda.asl.json": .dummyResource,
        "valid/localstack/scenarios-map_state_items_literal.asl.json": .harnessPlaceholder,
        "valid/localstack/scenarios-retry_interval_features.asl.json": .dummyResource,
        "valid/localstack/scenarios-retry_interval_features_jitter_none.asl.json": .dummyResource,
        "valid/localstack/services-lambda_input_parameters_filter.asl.json": .dummyResource,
        "valid/localstack/services-lambda_invoke_pipe.asl.json": .dummyResource,
        "valid/localstack/services-lambda_invoke_resource.asl.json": .dummyResource,
        "valid/localstack/timeouts-lambda_wait_with_timeout_seconds.asl.json": .dummyResource,
        "valid/statelint-js/hello-world-with-caught-failures.asl.json": .dummyResource,
        "valid/statelint-py/data-jsonata-3.asl.json": .dummyResource,
        "valid/statelint-py/data-jsonata-5.asl.json": .dummyResource,
        "valid/statelint/backoff-with-backoffrate-decimal.asl.json": .dummyResource,
        "valid/statelint/backoff-with-backoffrate-integer.asl.json": .dummyResource,
        "valid/statelint/backoff-with-jitter-on-retry.asl.json": .dummyResource,
        "valid/statelint/states-array-intrinsic-functions.asl.json": .dummyResource,
        "valid/statelint/states-array-invocation.asl.json": .dummyResource,
        "valid/statelint/states-encoding-decoding-intrinsic-functions.asl.json": .dummyResource,
        "valid/statelint/states-format-invocation.asl.json": .dummyResource,
        "valid/statelint/states-hash-intrinsic-functions.asl.json": .dummyResource,
        "valid/statelint/states-json-intrinsic-functions.asl.json": .dummyResource,
        "valid/statelint/states-jsontostring-invocation.asl.json": .dummyResource,
        "valid/statelint/states-string-intrinsic-functions.asl.json": .dummyResource,
        "valid/statelint/states-stringtojson-invocation.asl.json": .dummyResource,
        "valid/statelint/task-with-credentials.asl.json": .credentialsWithoutRoleArn,
        "valid/statelint/task-with-dynamic-timeouts.asl.json": .dummyResource,
        "valid/statelint/task-with-parameters.asl.json": .dummyResource,
        "valid/statelint/task-with-resultpath.asl.json": .dummyResource,
        "valid/statelint/task-with-resultselector.asl.json": .dummyResource,
    ]
}
