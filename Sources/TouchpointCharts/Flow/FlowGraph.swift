/// Flows between named nodes (customers moving from one channel to the next),
/// laid out in columns as a Sankey diagram: each node in the column after the
/// longest path into it, heights in proportion to what passes through, and
/// nodes moved towards their neighbours to keep flows from crossing.
struct FlowGraph {
    struct Link {
        var source: Int
        var target: Int
        var value: Double
        /// Where the band leaves its source and enters its target (top edges), set by `layout`.
        var sourceY = 0.0
        var targetY = 0.0
        var width = 0.0
    }

    struct Node {
        var name: String
        var column = 0
        var value = 0.0
        var y = 0.0
        var height = 0.0
    }

    var nodes: [Node]
    var links: [Link]
    var columns: Int { (nodes.map(\.column).max() ?? 0) + 1 }

    /// Flows summed per (from, to), nodes in order of first appearance; a loop is refused by name.
    static func make(_ flows: [(from: String, to: String, value: Double)]) -> Result<FlowGraph, ChartError> {
        var index: [String: Int] = [:]
        var nodes: [Node] = []
        func node(_ name: String) -> Int {
            if let known = index[name] { return known }
            index[name] = nodes.count
            nodes.append(Node(name: name))
            return nodes.count - 1
        }
        var summed: [Int: [Int: Double]] = [:]
        var order: [(Int, Int)] = []
        for flow in flows {
            let source = node(flow.from), target = node(flow.to)
            guard source != target else {
                return .failure(ChartError("a flow from \(Phrase.quoted(flow.from)) to itself; a sankey shows movement between nodes", option: "to"))
            }
            if summed[source]?[target] == nil { order.append((source, target)) }
            summed[source, default: [:]][target, default: 0] += flow.value
        }
        let links = order.map { Link(source: $0.0, target: $0.1, value: summed[$0.0]?[$0.1] ?? 0) }
        var graph = FlowGraph(nodes: nodes, links: links)
        if let loop = graph.loop() {
            return .failure(ChartError("the flows go round in a loop (\(loop.joined(separator: " → "))); a sankey shows flows "
                + "in one direction: name a node by its step, e.g. 'Web (2nd contact)'", option: "data"))
        }
        graph.assignColumns()
        for i in graph.nodes.indices {
            let into = graph.links.filter { $0.target == i }.reduce(0) { $0 + $1.value }
            let out = graph.links.filter { $0.source == i }.reduce(0) { $0 + $1.value }
            graph.nodes[i].value = Swift.max(into, out)
        }
        return .success(graph)
    }

    /// The names along a loop, when the flows have one.
    func loop() -> [String]? {
        var state = [Int](repeating: 0, count: nodes.count)   // 0 new, 1 on the path, 2 done
        var path: [Int] = []
        func visit(_ node: Int) -> [String]? {
            state[node] = 1
            path.append(node)
            for link in links where link.source == node {
                if state[link.target] == 1, let start = path.firstIndex(of: link.target) {
                    return (path[start...] + [link.target]).map { nodes[$0].name }
                }
                if state[link.target] == 0, let found = visit(link.target) { return found }
            }
            path.removeLast()
            state[node] = 2
            return nil
        }
        for node in nodes.indices where state[node] == 0 {
            if let found = visit(node) { return found }
        }
        return nil
    }

    /// Each node one column right of its furthest source; sinks move to the last column.
    mutating func assignColumns() {
        var changed = true
        while changed {
            changed = false
            for link in links where nodes[link.target].column < nodes[link.source].column + 1 {
                nodes[link.target].column = nodes[link.source].column + 1
                changed = true
            }
        }
        let last = columns - 1
        for i in nodes.indices where !links.contains(where: { $0.source == i }) && links.contains(where: { $0.target == i }) {
            nodes[i].column = last
        }
    }

    /// Heights within `top…bottom`, then positions relaxed towards each node's neighbours.
    mutating func layout(top: Double, bottom: Double, padding: Double) {
        let byColumn = (0..<columns).map { column in nodes.indices.filter { nodes[$0].column == column } }
        let scale = byColumn.map { ids -> Double in
            let total = ids.reduce(0) { $0 + nodes[$1].value }
            let room = bottom - top - padding * Double(Swift.max(0, ids.count - 1))
            return total > 0 ? Swift.max(0, room) / total : 0
        }.filter { $0 > 0 }.min() ?? 0
        for ids in byColumn {
            var y = top
            for id in ids {
                nodes[id].height = nodes[id].value * scale
                nodes[id].y = y
                y += nodes[id].height + padding
            }
        }
        for link in links.indices { links[link].width = links[link].value * scale }
        for pass in 0..<6 {
            let columnsInTurn = pass % 2 == 0 ? Array(byColumn.dropFirst()) : Array(byColumn.dropLast().reversed())
            for ids in columnsInTurn {
                for id in ids {
                    let neighbours = links.filter { pass % 2 == 0 ? $0.target == id : $0.source == id }
                    let weight = neighbours.reduce(0) { $0 + $1.value }
                    guard weight > 0 else { continue }
                    let centre = neighbours.reduce(0) { sum, link in
                        let other = nodes[pass % 2 == 0 ? link.source : link.target]
                        return sum + (other.y + other.height / 2) * link.value
                    } / weight
                    nodes[id].y = centre - nodes[id].height / 2
                }
                separate(ids, top: top, bottom: bottom, padding: padding)
            }
        }
        placeLinks()
    }

    /// Nodes of one column in order of their position, pushed apart by `padding` and kept inside the plot.
    mutating func separate(_ ids: [Int], top: Double, bottom: Double, padding: Double) {
        let sorted = ids.sorted { nodes[$0].y != nodes[$1].y ? nodes[$0].y < nodes[$1].y : $0 < $1 }
        var y = top
        for id in sorted {
            nodes[id].y = Swift.max(nodes[id].y, y)
            y = nodes[id].y + nodes[id].height + padding
        }
        var limit = bottom
        for id in sorted.reversed() {
            nodes[id].y = Swift.min(nodes[id].y, limit - nodes[id].height)
            limit = nodes[id].y - padding
        }
    }

    /// Each band's place on its source and target: stacked in the order of the node at its other end.
    mutating func placeLinks() {
        for node in nodes.indices {
            var y = nodes[node].y
            for link in links.indices.filter({ links[$0].source == node })
                .sorted(by: { nodes[links[$0].target].y < nodes[links[$1].target].y }) {
                links[link].sourceY = y
                y += links[link].width
            }
            y = nodes[node].y
            for link in links.indices.filter({ links[$0].target == node })
                .sorted(by: { nodes[links[$0].source].y < nodes[links[$1].source].y }) {
                links[link].targetY = y
                y += links[link].width
            }
        }
    }
}
