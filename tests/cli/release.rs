//! What the README promises about building and installing holds for Cargo.toml.

fn read(path: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .expect("readable")
}

#[test]
fn readme_rust_version_is_cargo_tomls() {
    let manifest: toml::Table = toml::from_str(&read("Cargo.toml")).expect("parses");
    let version = manifest["package"]["rust-version"]
        .as_str()
        .expect("a rust-version");
    let readme = read("README.md");
    assert!(
        readme.contains(&format!("You need Rust (stable, {version} or newer)")),
        "the README's Rust version is not {version}"
    );
    assert!(readme.contains("cargo install --path ."));
}

#[test]
fn release_binary_is_stripped_and_benches_keep_line_tables() {
    let manifest: toml::Table = toml::from_str(&read("Cargo.toml")).expect("parses");
    let profile = &manifest["profile"];
    assert_eq!(profile["release"]["strip"].as_str(), Some("debuginfo"));
    assert_eq!(profile["bench"]["strip"].as_str(), Some("none"));
    assert_eq!(profile["bench"]["debug"].as_str(), Some("line-tables-only"));
}

#[test]
fn teachers_guide_says_how_to_bring_questions_in() {
    let guide = read("docs/teacher.md");
    assert!(guide.contains("## Already have questions?"));
    for command in [
        "classwork import",
        "classwork export moodle",
        "classwork export qti",
    ] {
        assert!(guide.contains(command), "{command}");
    }
}
