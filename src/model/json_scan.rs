//! Finds where each hub of a report file is without parsing it: the byte range of every
//! element of the top-level `"hubs"` array. A large file can then be parsed hub by hub, a few
//! at a time between frames, instead of in one piece that freezes the page.
//!
//! The scan only tracks strings and brackets. Anything it does not expect (another top-level
//! shape, a second `"hubs"`, a hub that is not an object, unbalanced brackets) makes it give
//! up, and the caller parses the whole file at once, which also words every error exactly.

/// A scan that can stop after any number of bytes and go on later.
#[derive(Clone, Debug, Default)]
pub struct HubScan {
    /// How far the scan has come.
    pos: usize,
    /// The open brackets, innermost last.
    open: Vec<u8>,
    in_string: bool,
    escaped: bool,
    string_start: usize,
    /// The last string closed directly inside the top-level object (a key, or a value).
    last_string: (usize, usize),
    /// True between `"hubs":` and the end of its value.
    hubs_key: bool,
    /// Where the hubs array's `[` and `]` are.
    hubs_open: Option<usize>,
    hubs_close: Option<usize>,
    hub_start: usize,
    /// Each hub's bytes, `start..end`.
    hubs: Vec<(usize, usize)>,
    irregular: bool,
}

/// Where a report's hubs are: what [`HubScan::finish`] gives for a file it understood.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HubLayout {
    /// The positions of the hubs array's `[` and `]`.
    pub array: (usize, usize),
    /// Each hub's bytes, `start..end`, in order.
    pub hubs: Vec<(usize, usize)>,
}

impl HubScan {
    /// How many bytes have been scanned.
    pub fn position(&self) -> usize {
        self.pos
    }

    /// True once the scan met something it does not understand (it stops there).
    pub fn gave_up(&self) -> bool {
        self.irregular
    }

    fn in_hubs(&self) -> bool {
        self.hubs_open.is_some() && self.hubs_close.is_none()
    }

    /// Scans on, up to byte `until` of `bytes` (always the same bytes from call to call).
    pub fn scan(&mut self, bytes: &[u8], until: usize) {
        let until = until.min(bytes.len());
        while self.pos < until && !self.irregular {
            let i = self.pos;
            let b = bytes[i];
            self.pos += 1;
            if self.in_string {
                if self.escaped {
                    self.escaped = false;
                } else if b == b'\\' {
                    self.escaped = true;
                } else if b == b'"' {
                    self.in_string = false;
                    if self.open.len() == 1 {
                        self.last_string = (self.string_start, i);
                    }
                }
                continue;
            }
            let depth = self.open.len();
            let in_hubs = self.in_hubs();
            match b {
                b'"' => {
                    self.in_string = true;
                    self.string_start = i + 1;
                }
                b':' if depth == 1 => {
                    let (s, e) = self.last_string;
                    self.hubs_key = &bytes[s..e] == b"hubs";
                    if self.hubs_key && self.hubs_open.is_some() {
                        self.irregular = true;
                    }
                }
                b',' if depth == 1 => self.hubs_key = false,
                b'{' | b'[' => {
                    if depth == 1 && self.hubs_key {
                        if b == b'[' {
                            self.hubs_open = Some(i);
                        } else {
                            self.irregular = true;
                        }
                    } else if depth == 2 && in_hubs {
                        if b == b'{' {
                            self.hub_start = i;
                        } else {
                            self.irregular = true;
                        }
                    }
                    self.open.push(b);
                }
                b'}' | b']' => {
                    let expected = if b == b'}' { b'{' } else { b'[' };
                    if self.open.pop() != Some(expected) {
                        self.irregular = true;
                    }
                    if in_hubs && depth == 3 && b == b'}' {
                        self.hubs.push((self.hub_start, i + 1));
                    } else if in_hubs && depth == 2 {
                        self.hubs_close = Some(i);
                        self.hubs_key = false;
                    }
                }
                b' ' | b'\t' | b'\n' | b'\r' => {}
                // A bare value (number, true, null…) where a hub or a comma belongs.
                _ if depth == 2 && in_hubs && b != b',' => self.irregular = true,
                _ => {}
            }
        }
    }

    /// The hubs' places once all of `bytes` is scanned, or `None` if the file is not what
    /// the scan understands.
    pub fn finish(&self, bytes: &[u8]) -> Option<HubLayout> {
        let done = self.pos >= bytes.len() && !self.in_string && self.open.is_empty();
        match (done && !self.irregular, self.hubs_open, self.hubs_close) {
            (true, Some(open), Some(close)) => Some(HubLayout {
                array: (open, close),
                hubs: self.hubs.clone(),
            }),
            _ => None,
        }
    }
}
