#if os(Linux)
import CMallocControl
#endif

/// How the C heap hands memory back, set once at start-up.
///
/// glibc raises its mmap threshold to the size of the largest mmapped block freed so far (up
/// to 32 MB), and its trim threshold to twice that. aslkit frees a whole file's bytes once it
/// is read and a document once its model is built, so everything allocated after that (the
/// model, the analysis, the drawing) came from the brk heap, whose freed pages stay resident:
/// on a 50,000-state chain with a warning per state `analyze` peaked at 131 MiB instead of 111,
/// and `report` at 161 MiB instead of 138. Fixed thresholds keep blocks of 128 KB and more in
/// their own mappings, returned when freed, at no measurable cost in time.
enum HeapPolicy {
    static let threshold: Int32 = 128 * 1024

    static func apply() {
        #if os(Linux)
        _ = mallopt(M_MMAP_THRESHOLD, threshold)
        _ = mallopt(M_TRIM_THRESHOLD, threshold)
        #endif
    }

    /// Hands every whole free page of the heap back, wherever it lies (see
    /// `MachineReportOptions.releaseFreedMemory`).
    static let releaseFreedPages: @Sendable () -> Void = {
        #if os(Linux)
        _ = malloc_trim(0)
        #endif
    }
}
