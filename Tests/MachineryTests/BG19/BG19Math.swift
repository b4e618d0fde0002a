import Testing

/// The BG19 math layer: networks, losses, gradients, gradient descent, exact
/// probabilities and closed forms of Brutzkus & Globerson (ICML 2019).
/// Run with `swift test --filter BG19Math`.
@Suite("BG19Math") struct BG19Math {}
