import CSQLite
import Foundation

/// A connection to one SQLite database file (https://sqlite.org/c3ref/sqlite3.html).
///
/// **Threading.** The connection is opened with `SQLITE_OPEN_NOMUTEX` (SQLite's "multi-thread" mode): a `Database`
/// and its ``Statement``s must be used by one thread at a time, which is why neither type is `Sendable`. A type that
/// shares a connection between threads keeps it behind its own lock (as `MBTilesWriter` does). SQLite's own
/// per-call mutex (`FULLMUTEX`) would not be enough for that anyway: bind, step and reset, or BEGIN … COMMIT, must
/// run as one unit, so the caller has to serialise whole sequences of calls, and the per-call mutex would only add
/// cost. Separate `Database` objects on separate threads need no coordination (SQLite's file locks and the busy
/// timeout handle that).
///
/// The connection is closed when the object is released, or earlier by ``close()``. Statements keep their database
/// alive, so a connection is never closed under a statement.
public final class Database {
    /// How to open the file.
    public enum OpenMode: Sendable, Hashable {
        /// Read only; the file must exist.
        case readOnly
        /// Read and write; the file must exist.
        case readWrite
        /// Read and write, creating the file if it does not exist.
        case create
    }

    /// The database file, as given to ``init(path:mode:)``.
    public let path: String
    /// The C connection; nil once closed. Only this module sees it.
    private(set) var handle: OpaquePointer?

    /// Opens (or creates) a database file.
    /// - Parameters:
    ///   - path: the file; `":memory:"` for a private in-memory database, `""` for a private temporary file.
    ///   - mode: read only, read-write, or read-write creating the file.
    /// - Throws: `SQLiteError` naming the path if the file cannot be opened (missing, not a directory, no permission).
    public init(path: String, mode: OpenMode = .create) throws(SQLiteError) {
        self.path = path
        let access: Int32 =
            switch mode {
            case .readOnly: SQLITE_OPEN_READONLY
            case .readWrite: SQLITE_OPEN_READWRITE
            case .create: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
            }
        var connection: OpaquePointer?
        let result = sqlite3_open_v2(path, &connection, access | SQLITE_OPEN_NOMUTEX, nil)
        guard result == SQLITE_OK, let connection else {
            let error = SQLiteError.from(result, connection: connection, sql: nil, path: path)
            // sqlite3_open_v2 usually allocates a handle even when it fails; it must still be released.
            sqlite3_close_v2(connection)
            throw error
        }
        sqlite3_extended_result_codes(connection, 1)
        handle = connection
    }

    deinit {
        // Every statement holds its database, so none is left by now and the connection really closes.
        if let handle { sqlite3_close_v2(handle) }
    }

    /// Closes the connection now. Later calls on it throw; closing twice does nothing.
    /// - Throws: `SQLiteError` (`SQLITE_BUSY`) if a ``Statement`` of this database still exists; the connection
    ///   then stays open.
    public func close() throws(SQLiteError) {
        guard let handle else { return }
        let result = sqlite3_close(handle)
        guard result == SQLITE_OK else { throw SQLiteError.from(result, connection: handle, sql: nil, path: path) }
        self.handle = nil
    }

    /// Whether the connection is open (not yet closed by ``close()``).
    public var isOpen: Bool { handle != nil }

    /// The open connection, or the error for a closed one.
    func openHandle(sql: String?) throws(SQLiteError) -> OpaquePointer {
        guard let handle else { throw SQLiteError.closed(sql: sql, path: path) }
        return handle
    }

    /// Runs a script of one or more SQL statements separated by semicolons, without parameters. Rows that
    /// statements return (`PRAGMA journal_mode = WAL` returns one) are read and ignored.
    /// - Parameter sql: the script.
    /// - Throws: `SQLiteError` carrying the statement of the script that failed; the statements before it have run.
    public func execute(_ sql: String) throws(SQLiteError) {
        let connection = try openHandle(sql: sql)
        let characters = sql.utf8CString
        let failure: SQLiteError? = characters.withUnsafeBufferPointer { buffer -> SQLiteError? in
            guard var remaining = buffer.baseAddress else { return nil }
            while remaining.pointee != 0 {
                var statement: OpaquePointer?
                var tail: UnsafePointer<CChar>?
                let result = sqlite3_prepare_v2(connection, remaining, -1, &statement, &tail)
                let end = tail ?? remaining.advanced(by: strlen(remaining))
                let text = String(
                    decoding: UnsafeRawBufferPointer(start: remaining, count: end - remaining), as: UTF8.self
                )
                .trimmingCharacters(in: .whitespacesAndNewlines)
                guard result == SQLITE_OK else {
                    return SQLiteError.from(result, connection: connection, sql: text.isEmpty ? sql : text, path: path)
                }
                remaining = end
                // Only whitespace or a comment: nothing to run.
                guard let statement else { continue }
                defer { sqlite3_finalize(statement) }
                var stepResult = sqlite3_step(statement)
                while stepResult == SQLITE_ROW { stepResult = sqlite3_step(statement) }
                guard stepResult == SQLITE_DONE else {
                    return SQLiteError.from(stepResult, connection: connection, sql: text, path: path)
                }
            }
            return nil
        }
        if let failure { throw failure }
    }

    /// Compiles one SQL statement, to be bound and stepped (perhaps many times).
    /// - Parameter sql: exactly one statement, with `?`, `?NNN`, `:name`, `@name` or `$name` parameters.
    /// - Throws: `SQLiteError` carrying the SQL and SQLite's message (syntax error, unknown table or column), or
    ///   if `sql` holds no statement or more than one.
    public func prepare(_ sql: String) throws(SQLiteError) -> Statement {
        try Statement(database: self, sql: sql)
    }

    /// Runs one statement with parameter values and returns the rows it produced (none for INSERT, UPDATE, DELETE).
    /// - Parameters:
    ///   - sql: one statement.
    ///   - values: the values of its parameters, in order.
    /// - Throws: `SQLiteError` carrying the SQL.
    @discardableResult
    public func query(_ sql: String, _ values: [SQLiteValue] = []) throws(SQLiteError) -> [Row] {
        try prepare(sql).rows(values)
    }

    /// Runs `body` inside `BEGIN IMMEDIATE` … `COMMIT`: all its changes are stored, or none.
    ///
    /// `IMMEDIATE` takes the write lock at the start, so two writers wait for each other (up to the busy timeout)
    /// instead of failing halfway through. If `body` throws, or COMMIT fails, the transaction is rolled back and the
    /// error is rethrown. Transactions do not nest: calling this inside `body` throws SQLite's "cannot start a
    /// transaction within a transaction".
    /// - Parameter body: the work; its result is returned.
    /// - Throws: the error of BEGIN, of `body` or of COMMIT. A failing ROLLBACK is not reported over the error that
    ///   caused it (SQLite rolls back itself when the connection closes).
    @discardableResult
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            // Some errors (SQLITE_FULL, SQLITE_IOERR, ...) already rolled the transaction back.
            if isInTransaction { try? execute("ROLLBACK") }
            throw error
        }
    }

    /// Whether a transaction is open (the connection is not in autocommit mode).
    public var isInTransaction: Bool {
        guard let handle else { return false }
        return sqlite3_get_autocommit(handle) == 0
    }

    /// How long a statement waits for another connection's lock before failing with `SQLITE_BUSY`.
    /// - Parameter milliseconds: the wait; 0 or less fails at once (the default).
    /// - Throws: `SQLiteError` if the connection is closed.
    public func setBusyTimeout(milliseconds: Int) throws(SQLiteError) {
        let connection = try openHandle(sql: nil)
        let result = sqlite3_busy_timeout(connection, Int32(clamping: milliseconds))
        guard result == SQLITE_OK else { throw SQLiteError.from(result, connection: connection, sql: nil, path: path) }
    }

    /// The rowid of the last row inserted on this connection (0 if none, or closed).
    public var lastInsertRowID: Int {
        guard let handle else { return 0 }
        return Int(sqlite3_last_insert_rowid(handle))
    }

    /// How many rows the last INSERT, UPDATE or DELETE changed (0 if closed). An `INSERT OR IGNORE` that was
    /// ignored changed 0 rows.
    public var changes: Int {
        guard let handle else { return 0 }
        return Int(sqlite3_changes64(handle))
    }
}

/// Connections are confined to one thread at a time (see ``Database``).
@available(*, unavailable)
extension Database: Sendable {}
