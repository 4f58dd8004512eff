import ASLLoad

/// The members of a state that `checkState` reads, found in one pass instead of one search
/// each. The reader keeps only the first of duplicate keys; the first match is kept here too.
struct StateFields {
    var next: LocatedNode.Member?
    var end: LocatedNode.Member?
    var queryLanguage: LocatedNode.Member?
    var retry: LocatedNode?
    var catchers: LocatedNode?
    var credentials: LocatedNode?
    var branches: LocatedNode?

    init(_ members: LocatedNode.Members) {
        // By length first: a chain of seven string comparisons for every key of every state cost
        // more than the checks that read the fields.
        for index in members.indices {
            let key = members.key(at: index)
            switch key.utf8.count {
            case 3: if key == "End", end == nil { end = members[index] }
            case 4: if key == "Next", next == nil { next = members[index] }
            case 5:
                if key == "Retry" { if retry == nil { retry = members.value(at: index) } }
                else if key == "Catch", catchers == nil { catchers = members.value(at: index) }
            case 8: if key == "Branches", branches == nil { branches = members.value(at: index) }
            case 11: if key == "Credentials", credentials == nil { credentials = members.value(at: index) }
            case 13: if key == "QueryLanguage", queryLanguage == nil { queryLanguage = members[index] }
            default: break
            }
        }
    }
}
