import ASLLoad

/// Output file names for a folder of diagrams (`aslkit render PATH... --out-dir DIR`), one stem
/// per machine: the file's path below the input it was found under, extensions dropped,
/// folders joined by `-`, and the template resource appended
/// (`Samples/templates/order-sam.yaml#OrderMachine` → `templates-order-sam-OrderMachine`).
///
/// File and resource names come from pull requests, so a stem is made safe before it names a
/// file: only ASCII letters, digits, `.`, `_` and `-` are kept (any other run becomes `_`),
/// it never starts with `-` or `.` nor ends with `.`, never names a Windows device (`CON`),
/// and is at most `maximumLength` characters (a longer one is cut and ends with a hash of the
/// whole, so it stays distinct). Two machines whose stems are equal, ignoring case (a
/// case-insensitive file system would merge their files), are told apart deterministically:
/// the first in load order keeps the stem, each later one gets `-` and a hash of its full
/// origin. Same inputs, same names.
public enum DiagramFileNames {
    public static let maximumLength = 120

    /// One unique, safe stem per origin, in the order given.
    public static func stems(for origins: [MachineOrigin], inputs: [String]) -> [String] {
        var taken: Set<String> = []
        return origins.map { origin in
            let raw = rawStem(origin, inputs: inputs)
            var stem = safe(raw)
            if taken.contains(stem.lowercased()) {
                let identity = origin.displayName
                stem = safe(raw, suffix: "-" + hash(identity))
                var counter = 2
                while taken.contains(stem.lowercased()) {
                    stem = safe(raw, suffix: "-" + hash(identity) + "-\(counter)")
                    counter += 1
                }
            }
            taken.insert(stem.lowercased())
            return stem
        }
    }

    /// The unsanitised stem: the path below the input that holds it, extensions dropped,
    /// folders joined by `-`, then `-` and the resource.
    static func rawStem(_ origin: MachineOrigin, inputs: [String]) -> String {
        let stem = MachineReportBuilder.stem(relativePath(origin.file, inputs: inputs))
        let joined = stem.split(separator: "/").filter { $0 != "." && $0 != ".." }.joined(separator: "-")
        return origin.resource.map { "\(joined)-\($0)" } ?? joined
    }

    /// `file` below the first input that holds it; a file given itself is its own name.
    static func relativePath(_ file: String, inputs: [String]) -> String {
        for input in inputs {
            if file == input { return String(file.split(separator: "/").last ?? Substring(file)) }
            let prefix = input.hasSuffix("/") ? input : input + "/"
            if file.hasPrefix(prefix) { return String(file.dropFirst(prefix.count)) }
        }
        return file
    }

    /// `raw` as a safe file stem, `suffix` (already safe) kept whole within the length cap.
    static func safe(_ raw: String, suffix: String = "") -> String {
        var stem = ""
        var replacing = false
        for scalar in raw.unicodeScalars {
            if isAllowed(scalar) {
                stem.unicodeScalars.append(scalar)
                replacing = false
            } else if !replacing {
                stem += "_"
                replacing = true
            }
        }
        while let first = stem.first, first == "-" || first == "." { stem.removeFirst() }
        while stem.last == "." { stem.removeLast() }
        if stem.isEmpty || stem == "_" { stem = "machine" }
        if isDeviceName(stem) { stem = "_" + stem }
        let room = maximumLength - suffix.count
        if stem.count > room {
            let tail = "-" + hash(raw)
            stem = String(stem.prefix(room - tail.count))
            while stem.last == "." { stem.removeLast() }
            stem += tail
        }
        return stem + suffix
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", ".", "_", "-": true
        default: false
        }
    }

    /// Names Windows keeps for devices, whatever the extension (`nul.svg` is the device too).
    private static func isDeviceName(_ stem: String) -> Bool {
        let base = stem.split(separator: ".", maxSplits: 1).first.map { $0.lowercased() } ?? ""
        if ["con", "prn", "aux", "nul"].contains(base) { return true }
        guard base.count == 4, base.hasPrefix("com") || base.hasPrefix("lpt"), let digit = base.last else { return false }
        return ("1"..."9").contains(digit)
    }

    /// 8 hex digits of FNV-1a over the UTF-8 bytes: the same on every run and machine (Swift's
    /// `Hasher` is seeded per process).
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        let folded = UInt32(truncatingIfNeeded: value ^ (value >> 32))
        let hex = String(folded, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
