import ASLLoad
import Testing

/// RFC 6901 pointers as findings print them: the byte-copying path and the escaping path give
/// what string concatenation gives.
@Suite struct JSONPointerTests {
    @Test(arguments: [
        ("", "States", "/States"),
        ("/States", "A long state name with spaces", "/States/A long state name with spaces"),
        ("/States/É", "ü😀", "/States/É/ü😀"),
        ("/States", "a/b~c", "/States/a~1b~0c"),
        ("/States", "", "/States/"),
    ])
    func appending(pointer: String, token: String, expected: String) {
        #expect(JSONPointer.appending(pointer, token) == expected)
        #expect(Array(JSONPointer.appending(pointer, token).utf8) == Array(expected.utf8))
    }

    @Test func indicesAndJoin() {
        #expect(JSONPointer.appending("/States/P/Branches", 3) == "/States/P/Branches/3")
        #expect(JSONPointer.join(["States", "a/b"]) == "/States/a~1b")
    }
}
