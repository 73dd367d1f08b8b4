// The shared test helpers (ImageComparison among them) for every file of this test target.
@_exported import _ChronomapTestSupport
