//! The pipeline's shape, checked on the source: imports run one way (no stage names a later
//! one), every name is imported from the module that defines it (never through the crate root),
//! and no file grows past the size where it starts doing two jobs. ARCHITECTURE.md describes the
//! same stages.

use std::fs;
use std::path::{Path, PathBuf};

/// Top-level modules of `src/` in pipeline order: a module may use the modules of its own rank
/// and of lower ranks only.
const STAGES: &[(&str, u32)] = &[
    ("error", 0),
    ("span", 0),
    ("language", 1),
    ("extract", 1),
    ("segment", 2),
    ("eval", 2),
    ("analysis", 3),
    ("corpus", 4),
    ("score", 5),
    ("keyphrase", 5),
    ("algorithm", 6),
    ("combine", 7),
    ("select", 8),
    ("summary", 9),
    ("summarizer", 10),
];

/// Lines of a file outside its `#[cfg(test)]` module above which it should be split.
const MAX_LINES: usize = 500;

fn source_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file of `src/` belongs to (`None` for `lib.rs`).
fn module_of(path: &Path) -> Option<String> {
    let relative = path.strip_prefix("src").expect("under src");
    let first = relative.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (name != "lib").then(|| name.to_owned())
}

fn rank(module: &str) -> u32 {
    STAGES
        .iter()
        .find(|(name, _)| *name == module)
        .unwrap_or_else(|| panic!("module `{module}` has no place in STAGES"))
        .1
}

/// The code of `text` without comments (line comments and doc comments; the crate has no
/// block comments).
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().filter_map(|(i, line)| {
        let code = line.split("//").next().unwrap_or("");
        (!code.trim().is_empty()).then_some((i + 1, code))
    })
}

/// Every `crate::name` in `line`, with what follows the name (`::`, `{`, ...).
fn crate_paths(line: &str) -> Vec<&str> {
    line.match_indices("crate::")
        .filter(|(at, _)| !line[..*at].ends_with(|c: char| c.is_alphanumeric() || c == '_'))
        .map(|(at, _)| &line[at + "crate::".len()..])
        .collect()
}

#[test]
fn imports_run_one_way_and_name_the_defining_module() {
    let mut files = Vec::new();
    source_files(Path::new("src"), &mut files);
    files.sort();
    let mut problems = Vec::new();
    for path in &files {
        let Some(module) = module_of(path) else {
            continue;
        };
        let own = rank(&module);
        let text = fs::read_to_string(path).expect("readable");
        for (number, line) in code_lines(&text) {
            for rest in crate_paths(line) {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let place = format!("{}:{number}", path.display());
                if name.is_empty() || name.starts_with(char::is_uppercase) {
                    problems.push(format!("{place}: through the crate root: {}", line.trim()));
                } else if rank(&name) > own {
                    problems.push(format!("{place}: {module} uses the later stage {name}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_source_file_does_two_jobs() {
    let mut files = Vec::new();
    source_files(Path::new("src"), &mut files);
    let mut long = Vec::new();
    for path in files {
        // Files of unit tests (`tests.rs`, `tests_*.rs`) are tests throughout.
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with("tests") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("readable");
        // Unit tests sit at the end of a file, in `#[cfg(test)] mod tests { ... }`.
        let code = text
            .split("\n#[cfg(test)]\nmod tests {")
            .next()
            .unwrap_or(&text);
        let lines = code.lines().count();
        if lines > MAX_LINES {
            long.push(format!("{}: {lines} lines", path.display()));
        }
    }
    assert!(long.is_empty(), "split these files:\n{}", long.join("\n"));
}
