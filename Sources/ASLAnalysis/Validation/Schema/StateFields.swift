import ASLLoad

/// The offsets of the members of a state that `checkState` reads, found in one pass instead of
/// one search each. The reader keeps only the first of duplicate keys; the first match is kept
/// here too. Offsets rather than views: copying views counted a reference each.
struct StateFields {
    var next: Int?
    var end: Int?
    var queryLanguage: Int?
    var retry: Int?
    var catchers: Int?
    var credentials: Int?
    var branches: Int?

    init(_ members: LocatedNode.Members) {
        // By length first: a chain of seven string comparisons for every key of every state cost
        // more than the checks that read the fields.
        for index in members.indices {
            let key = members.key(at: index)
            switch key.utf8.count {
            case 3: if key == "End", end == nil { end = index }
            case 4: if key == "Next", next == nil { next = index }
            case 5:
                if key == "Retry" { if retry == nil { retry = index } }
                else if key == "Catch", catchers == nil { catchers = index }
            case 8: if key == "Branches", branches == nil { branches = index }
            case 11: if key == "Credentials", credentials == nil { credentials = index }
            case 13: if key == "QueryLanguage", queryLanguage == nil { queryLanguage = index }
            default: break
            }
        }
    }
}
