//! Cross-crate tests of Ukuk live in the `[[test]]` targets of this package (`cases.rs`, `i18n.rs`); this library is empty.
