/// Stage 4, data: every data file read and validated once, shared read-only
/// by the pages that chart it.
enum DataStage {
    static func run(_ site: Site, options: BuildOptions) -> Staged<DataStore> {
        options.progress?("Validating data")
        return DataStore.load(site: site, jobs: options.jobs)
    }
}
