/// Turns a path into the absolute path it really names, as `realpath(3)` does, except that a
/// part that does not exist is kept as written instead of failing: a link to a missing file
/// outside the root must be refused as outside, not told apart as "missing" (which would let
/// a template probe which files exist).
enum PathResolver {
    /// Linux's `MAXSYMLINKS`: more links than this in one path is a loop.
    static let maximumLinks = 40

    /// - Parameters:
    ///   - path: absolute, or relative to `base`.
    ///   - base: an absolute directory; resolved itself when it holds links.
    /// - Returns: an absolute path without `.`, `..` or symbolic links in its existing part;
    ///   `nil` when the links loop.
    static func resolve(_ path: String, from base: String) -> String? {
        var pending: [Substring] = []
        push(path, onto: &pending)
        if !path.hasPrefix("/") { push(base, onto: &pending) }
        var resolved: [Substring] = []
        var links = 0
        while let component = pending.popLast() {
            if component == "." { continue }
            if component == ".." {
                _ = resolved.popLast()  // `resolved` holds no links, so `..` is its parent.
                continue
            }
            let candidate = "/" + (resolved + [component]).joined(separator: "/")
            guard let target = FileSystemEntry.linkTarget(candidate) else {
                resolved.append(component)
                continue
            }
            links += 1
            guard links <= maximumLinks else { return nil }
            if target.hasPrefix("/") { resolved.removeAll() }
            push(target, onto: &pending)
        }
        return "/" + resolved.joined(separator: "/")
    }

    /// Whether `path` is `root` or lies beneath it (both resolved).
    static func isInside(_ path: String, root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// Pushes the components of `path` so that the first is popped first.
    private static func push(_ path: String, onto stack: inout [Substring]) {
        stack += path.split(separator: "/").reversed()
    }
}
