import ASLAnalysis
import ASLRender
import ASLSource
import ArgumentParser
import ASLGraphviz
import Foundation

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Report what a change does to state machines: states, transitions, paths, time, cost and findings.",
        discussion: """
            Compare two files, two directories, or git revisions: --git REV compares the working tree with REV, \
            --git A..B compares two revisions (files are read with git show; nothing is checked out). Exit status: \
            0 normally, 1 when a --fail-on condition holds, 2 when the input cannot be read.
            """
    )

    @Argument(help: "Base and head: two files or two directories (omit with --git).")
    var paths: [String] = []

    @Option(help: "Git revision (compared with the working tree) or range A..B.")
    var git: String?

    @Option(help: "markdown (a pull-request comment), json or text.")
    var format: DiffFormat = .markdown

    @Option(name: .customLong("fail-on"), help: "Exit 1 on new-errors (an error diagnostic the base did not have) or budget (a budget the base kept and the head breaks). Repeatable.")
    var failOn: [DiffFailure] = []

    @Option(name: .customLong("link-base"), help: "Prefix of links to head lines, e.g. https://github.com/o/r/blob/SHA/.")
    var linkBase: String?

    @Option(name: .customLong("max-chars"), help: "Longest Markdown report (GitHub comments allow 65,536 characters).")
    var maxCharacters = 65_000

    @Flag(name: .customLong("no-diagram"), help: "Leave the Mermaid diagrams out.")
    var noDiagram = false

    @Option(name: .customLong("svg-dir"), help: "Also write NAME.before.svg and NAME.after.svg of each changed machine here.")
    var svgDirectory: String?

    @OptionGroup var budgets: BudgetOptions
    @OptionGroup var assumptions: AssumptionOptions
    @OptionGroup var rules: RuleOptions
    @OptionGroup var loading: LoadOptions

    func validate() throws {
        if git == nil && paths.count != 2 { throw ValidationError("give two paths (BASE HEAD) or --git REV / --git A..B") }
        if git != nil && !paths.isEmpty { throw ValidationError("--git takes no paths") }
        if let git {
            do { _ = try GitRevisionRange(parsing: git) } catch { throw ValidationError(error.description) }
        }
        try OptionRanges.check(maxCharacters, "--max-chars", 1_000...SettingRanges.count.upperBound)
    }

    func run() throws {
        let config = try SettingsFile.read(path: assumptions.config)
        let options = DiffOptions(
            assumptions: config.assumptions.merging(try assumptions.parsed()), budgets: config.budgets.merging(try budgets.parsed()),
            rules: rules.settings(over: config.rules), loading: loading.policy)
        let input: DiffRunner.Input = git.map { .git(range: $0) } ?? .paths(base: paths[0], head: paths[1])
        let run = DiffRunner.run(input, options: options)
        guard let diff = run.diff else {
            assumptions.report([Diagnostic(ruleID: "input-unreadable", severity: .error, message: run.error ?? "cannot read the input", file: run.errorFile ?? git ?? paths[0], position: nil)])
            throw ExitCode(2)
        }
        if format == .json {
            try OutputWriter.standardOutput.write(streaming: { DiffJSONRenderer.write(diff, into: &$0) })
        } else {
            try OutputWriter.standardOutput.write(render(diff))
        }
        if let svgDirectory { try DiffSVGFiles.write(diff, to: svgDirectory) }
        throw ExitCode(run.exitCode(failOnNewErrors: failOn.contains(.newErrors), failOnBudget: failOn.contains(.budget)))
    }

    private func render(_ diff: RepositoryDiff) -> String {
        switch format {
        case .markdown:
            var options = DiffReportOptions(linkBase: linkBase, maxCharacters: maxCharacters, diagrams: !noDiagram)
            options.svgDirectory = svgDirectory
            return DiffMarkdownRenderer.render(diff, options: options)
        case .json: return DiffJSONRenderer.render(diff)
        case .text: return DiffTextRenderer.render(diff)
        }
    }
}

enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, json, text
}

enum DiffFailure: String, ExpressibleByArgument, CaseIterable {
    case newErrors = "new-errors"
    case budget
}

/// The budget flags of `aslkit audit`, as a group `diff` can share. (`audit` declares the same
/// flags itself; moving it onto this group would make them one definition.)


/// `--svg-dir`: both versions of each changed machine drawn by Graphviz (in a worker), for a
/// reviewer who wants a picture beside the Markdown (which can only show Mermaid).
enum DiffSVGFiles {
    static func write(_ diff: RepositoryDiff, to directory: String) throws {
        try OutputWriter.createDirectory(directory)
        for machine in diff.machines {
            let stem = slug(machine.name)
            for (suffix, model) in [("before", machine.base), ("after", machine.head)] {
                guard let model else { continue }
                let svg = try Pictures.draw(MachineDrawing(machine: model, options: DiagramOptions()), format: .svg, name: machine.name)
                let path = directory + "/" + stem + "." + suffix + ".svg"
                try OutputWriter(path: path).write(svg)
            }
        }
    }

    static func slug(_ name: String) -> String { DiffSVGNames.stem(name) }
}
