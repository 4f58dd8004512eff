import CGraphviz

/// Keeps a PNG inside a size cairo can allocate, by lowering the resolution after layout.
///
/// Without this, Graphviz scales an oversized bitmap itself and prints its own message
/// ("graph is too large for cairo-renderer bitmaps") straight to stderr. The resolution is
/// read at render time from the layout's `layout_t.dpi`, so setting it between `gvLayout` and
/// `gvRenderData` changes only the bitmap, not the layout.
enum BitmapScale {
    /// Pixels on the longest side, and in all (4 bytes each: 128 MB).
    static let maxSide = 16_384.0
    static let maxPixels = 32_000_000.0
    /// Cairo's PNG resolution when the graph sets none.
    static let defaultDPI = 96.0

    /// The factor (< 1) a `width` × `height` points drawing must be shrunk by at `dpi`, or nil.
    static func factor(width: Double, height: Double, dpi: Double = defaultDPI) -> Double? {
        let w = width * dpi / 72, h = height * dpi / 72
        guard w > 0, h > 0, w.isFinite, h.isFinite else { return nil }
        let factor = min(1, maxSide / max(w, h), (maxPixels / (w * h)).squareRoot())
        return factor < 1 ? factor : nil
    }

    /// Lowers the laid-out `graph`'s resolution when the bitmap would be too large; returns
    /// a note in aslkit's words, or nil when nothing changed.
    static func fit(_ graph: UnsafeMutablePointer<Agraph_t>) -> String? {
        guard let record = UnsafeMutableRawPointer(graph).assumingMemoryBound(to: Agobj_t.self).pointee.data else { return nil }
        let info = UnsafeMutableRawPointer(record).assumingMemoryBound(to: Agraphinfo_t.self)
        guard let drawing = info.pointee.drawing else { return nil }
        let box = info.pointee.bb
        let dpi = drawing.pointee.dpi > 0 ? drawing.pointee.dpi : defaultDPI
        let width = box.UR.x - box.LL.x, height = box.UR.y - box.LL.y
        guard let factor = factor(width: width, height: height, dpi: dpi) else { return nil }
        drawing.pointee.dpi = dpi * factor
        func pixels(_ points: Double, _ dpi: Double) -> Int { Int((points * dpi / 72).rounded()) }
        return "the PNG would be \(pixels(width, dpi)) × \(pixels(height, dpi)) pixels, more than a bitmap can hold; "
            + "drawn at \(Int((factor * 100).rounded(.down)))% (\(pixels(width, dpi * factor)) × \(pixels(height, dpi * factor))); "
            + "use --format svg for full detail"
    }
}
