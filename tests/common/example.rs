//! Building an example binary for end-to-end tests.

use std::path::PathBuf;
use std::process::{Command, Stdio};

use serde_json::Value;

/// Builds the example `name` with this test's profile and features, so that cargo reuses what
/// `cargo test` already compiled and the binary is never stale, and returns its path.
pub fn build(name: &str) -> PathBuf {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| env!("CARGO").into());
    let mut features = Vec::new();
    if cfg!(feature = "parallel") {
        features.push("parallel");
    }
    if cfg!(feature = "eval") {
        features.push("eval");
    }
    if cfg!(feature = "detect") {
        features.push("detect");
    }
    let mut command = Command::new(cargo);
    command.args([
        "build",
        "--quiet",
        "--example",
        name,
        "--message-format=json",
        "--no-default-features",
        "--manifest-path",
        concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml"),
    ]);
    if !features.is_empty() {
        command.arg(format!("--features={}", features.join(",")));
    }
    if !cfg!(debug_assertions) {
        command.arg("--release");
    }
    let output = command
        .stderr(Stdio::inherit())
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "building the example {name} failed"
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .find(|message| {
            message["reason"] == "compiler-artifact"
                && message["target"]["name"] == name
                && message["executable"].is_string()
        })
        .and_then(|message| message["executable"].as_str().map(PathBuf::from))
        .expect("cargo reports the example's executable")
}
