import Foundation
import Testing
import TutorCore

@testable import PGCoachKit

/// `endpoint_sql:` on a workload step: the application's service discovery.
@Suite struct LessonLoaderEndpointTests {
    static let step = """
          - id: resolved
            database: app_db
            role: dba
            endpoint_sql: SELECT 'primary'
            sql: SELECT true
        """

    @Test func loadsTheQuery() throws {
        let lesson = try LessonLoader.parseLessonYAML(LessonLoaderEngineTests.withStep(Self.step), file: "lesson.yaml")
        let step = try #require(lesson.workload.first { $0.id == "resolved" })
        #expect(step.endpointSQL == "SELECT 'primary'")
        #expect(lesson.workload.filter { $0.id != "resolved" }.allSatisfy { $0.endpointSQL == nil })
    }

    @Test func notWithConcurrentSessions() {
        LessonLoaderEngineTests.expectFormatError(
            LessonLoaderEngineTests.withStep(
                LessonLoaderEngineTests.concurrentStep.replacingOccurrences(
                    of: "    role: dba\n", with: "    role: dba\n    endpoint_sql: SELECT 'primary'\n")),
            field: "workload[1].endpoint_sql", message: "a concurrent step runs on its own server", line: nil)
    }

    @Test func notThroughThePooler() {
        let source = poolerLessonYAML.replacingOccurrences(
            of: "    via: pooler\n    sql: SELECT true", with: "    via: pooler\n    endpoint_sql: SELECT 'primary'\n    sql: SELECT true")
        #expect(source != poolerLessonYAML)
        LessonLoaderEngineTests.expectFormatError(
            source, field: "workload[0].endpoint_sql", message: "a step through the pooler has its route", line: nil)
    }
}
