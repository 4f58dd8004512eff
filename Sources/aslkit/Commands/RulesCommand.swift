import ASLAnalysis
import ASLRender
import ArgumentParser

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule aslkit checks (Markdown table, as in the README)."
    )

    func run() throws {
        print(RuleTable.markdown(RuleCatalogue.allRules), terminator: "")
    }
}
