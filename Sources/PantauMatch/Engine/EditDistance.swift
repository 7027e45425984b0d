/// Small edit distances between folded words.
enum EditDistance {
    /// True when `x` and `y` differ by at most one insertion, deletion, substitution or swap of
    /// neighbouring letters.
    static func withinOne<A: RandomAccessCollection, B: RandomAccessCollection>(_ x: A, _ y: B) -> Bool
    where A.Element == UInt8, B.Element == UInt8, A.Index == Int, B.Index == Int {
        let m = x.count, n = y.count
        if abs(m - n) > 1 { return false }
        let xs = x.startIndex, ys = y.startIndex
        var i = 0
        while i < m, i < n, x[xs + i] == y[ys + i] { i += 1 }
        if i == m && i == n { return true }
        func same(_ a: Int, _ b: Int) -> Bool {
            // x[a...] == y[b...]
            guard m - a == n - b else { return false }
            var k = 0
            while a + k < m {
                if x[xs + a + k] != y[ys + b + k] { return false }
                k += 1
            }
            return true
        }
        if m == n {
            if same(i + 1, i + 1) { return true }
            return i + 1 < m && x[xs + i] == y[ys + i + 1] && x[xs + i + 1] == y[ys + i] && same(i + 2, i + 2)
        }
        return m > n ? same(i + 1, i) : same(i, i + 1)
    }
}
