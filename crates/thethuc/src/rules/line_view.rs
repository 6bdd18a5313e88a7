//! The one line a line rule (`Check::Line`) reads. Its own module, so that its fields (the
//! whole context) stay out of the rules' reach: a line rule can read only what the view's
//! methods give, all of it a function of the line's text, and its place to build spans.

use crate::rules::Ctx;
use crate::text::span::Span;

/// One line of the document as a line rule sees it: its text, words and tokens, and its span
/// in the text (to place findings). Nothing else of the document.
pub struct LineView<'c, 'a> {
    ctx: &'c Ctx<'a>,
    i: usize,
}

impl<'c, 'a> LineView<'c, 'a> {
    pub(crate) fn new(ctx: &'c Ctx<'a>, i: usize) -> Self {
        Self { ctx, i }
    }
    /// The line's text.
    pub fn text(&self) -> &'a str {
        self.ctx.line_text(self.i)
    }
    /// Where the line lies in the text: findings are placed from its start.
    pub fn span(&self) -> Span {
        self.ctx.line(self.i).span
    }
    /// The line's words (`Ctx::words`).
    pub fn words(&self) -> &'c [(usize, &'a str)] {
        self.ctx.words(self.i)
    }
    /// The line's tokens (`Ctx::tokens`).
    pub fn tokens(&self) -> &'c [(usize, &'a str)] {
        self.ctx.tokens(self.i)
    }
}
