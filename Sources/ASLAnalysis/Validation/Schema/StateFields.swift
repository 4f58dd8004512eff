import ASLLoad

/// What `checkState` needs to know about a state's members besides their own checks: the
/// offsets of the members it reads, and how many fields of each exclusive group the state has.
/// Gathered during `checkMembers`' pass over the members (one search per member, by the field's
/// index in its list), not in passes of its own: each pass made a `String` per key. The reader
/// keeps only the first of duplicate keys; the first match is kept here too. Offsets rather
/// than views: copying views counted a reference each.
struct StateFields {
    /// The members `checkState` reads.
    enum Role: UInt8 {
        case next, end, queryLanguage, retry, catchers, credentials, branches

        /// By length first: a chain of seven string comparisons for every key cost more than
        /// the checks that read the fields.
        init?(key: String) {
            switch key.utf8.count {
            case 3 where key == "End": self = .end
            case 4 where key == "Next": self = .next
            case 5 where key == "Retry": self = .retry
            case 5 where key == "Catch": self = .catchers
            case 8 where key == "Branches": self = .branches
            case 11 where key == "Credentials": self = .credentials
            case 13 where key == "QueryLanguage": self = .queryLanguage
            default: return nil
            }
        }
    }

    var next: Int?
    var end: Int?
    var queryLanguage: Int?
    var retry: Int?
    var catchers: Int?
    var credentials: Int?
    var branches: Int?
    /// How many members each exclusive group of the state's type lists, a byte per group
    /// (group 0 lowest; see `ExclusiveGroups`).
    var exclusiveCounts: UInt64 = 0

    /// Notes the member at `index` in `role`, unless an earlier member has it.
    mutating func note(_ role: Role?, at index: Int) {
        switch role {
        case nil: break
        case .next: if next == nil { next = index }
        case .end: if end == nil { end = index }
        case .queryLanguage: if queryLanguage == nil { queryLanguage = index }
        case .retry: if retry == nil { retry = index }
        case .catchers: if catchers == nil { catchers = index }
        case .credentials: if credentials == nil { credentials = index }
        case .branches: if branches == nil { branches = index }
        }
    }
}
