import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The worker side of a supervised layout: an executable that hosts it (`aslkit`, the
/// benchmark) runs `LayoutWorker.main` when its first argument is `LayoutWorker.command`.
///
/// The worker caps its own address space, reads DOT from standard input, lays it out
/// in-process and writes one `LayoutReply` to standard output. A crash in Graphviz (2.43
/// frees memory twice on some valid graphs) then ends only the worker, and each layout starts
/// from a fresh heap: Graphviz orders subgraphs by the addresses of their name strings, so in
/// a long-lived process the order of a Parallel's branches depended on earlier allocations.
public enum LayoutWorker {
    public static let command = "_layout-worker"

    /// The worker's arguments after `command`: `--format svg|png`, `--engine NAME`,
    /// `--memory-mb N`.
    static func arguments(format: GraphvizFormat, engine: String, memoryMegabytes: Int) -> [String] {
        [command, "--format", format.rawValue, "--engine", engine, "--memory-mb", String(memoryMegabytes)]
    }

    /// Runs one layout; `arguments` are those after `command`. Returns the exit status.
    public static func main(arguments: [String]) -> Int32 {
        var format = GraphvizFormat.svg, engine = "dot", memory = 0
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard let value = rest.popFirst() else { return 2 }
            switch flag {
            case "--format": guard let f = GraphvizFormat(rawValue: value) else { return 2 }; format = f
            case "--engine": engine = value
            case "--memory-mb": guard let m = Int(value), m >= 0 else { return 2 }; memory = m
            default: return 2
            }
        }
        if memory > 0 { limitAddressSpace(megabytes: memory) }
        let input = FileHandle.standardInput.readDataToEndOfFile()
        let reply: LayoutReply
        do throws(GraphvizError) {
            reply = .rendered(try GraphvizRenderer().render(dot: String(decoding: input, as: UTF8.self), format: format, engine: engine))
        } catch {
            reply = .failed(error)
        }
        FileHandle.standardOutput.write(Data(reply.encoded()))
        return 0
    }

    private static func limitAddressSpace(megabytes: Int) {
        let bytes = rlim_t(megabytes) * 1_048_576
        var limit = rlimit(rlim_cur: bytes, rlim_max: bytes)
        #if canImport(Glibc)
            _ = setrlimit(Int32(RLIMIT_AS.rawValue), &limit)
        #else
            _ = setrlimit(RLIMIT_AS, &limit)
        #endif
    }
}
