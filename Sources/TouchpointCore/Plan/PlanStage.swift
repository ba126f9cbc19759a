/// Stage 3, plan: every page's place in the site (route, section, menu,
/// tags, previous and next), from the loaded pages and their outlines.
enum PlanStage {
    static func run(_ site: Site, outlines: [String: PageOutline]) -> Staged<SitePlan> {
        Planner.plan(site: site, titles: outlines.mapValues(\.title))
    }
}
