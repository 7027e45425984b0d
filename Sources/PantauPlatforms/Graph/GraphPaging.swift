/// Graph API cursor paging: `paging.cursors.after` leads to the next page while `paging.next` is
/// given (the documented sign that one exists). Business Discovery's nested `media` edge gives no
/// `next`, so there a full page with an `after` cursor continues. Unsafe cursors end paging.
enum GraphPaging {
    static func next(_ paging: JSONTree?, count: Int, pageSize: Int, nested: Bool) -> String? {
        guard count > 0, let after = paging?["cursors"]?["after"]?.string, Query.isPlainCursor(after) else { return nil }
        if paging?["next"] != nil { return after }
        return nested && count >= pageSize ? after : nil
    }
}
