import Support
import Testing

/// The slug rule as docs/data-format.md states it for a data set's `id`: lower-case ASCII letters, digits and
/// hyphens, not starting with a hyphen.
@Suite struct SlugTests {
    @Test(arguments: ["riverland", "valley-council", "zone-2", "2024", "a", "a-", "a--b"])
    func slugsPass(text: String) {
        #expect(Slug.isValid(text))
    }

    @Test(arguments: [
        "", "-riverland", "Riverland", "valley council", "valley_council", "ünion", "river.land", "../x", "a/b",
        "ｒiver",
    ])
    func othersFail(text: String) {
        #expect(!Slug.isValid(text))
    }
}
