import CGraphviz
import Foundation  // NSLock: `Mutex` (Synchronization) needs macOS 15, the package targets macOS 13.

/// The one process-wide piece of Graphviz state, and the serial owner of every call into it.
///
/// Why global: libgvc/libcgraph keep process-global mutable state (the parser's lexer and
/// string pool, the error-reporting hooks, plugin tables, the layout engines' static
/// buffers). Two layouts running at once in one process crashed, so *every* call into
/// Graphviz from this process must be serialised. `ASLGraphviz` is the only target that
/// imports `CGraphviz`, and every call inside it goes through `GraphvizEngine.shared.run`.
///
/// Why one `GVC_t` for the process instead of one per call (measured here with Graphviz
/// 2.43, 100-node graph, SVG; `freshContext` below keeps the per-call variant measurable):
/// - Speed is the same: `gvContext()` + `gvFreeContext()` costs ~0.13 ms against ~8 ms
///   for the layout and render.
/// - Memory is not: 1000 renders with a context per call grew RSS by ~3.6 MB (about 3.6 KB
///   leaked per `gvContext`/`gvFreeContext` pair), with the shared context by ~0.5 MB total
///   (flat after warm-up).
/// - Reusing it is safe: each render is `agmemread` -> `gvLayout` -> `gvRenderData` ->
///   `gvFreeLayout` -> `agclose`, which leaves no per-graph state in the context, and
///   repeated renders give byte-identical output (tested, also from 8 concurrent tasks).
/// The library (`GraphvizLibrary`, opened with dlopen on Linux) and the context are created
/// lazily on first use and never freed; they live as long as the process, like the `dot`
/// binary's.
final class GraphvizEngine: @unchecked Sendable {
    static let shared = GraphvizEngine()

    private let lock = NSLock()
    // Everything below is guarded by `lock`.
    private var library: GraphvizLibrary?
    private var context: OpaquePointer?
    /// Text Graphviz reported through the user error function since the last `takeMessages()`.
    fileprivate var transcript = ""

    private init() {}

    /// Runs `body` with exclusive access to Graphviz (its functions, opened on first use) and
    /// the process-wide context. `freshContext` (internal, for measurement only) uses a new
    /// `GVC_t` for this call and frees it afterwards instead of the shared one.
    func run<R>(
        freshContext: Bool = false,
        _ body: (GraphvizLibrary, OpaquePointer) throws(GraphvizError) -> R
    ) throws(GraphvizError) -> R {
        lock.lock()
        defer { lock.unlock() }
        let gv = try libraryLocked()
        let shared = try contextLocked(gv)
        transcript = ""
        guard freshContext else { return try body(gv, shared) }
        guard let gvc = gv.gvContext() else { throw .renderFailed("gvContext() failed") }
        defer { _ = gv.gvFreeContext(gvc) }
        return try body(gv, gvc)
    }

    private func libraryLocked() throws(GraphvizError) -> GraphvizLibrary {
        if let library { return library }
        let opened = try GraphvizLibrary.open()
        library = opened
        return opened
    }

    private func contextLocked(_ gv: GraphvizLibrary) throws(GraphvizError) -> OpaquePointer {
        if let context { return context }
        // Route every message (errors and warnings) into `transcript` instead of stderr.
        // `agseterr(AGMAX)` would also silence stderr, but then only the *last* message is
        // kept (`aglasterr()`), and a spline failure followed by another warning would be
        // lost; a user error function sees every message. The level stays at AGWARN so
        // warnings reach the function too.
        _ = gv.agseterr(AGWARN)
        _ = gv.agseterrf { piece in
            if let piece { GraphvizEngine.shared.transcript += String(cString: piece) }
            return 0
        }
        guard let gvc = gv.gvContext() else {
            throw .renderFailed("gvContext() failed: \(takeMessages().joined(separator: "\n"))")
        }
        context = gvc
        return gvc
    }

    /// Messages reported since the last call, one per entry ("Error: ..." / "Warning: ...";
    /// continuation lines stay attached to their message). Must be called inside `run`.
    func takeMessages() -> [String] {
        let text = transcript
        transcript = ""
        return Self.splitMessages(text)
    }

    static func splitMessages(_ text: String) -> [String] {
        var messages: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let isStart = line.hasPrefix("Error: ") || line.hasPrefix("Warning: ") || messages.isEmpty
            if isStart {
                messages.append(String(line))
            } else {
                messages[messages.count - 1] += "\n" + line
            }
        }
        return messages.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }
}
