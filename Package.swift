// swift-tools-version: 6.0
//
// A property-based verification suite for four papers on over-parameterized
// neural networks (see README.md). The toolchain only: no package dependencies.
//
// Module graph (one direction only):
//   Theory  <-  Generators  <-  Verification  <-  Claims  <-  TheoremsCLI  <-  theorems
//                                                         <-  ClaimTesting  <-  TheoremTests, LemmaTests
//   MachineryTests tests Theory, Generators, Verification and TheoremsCLI.
import PackageDescription

/// Numeric code runs optimized even in a plain `swift test` (a debug build runs
/// training loops about 20x slower).
let optimized: [SwiftSetting] = [.unsafeFlags(["-O"])]

let package = Package(
  name: "OverparameterizedTheorems",
  products: [
    .executable(name: "theorems", targets: ["theorems"]),
  ],
  targets: [
    .target(name: "Theory", swiftSettings: optimized),
    .target(name: "Generators", dependencies: ["Theory"], swiftSettings: optimized),
    .target(name: "Verification", dependencies: ["Theory", "Generators"], swiftSettings: optimized),
    .target(name: "Claims", dependencies: ["Theory", "Generators", "Verification"], swiftSettings: optimized),
    .target(name: "TheoremsCLI", dependencies: ["Verification", "Claims"]),
    // Test support: runs a claim inside a Swift Testing test (imports Testing).
    .target(name: "ClaimTesting", dependencies: ["Verification", "Claims"]),
    .executableTarget(name: "theorems", dependencies: ["TheoremsCLI"]),
    .testTarget(name: "TheoremTests", dependencies: ["ClaimTesting"]),
    .testTarget(name: "LemmaTests", dependencies: ["ClaimTesting"]),
    .testTarget(
      name: "MachineryTests",
      dependencies: ["Theory", "Generators", "Verification", "Claims", "TheoremsCLI"]),
  ]
)
