import Foundation
import SQLite
import Testing
import _ChronomapTestSupport

@Suite struct StatementTests {
    private func database() throws -> Database {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n)")
        return database
    }

    @Test func everyTypeRoundTripsThroughBindAndColumns() throws {
        let database = try database()
        let bytes = Data((0...255).map(UInt8.init) + [0, 0, 255])
        let insert = try database.prepare("INSERT INTO t (i, r, s, b, n) VALUES (?, ?, ?, ?, ?)")
        try insert.bind(Int.min, at: 1)
        try insert.bind(-0.125, at: 2)
        try insert.bind("Ստեփանակերտ 'Xankəndi' \u{0}end", at: 3)
        try insert.bind(bytes, at: 4)
        try insert.bind(nil, at: 5)
        #expect(try insert.step() == false)

        let select = try database.prepare("SELECT i, r, s, b, n FROM t")
        #expect(select.columnCount == 5)
        #expect(select.columnName(at: 3) == "b")
        #expect(try select.step())
        #expect(select.int(at: 0) == Int.min)
        #expect(select.double(at: 1) == -0.125)
        #expect(select.text(at: 2) == "Ստեփանակերտ 'Xankəndi' \u{0}end")
        #expect(select.blob(at: 3) == bytes)
        #expect(select.isNull(at: 4))
        #expect(select.text(at: 4) == nil && select.blob(at: 4) == nil)
        #expect(!select.isNull(at: 3))
        #expect(select.value(at: 0) == .integer(Int.min))
        #expect(select.value(at: 4) == .null)
        #expect(try select.step() == false)
    }

    @Test func emptyTextAndEmptyBlobAreNotNull() throws {
        let database = try database()
        try database.query("INSERT INTO t (s, b) VALUES (?, ?)", [.text(""), .blob(Data())])
        let row = try #require(try database.query("SELECT s, b, typeof(s), typeof(b) FROM t").first)
        #expect(row[0] == .text(""))
        #expect(row[1] == .blob(Data()))
        #expect(row["typeof(s)"] == .text("text"))
        #expect(row[3] == .text("blob"))
    }

    @Test func namedParametersBindWithOrWithoutTheirPrefix() throws {
        let database = try database()
        let insert = try database.prepare("INSERT INTO t (i, r, s) VALUES (:zoom, @ratio, $name)")
        try insert.bind(7, named: ":zoom")
        try insert.bind(1.5, named: "ratio")
        try insert.bind("Shushi", named: "name")
        try insert.execute()
        let rows = try database.query("SELECT i, r, s FROM t")
        #expect(rows == [Row(columnNames: ["i", "r", "s"], values: [7, 1.5, "Shushi"])])

        let error = #expect(throws: SQLiteError.self) { try insert.bind(1, named: "missing") }
        #expect(error?.message == "no parameter named missing")
        #expect(error?.sql == "INSERT INTO t (i, r, s) VALUES (:zoom, @ratio, $name)")
    }

    @Test func bindingTheWrongNumberOfValuesIsAnError() throws {
        let database = try database()
        let insert = try database.prepare("INSERT INTO t (i, s) VALUES (?, ?)")
        let error = #expect(throws: SQLiteError.self) { try insert.execute([1]) }
        #expect(error?.message == "1 values given for 2 parameters")
        #expect(throws: SQLiteError.self) { try insert.bind(1, at: 3) }
    }

    @Test func aStatementIsReusableAfterAFailedStep() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE u (id INTEGER PRIMARY KEY, name TEXT UNIQUE)")
        let insert = try database.prepare("INSERT INTO u (name) VALUES (?)")
        try insert.execute(["Askeran"])
        let error = #expect(throws: SQLiteError.self) { try insert.execute(["Askeran"]) }
        #expect(error?.isConstraintViolation == true)
        #expect(error?.extendedCode == 2067)  // SQLITE_CONSTRAINT_UNIQUE
        #expect(error?.message == "UNIQUE constraint failed: u.name")
        try insert.execute(["Martuni"])
        #expect(try database.query("SELECT count(*) FROM u").first?[0] == .integer(2))
    }

    @Test func resetKeepsBindingsAndClearBindingsDropsThem() throws {
        let database = try database()
        let insert = try database.prepare("INSERT INTO t (i) VALUES (?)")
        try insert.bind(5, at: 1)
        try insert.execute()
        try insert.execute()
        try insert.clearBindings()
        try insert.execute()
        let values = try database.query("SELECT i FROM t ORDER BY rowid").map { $0[0] }
        #expect(values == [5, 5, nil])
    }

    @Test func prepareTakesOneStatement() throws {
        let database = try database()
        let error = #expect(throws: SQLiteError.self) { try database.prepare("SELECT 1; SELECT 2") }
        #expect(error?.sql == "SELECT 1; SELECT 2")
        #expect(throws: SQLiteError.self) { try database.prepare("  -- only a comment") }
        #expect(try database.prepare("SELECT 1;").step())
    }
}
