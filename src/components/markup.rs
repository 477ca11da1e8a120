//! Elements written as markup, where the app draws many at once: a chart's SVG shapes and
//! focusable cells, entry cards, the municipality select. A chart of 40 hubs is about a
//! thousand elements: the browser parses them from one string much faster than the app can
//! create each element and attribute through wasm-bindgen. Text and attribute values are
//! escaped, as hub names, entry text, theme names and event titles come from imported files;
//! a CR is written as a character reference, so parsing keeps it. Inline styles are not
//! written: the CSP refuses them in markup.

use std::fmt::{Display, Write};

/// A fragment being written, element by element.
#[derive(Debug, Default)]
pub struct Markup(String);

/// Writes what it is given with `&`, `<`, `>`, `"` and `'` escaped.
struct Escaping<'a>(&'a mut String);

impl Write for Escaping<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        for c in s.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                '\'' => self.0.push_str("&#39;"),
                // Parsing markup turns a raw CR into LF; a character reference stays CR.
                '\r' => self.0.push_str("&#13;"),
                c => self.0.push(c),
            }
        }
        Ok(())
    }
}

/// An element's attributes, as (name, value); names are the app's own, values are escaped.
pub type Attrs<'a> = [(&'static str, &'a dyn Display)];

impl Markup {
    /// Opens `<name …>`; close it with [`Markup::close`].
    pub fn open(&mut self, name: &'static str, attrs: &Attrs) {
        self.0.push('<');
        self.0.push_str(name);
        for (attr, value) in attrs {
            self.0.push(' ');
            self.0.push_str(attr);
            self.0.push_str("=\"");
            // Writing to a String cannot fail.
            let _ = write!(Escaping(&mut self.0), "{value}");
            self.0.push('"');
        }
        self.0.push('>');
    }

    /// Closes `</name>`.
    pub fn close(&mut self, name: &'static str) {
        self.0.push_str("</");
        self.0.push_str(name);
        self.0.push('>');
    }

    /// An element with no children.
    pub fn empty(&mut self, name: &'static str, attrs: &Attrs) {
        self.open(name, attrs);
        self.close(name);
    }

    /// An element holding only `text`.
    pub fn text(&mut self, name: &'static str, attrs: &Attrs, text: &str) {
        self.open(name, attrs);
        let _ = Escaping(&mut self.0).write_str(text);
        self.close(name);
    }

    /// Text outside any element of its own, escaped.
    pub fn plain(&mut self, text: &str) {
        let _ = Escaping(&mut self.0).write_str(text);
    }

    /// Markup written earlier by a `Markup` (a chart's picture), added as it is.
    pub fn raw(&mut self, markup: &str) {
        self.0.push_str(markup);
    }

    /// The markup written.
    pub fn finish(self) -> String {
        self.0
    }
}
