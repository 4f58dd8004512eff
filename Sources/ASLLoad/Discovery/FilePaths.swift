/// Path arithmetic on the strings users give, without normalising them (messages should show
/// paths as the user wrote them).
enum FilePaths {
    /// `dir/template.yaml` + `statemachine/order.asl.json` → `dir/statemachine/order.asl.json`.
    static func sibling(of file: String, relativePath: String) -> String {
        var relative = Substring(relativePath)
        while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
        guard let slash = file.lastIndex(of: "/") else { return String(relative) }
        return String(file[...slash]) + relative
    }

    static func fileName(_ path: String) -> Substring {
        path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? Substring(path)
    }

    static func lowercasedName(_ path: String) -> String { fileName(path).lowercased() }

    static func isASLName(_ path: String) -> Bool {
        let name = lowercasedName(path)
        return name.hasSuffix(".asl.json") || name.hasSuffix(".asl.yaml") || name.hasSuffix(".asl.yml")
    }

    static func isCandidate(_ path: String) -> Bool {
        let name = lowercasedName(path)
        return name.hasSuffix(".json") || name.hasSuffix(".yaml") || name.hasSuffix(".yml")
    }
}
