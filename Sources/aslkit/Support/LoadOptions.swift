import ASLLoad
import ArgumentParser

/// `--allow-outside-root` and `--follow-symlinks`, shared by every command that loads files:
/// how far loading may reach on the file system (see the README's "Security").
struct LoadOptions: ParsableArguments {
    @Flag(name: .customLong("allow-outside-root"), help: "Read files that DefinitionUri or ${file(...)} name outside the root (the git top level, else the directory given).")
    var allowOutsideRoot = false

    @Flag(name: .customLong("follow-symlinks"), help: "Follow symbolic links while walking directories (inside the root, each folder once).")
    var followSymlinks = false

    var policy: LoadPolicy { LoadPolicy(allowOutsideRoot: allowOutsideRoot, followSymlinks: followSymlinks) }
}
