import ASLSource

/// What an extractor found in one document.
struct MachineExtraction {
    var machines: [LoadedMachine] = []
    var diagnostics: [Diagnostic] = []
}

/// The context every extractor needs: which file, its lines (for mapping embedded JSON), and
/// where a file a template points at (`DefinitionUri`, `${file(...)}`) may be read from.
struct ExtractionContext {
    let file: String
    let lines: SourceLines?
    let confinement: PathConfinement

    func error(_ ruleID: String, _ message: String, at position: SourcePosition?, pointer: String, severity: Severity = .error)
        -> Diagnostic
    {
        Diagnostic(ruleID: ruleID, severity: severity, message: message, file: file, position: position, pointer: pointer)
    }
}

extension ExtractionContext {
    /// The finding for a file a template names outside the root. It names the template's own
    /// text (`reference`), never the target's content, and says the same whether or not the
    /// target exists.
    func outsideRoot(_ reference: String, at position: SourcePosition?, pointer: String) -> Diagnostic {
        error(
            LoadRuleID.templateFileOutsideRoot,
            "\(reference) resolves outside the root (the git top level, else the directory given), so it is not read; --allow-outside-root reads it",
            at: position, pointer: pointer)
    }
}
