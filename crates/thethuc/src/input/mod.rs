//! Stage 2, input and decoding: bytes become the NFC text every offset refers to. `Source`
//! decodes UTF-8 or a legacy TCVN3/VNI file and maps NFC offsets back to the original (lines,
//! columns, UTF-16); `html` cleans a saved web page to text with a map back to the page;
//! `charset` decodes a page that declares windows-1252 or windows-1258; `blocks` are the
//! styled paragraphs of a .docx or an editor. Imports only `text`.

pub(crate) mod blocks;
pub(crate) mod charset;
pub(crate) mod html;
pub(crate) mod legacy;
pub(crate) mod source;
