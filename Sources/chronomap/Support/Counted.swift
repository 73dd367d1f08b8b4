/// A count with its noun, singular for one: "1 snapshot", "3 snapshots". The command's summaries are English.
/// - Parameters:
///   - count: how many.
///   - singular: the noun for one; any other count adds an "s".
func counted(_ count: Int, _ singular: String) -> String {
    "\(count) " + (count == 1 ? singular : singular + "s")
}
