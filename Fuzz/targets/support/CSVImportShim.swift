/// Stands in for the pipeline's `CSVImport` declaration (which also matches and stores) so that the
/// fuzzer builds only its pure reading half (`CSVImport+Read.swift`).
public enum CSVImport {}
