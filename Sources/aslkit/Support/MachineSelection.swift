import ASLLoad
import ASLRender
import ArgumentParser

/// Picks the one machine a drawing command works on.
enum MachineSelection {
    static func one(in file: String, named name: String?, options: MachineReportOptions, loading: LoadPolicy) throws -> MachineReport {
        let built = MachineReportBuilder.build(paths: [file], options: options, loading: loading)
        let candidates = name.map { n in built.reports.filter { $0.origin.resource == n || $0.title == n } } ?? built.reports
        if candidates.count == 1 { return candidates[0] }
        var standardError = StandardError()
        let formatter = TextDiagnosticFormatter()
        for diagnostic in built.loadDiagnostics { print(formatter.line(diagnostic), to: &standardError) }
        if candidates.isEmpty {
            print("\(file): no state machine\(name.map { " named \($0)" } ?? "") found", to: &standardError)
        } else {
            print("\(file) holds \(candidates.count) machines; choose one with --machine: \(candidates.map(\.title).joined(separator: ", "))", to: &standardError)
        }
        throw ExitCode(2)
    }
}
