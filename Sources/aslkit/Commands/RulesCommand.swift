import ASLAnalysis
import ASLRender
import ArgumentParser

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule aslkit checks (Markdown table, as in the README), or explain one.",
        discussion: "With a rule id, prints its summary, why it matters, and examples that do and do not trigger it."
    )

    @Argument(help: "A rule id, e.g. state-cannot-terminate: explain that rule.")
    var id: String?

    @Flag(help: "List what each peer tool checks and the rules that cover it (the README's peer table).")
    var peers = false

    func validate() throws {
        guard let id, RuleCatalogue.rule(id: id) == nil else { return }
        let near = RuleExplanation.suggestions(for: id, in: RuleCatalogue.allRules)
        throw ValidationError("'\(id)' is not a rule" + (near.isEmpty ? "; `aslkit rules` lists them." : "; did you mean \(near.prefix(5).joined(separator: ", "))?"))
    }

    func run() throws {
        if peers {
            try OutputWriter.standardOutput.write(RuleTable.peerMarkdown(PeerInventory.checks))
        } else if let id, let rule = RuleCatalogue.rule(id: id) {
            try OutputWriter.standardOutput.write(RuleExplanation.text(rule))
        } else {
            try OutputWriter.standardOutput.write(RuleTable.markdown(RuleCatalogue.allRules))
        }
    }
}
