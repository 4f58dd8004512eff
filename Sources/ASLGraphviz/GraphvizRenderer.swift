import CGraphviz
import Foundation

/// Lays out and renders DOT text in-process with libgvc (no `dot` subprocess).
///
/// All calls are serialised through one process-wide lock (Graphviz is not thread-safe),
/// so the renderer can be used from any number of tasks; concurrent calls simply queue.
///
///     let out = try GraphvizRenderer().render(dot: text, format: .svg)
///     out.bytes         // SVG/PNG bytes
///     out.usedFallback  // spline routing failed; redone with splines=polyline
///     out.warnings      // Graphviz's messages, e.g. "Warning: ..."
public struct GraphvizRenderer: Sendable {
    /// Internal switch for measuring a per-call `GVC_t` against the shared one.
    var freshContextPerCall = false

    public init() {}

    /// Parses `dot`, lays it out with `engine` ("dot", "neato", ...) and renders `format`.
    ///
    /// If spline routing fails ("routesplines", "Pshortestpath failed", "lost ... edge"),
    /// the layout is redone once with `splines=polyline`; the result then has
    /// `usedFallback == true` and the original messages in `warnings`.
    public func render(
        dot: String,
        format: GraphvizFormat,
        engine: String = "dot"
    ) throws(GraphvizError) -> GraphvizOutput {
        try GraphvizEngine.shared.run(freshContext: freshContextPerCall) { gv, gvc throws(GraphvizError) in
            try Self.renderLocked(gv: gv, gvc: gvc, dot: dot, format: format, engine: engine)
        }
    }

    /// Convenience: SVG as a string.
    public func renderSVG(dot: String, engine: String = "dot") throws(GraphvizError) -> String {
        String(decoding: try render(dot: dot, format: .svg, engine: engine).bytes, as: UTF8.self)
    }

    /// Version of the Graphviz library in use, e.g. "2.43.0".
    public static var libraryVersion: String {
        (try? GraphvizEngine.shared.run { gv, gvc in
            gv.gvcVersion(gvc).map { String(cString: $0) } ?? "unknown"
        }) ?? "unknown"
    }

    // MARK: - Inside the lock

    private static func renderLocked(
        gv: GraphvizLibrary,
        gvc: OpaquePointer,
        dot: String,
        format: GraphvizFormat,
        engine: String
    ) throws(GraphvizError) -> GraphvizOutput {
        let engineObj = GraphvizEngine.shared
        // The DOT lexer keeps its line counter across parses, and a failed parse leaves it
        // where the error was; without this reset the next syntax error reports a wrong line.
        gv.agreadline(1)
        guard let graph = dot.withCString({ gv.agmemread($0) }) else {
            let messages = engineObj.takeMessages()
            throw .syntax(errorText(messages, fallback: "could not parse DOT"))
        }
        defer { _ = gv.agclose(graph) }

        var warnings: [String] = []
        var usedFallback = false

        guard gv.gvLayout(gvc, graph, engine) == 0 else {
            throw .layoutFailed(errorText(engineObj.takeMessages(), fallback: "layout with engine '\(engine)' failed"))
        }
        var layoutMessages = engineObj.takeMessages()
        if layoutMessages.contains(where: isSplineFailure) {
            warnings += layoutMessages
            _ = gv.gvFreeLayout(gvc, graph)
            withMutableCStrings("splines", "polyline", "") { name, value, def in
                _ = gv.agsafeset(UnsafeMutableRawPointer(graph), name, value, def)
            }
            usedFallback = true
            guard gv.gvLayout(gvc, graph, engine) == 0 else {
                throw .layoutFailed(
                    errorText(engineObj.takeMessages(), fallback: "layout with splines=polyline failed"))
            }
            layoutMessages = engineObj.takeMessages()
        }
        warnings += layoutMessages
        defer { _ = gv.gvFreeLayout(gvc, graph) }
        let notes = format == .png ? BitmapScale.fit(graph).map { [$0] } ?? [] : []

        var data: UnsafeMutablePointer<CChar>? = nil
        // The length parameter is `unsigned int *` up to Graphviz 12 and `size_t *` from 13:
        // `withLength` lets the compiler pick the integer type from gvRenderData's signature.
        let (rc, length) = withLength { gv.gvRenderData(gvc, graph, format.rawValue, &data, $0) }
        defer { if let data { gv.gvFreeRenderData(data) } }
        let renderMessages = engineObj.takeMessages()
        guard rc == 0, let data else {
            throw .renderFailed(errorText(renderMessages, fallback: "rendering \(format.rawValue) failed (rc \(rc))"))
        }
        warnings += renderMessages
        let bytes = data.withMemoryRebound(to: UInt8.self, capacity: length) {
            Array(UnsafeBufferPointer(start: $0, count: length))
        }
        return GraphvizOutput(bytes: bytes, usedFallback: usedFallback, warnings: warnings, notes: notes)
    }

    static func isSplineFailure(_ message: String) -> Bool {
        message.contains("routesplines") || message.contains("Pshortestpath")
            || (message.contains("lost ") && message.contains(" edge"))
    }

    /// The messages without their "Error: "/"Warning: " prefixes, joined by newlines.
    private static func errorText(_ messages: [String], fallback: String) -> String {
        let text = messages.map { message -> String in
            for prefix in ["Error: ", "Warning: "] where message.hasPrefix(prefix) {
                return String(message.dropFirst(prefix.count))
            }
            return message
        }.joined(separator: "\n")
        return text.isEmpty ? fallback : text
    }
}

/// Calls `body` with a pointer to a zeroed integer whose type is inferred from `body`.
private func withLength<L: BinaryInteger>(
    _ body: (UnsafeMutablePointer<L>) -> Int32
) -> (Int32, Int) {
    var length: L = 0
    let rc = body(&length)
    return (rc, Int(length))
}

/// Graphviz 2.x declares `char *` for attribute names/values (later versions `const char *`);
/// hand it private mutable copies so both compile and nothing is ever written through a
/// Swift string's storage.
private func withMutableCStrings<R>(
    _ a: String, _ b: String, _ c: String,
    _ body: (UnsafeMutablePointer<CChar>, UnsafeMutablePointer<CChar>, UnsafeMutablePointer<CChar>) -> R
) -> R {
    let pa = strdup(a)!, pb = strdup(b)!, pc = strdup(c)!
    defer { free(pa); free(pb); free(pc) }
    return body(pa, pb, pc)
}
