/// A readable list of state names for messages and reports: long lists are cut, so a
/// 20,000-state loop is "S0, S1, …, S9 and 19,990 more", not a page of names.
public enum NameList {
    public static func joined(_ names: [String], separator: String = ", ", limit: Int = 10) -> String {
        guard names.count > limit else { return names.joined(separator: separator) }
        return names.prefix(limit).joined(separator: separator) + " and \(names.count - limit) more"
    }
}
