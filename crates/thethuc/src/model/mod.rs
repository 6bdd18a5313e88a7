//! Stage 4, the document model: `Document`, the tree every rule reads (lines with their kinds,
//! header, closing, the body's paragraphs and numbered hierarchy, citations, and for styled input
//! the look of each component), `body` (the body's nodes), `doctype` (the catalogue of document
//! types) and `joined` (a paragraph's lines joined). Pure data: the recognisers of the next stage
//! fill it. The tree is the single source of truth. Imports `text`, `input` and `layout`.

pub mod body;
pub(crate) mod doctype;
pub mod document;
pub(crate) mod joined;
