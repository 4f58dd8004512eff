import Dispatch

/// Frees `value` on a background thread instead of the caller's. A loaded document is one
/// object per node, and freeing one takes 70–90% as long as reading it; a command that is
/// about to print its findings and exit need not wait for that. The caller must hold no other
/// copy (pass it with `consume`), or the caller's copy frees it after all.
package func releaseInBackground<T: Sendable>(_ value: consuming T) {
    let parcel = Parcel(value)
    DispatchQueue.global(qos: .utility).async { parcel.empty() }
}

/// Holds the only reference to a value until a background thread drops it. Written by one
/// thread only (the background one, once), which makes the unchecked `Sendable` sound.
private final class Parcel<T>: @unchecked Sendable {
    private var value: T?

    init(_ value: consuming T) { self.value = value }

    func empty() { value = nil }
}
