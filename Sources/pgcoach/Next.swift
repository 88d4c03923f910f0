import ArgumentParser
import PGCoachKit

extension PGCoachCommand {
    struct Next: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The next lesson to take, and how to start it.")
        func run() throws { try finish(NextCommandRunner.run()) }
    }
}
