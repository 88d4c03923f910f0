/// The lessons an authoring command names (`lesson check`, `lesson lint`): all when it names
/// none, from the catalog found from here.
enum LessonSelection {
    /// The catalog and the ids selected, or nil after printing why there are none (the caller
    /// exits with status 2).
    static func resolve(_ names: [String], output: ConsoleOutput) -> (catalog: LessonCatalog, ids: [String])? {
        do {
            let catalog = try LessonCatalog.locate()
            return (catalog, try catalog.select(names))
        } catch {
            output.errorLine("pgcoach: \(error)")
            return nil
        }
    }
}
