/// Brutzkus & Globerson, "Why do Larger Models Generalize Better? A Theoretical
/// Perspective via the XOR Problem" (ICML 2019), cited as BG19.
///
/// The namespace of everything the BG19 claims use:
///
/// - §3 (XOR): the points `x1…x4` and labels, the two-layer network of Eq. 1
///   (``BG19/XOR``), its hinge loss, gradient and full-batch gradient descent
///   (``BG19/GradientDescent`` with ``BG19/HingeObjective/xor``), the neuron sets
///   W_t⁺(i), U_t⁺(i) of §3.1 and the counts a_i(t) (``BG19/ActivityHistory``).
/// - §4–6 (XORD): the patterns `p1…p4`, pattern sets P_x (``BG19/PatternSet``), the
///   classification rule f* of Eq. 3, the convolutional network of Eq. 2
///   (``BG19/XORD``), the loss of Eq. 4 (``BG19/HingeObjective/xord(_:gamma:)``), the
///   argmax sets of §6, diversity (Def. 4.2), exact test errors
///   (``BG19/MaskDistribution``), realizability (§4) and the closed forms of Lemmas
///   3.1–6.2 and Theorems 3.3–6.5.
///
/// Indexing: points x_i, patterns p_i and the sets W⁺(i), U⁺(i) use the paper's
/// 1-based i ∈ 1…4; neurons use Swift's 0-based index j ∈ 0..<k for the paper's
/// w⁽ʲ⁺¹⁾, u⁽ʲ⁺¹⁾.
public enum BG19 {}
