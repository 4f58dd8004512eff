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
        for index in members.indices {
            switch members[index].key {
            case "Next": if next == nil { next = members[index] }
            case "End": if end == nil { end = members[index] }
            case "QueryLanguage": if queryLanguage == nil { queryLanguage = members[index] }
            case "Retry": if retry == nil { retry = members[index].value }
            case "Catch": if catchers == nil { catchers = members[index].value }
            case "Credentials": if credentials == nil { credentials = members[index].value }
            case "Branches": if branches == nil { branches = members[index].value }
            default: break
            }
        }
    }
}
