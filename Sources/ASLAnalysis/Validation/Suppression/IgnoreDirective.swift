/// `aslkit-ignore: rule-a, rule-b` written in a `Comment`: JSON has no comments of its own, and
/// `Comment` is the one field every state and the machine may carry. On a state it silences
/// those rules' findings about that state; on the machine, everywhere in it.
struct IgnoreDirective: Equatable {
    static let marker = "aslkit-ignore"

    var rule: String
    /// Where the id starts in the comment, in Unicode scalars.
    var offset: Int

    /// Every rule id the comment's directives name, in order. After the marker come an optional
    /// `:` and ids (`a-z`, `0-9`, `-`) separated by commas or spaces; the first other character
    /// ends the list.
    static func parse(_ comment: String) -> [IgnoreDirective] {
        let scalars = Array(comment.unicodeScalars)
        let marker = Array(Self.marker.unicodeScalars)
        var found: [IgnoreDirective] = []
        var index = 0
        while index + marker.count <= scalars.count {
            guard scalars[index..<index + marker.count].elementsEqual(marker) else {
                index += 1
                continue
            }
            index += marker.count
            if index < scalars.count, scalars[index] == ":" { index += 1 }
            while true {
                while index < scalars.count, scalars[index] == " " || scalars[index] == "," { index += 1 }
                let start = index
                while index < scalars.count, isIDCharacter(scalars[index]) { index += 1 }
                guard index > start else { break }
                found.append(IgnoreDirective(rule: String(String.UnicodeScalarView(scalars[start..<index])), offset: start))
            }
        }
        return found
    }

    private static func isIDCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
    }
}
