import Foundation
import PantauModel
import PantauStore

extension Workspace {
    /// Where this machine keeps the API platforms' state (quota spent, renewed tokens): beside the
    /// SQLite file, or in the PostgreSQL database's local state folder. Nil for an in-memory store.
    var platformStateFile: String? {
        if let db = store as? AppDatabase { return PlatformSession.stateFile(forDatabase: db.writer.path) }
        guard let folder = location.localStateFolder(registry: registryFolder) else { return nil }
        return PlatformSession.stateFile(forDatabase: (folder as NSString).appendingPathComponent("pantau"))
    }

    /// What is left of each configured platform API's allowance, as this machine counted or was told
    /// (see `PlatformQuota`). Reads only: nothing is created.
    public func platformQuotas(now: Date = Date()) -> [PlatformQuota] {
        PlatformSession(platforms: registry.settings.platforms, stateFile: platformStateFile)
            .quotas(platforms: registry.settings.platforms, at: now)
    }
}
