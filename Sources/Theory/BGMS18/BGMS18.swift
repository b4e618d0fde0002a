/// Brutzkus, Globerson, Malach and Shalev-Shwartz, *SGD learns over-parameterized
/// networks that provably generalize on linearly separable data* (ICLR 2018).
///
/// The namespace of every symbol of the paper: the two-layer network
/// N_W(x) = vᵀσ(Wx) of Eq. 1 with the fixed second layer v = (v,…,v,−v,…,−v) of Sec. 2,
/// its hinge loss L_S, SGD with batch 1 (Eq. 3, Eq. 10), the closed-form bounds of
/// Sec. 5–7 and the constructions of the proofs (Sec. 9).
///
/// Conventions used throughout:
/// - W ∈ R^{2k×d} is stored row-major; rows 0..<k are w^(1..k) (outgoing weight +v),
///   rows k..<2k are u^(1..k) (outgoing weight −v), as in Sec. 2.
/// - σ'(0) = 1: the sub-gradient choice of Eq. 10 (p, q = 1 when the pre-activation is
///   ≥ 0), for Leaky ReLU and ReLU alike.
/// - The hinge max{1 − yN, 0} has gradient zero at yN = 1: a step on (x, y) changes W
///   only when yN(x) < 1 (Sec. 2, "non-zero update").
/// - Logarithms are natural unless the name says log₂.
public enum BGMS18 {}
