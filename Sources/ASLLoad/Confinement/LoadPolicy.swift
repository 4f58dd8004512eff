/// How far loading may reach on the file system, chosen on the command line
/// (`--allow-outside-root`, `--follow-symlinks`) and passed to the loader as a value.
///
/// By default nothing a template names is read from outside the confinement root (see
/// `PathConfinement`) and the directory walk does not follow symbolic links, as ripgrep and
/// git do not: aslkit runs on other people's pull requests.
public struct LoadPolicy: Sendable, Equatable {
    /// Read files that `DefinitionUri` or a Serverless `${file(...)}` names even when they
    /// resolve outside the root.
    public var allowOutsideRoot: Bool
    /// Follow symbolic links while walking a directory, to targets inside the root only, each
    /// directory and file visited once (by device and inode), so that a loop ends.
    public var followSymlinks: Bool

    public init(allowOutsideRoot: Bool = false, followSymlinks: Bool = false) {
        self.allowOutsideRoot = allowOutsideRoot
        self.followSymlinks = followSymlinks
    }
}
