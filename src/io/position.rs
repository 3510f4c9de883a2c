//! Positions in input text: byte offsets to `line:column`, and the start of every element of the
//! top-level arrays of a JSON graph, so that problems found after parsing still name their place.

use std::collections::HashMap;

use crate::error::Location;

/// The location of byte `offset` in `bytes` (line and column from 1, column in characters).
pub fn locate_byte(file: &str, bytes: &[u8], offset: usize) -> Location {
    let offset = offset.min(bytes.len());
    let before = &bytes[..offset];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    Location {
        file: file.to_owned(),
        line,
        column,
    }
}

/// For each key of the top-level object whose value is an array, the byte offset at which each
/// element of that array starts. `text` must be valid JSON.
pub fn array_elements(text: &str) -> HashMap<&str, Vec<usize>> {
    let bytes = text.as_bytes();
    let mut starts: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut depth = 0usize;
    let mut last_string: Option<&str> = None;
    let mut array: Option<&str> = None;
    let mut expect_element = false;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if expect_element && c != b']' {
            if let Some(key) = array {
                starts.entry(key).or_default().push(i);
            }
            expect_element = false;
        }
        match c {
            b'"' => {
                let end = skip_string(bytes, i);
                if depth == 1 {
                    last_string = Some(&text[i + 1..end - 1]);
                }
                i = end;
                continue;
            }
            b'[' | b'{' => {
                if depth == 1 && c == b'[' {
                    array = last_string.take();
                    expect_element = true;
                }
                depth += 1;
            }
            b']' | b'}' => {
                depth = depth.saturating_sub(1);
                if depth == 1 {
                    array = None;
                }
            }
            b',' if depth == 2 && array.is_some() => expect_element = true,
            _ => {}
        }
        i += 1;
    }
    starts
}

/// The offset just past the string that starts at `start` (a `"`).
fn skip_string(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_elements_of_top_level_arrays_only() {
        let text = "{\"title\": \"a [b]\",\n \"actors\": [\n  {\"id\": \"x\", \"aliases\": [\"y\"]},\n  {\"id\": \"z\"}\n ],\n \"links\": []}";
        let starts = array_elements(text);
        let actors = &starts["actors"];
        assert_eq!(actors.len(), 2);
        let loc = locate_byte("f", text.as_bytes(), actors[1]);
        assert_eq!((loc.line, loc.column), (4, 3));
        assert!(!starts.contains_key("links"));
        assert!(!starts.contains_key("aliases"));
    }
}
