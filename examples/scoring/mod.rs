//! What the extraction scorers share: how names are compared, and a ratio of counts.

use linkchart::resolve::normalize;

/// `a / b`, 0 when `b` is 0.
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// A name as the scorers compare it: normalized, without a leading article ("The Guardian" and
/// "Guardian", "the UK" and "UK" are one name).
pub fn name_key(name: &str) -> String {
    let trimmed = name.trim();
    let bare = ["The ", "the "]
        .iter()
        .find_map(|article| trimmed.strip_prefix(article))
        .unwrap_or(trimmed);
    normalize(bare)
}
