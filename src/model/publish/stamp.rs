//! A published file's identity (also compiled into `build.rs`, which stamps the build's own).

/// Identifies a published file by its exact text: FNV-1a over its UTF-16 code units, so that
/// `public/first-view.js` computes the same number from the text it fetched (and the build
/// writes the number of its own file into `index.html`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Stamp(pub u32);

impl Stamp {
    /// The stamp of a file's text.
    pub fn of(text: &str) -> Stamp {
        let mut hash: u32 = 0x811c_9dc5;
        for unit in text.encode_utf16() {
            hash ^= u32::from(unit);
            hash = hash.wrapping_mul(0x0100_0193);
        }
        Stamp(hash)
    }

    /// Eight hex digits, as stored and as `index.html` carries it.
    pub fn hex(self) -> String {
        format!("{:08x}", self.0)
    }

    /// Reads [`Stamp::hex`] back.
    pub fn from_hex(text: &str) -> Option<Stamp> {
        (text.len() == 8)
            .then(|| u32::from_str_radix(text, 16).ok())
            .flatten()
            .map(Stamp)
    }
}
