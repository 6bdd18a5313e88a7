//! Values remembered by a line's text from one check to the next (an editor's session).

use crate::text::FastMap;

/// Values remembered by a line's text from one check to the next: what a check found again or
/// made is kept for the next one, the rest of the check before is dropped (memory: one
/// document's lines). A check looks a text up once and then goes by the entry's index.
#[derive(Debug)]
pub(crate) struct Store<V> {
    /// The last check's entries not found again yet, and where each is in `previous_values`.
    previous: FastMap<Box<str>, usize>,
    previous_values: Vec<Option<V>>,
    /// This check's entries so far, likewise (each `Some`: one type for both lists, so that
    /// ending a check moves the list instead of rebuilding it, less code for each `V`).
    current: FastMap<Box<str>, usize>,
    current_values: Vec<Option<V>>,
    /// Entries `find_or_make` made (not found) since the count was set to zero.
    #[cfg(test)]
    pub(crate) made: usize,
}

impl<V> Default for Store<V> {
    fn default() -> Self {
        Store {
            previous: FastMap::default(),
            previous_values: Vec::new(),
            current: FastMap::default(),
            current_values: Vec::new(),
            #[cfg(test)]
            made: 0,
        }
    }
}

impl<V> Store<V> {
    /// Where `text`'s entry is in this check, when this check or the last one made it.
    pub(crate) fn find(&mut self, text: &str) -> Option<usize> {
        // The last check's first: most lines of a re-check are found there, once each.
        if let Some((key, at)) = self.previous.remove_entry(text) {
            if let Some(value) = self.previous_values[at].take() {
                return Some(self.keep(key, value));
            }
        }
        self.current.get(text).copied()
    }

    /// Where `text`'s entry is in this check, found or made by `make`.
    pub(crate) fn find_or_make(&mut self, text: &str, make: impl FnOnce() -> V) -> usize {
        match self.find(text) {
            Some(at) => at,
            None => {
                #[cfg(test)]
                {
                    self.made += 1;
                }
                self.keep(text.into(), make())
            }
        }
    }

    /// `value` kept for the next check under `text` (not in this check yet); its index.
    pub(crate) fn keep(&mut self, text: Box<str>, value: V) -> usize {
        let at = self.current_values.len();
        self.current.insert(text, at);
        self.current_values.push(Some(value));
        at
    }

    pub(crate) fn get(&self, at: usize) -> &V {
        match &self.current_values[at] {
            Some(value) => value,
            // `keep` puts each entry of this check as `Some`; only the last check's are taken.
            None => unreachable!("this check's entries are all kept"),
        }
    }

    pub(crate) fn get_mut(&mut self, at: usize) -> &mut V {
        match &mut self.current_values[at] {
            Some(value) => value,
            None => unreachable!("this check's entries are all kept"),
        }
    }

    /// The check is over: what it found or made is what the next one may reuse.
    pub(crate) fn end_check(&mut self) {
        self.previous = std::mem::take(&mut self.current);
        self.previous_values = std::mem::take(&mut self.current_values);
    }
}
