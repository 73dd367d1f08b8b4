import Chronology

/// The bundled Nagorno-Karabakh data set, loaded (and checked) once per test process: loading with
/// the zone invariants is the slowest step of most tests, and the data does not change during a run.
public enum BundledData {
    public static let dataset: Result<Dataset, any Error> = Result { try Dataset.load(from: TestPaths.bundledData) }
}
