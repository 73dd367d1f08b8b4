/// The rule for the ids a data set is written in: a data set's id, a party's id, an overlay kind, a new data
/// set's `--id`. One rule, so that what `init` accepts is what `validate` reads back.
public enum Slug {
    /// Lower-case ASCII letters, digits and hyphens, not empty and not starting with a hyphen (a leading hyphen
    /// would read as a flag on a command line).
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.first, first != "-" else { return false }
        return text.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }
}
