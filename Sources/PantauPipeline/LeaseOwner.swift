import Foundation

/// Names the process that holds a source's lease: "host:pid:nonce".
public enum LeaseOwner {
    public static let current = "\(ProcessInfo.processInfo.hostName):\(getpid()):\(UUID().uuidString.prefix(8))"

    /// False only when the owner is a process on this host that no longer exists; owners on other
    /// hosts (a shared file system) are presumed alive until their lease expires.
    public static func isAlive(_ owner: String) -> Bool {
        let parts = owner.split(separator: ":")
        guard parts.count == 3, String(parts[0]) == ProcessInfo.processInfo.hostName, let pid = Int32(parts[1]) else {
            return true
        }
        if owner == current { return true }
        return kill(pid, 0) == 0 || errno != ESRCH
    }
}
