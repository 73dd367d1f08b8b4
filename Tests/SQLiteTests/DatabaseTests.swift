import Foundation
import SQLite
import Testing
import _ChronomapTestSupport

@Suite struct DatabaseTests {
    @Test func aFailingStatementNamesItsSQLAndSQLitesMessage() throws {
        let folder = try TestPaths.makeScratchFolder()
        let path = folder.appendingPathComponent("errors.sqlite").path
        let database = try Database(path: path)
        let error = #expect(throws: SQLiteError.self) { try database.prepare("SELEC zoom_level FROM map") }
        #expect(error?.sql == "SELEC zoom_level FROM map")
        #expect(error?.message == "near \"SELEC\": syntax error")
        #expect(error?.code == 1)  // SQLITE_ERROR
        #expect(error?.path == path)
        #expect(
            error?.description
                == "\(path): SQLite error 1 (SQL logic error): near \"SELEC\": syntax error in `SELEC zoom_level FROM map`"
        )
    }

    @Test func aFailingScriptNamesTheStatementThatFailed() throws {
        let database = try Database(path: ":memory:")
        let error = #expect(throws: SQLiteError.self) {
            try database.execute(
                """
                CREATE TABLE a (x);
                -- a comment between statements
                INSERT INTO a VALUES (1);
                INSERT INTO missing VALUES (2);
                INSERT INTO a VALUES (3);
                """)
        }
        #expect(error?.sql == "INSERT INTO missing VALUES (2);")
        #expect(error?.message == "no such table: missing")
        // The statements before the failing one ran; the ones after did not.
        #expect(try database.query("SELECT x FROM a").map { $0[0] } == [1])
    }

    @Test func openingAMissingFileReadOnlyNamesThePath() throws {
        let path = try TestPaths.makeScratchFolder().appendingPathComponent("missing.sqlite").path
        let error = #expect(throws: SQLiteError.self) { try Database(path: path, mode: .readOnly) }
        #expect(error?.path == path)
        #expect(error?.code == 14)  // SQLITE_CANTOPEN
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aReadOnlyConnectionCannotWrite() throws {
        let path = try TestPaths.makeScratchFolder().appendingPathComponent("ro.sqlite").path
        try Database(path: path).execute("CREATE TABLE a (x)")
        let readOnly = try Database(path: path, mode: .readOnly)
        let error = #expect(throws: SQLiteError.self) { try readOnly.query("INSERT INTO a VALUES (1)") }
        #expect(error?.code == 8)  // SQLITE_READONLY
    }

    @Test func aTransactionThatThrowsIsRolledBack() throws {
        struct Interrupted: Error {}
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE a (x); INSERT INTO a VALUES (1)")
        #expect(throws: Interrupted.self) {
            try database.transaction {
                try database.query("INSERT INTO a VALUES (2)")
                try database.query("INSERT INTO a VALUES (3)")
                #expect(try database.query("SELECT count(*) FROM a").first?[0] == 3)
                throw Interrupted()
            }
        }
        #expect(try database.query("SELECT count(*) FROM a").first?[0] == 1)
        #expect(!database.isInTransaction)
        // The connection is usable again, and a transaction that returns commits.
        let inserted = try database.transaction {
            try database.query("INSERT INTO a VALUES (4)")
            return database.changes
        }
        #expect(inserted == 1)
        #expect(try database.query("SELECT x FROM a ORDER BY x").map { $0[0] } == [1, 4])
    }

    @Test func aTransactionWhoseStatementFailsIsRolledBack() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE a (x UNIQUE)")
        #expect(throws: SQLiteError.self) {
            try database.transaction {
                try database.query("INSERT INTO a VALUES (1)")
                try database.query("INSERT INTO a VALUES (1)")
            }
        }
        #expect(try database.query("SELECT count(*) FROM a").first?[0] == 0)
    }

    @Test func transactionsDoNotNest() throws {
        let database = try Database(path: ":memory:")
        let error = #expect(throws: SQLiteError.self) { try database.transaction { try database.transaction {} } }
        #expect(error?.message == "cannot start a transaction within a transaction")
        #expect(!database.isInTransaction)
    }

    @Test func lastInsertRowIDAndChanges() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE a (id INTEGER PRIMARY KEY, x UNIQUE)")
        try database.query("INSERT INTO a (x) VALUES (?), (?), (?)", ["p", "q", "r"])
        #expect(database.changes == 3)
        #expect(database.lastInsertRowID == 3)
        try database.query("INSERT OR IGNORE INTO a (x) VALUES ('p')")
        #expect(database.changes == 0)
        try database.query("UPDATE a SET x = x || '!' WHERE id > 1")
        #expect(database.changes == 2)
    }

    @Test func statementsAreFinalizedWhenReleased() throws {
        let folder = try TestPaths.makeScratchFolder()
        // close() calls sqlite3_close, which refuses while any statement of the connection is unfinalized.
        for index in 0..<500 {
            let database = try Database(path: folder.appendingPathComponent("db\(index % 10).sqlite").path)
            try database.execute("PRAGMA synchronous = OFF; CREATE TABLE IF NOT EXISTS a (x)")
            for value in 0..<3 {
                let insert = try database.prepare("INSERT INTO a VALUES (?)")
                try insert.execute([.integer(value)])
            }
            #expect(try database.prepare("SELECT count(*) FROM a").step())
            try database.close()
        }
    }

    @Test func closeRefusesWhileAStatementIsAlive() throws {
        let database = try Database(path: ":memory:")
        let statement = try database.prepare("SELECT 1")
        withExtendedLifetime(statement) {
            let error = #expect(throws: SQLiteError.self) { try database.close() }
            #expect(error?.isBusy == true)
            #expect(database.isOpen)
        }
    }

    @Test func aClosedDatabaseThrows() throws {
        let database = try Database(path: ":memory:")
        try database.close()
        try database.close()
        #expect(!database.isOpen)
        let error = #expect(throws: SQLiteError.self) { try database.execute("SELECT 1") }
        #expect(error?.message == "the database connection is closed")
        #expect(throws: SQLiteError.self) { try database.prepare("SELECT 1") }
    }

    @Test func aBusyTimeoutWaitsThenReportsTheLock() throws {
        let path = try TestPaths.makeScratchFolder().appendingPathComponent("busy.sqlite").path
        let first = try Database(path: path)
        let second = try Database(path: path)
        try first.execute("CREATE TABLE a (x)")
        try second.setBusyTimeout(milliseconds: 50)
        try first.execute("BEGIN IMMEDIATE")
        let started = Date()
        let error = #expect(throws: SQLiteError.self) {
            try second.transaction { try second.query("INSERT INTO a VALUES (1)") }
        }
        #expect(error?.isBusy == true)
        #expect(Date().timeIntervalSince(started) >= 0.04)
        try first.execute("COMMIT")
        try second.transaction { try second.query("INSERT INTO a VALUES (1)") }
    }
}
