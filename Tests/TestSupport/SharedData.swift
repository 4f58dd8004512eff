import Foundation

/// Locates the data others wrote for us to test against (`../shared/` beside the clone).
/// Tests that use it skip cleanly when it is absent.
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

    /// A path under the package itself, e.g. `Samples/order.asl.json`.
    public static func projectFile(_ relativePath: String) -> URL {
        packageRoot.appendingPathComponent(relativePath)
    }
}
