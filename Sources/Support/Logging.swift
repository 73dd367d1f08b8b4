import Logging

/// The loggers of the library, one label per module, all through swift-log so that the
/// command-line tool (or an embedding application) decides where messages go and how many.
public enum ChronomapLog {
    /// A logger for a part of the library, labelled `chronomap.<part>`.
    public static func logger(_ part: String) -> Logger {
        Logger(label: "chronomap.\(part)")
    }
}
