import ASLRender
import ASLSource

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard error as a text stream. Nothing is reported when standard error itself cannot be
/// written (there is nowhere left to say so), and nothing traps, as `FileHandle.write` would.
struct StandardError: TextOutputStream {
    /// One text line per diagnostic, on standard error.
    static func report(_ diagnostics: [Diagnostic]) {
        let formatter = TextDiagnosticFormatter()
        var standardError = StandardError()
        for diagnostic in diagnostics { print(formatter.line(diagnostic), to: &standardError) }
    }

    /// `line` and a line feed.
    static func line(_ line: String) {
        var standardError = StandardError()
        standardError.write(line + "\n")
    }

    mutating func write(_ string: String) {
        var string = string
        _ = string.withUTF8 { FileDescriptorWriting.writeAll($0, to: STDERR_FILENO) }
    }
}
