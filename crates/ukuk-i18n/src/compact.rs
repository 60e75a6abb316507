/// A Fluent file without what a reader of the app never sees: comment lines
/// and the blank lines between entries (a blank line inside a message's text
/// is kept). The web app's first load and its fetched texts carry this form;
/// the files in `locales/` stay as they are written.
pub fn compact_ftl(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::with_capacity(text.len());
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with('#') {
            continue;
        }
        if line.trim().is_empty() {
            // Inside a message only when the next non-blank line continues it.
            let next = lines.iter().skip(i + 1).find(|l| !l.trim().is_empty());
            if !next.is_some_and(|l| l.starts_with(' ') || l.starts_with('\t')) {
                continue;
            }
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}
