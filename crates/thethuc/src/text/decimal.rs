//! Numbers with a fixed count of decimals for messages, in integer arithmetic: `{v:.1}` on an f32
//! links the float formatting of `core` (Grisu, Dragon4) for f32 into the WASM build. (Its f64
//! twin stays linked there: serde's error messages print `Unexpected::Float`.)

/// `v` with `places` decimals (at most 8), exactly as `format!("{v:.places$}")` prints it: the
/// exact value rounded half to even, `-` before a negative value (and -0), `NaN`, `inf`, `-inf`.
pub fn decimals(v: f32, places: u8) -> String {
    debug_assert!(places <= 8);
    if v.is_nan() {
        return "NaN".into();
    }
    let sign = if v.is_sign_negative() { "-" } else { "" };
    if v.is_infinite() {
        return format!("{sign}inf");
    }
    let a = v.abs();
    let scale = 10u64.pow(places.into());
    // From 2^23 up an f32 has no fraction; below, times 10^8 it still fits f64 exactly (24 + 27
    // bits), so rounding the product rounds the exact value.
    let (whole, fraction) = if a >= 8_388_608.0 {
        (a as u128, 0)
    } else {
        let units = (f64::from(a) * scale as f64).round_ties_even() as u64;
        (u128::from(units / scale), units % scale)
    };
    joined(sign, whole, fraction, places)
}

/// `n / 2^shift` with `places` decimals (at most 3), exactly as
/// `format!("{:.places$}", n as f64 / (1u64 << shift) as f64)` prints it for `n` below 2^53
/// (where the cast is exact); in `u64`, as `u128` division would link more code.
pub fn binary_fraction_decimals(n: u64, shift: u32, places: u8) -> String {
    debug_assert!(places <= 3 && shift < 64 && n < 1 << 53);
    let scale = 10u64.pow(places.into());
    let scaled = n * scale;
    let mut units = scaled >> shift;
    let rest = scaled & ((1u64 << shift) - 1);
    let half = (1u64 << shift) >> 1;
    if shift > 0 && (rest > half || (rest == half && units % 2 == 1)) {
        units += 1;
    }
    joined("", u128::from(units / scale), units % scale, places)
}

fn joined(sign: &str, whole: u128, fraction: u64, places: u8) -> String {
    if places == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction:0width$}", width = places.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `core::fmt` prints, the reference the messages were written against.
    fn core_decimals(v: f32, places: u8) -> String {
        format!("{v:.prec$}", prec = usize::from(places))
    }

    #[test]
    fn prints_what_core_fmt_prints() {
        assert_eq!(decimals(13.0, 0), "13");
        assert_eq!(decimals(13.5, 1), "13.5");
        assert_eq!(decimals(1.15, 2), "1.15");
        assert_eq!(decimals(-2.25, 1), "-2.2");
        assert_eq!(decimals(-0.04, 1), "-0.0");
        assert_eq!(decimals(0.0, 2), "0.00");
        assert_eq!(decimals(12.96, 1), "13.0");
        assert_eq!(decimals(f32::NAN, 1), "NaN");
        assert_eq!(decimals(f32::NEG_INFINITY, 0), "-inf");
    }

    #[test]
    fn rounds_the_exact_value_half_to_even() {
        // 0.5, 2.5 and 0.25 are exact ties; 0.35 is stored a little below its decimal.
        assert_eq!(decimals(0.5, 0), "0");
        assert_eq!(decimals(1.5, 0), "2");
        assert_eq!(decimals(2.5, 0), "2");
        assert_eq!(decimals(0.25, 1), "0.2");
        assert_eq!(decimals(0.75, 1), "0.8");
        assert_eq!(decimals(0.35, 1), "0.3");
        assert_eq!(decimals(-0.125, 2), "-0.12");
    }

    #[test]
    fn agrees_with_core_fmt_on_a_sweep_of_values() {
        let mut values: Vec<f32> = (-40_000..=40_000).map(|k| k as f32 / 400.0).collect();
        // Every f32 bit pattern of a stride through the whole range: tiny, huge, subnormal.
        values.extend((0..=u32::MAX).step_by(9_973).map(f32::from_bits));
        values.extend([
            f32::MAX,
            f32::MIN,
            f32::MIN_POSITIVE,
            8_388_607.5,
            8_388_608.0,
            16_777_217.0,
            -0.0,
            f32::INFINITY,
        ]);
        for v in values {
            for places in 0..=8 {
                assert_eq!(
                    decimals(v, places),
                    core_decimals(v, places),
                    "{v:e} .{places}"
                );
            }
        }
    }

    #[test]
    fn binary_fractions_agree_with_core_fmt() {
        let mut sizes: Vec<u64> = (0..5_000_000).step_by(997).collect();
        // Ties at a twentieth of a MiB, and sizes near the usual limits.
        sizes.extend((0..64).map(|k| k * (1 << 20) / 20));
        sizes.extend([1 << 20, 10 << 20, (10 << 20) - 1, (1 << 53) - 1, 52_428]);
        for n in sizes {
            for places in 0..=3 {
                let want = format!(
                    "{:.prec$}",
                    n as f64 / (1u64 << 20) as f64,
                    prec = usize::from(places)
                );
                assert_eq!(
                    binary_fraction_decimals(n, 20, places),
                    want,
                    "{n} .{places}"
                );
            }
        }
        assert_eq!(binary_fraction_decimals(7, 0, 1), "7.0");
        assert_eq!(binary_fraction_decimals(3, 1, 0), "2");
    }
}
