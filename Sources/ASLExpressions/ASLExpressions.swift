// ASLExpressions: parsers and checkers for the strings inside an Amazon States Language
// definition.
//
// - JSONPathChecker: Paths, Reference Paths and ResultPath, including `$$` context paths
//   and `$var` variable paths.
// - IntrinsicChecker: `States.*` intrinsic function calls against a signature table;
//   PayloadTemplateValue classifies the value of a `"key.$"` field.
// - JSONataChecker: `{% … %}` JSONata expressions plus the Step Functions rules on top.
//
// Everything works on a plain `String` and reports ExpressionFindings whose `offset` counts
// Unicode scalars from the start of that string; mapping to file positions is the caller's
// job. All parsing is O(n); recursion is depth-bounded (`expression-too-deep`) and the
// JSONata tree is an index arena walked with an explicit stack, so hostile input cannot
// overflow the stack. Rule ids and default severities are in ExpressionRule.
