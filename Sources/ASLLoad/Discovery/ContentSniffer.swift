/// A cheap look at the bytes of a file found by walking, so that the many JSON and YAML files
/// of a repository that have nothing to do with Step Functions are neither parsed nor
/// reported: only files mentioning `StartAt`, `StateMachine` or `stepFunctions` are read.
enum ContentSniffer {
    private static let markers: [[UInt8]] = ["StartAt", "StateMachine", "stepFunctions"].map { Array($0.utf8) }

    /// - Complexity: O(n · markers).
    static func mayHoldMachines(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            markers.contains { contains(buffer, $0) }
        }
    }

    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var matched = 1
                while matched < needle.count && haystack[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            index += 1
        }
        return false
    }
}
