//! Indents compact JSON the way `serde_json::to_string_pretty` does (two spaces, `": "`, empty
//! `[]` and `{}` kept on one line). The app serialises the report one way only, compact, and
//! indents that for files people read: a second, pretty serialiser of every report type is
//! several KB of wasm in the first load (BENCHMARKS.md, session 16).

/// `compact` (valid JSON without insignificant whitespace) indented.
pub fn indent(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() + compact.len() / 2);
    let mut depth = 0usize;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        (0..depth).for_each(|_| out.push_str("  "));
    };
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                out.push('"');
                // Copy the string as it is, escapes included.
                while let Some(s) = chars.next() {
                    out.push(s);
                    match s {
                        '\\' => out.extend(chars.next()),
                        '"' => break,
                        _ => {}
                    }
                }
            }
            '{' | '[' => {
                out.push(c);
                if matches!(chars.peek(), Some('}' | ']')) {
                    out.extend(chars.next());
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(',');
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            c => out.push(c),
        }
    }
    out
}
