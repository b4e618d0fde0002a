/// Arora, Du, Hu, Li, Wang, "Fine-Grained Analysis of Optimization and Generalization for
/// Overparameterized Two-Layer Neural Networks" (ICML 2019, arXiv 1901.08584), cited as ADHLW19.
///
/// The namespace of everything the ADHLW19 claims use (statements and settings:
/// `../shared/papers/ADHLW19-statements.md`):
///
/// - §3.1: the two-layer ReLU network f_{W,a}(x) = (1/√m) Σ_r a_r ReLU(w_rᵀx)
///   (``ADHLW19/TwoLayerNetwork``), the loss Φ(W) = ½ Σ_i (y_i − f(x_i))² (a sum) and
///   full-batch gradient descent on W with the indicator 1{w_rᵀx_i ≥ 0}
///   (``ADHLW19/GradientDescent``).
/// - Eq. 3: the Gram matrix H^∞ in closed form (``ADHLW19/gramInfinity(_:)``), its identities,
///   the finite-width H(W), λ₀ and the two-point closed form.
/// - Thm 4.1: the linear recursion's residual √(Σ_i (1 − ηλ_i)^{2k} (v_iᵀy)²)
///   (``ADHLW19/KernelSpectrum``).
/// - Thm 5.1, Lemma 5.3: yᵀ(H^∞)⁻¹y by a Cholesky solve with iterative refinement and the
///   complexity √(2yᵀ(H^∞)⁻¹y/n) (``ADHLW19/quadraticForm(_:_:)``).
/// - Thm 6.1 and Cor 6.2: the bounds and the proof's sharper forms.
///
/// Convention: the n inputs are the **rows** of an n × d row-major `Matrix` X (the paper's
/// columns), so the paper's K = XᵀX is our X·Xᵀ.
public enum ADHLW19 {}
