import Foundation
import PantauModel
import PantauStore

/// Dashboard accounts (`pantau user`, `pantau serve`): the seam's `AccountStorage`, as is.
extension Workspace {
    public var accounts: any AccountStorage { store }
}
