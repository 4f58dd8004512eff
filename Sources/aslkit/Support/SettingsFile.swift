import ASLAnalysis
import ArgumentParser

/// The settings file as every command reads it: its problems on standard error, and exit 2
/// when it cannot be used (unreadable, not YAML, a value out of range), whatever `--strict` says.
enum SettingsFile {
    static func read(path: String?) throws -> AssumptionsConfig {
        let config = TimingRunner.readConfig(path: path)
        StandardError.report(config.diagnostics)
        if config.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(2) }
        return config
    }
}
