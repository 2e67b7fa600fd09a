//! A small Rust lexer for the architecture checks: the tokens of a source file with their
//! line and column, comments, strings and character literals left out, and the parts
//! compiled only for tests (`#[cfg(test)]` items) marked.

use std::path::{Path, PathBuf};

/// One token: an identifier or keyword, or one punctuation character (`::` is one token).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The token's text.
    pub text: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub col: usize,
    /// Whether it lies in an item compiled only for tests.
    pub test_only: bool,
}

impl Token {
    /// Whether the token is `text`.
    pub fn is(&self, text: &str) -> bool {
        self.text == text
    }

    /// Whether the token is an identifier (or keyword).
    pub fn is_ident(&self) -> bool {
        self.text
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_')
    }
}

/// The tokens of `source`, without comments, strings or character literals.
pub fn tokens(source: &str) -> Vec<Token> {
    let chars: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line, mut col) = (0, 1, 1);
    // Moves past `n` characters, keeping the line and column.
    let advance = |i: &mut usize, line: &mut usize, col: &mut usize, n: usize| {
        for _ in 0..n {
            if chars.get(*i) == Some(&'\n') {
                *line += 1;
                *col = 1;
            } else {
                *col += 1;
            }
            *i += 1;
        }
    };
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let rest = |from: usize| chars[from.min(chars.len())..].iter();
        if c.is_whitespace() {
            advance(&mut i, &mut line, &mut col, 1);
        } else if c == '/' && next == Some('/') {
            let len = rest(i).take_while(|&&c| c != '\n').count();
            advance(&mut i, &mut line, &mut col, len);
        } else if c == '/' && next == Some('*') {
            let (mut depth, mut j) = (0, i);
            while j < chars.len() {
                if chars[j] == '/' && chars.get(j + 1) == Some(&'*') {
                    depth += 1;
                    j += 2;
                } else if chars[j] == '*' && chars.get(j + 1) == Some(&'/') {
                    depth -= 1;
                    j += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    j += 1;
                }
            }
            let len = j - i;
            advance(&mut i, &mut line, &mut col, len);
        } else if let Some(len) = raw_string(&chars, i) {
            advance(&mut i, &mut line, &mut col, len);
        } else if c == '"' || (c == 'b' && next == Some('"')) {
            let mut j = i + if c == 'b' { 2 } else { 1 };
            while j < chars.len() && chars[j] != '"' {
                j += if chars[j] == '\\' { 2 } else { 1 };
            }
            let len = j + 1 - i;
            advance(&mut i, &mut line, &mut col, len);
        } else if c == '\'' {
            // A character literal ('x', '\n', '\u{1F600}'), or a lifetime ('a).
            let len = match (next, chars.get(i + 2)) {
                (Some('\\'), _) => rest(i + 2).position(|&c| c == '\'').map_or(2, |p| p + 3),
                (Some(_), Some('\'')) => 3,
                _ => 1,
            };
            advance(&mut i, &mut line, &mut col, len);
        } else if c.is_alphanumeric() || c == '_' {
            let len = rest(i)
                .take_while(|c| c.is_alphanumeric() || **c == '_')
                .count();
            out.push(token(chars[i..i + len].iter().collect(), line, col));
            advance(&mut i, &mut line, &mut col, len);
        } else if c == ':' && next == Some(':') {
            out.push(token("::".into(), line, col));
            advance(&mut i, &mut line, &mut col, 2);
        } else if c == '=' && next == Some('>') {
            out.push(token("=>".into(), line, col));
            advance(&mut i, &mut line, &mut col, 2);
        } else {
            out.push(token(c.to_string(), line, col));
            advance(&mut i, &mut line, &mut col, 1);
        }
    }
    mark_test_only(&mut out);
    out
}

fn token(text: String, line: usize, col: usize) -> Token {
    Token {
        text,
        line,
        col,
        test_only: false,
    }
}

/// The length of a raw string literal (`r"…"`, `r#"…"#`, `br"…"`) starting at `i`.
fn raw_string(chars: &[char], i: usize) -> Option<usize> {
    if i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_') {
        return None;
    }
    let mut j = i;
    if chars.get(j) == Some(&'b') {
        j += 1;
    }
    if chars.get(j) != Some(&'r') {
        return None;
    }
    j += 1;
    let hashes = chars[j..].iter().take_while(|&&c| c == '#').count();
    j += hashes;
    if chars.get(j) != Some(&'"') {
        return None;
    }
    j += 1;
    while j < chars.len() {
        if chars[j] == '"'
            && chars[j + 1..]
                .iter()
                .take(hashes)
                .filter(|&&c| c == '#')
                .count()
                == hashes
        {
            return Some(j + 1 + hashes - i);
        }
        j += 1;
    }
    Some(chars.len() - i)
}

/// Marks the tokens of every item under `#[cfg(test)]` (the attribute included).
fn mark_test_only(tokens: &mut [Token]) {
    let mut i = 0;
    while i < tokens.len() {
        let texts: Vec<&str> = tokens[i..tokens.len().min(i + 7)]
            .iter()
            .map(|t| t.text.as_str())
            .collect();
        if texts != ["#", "[", "cfg", "(", "test", ")", "]"] {
            i += 1;
            continue;
        }
        let end = item_end(tokens, i + 7);
        for t in &mut tokens[i..end] {
            t.test_only = true;
        }
        i = end;
    }
}

/// Where the item starting at `start` ends (one past its `;` or closing `}`).
fn item_end(tokens: &[Token], start: usize) -> usize {
    let mut depth = 0usize;
    for (j, t) in tokens.iter().enumerate().skip(start) {
        match t.text.as_str() {
            "{" | "(" | "[" => depth += 1,
            ")" | "]" => depth = depth.saturating_sub(1),
            "}" => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return j + 1;
                }
            }
            ";" if depth == 0 => return j + 1,
            _ => {}
        }
    }
    tokens.len()
}

/// The index one past the bracket that closes the one at `open`.
pub fn closing(tokens: &[Token], open: usize) -> usize {
    let mut depth = 0usize;
    for (j, t) in tokens.iter().enumerate().skip(open) {
        match t.text.as_str() {
            "{" | "(" | "[" => depth += 1,
            "}" | ")" | "]" => {
                depth -= 1;
                if depth == 0 {
                    return j + 1;
                }
            }
            _ => {}
        }
    }
    tokens.len()
}

/// A source file of the library: its path from the repository and its module path.
pub struct SourceFile {
    /// The path, as `src/answer/sheet/check.rs`.
    pub path: String,
    /// The module path: `["answer", "sheet", "check"]`; empty for `src/lib.rs`.
    pub module: Vec<String>,
    /// The file's text.
    pub text: String,
}

/// Every `.rs` file under `src/` but the binary's `main.rs`, in path order.
pub fn library_files() -> Vec<SourceFile> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    collect(&root.join("src"), &mut paths);
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let relative = p.strip_prefix(root).ok()?.to_path_buf();
            let path = relative.to_string_lossy().replace('\\', "/");
            (path != "src/main.rs").then(|| SourceFile {
                module: module_path(&path),
                text: std::fs::read_to_string(&p).expect("read a source file"),
                path,
            })
        })
        .collect()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src/") {
        let path = entry.expect("an entry of src/").path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of the file at `path` (`src/a/b.rs` and `src/a/b/mod.rs` are `a::b`).
pub fn module_path(path: &str) -> Vec<String> {
    let inner = path.trim_start_matches("src/").trim_end_matches(".rs");
    let mut parts: Vec<String> = inner.split('/').map(str::to_string).collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts
}
