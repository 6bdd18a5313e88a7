//! Stage 1, text and spans: what every later stage reads text with. `Span` is the one range type
//! (NFC byte offsets); the NFC normalisation, the case and tone folds, Vietnamese syllables and
//! words, combining marks, roman and decimal numbers, tolerant fixed phrases, and the map between a
//! reading order and the original text. Nothing here knows what a document is; nothing here
//! imports another stage.

pub(crate) mod case;
pub(crate) mod debris;
pub(crate) mod decimal;
pub(crate) mod fold;
pub(crate) mod marks;
pub(crate) mod normalization;
pub(crate) mod phrases;
pub(crate) mod reading;
pub(crate) mod roman;
pub mod sorting;
pub(crate) mod spacing;
pub(crate) mod span;
pub(crate) mod store;
pub(crate) mod syllable;
pub(crate) mod words;

/// Hash maps and sets with foldhash's fixed hasher, not the standard SipHash: no untrusted keys
/// choose the buckets here, and with one hasher for the whole crate SipHash stays out of the
/// .wasm. Their iteration order is fixed but arbitrary: what reads them never depends on it.
pub(crate) type FastMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::FixedState>;
pub(crate) type FastSet<T> = std::collections::HashSet<T, foldhash::fast::FixedState>;
