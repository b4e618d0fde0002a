/// Li and Liang, *Learning overparameterized neural networks via stochastic gradient descent
/// on structured data* (NeurIPS 2018).
///
/// The namespace of every symbol of the paper: the two-layer ReLU network
/// f_i(x) = Σ_r a_{i,r} ReLU(⟨w_r, x⟩) of §3, its softmax cross-entropy loss, the gradient of
/// Eq. 1, the pseudo-gradient of §5.1, minibatch SGD on the first layer only, the §7
/// diagnostics (activation-pattern change, relative distance, singular values) and the bounds
/// of Lemmas 5.1–5.2 with their hidden constants set to 1.
///
/// Conventions used throughout:
/// - W ∈ R^{m×d} is stored row-major (row r is w_r); the top layer A = (a_{i,r}) ∈ R^{k×m}.
/// - Classes are 0-based (`0..<k`); the paper's y ∈ [k] is y + 1.
/// - The activation pattern of unit r on input x is 1[⟨w_r, x⟩ ≥ 0], the indicator of Eq. 1
///   (§7 writes "1 if the input to the ReLU is positive": the two differ only on a
///   probability-zero event).
/// - Logarithms are natural.
public enum LL18 {}
