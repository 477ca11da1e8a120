//! The entries view's state in the URL query, both ways.
//!
//! Keys: `q`, `theme`, `cat`, `section`, `fy`, `hub`, `status`, `ids` (lists comma-separated).
//! Unknown values are dropped with a note for the user, never an error.

use super::filter::Filter;
use super::report::Report;
use super::types::{Category, FiscalYear, Section, Status};

/// Query keys the app understands; `lang` is the UI language.
const KNOWN_KEYS: [&str; 9] = [
    "q", "theme", "cat", "section", "fy", "hub", "status", "ids", "lang",
];

/// Something in the URL that was ignored, for a visible note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IgnoredParam {
    /// The query key.
    pub key: String,
    /// The value that was not understood.
    pub value: String,
}

/// Reads a filter from decoded query pairs, ignoring (and reporting) what it does not know.
pub fn filter_from_query<'a>(
    report: &Report,
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> (Filter, Vec<IgnoredParam>) {
    let mut filter = Filter::default();
    let mut ignored = Vec::new();
    for (key, value) in pairs {
        if key == "q" {
            filter.query = value.to_string();
            continue;
        }
        if !KNOWN_KEYS.contains(&key) {
            ignored.push(IgnoredParam {
                key: key.into(),
                value: value.into(),
            });
            continue;
        }
        for item in value.split(',').map(str::trim).filter(|v| !v.is_empty()) {
            let known = match key {
                "theme" => report
                    .theme(item)
                    .map(|t| filter.themes.insert(t.id.clone()))
                    .is_some(),
                "cat" => item
                    .parse::<u8>()
                    .ok()
                    .and_then(Category::new)
                    .map(|c| filter.categories.insert(c))
                    .is_some(),
                "section" => Section::from_id(item)
                    .map(|s| filter.sections.insert(s))
                    .is_some(),
                "fy" => item
                    .parse::<u16>()
                    .ok()
                    .map(FiscalYear)
                    .filter(|fy| {
                        report
                            .hubs
                            .iter()
                            .flat_map(|h| &h.entries)
                            .any(|e| e.fiscal_year == *fy)
                    })
                    .map(|fy| filter.years.insert(fy))
                    .is_some(),
                "hub" => report
                    .hub(item)
                    .map(|h| filter.hubs.insert(h.id.clone()))
                    .is_some(),
                "status" => Status::from_id(item)
                    .map(|s| filter.statuses.insert(s))
                    .is_some(),
                "ids" => {
                    let known = report
                        .hubs
                        .iter()
                        .flat_map(|h| &h.entries)
                        .any(|e| e.id == item);
                    known && filter.ids.insert(item.to_string())
                }
                _ => true,
            };
            if !known {
                ignored.push(IgnoredParam {
                    key: key.into(),
                    value: item.into(),
                });
            }
        }
    }
    (filter, ignored)
}

/// Encodes a query component: unreserved characters and `,` stay, the rest is percent-encoded.
pub fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => {
                out.push(b as char)
            }
            // By hand, not `format!`: a dashboard writes ~1,000 links, many in Japanese.
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.push('%');
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 0x0F)]));
            }
        }
    }
    out
}

/// The filter as a query string without `?` (empty when no filter is active).
pub fn filter_to_query(filter: &Filter) -> String {
    let join = |items: Vec<String>| items.join(",");
    let mut parts: Vec<(&str, String)> = Vec::new();
    if !filter.query.is_empty() {
        parts.push(("q", filter.query.clone()));
    }
    parts.push(("theme", join(filter.themes.iter().cloned().collect())));
    parts.push((
        "cat",
        join(
            filter
                .categories
                .iter()
                .map(|c| c.number().to_string())
                .collect(),
        ),
    ));
    parts.push((
        "section",
        join(filter.sections.iter().map(|s| s.id().to_string()).collect()),
    ));
    parts.push((
        "fy",
        join(filter.years.iter().map(|y| y.0.to_string()).collect()),
    ));
    parts.push(("hub", join(filter.hubs.iter().cloned().collect())));
    parts.push((
        "status",
        join(filter.statuses.iter().map(|s| s.id().to_string()).collect()),
    ));
    parts.push(("ids", join(filter.ids.iter().cloned().collect())));
    query_string(parts.into_iter().filter(|(_, v)| !v.is_empty()))
}

/// Decodes a query component (`application/x-www-form-urlencoded`): `+` is a space and
/// `%XX` a byte; malformed escapes stay as written, invalid UTF-8 becomes U+FFFD.
pub fn decode_component(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The decoded `key=value` pairs of a query string (with or without its leading `?`), in order.
pub fn parse_query(search: &str) -> Vec<(String, String)> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode_component(key), decode_component(value))
        })
        .collect()
}

/// Pairs back into a query string without `?` (keys and values encoded).
pub fn query_string<K: AsRef<str>, V: AsRef<str>>(
    pairs: impl IntoIterator<Item = (K, V)>,
) -> String {
    pairs
        .into_iter()
        .map(|(k, v)| {
            format!(
                "{}={}",
                encode_component(k.as_ref()),
                encode_component(v.as_ref())
            )
        })
        .collect::<Vec<_>>()
        .join("&")
}
