import Claims
import Foundation
import TheoremsCLI
import Verification

#if canImport(Glibc)
  import Glibc
#endif

/// The `theorems` executable: see `TheoremsCommand` and README.md.
let registry: ClaimRegistry
do {
  registry = try Catalog.registry()
} catch {
  FileHandle.standardError.write(Data("theorems: error: \(error)\n".utf8))
  exit(3)
}
let command = TheoremsCommand(
  registry: registry,
  output: { FileHandle.standardOutput.write(Data($0.utf8)) },
  errors: { FileHandle.standardError.write(Data($0.utf8)) },
  errorsIsTerminal: isatty(STDERR_FILENO) != 0,
  environment: ProcessInfo.processInfo.environment)
exit(command.run(Array(CommandLine.arguments.dropFirst())))
