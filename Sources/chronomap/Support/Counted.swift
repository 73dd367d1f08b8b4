/// A count with its noun, singular for one: "1 snapshot", "3 snapshots". The command's summaries are English.
/// - Parameters:
///   - count: how many.
///   - singular: the noun for one.
///   - plural: the noun for any other count (default: the singular with an "s").
func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
}
