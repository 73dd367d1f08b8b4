import Support
import Testing

/// The language-code rule: a BCP 47 language of 2-3 lower-case letters and subtags of 2-8 letters or digits
/// (the examples are RFC 5646's, appendix A), and nothing a file name could escape with.
@Suite struct LanguageTagTests {
    @Test(arguments: ["en", "ru", "hy", "ast", "zh-Hant", "zh-Hant-CN", "sr-Latn-RS", "es-419", "de-CH-1901"])
    func codesPass(text: String) {
        #expect(LanguageTag.isValid(text))
    }

    @Test(arguments: [
        "", "e", "english", "EN", "En", "en-", "-en", "en--us", "en_US", "en-a", "en-abcdefghi", "../en", "en.json",
        "en us", "ру",
    ])
    func othersFail(text: String) {
        #expect(!LanguageTag.isValid(text))
    }
}
