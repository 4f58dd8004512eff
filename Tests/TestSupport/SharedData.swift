import Foundation

/// Locates the data others wrote for us to test against (`../shared/` beside the clone).
/// Tests that use it are marked `.enabled(if: SharedData.isPresent(...))`, so a clone without it
/// reports them as skipped instead of counting them as passed.
public enum SharedData {
    public static var packageRoot: URL {
        URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `../shared/<name>` if it exists.
    public static func directory(_ name: String) -> URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(name)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        return url
    }

    public static func isPresent(_ name: String) -> Bool { directory(name) != nil }

    /// `../shared/<name>`, or a failure naming it (for tests already gated by `isPresent`).
    public static func require(_ name: String) throws -> URL {
        guard let url = directory(name) else { throw Missing(name: name) }
        return url
    }

    public struct Missing: Error, CustomStringConvertible {
        public let name: String
        public var description: String { "../shared/\(name) is absent" }
    }

    /// A path under the package itself, e.g. `Samples/order.asl.json`.
    public static func projectFile(_ relativePath: String) -> URL {
        packageRoot.appendingPathComponent(relativePath)
    }
}
