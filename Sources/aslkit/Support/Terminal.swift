#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

enum Terminal {
    /// Colour only when standard output is a terminal and NO_COLOR is unset.
    static var isInteractive: Bool {
        isatty(STDOUT_FILENO) != 0 && getenv("NO_COLOR") == nil
    }
}
