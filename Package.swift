// swift-tools-version: 6.0
//
// A property-based verification suite for four papers on over-parameterized
// neural networks (see README.md). The toolchain only: no package dependencies.
//
// Module graph (one direction only):
//   LinearAlgebra  <-  Theory  <-  Generators  <-  Verification  <-  Claims  <-  TheoremsCLI  <-  theorems
//                                                                            <-  ClaimTesting  <-  TheoremTests, LemmaTests
//   MachineryTests tests LinearAlgebra, Theory, Generators, Verification, TheoremsCLI and ClaimTesting.
import PackageDescription

/// Numeric code runs optimized even in a plain `swift test` (a debug build runs
/// training loops about 20x slower).
///
/// On x86-64 Linux the numeric targets are also compiled for the build machine's CPU
/// (`-target-cpu native` for Swift, `-march=native` for the C importer): without it the
/// compiler emits neither FMA nor AVX, and the dense kernels run many times slower. The
/// package is always built from source on the machine that runs it, so this is safe; other
/// architectures and platforms build with the default target.
#if arch(x86_64) && os(Linux)
let cpuFlags: [String] = ["-target-cpu", "native", "-Xcc", "-march=native"]
#else
let cpuFlags: [String] = []
#endif

let optimized: [SwiftSetting] = [.unsafeFlags(["-O"] + cpuFlags)]

let package = Package(
  name: "OverparameterizedTheorems",
  products: [
    .executable(name: "theorems", targets: ["theorems"]),
  ],
  targets: [
    .target(name: "LinearAlgebra", swiftSettings: optimized),
    .target(name: "Theory", dependencies: ["LinearAlgebra"], swiftSettings: optimized),
    .target(name: "Generators", dependencies: ["Theory"], swiftSettings: optimized),
    .target(name: "Verification", dependencies: ["Theory", "Generators"], swiftSettings: optimized),
    .target(name: "Claims", dependencies: ["Theory", "Generators", "Verification"], swiftSettings: optimized),
    .target(name: "TheoremsCLI", dependencies: ["Verification", "Claims"], swiftSettings: optimized),
    // Test support: runs a claim inside a Swift Testing test (imports Testing).
    .target(name: "ClaimTesting", dependencies: ["Verification", "Claims"]),
    .executableTarget(name: "theorems", dependencies: ["TheoremsCLI"]),
    .testTarget(name: "TheoremTests", dependencies: ["ClaimTesting"]),
    .testTarget(name: "LemmaTests", dependencies: ["ClaimTesting"]),
    .testTarget(
      name: "MachineryTests",
      dependencies: ["LinearAlgebra", "Theory", "Generators", "Verification", "Claims", "TheoremsCLI", "ClaimTesting"],
      swiftSettings: optimized),
  ]
)
