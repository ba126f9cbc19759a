/// Makes the URLs one output file uses: relative to its own folder, or, for
/// the 404 page that hosts serve at any depth, absolute from `baseURL`.
struct Linker: Sendable {
    let fromRoute: String
    let absoluteBase: String?

    var root: String { absoluteBase ?? RelativeURL.root(from: fromRoute) }

    func page(_ route: String) -> String { file(route + "index.html") }

    func file(_ path: String) -> String {
        if let absoluteBase { return absoluteBase + RelativeURL.encode(path) }
        return RelativeURL.from(fromRoute, to: path)
    }
}
