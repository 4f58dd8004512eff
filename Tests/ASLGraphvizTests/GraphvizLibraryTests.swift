import Testing

@testable import ASLGraphviz

/// `GraphvizLibrary.open`: the first library that loads and has every function, else one
/// error naming what each candidate lacked.
@Suite struct GraphvizLibraryTests {
    #if os(Linux)
        @Test func aMissingLibraryIsARenderErrorNamingIt() {
            #expect(throws: GraphvizError.renderFailed(
                "cannot load Graphviz (libgvc): libaslkit-no-such-graphviz.so.6: cannot open shared object file: No such file or directory"
            )) {
                try GraphvizLibrary.open(["libaslkit-no-such-graphviz.so.6"])
            }
        }

        /// zlib loads but has none of Graphviz's functions: the first one looked up is named.
        @Test func aLibraryWithoutTheFunctionsIsRejected() {
            #expect(throws: GraphvizError.renderFailed("cannot load Graphviz (libgvc): no symbol gvContext")) {
                try GraphvizLibrary.open(["libz.so.1"])
            }
        }

        /// A candidate that fails is skipped for the next one.
        @Test func theNextCandidateIsTried() throws {
            let library = try GraphvizLibrary.open(["libaslkit-no-such-graphviz.so.6"] + GraphvizLibrary.candidates)
            let context = try #require(library.gvContext())
            defer { _ = library.gvFreeContext(context) }
            let version = try #require(library.gvcVersion(context))
            #expect(String(cString: version) == GraphvizRenderer.libraryVersion)
        }
    #endif
}
