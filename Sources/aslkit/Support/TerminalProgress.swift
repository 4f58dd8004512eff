import ASLRender
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The progress line of `validate`, `report`, `render --out-dir` and `coverage`: drawn on
/// standard error only when it is a terminal and the run is not in CI (the `CI` variable, which
/// GitHub Actions, GitLab and most CI services set), so pipes and CI logs never get `\r` lines.
enum TerminalProgress {
    static func line(verb: String, noun: String) -> ProgressLine? {
        guard isatty(STDERR_FILENO) != 0, ProcessInfo.processInfo.environment["CI"] == nil else { return nil }
        // Tests under a pseudo-terminal set the delay to 0, so that even a fast run draws.
        let delay = ProcessInfo.processInfo.environment["ASLKIT_PROGRESS_DELAY"].flatMap(Double.init) ?? 0.3
        return ProgressLine(
            ProgressLine.Wording(verb: verb, noun: noun), width: columns(), delay: delay,
            clock: { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 },
            sink: { text in
                var text = text
                _ = text.withUTF8 { FileDescriptorWriting.writeAll($0, to: STDERR_FILENO) }
            })
    }

    /// The terminal's width (80 when it does not say).
    private static func columns() -> Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
