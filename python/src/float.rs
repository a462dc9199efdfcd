//! The library's scores and weights are `f32`; Python's floats are `f64`.

/// `value` as the `f64` with the same shortest decimal form, so Python shows the 0.4 the library
/// holds rather than 0.4000000059604645, its exact binary value.
pub fn shortest(value: f32) -> f64 {
    value.to_string().parse().unwrap_or(f64::from(value))
}
