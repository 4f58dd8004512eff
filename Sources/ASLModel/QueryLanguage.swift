/// The language of a state's expressions (specification update of November 2024).
public enum QueryLanguage: String, Hashable, Sendable {
    case jsonPath = "JSONPath"
    case jsonata = "JSONata"
}
