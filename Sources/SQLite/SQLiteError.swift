import CSQLite

/// A failed SQLite call: SQLite's result codes and message, the statement that failed and the database file.
///
/// See https://sqlite.org/rescode.html for the codes. `code` is the primary result code (`SQLITE_CONSTRAINT` = 19,
/// `SQLITE_BUSY` = 5, ...), `extendedCode` the extended one that says more (`SQLITE_CONSTRAINT_UNIQUE` = 2067).
public struct SQLiteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The primary result code (the low byte of `extendedCode`).
    public var code: Int32
    /// The extended result code.
    public var extendedCode: Int32
    /// What SQLite said (`sqlite3_errmsg`), e.g. "UNIQUE constraint failed: t.id".
    public var message: String
    /// The SQL being prepared or run, if the error concerns a statement.
    public var sql: String?
    /// The database file (`""` for a temporary database, `":memory:"` for an in-memory one).
    public var path: String

    /// Makes an error from its parts.
    /// - Parameters:
    ///   - extendedCode: the extended result code; the primary code is derived from it.
    ///   - message: what went wrong.
    ///   - sql: the statement concerned, if any.
    ///   - path: the database file.
    public init(extendedCode: Int32, message: String, sql: String? = nil, path: String) {
        self.code = extendedCode & 0xff
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
        self.path = path
    }

    /// Whether a constraint (UNIQUE, NOT NULL, CHECK, FOREIGN KEY) was violated.
    public var isConstraintViolation: Bool { code == SQLITE_CONSTRAINT }

    /// Whether another connection held a lock for longer than the busy timeout.
    public var isBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }

    /// The name SQLite gives the primary code, e.g. "constraint failed".
    public var codeDescription: String { String(cString: sqlite3_errstr(code)) }

    /// One line: the file, SQLite's message with its codes, then the SQL.
    public var description: String {
        var text = "\(path.isEmpty ? "(temporary database)" : path): SQLite error \(code)"
        if extendedCode != code { text += "/\(extendedCode)" }
        text += " (\(codeDescription))"
        // SQLite's message often just repeats the code's description ("database or disk is full").
        if message != codeDescription { text += ": \(message)" }
        if let sql { text += " in `\(sql)`" }
        return text
    }

    /// The error for a result code of a connection, with the connection's current message.
    static func from(_ resultCode: Int32, connection: OpaquePointer?, sql: String?, path: String) -> SQLiteError {
        guard let connection else {
            return SQLiteError(
                extendedCode: resultCode, message: String(cString: sqlite3_errstr(resultCode)), sql: sql, path: path)
        }
        // With extended result codes on, the returned code is already extended; sqlite3_extended_errcode may
        // describe a later call, so the returned code wins when they disagree on the primary code.
        let recorded = sqlite3_extended_errcode(connection)
        let extended = (recorded & 0xff) == (resultCode & 0xff) ? recorded : resultCode
        return SQLiteError(
            extendedCode: extended, message: String(cString: sqlite3_errmsg(connection)), sql: sql, path: path)
    }

    /// The error for using a connection after `close()`.
    static func closed(sql: String?, path: String) -> SQLiteError {
        SQLiteError(extendedCode: SQLITE_MISUSE, message: "the database connection is closed", sql: sql, path: path)
    }
}
