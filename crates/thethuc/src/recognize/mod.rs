//! Stage 5, recognition: which line is which component. `read` runs the reader over the
//! layout's segments (`anchors` cuts long lines where a component starts inside them, a whole
//! document on one line; `joins` joins header phrases wrapped over two lines; `region` trims what
//! lies outside the document). The pest line grammar classifies each line (`parse`), `assemble`
//! decides the header, trích yếu, Kính gửi, signature block, Nơi nhận and appendices by scoring
//! the candidates, and `structure` and `citations` find the body's hierarchy and citations.
//! `clues` holds the word-level clues they share; `grammar_budget` bounds every pest parse per
//! check. Imports the stages before it.

pub(crate) mod anchors;
pub(crate) mod assemble;
pub(crate) mod citations;
pub(crate) mod clues;
pub(crate) mod grammar_budget;
pub(crate) mod joins;
pub(crate) mod memo;
pub(crate) mod parse;
pub(crate) mod read;
pub(crate) mod region;
pub(crate) mod structure;
