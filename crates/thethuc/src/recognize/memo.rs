//! What a session's reader remembers of the lines it read before (`check::session`).

use crate::text::store::Store;

/// What the reader learnt of each line of the previous check, by the text it looked at: the
/// layout's verdict on a physical line (`furniture::classify`, a function of the line's text)
/// and the anchors' on a line it may cut (`anchors::split`: whether it holds a document run
/// together, a function of its text and folded text, and its cuts, a function of those and the
/// line's `Zone`). Folding is per character (`fold::fold_case`), so the folded text is a
/// function of the text too, and the whole text's is its lines' (`fold_case`).
#[derive(Debug, Default)]
pub(crate) struct ReaderCache {
    furniture: Store<Option<crate::layout::furniture::Furniture>>,
    anchors: Store<AnchorFacts>,
    /// Each line of the NFC text case-folded.
    folded: Store<Box<str>>,
    /// Verdicts worked out (not found) in the last check, of either kind.
    #[cfg(test)]
    pub(crate) computed: usize,
}

/// What `anchors::split` found of one line's text.
#[derive(Debug, Default)]
struct AnchorFacts {
    run_together: Option<bool>,
    /// The cuts in each zone the line was cut in.
    cuts: Vec<(
        crate::recognize::anchors::Zone,
        Vec<(usize, crate::recognize::anchors::Cut)>,
    )>,
}

impl ReaderCache {
    /// `fold::fold_case(text)`, line by line, each line's remembered.
    pub(crate) fn fold_case(&mut self, text: &str) -> String {
        let mut folded = String::with_capacity(text.len());
        for (k, line) in text.split('\n').enumerate() {
            if k > 0 {
                folded.push('\n');
            }
            let at = self
                .folded
                .find_or_make(line, || crate::text::fold::fold_case(line).into());
            folded.push_str(self.folded.get(at));
        }
        folded
    }

    /// `furniture::classify(line)`, remembered by `line`.
    pub(crate) fn furniture(
        &mut self,
        line: &str,
        classify: impl FnOnce() -> Option<crate::layout::furniture::Furniture>,
    ) -> Option<crate::layout::furniture::Furniture> {
        let at = self.furniture.find_or_make(line, || {
            #[cfg(test)]
            {
                self.computed += 1;
            }
            classify()
        });
        *self.furniture.get(at)
    }

    pub(crate) fn end_check(&mut self) {
        self.furniture.end_check();
        self.anchors.end_check();
        self.folded.end_check();
    }
}

impl crate::recognize::anchors::AnchorMemo for ReaderCache {
    /// Where the anchors' facts on `line` are, for `run_together` and `cuts`.
    fn anchors_of(&mut self, line: &str) -> usize {
        self.anchors.find_or_make(line, AnchorFacts::default)
    }

    /// Whether the line at `at` holds a document run together, remembered or worked out.
    fn run_together(&mut self, at: usize, verdict: &mut dyn FnMut() -> bool) -> bool {
        let facts = self.anchors.get_mut(at);
        match facts.run_together {
            Some(known) => known,
            None => {
                #[cfg(test)]
                {
                    self.computed += 1;
                }
                let known = verdict();
                self.anchors.get_mut(at).run_together = Some(known);
                known
            }
        }
    }

    /// The cuts of the line at `at` in `zone`, remembered or made.
    fn cuts(
        &mut self,
        at: usize,
        zone: crate::recognize::anchors::Zone,
        cut: &mut dyn FnMut() -> Vec<(usize, crate::recognize::anchors::Cut)>,
    ) -> Vec<(usize, crate::recognize::anchors::Cut)> {
        let facts = self.anchors.get_mut(at);
        if let Some((_, cuts)) = facts.cuts.iter().find(|(z, _)| *z == zone) {
            return cuts.clone();
        }
        #[cfg(test)]
        {
            self.computed += 1;
        }
        let cuts = cut();
        self.anchors.get_mut(at).cuts.push((zone, cuts.clone()));
        cuts
    }
}

impl crate::layout::segments::FurnitureMemo for ReaderCache {
    fn furniture_of(
        &mut self,
        line: &str,
        classify: &mut dyn FnMut() -> Option<crate::layout::furniture::Furniture>,
    ) -> Option<crate::layout::furniture::Furniture> {
        self.furniture(line, classify)
    }
}
