//! The one rule for taking two sets of changes made to the same thing: a workbook read onto a
//! report that moved on (`workbook::rebase`) and a new edition merged into local edits
//! (`publish::merge`) both decide each item by [`pick`].

/// Which side a three-way merge keeps for one item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// This side's (the edits, the workbook): it changed the item, or both agree.
    Mine,
    /// The other side's (the new edition, the report now): only it changed the item.
    Theirs,
    /// Both changed it, differently: this side's is kept and the item is named to the person.
    Both,
}

/// Decides one item from what it was (`base`) and what each side made of it; `None` is
/// absent (not yet there, or removed).
pub fn pick<T: PartialEq + ?Sized>(base: Option<&T>, mine: Option<&T>, theirs: Option<&T>) -> Pick {
    if mine == theirs || theirs == base {
        Pick::Mine
    } else if mine == base {
        Pick::Theirs
    } else {
        Pick::Both
    }
}
