import HTTPTypes

extension HTTPField.Name {
    /// `Referrer-Policy` (W3C Referrer Policy), which HTTPTypes does not name.
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}
