/// The rule for language codes: a region's `languages`, a place's `name:xx`, a catalog's file name, `--lang`.
/// One rule, so that a code the command line takes is one the data and the catalogs can hold.
public enum LanguageTag {
    /// A pragmatic BCP 47 check: a language of 2-3 lower-case ASCII letters, then any subtags of 2-8 ASCII
    /// letters or digits, joined by hyphens (`en`, `ru`, `hy`, `az-Latn`, `zh-Hant-TW`). It keeps a code safe to
    /// use as a file name: no dot, slash or space can pass.
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
            first.allSatisfy({ $0.isASCII && $0.isLowercase })
        else { return false }
        return parts.dropFirst().allSatisfy {
            (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}
