import Foundation

/// `aslkit-fuzz TARGET FILE…` in a normal build: each file (or each file of a folder) once
/// through the target, one line per input. A broken property stops the process as it would
/// stop the fuzzer, so a test can replay the inputs that once failed.
enum ReplayRunner {
    static func run(_ target: FuzzTarget, paths: [String]) -> Int32 {
        var count = 0
        for file in files(paths) {
            guard let data = FileManager.default.contents(atPath: file) else {
                print("\(file): cannot read")
                return 2
            }
            print("\(target.name) \(file): \(target.run([UInt8](data)))")
            count += 1
        }
        print("\(target.name): \(count) inputs replayed")
        return 0
    }

    /// Files as given; folders by the regular files under them (as libFuzzer reads a corpus
    /// folder), sorted.
    private static func files(_ paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
            let names = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
            return names.sorted().map { path + "/" + $0 }.filter {
                (try? FileManager.default.attributesOfItem(atPath: $0)[.type] as? FileAttributeType) == .typeRegular
            }
        }
    }
}
