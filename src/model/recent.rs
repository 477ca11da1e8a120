//! A short most-recent-first list of costly results, shared by the filter and search caches.

use std::collections::VecDeque;

/// The last `N` values put in, most recent first.
#[derive(Clone, Debug)]
pub struct Recent<T, const N: usize> {
    items: VecDeque<T>,
}

impl<T, const N: usize> Default for Recent<T, N> {
    fn default() -> Self {
        Recent {
            items: VecDeque::with_capacity(N),
        }
    }
}

impl<T, const N: usize> Recent<T, N> {
    /// Takes out the most recent value that `wanted` accepts (put it back with [`Recent::put`]).
    pub fn take(&mut self, wanted: impl FnMut(&T) -> bool) -> Option<T> {
        let at = self.items.iter().position(wanted)?;
        self.items.remove(at)
    }

    /// The values kept, most recent first.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.items.iter()
    }

    /// Drops the values `keep` refuses (results of a report since replaced).
    pub fn retain(&mut self, keep: impl FnMut(&T) -> bool) {
        self.items.retain(keep);
    }

    /// Puts `value` first, dropping the oldest beyond `N`.
    pub fn put(&mut self, value: T) {
        self.items.push_front(value);
        self.items.truncate(N);
    }
}
