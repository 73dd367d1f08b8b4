import CSQLite
import Foundation

/// A compiled SQL statement (https://sqlite.org/c3ref/stmt.html): bind parameters, step through rows, read
/// columns, reset and run again. Finalized when released.
///
/// Parameter indexes start at 1 (as in SQL, `?1`); column indexes start at 0 (as in SQLite's C API).
/// Like its ``Database``, a statement is used by one thread at a time.
public final class Statement {
    /// The statement's SQL, as given to ``Database/prepare(_:)``.
    public let sql: String
    /// Held so the connection outlives the statement (SQLite needs it open until `sqlite3_finalize`).
    private let database: Database
    private let handle: OpaquePointer

    /// SQLite copies bound bytes at once (`SQLITE_TRANSIENT`), so Swift strings and `Data` need not outlive the call.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(database: Database, sql: String) throws(SQLiteError) {
        let connection = try database.openHandle(sql: sql)
        var statement: OpaquePointer?
        var trailing = ""
        let characters = sql.utf8CString
        let result = characters.withUnsafeBufferPointer { buffer -> Int32 in
            var tail: UnsafePointer<CChar>?
            let result = sqlite3_prepare_v2(connection, buffer.baseAddress, Int32(buffer.count), &statement, &tail)
            if let tail { trailing = String(cString: tail).trimmingCharacters(in: .whitespacesAndNewlines) }
            return result
        }
        guard result == SQLITE_OK else {
            throw SQLiteError.from(result, connection: connection, sql: sql, path: database.path)
        }
        guard let statement else {
            throw SQLiteError(
                extendedCode: SQLITE_MISUSE, message: "no SQL statement to prepare", sql: sql, path: database.path)
        }
        guard trailing.isEmpty || trailing == ";" else {
            sqlite3_finalize(statement)
            throw SQLiteError(
                extendedCode: SQLITE_MISUSE,
                message: "prepare takes one statement, and text follows the first one " + "(run scripts with execute)",
                sql: sql, path: database.path)
        }
        self.sql = sql
        self.database = database
        self.handle = statement
    }

    deinit {
        sqlite3_finalize(handle)
    }

    private func check(_ result: Int32) throws(SQLiteError) {
        guard result == SQLITE_OK else { throw error(for: result) }
    }

    private func error(for result: Int32) -> SQLiteError {
        SQLiteError.from(result, connection: sqlite3_db_handle(handle), sql: sql, path: database.path)
    }

    // MARK: Parameters

    /// How many parameters the statement has (the largest index).
    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// Binds a value to the parameter at `index` (1-based).
    /// - Throws: `SQLiteError` (`SQLITE_RANGE`) if there is no such parameter, or if a string or blob is too big.
    public func bind(_ value: SQLiteValue, at index: Int) throws(SQLiteError) {
        let position = Int32(clamping: index)
        let result: Int32
        switch value {
        case .integer(let number):
            result = sqlite3_bind_int64(handle, position, Int64(number))
        case .real(let number):
            result = sqlite3_bind_double(handle, position, number)
        case .text(let text):
            // The bridged C string is never a null pointer, so an empty string stays '' rather than NULL.
            result = sqlite3_bind_text64(
                handle, position, text, sqlite3_uint64(text.utf8.count), Self.transient, UInt8(SQLITE_UTF8))
        case .blob(let bytes):
            if bytes.isEmpty {
                // An empty buffer's base address may be nil, which SQLite would store as NULL.
                result = sqlite3_bind_zeroblob(handle, position, 0)
            } else {
                result = bytes.withUnsafeBytes { buffer in
                    sqlite3_bind_blob64(
                        handle, position, buffer.baseAddress, sqlite3_uint64(buffer.count), Self.transient)
                }
            }
        case .null:
            result = sqlite3_bind_null(handle, position)
        }
        try check(result)
    }

    /// Binds an integer to the parameter at `index` (1-based).
    /// - Throws: `SQLiteError` if there is no such parameter.
    public func bind(_ value: Int, at index: Int) throws(SQLiteError) { try bind(.integer(value), at: index) }
    /// Binds a number to the parameter at `index` (1-based).
    /// - Throws: `SQLiteError` if there is no such parameter.
    public func bind(_ value: Double, at index: Int) throws(SQLiteError) { try bind(.real(value), at: index) }
    /// Binds text to the parameter at `index` (1-based).
    /// - Throws: `SQLiteError` if there is no such parameter.
    public func bind(_ value: String, at index: Int) throws(SQLiteError) { try bind(.text(value), at: index) }
    /// Binds bytes to the parameter at `index` (1-based).
    /// - Throws: `SQLiteError` if there is no such parameter.
    public func bind(_ value: Data, at index: Int) throws(SQLiteError) { try bind(.blob(value), at: index) }

    /// The index of a named parameter. `name` may include its prefix (`:zoom`) or not (`zoom`, then `:`, `@` and
    /// `$` are tried).
    /// - Throws: `SQLiteError` (`SQLITE_RANGE`) naming the parameter if the statement has none by that name.
    public func parameterIndex(named name: String) throws(SQLiteError) -> Int {
        let candidates =
            [":", "@", "$", "?"].contains(where: name.hasPrefix) ? [name] : [":" + name, "@" + name, "$" + name]
        for candidate in candidates {
            let index = sqlite3_bind_parameter_index(handle, candidate)
            if index > 0 { return Int(index) }
        }
        throw SQLiteError(
            extendedCode: SQLITE_RANGE, message: "no parameter named \(name)", sql: sql, path: database.path)
    }

    /// Binds a value to a named parameter (`:zoom`, `@zoom`, `$zoom`, or `zoom` for any of them).
    /// - Throws: `SQLiteError` if there is no parameter by that name.
    public func bind(_ value: SQLiteValue, named name: String) throws(SQLiteError) {
        try bind(value, at: try parameterIndex(named: name))
    }
    /// Binds an integer to a named parameter.
    /// - Throws: `SQLiteError` if there is no parameter by that name.
    public func bind(_ value: Int, named name: String) throws(SQLiteError) { try bind(.integer(value), named: name) }
    /// Binds a number to a named parameter.
    /// - Throws: `SQLiteError` if there is no parameter by that name.
    public func bind(_ value: Double, named name: String) throws(SQLiteError) { try bind(.real(value), named: name) }
    /// Binds text to a named parameter.
    /// - Throws: `SQLiteError` if there is no parameter by that name.
    public func bind(_ value: String, named name: String) throws(SQLiteError) { try bind(.text(value), named: name) }
    /// Binds bytes to a named parameter.
    /// - Throws: `SQLiteError` if there is no parameter by that name.
    public func bind(_ value: Data, named name: String) throws(SQLiteError) { try bind(.blob(value), named: name) }

    /// Binds values to parameters 1, 2, … in order.
    /// - Throws: `SQLiteError` (`SQLITE_RANGE`) if the count differs from ``parameterCount``.
    public func bind(_ values: [SQLiteValue]) throws(SQLiteError) {
        guard values.count == parameterCount else {
            throw SQLiteError(
                extendedCode: SQLITE_RANGE, message: "\(values.count) values given for \(parameterCount) parameters",
                sql: sql, path: database.path)
        }
        for (offset, value) in values.enumerated() { try bind(value, at: offset + 1) }
    }

    /// Sets every parameter back to NULL.
    /// - Throws: `SQLiteError` if SQLite refuses.
    public func clearBindings() throws(SQLiteError) {
        try check(sqlite3_clear_bindings(handle))
    }

    // MARK: Running

    /// Runs the statement to its next row.
    /// - Returns: true if a row is ready to be read, false once the statement has finished.
    /// - Throws: `SQLiteError` carrying the SQL and SQLite's message (constraint violation, busy, I/O...). The
    ///   statement is reset, so it can be bound and stepped again.
    @discardableResult
    public func step() throws(SQLiteError) -> Bool {
        let result = sqlite3_step(handle)
        switch result {
        case SQLITE_ROW:
            return true
        case SQLITE_DONE:
            return false
        default:
            let failure = error(for: result)
            // sqlite3_reset would repeat this error; resetting here leaves the statement reusable.
            sqlite3_reset(handle)
            throw failure
        }
    }

    /// Rewinds the statement so it can run again; bindings are kept.
    /// - Throws: `SQLiteError` if SQLite reports an error.
    public func reset() throws(SQLiteError) {
        try check(sqlite3_reset(handle))
    }

    /// Rewinds the statement, binds `values` (if any; otherwise keeps the current bindings), steps it to the end,
    /// and rewinds it again.
    /// - Parameter values: values for parameters 1, 2, …, or none.
    /// - Throws: `SQLiteError` carrying the SQL.
    public func execute(_ values: [SQLiteValue] = []) throws(SQLiteError) {
        try reset()
        if !values.isEmpty { try bind(values) }
        while try step() {}
        try reset()
    }

    /// Rewinds the statement, binds `values` (if any), and reads every row.
    /// - Parameter values: values for parameters 1, 2, …, or none.
    /// - Throws: `SQLiteError` carrying the SQL.
    public func rows(_ values: [SQLiteValue] = []) throws(SQLiteError) -> [Row] {
        try reset()
        if !values.isEmpty { try bind(values) }
        let names = (0..<columnCount).map(columnName(at:))
        var rows: [Row] = []
        while try step() {
            rows.append(Row(columnNames: names, values: (0..<names.count).map(value(at:))))
        }
        try reset()
        return rows
    }

    // MARK: Columns of the current row

    /// How many columns a row of this statement has.
    public var columnCount: Int { Int(sqlite3_column_count(handle)) }

    /// The name of a column (its `AS` name if it has one).
    public func columnName(at index: Int) -> String {
        guard hasColumn(index), let name = sqlite3_column_name(handle, Int32(index)) else { return "" }
        return String(cString: name)
    }

    private func hasColumn(_ index: Int) -> Bool { index >= 0 && index < columnCount }

    /// Whether a column of the current row is NULL (also true for a column index out of range).
    public func isNull(at index: Int) -> Bool {
        !hasColumn(index) || sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL
    }

    /// A column as an integer, converted as SQLite converts (NULL is 0, text is parsed, reals are truncated).
    public func int(at index: Int) -> Int {
        hasColumn(index) ? Int(sqlite3_column_int64(handle, Int32(index))) : 0
    }

    /// A column as a number, converted as SQLite converts (NULL is 0).
    public func double(at index: Int) -> Double {
        hasColumn(index) ? sqlite3_column_double(handle, Int32(index)) : 0
    }

    /// A column as text (numbers are formatted by SQLite), or nil if it is NULL.
    public func text(at index: Int) -> String? {
        guard !isNull(at: index) else { return nil }
        // sqlite3_column_bytes must come after sqlite3_column_text, which may convert the value.
        guard let characters = sqlite3_column_text(handle, Int32(index)) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, Int32(index)))
        return String(decoding: UnsafeBufferPointer(start: characters, count: count), as: UTF8.self)
    }

    /// A column as bytes, or nil if it is NULL. A zero-length blob is empty `Data`, not nil.
    public func blob(at index: Int) -> Data? {
        guard !isNull(at: index) else { return nil }
        guard let bytes = sqlite3_column_blob(handle, Int32(index)) else { return Data() }
        return Data(bytes: bytes, count: Int(sqlite3_column_bytes(handle, Int32(index))))
    }

    /// A column as it is stored (its storage class decides the case).
    public func value(at index: Int) -> SQLiteValue {
        guard hasColumn(index) else { return .null }
        switch sqlite3_column_type(handle, Int32(index)) {
        case SQLITE_INTEGER: return .integer(int(at: index))
        case SQLITE_FLOAT: return .real(double(at: index))
        case SQLITE_TEXT: return .text(text(at: index) ?? "")
        case SQLITE_BLOB: return .blob(blob(at: index) ?? Data())
        default: return .null
        }
    }
}

/// Statements are confined to one thread at a time, like their ``Database``.
@available(*, unavailable)
extension Statement: Sendable {}
