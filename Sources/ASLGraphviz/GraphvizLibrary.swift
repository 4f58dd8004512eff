import CGraphviz

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The Graphviz functions aslkit calls, looked up in libgvc (and the libcgraph it loads).
///
/// Why not linked: on Linux libgvc needs six more libraries (libcgraph, libcdt, libpathplan,
/// libltdl, libexpat, libz) that the dynamic loader would map and relocate at every start,
/// though only a layout worker ever draws. Opening it on the
/// first layout keeps that out of `validate` (README "Where a whole process spends beyond the
/// pipeline"). On macOS the libraries stay linked (Homebrew's folder is not on dlopen's
/// path) and the functions are found in the process itself.
///
/// Each field has the C declaration's type (`CGraphviz/shim.h`), so calls read and check as
/// direct calls did. Only `GraphvizEngine` holds one, behind its lock.
struct GraphvizLibrary {
    let gvContext: aslkit_gvContext_fn
    let gvFreeContext: aslkit_gvFreeContext_fn
    let gvcVersion: aslkit_gvcVersion_fn
    let gvLayout: aslkit_gvLayout_fn
    let gvFreeLayout: aslkit_gvFreeLayout_fn
    let gvRenderData: aslkit_gvRenderData_fn
    let gvFreeRenderData: aslkit_gvFreeRenderData_fn
    let agseterr: aslkit_agseterr_fn
    let agseterrf: aslkit_agseterrf_fn
    let agreadline: aslkit_agreadline_fn
    let agmemread: aslkit_agmemread_fn
    let agclose: aslkit_agclose_fn
    let agsafeset: aslkit_agsafeset_fn
    let agget: aslkit_agget_fn
    let aghtmlstr: aslkit_aghtmlstr_fn
    let agnnodes: aslkit_agnnodes_fn
    let agnedges: aslkit_agnedges_fn
    let agfstsubg: aslkit_agfstsubg_fn
    let agnxtsubg: aslkit_agnxtsubg_fn
    let agfstnode: aslkit_agfstnode_fn
    let agnxtnode: aslkit_agnxtnode_fn
    let agfstout: aslkit_agfstout_fn
    let agnxtout: aslkit_agnxtout_fn

    /// The names tried in order, nil meaning the process itself. Linux: the run-time package's
    /// name (libgvc6 on Debian/Ubuntu), then the development symlink, which names the library
    /// of the headers this was built with.
    static var candidates: [String?] {
        #if os(Linux)
            ["libgvc.so.6", "libgvc.so"]
        #else
            [nil]
        #endif
    }

    /// Opens the first of `names` that loads and looks up every function in it. The handle is
    /// never closed: Graphviz keeps process-wide state, like the context `GraphvizEngine` keeps.
    static func open(_ names: [String?] = candidates) throws(GraphvizError) -> GraphvizLibrary {
        var reasons: [String] = []
        for name in names {
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else {
                reasons.append(dlerror().map { String(cString: $0) } ?? "cannot open \(name ?? "the process")")
                continue
            }
            do {
                return try GraphvizLibrary(handle: handle)
            } catch {
                reasons.append(error.reason)
                if name != nil { dlclose(handle) }
            }
        }
        throw .renderFailed("cannot load Graphviz (libgvc): \(reasons.joined(separator: "; "))")
    }

    private struct MissingSymbol: Error {
        var reason: String
    }

    private init(handle: UnsafeMutableRawPointer) throws(MissingSymbol) {
        func find<F>(_ name: String, _ type: F.Type = F.self) throws(MissingSymbol) -> F {
            guard let address = dlsym(handle, name) else { throw MissingSymbol(reason: "no symbol \(name)") }
            return unsafeBitCast(address, to: F.self)
        }
        gvContext = try find("gvContext")
        gvFreeContext = try find("gvFreeContext")
        gvcVersion = try find("gvcVersion")
        gvLayout = try find("gvLayout")
        gvFreeLayout = try find("gvFreeLayout")
        gvRenderData = try find("gvRenderData")
        gvFreeRenderData = try find("gvFreeRenderData")
        agseterr = try find("agseterr")
        agseterrf = try find("agseterrf")
        agreadline = try find("agreadline")
        agmemread = try find("agmemread")
        agclose = try find("agclose")
        agsafeset = try find("agsafeset")
        agget = try find("agget")
        aghtmlstr = try find("aghtmlstr")
        agnnodes = try find("agnnodes")
        agnedges = try find("agnedges")
        agfstsubg = try find("agfstsubg")
        agnxtsubg = try find("agnxtsubg")
        agfstnode = try find("agfstnode")
        agnxtnode = try find("agnxtnode")
        agfstout = try find("agfstout")
        agnxtout = try find("agnxtout")
    }
}
