import ASLSource

/// What an extractor found in one document.
struct MachineExtraction {
    var machines: [LoadedMachine] = []
    var diagnostics: [Diagnostic] = []
}

/// The context every extractor needs: which file, its lines (for mapping embedded JSON), and
/// how to read a file a template points at (`DefinitionUri`).
struct ExtractionContext {
    let file: String
    let lines: SourceLines?
    let readReferencedFile: @Sendable (String) -> ReadResult?

    func error(_ ruleID: String, _ message: String, at position: SourcePosition?, pointer: String, severity: Severity = .error)
        -> Diagnostic
    {
        Diagnostic(ruleID: ruleID, severity: severity, message: message, file: file, position: position, pointer: pointer)
    }
}
