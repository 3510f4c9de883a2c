//! The one harness the integration tests drive the binary with.

use assert_cmd::Command;

/// The `linkchart` binary, run from the package root (fixture paths are relative to it).
pub fn linkchart() -> Command {
    let mut command = Command::cargo_bin("linkchart").unwrap();
    command.current_dir(env!("CARGO_MANIFEST_DIR"));
    command
}

/// Runs linkchart with `args`, expecting exit code `code`; gives stdout and stderr.
pub fn run(args: &[&str], code: i32) -> (String, String) {
    let output = linkchart().args(args).output().unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(
        output.status.code(),
        Some(code),
        "args: {args:?}\nstdout:\n{stdout}\nstderr:\n{stderr}"
    );
    (stdout, stderr)
}

/// Runs linkchart with `args`, expecting success, and parses stdout as JSON.
#[allow(dead_code)] // not every test binary parses JSON
pub fn json(args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&run(args, 0).0).unwrap()
}
