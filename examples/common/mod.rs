//! What the picture examples share: writing a picture next to them.

use linkchart::render::{self, graphviz, Engine, Picture};

/// Writes `examples/NAME.svg` with the builtin engine and, when Graphviz is installed,
/// `examples/NAME.png` with it.
pub fn save(picture: &Picture, name: &str) -> linkchart::Result<()> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    for (extension, engine) in [("svg", Engine::Builtin), ("png", Engine::Graphviz)] {
        if engine == Engine::Graphviz && !graphviz::available() {
            println!("Graphviz is not installed: no PNG (apt-get install graphviz)");
            continue;
        }
        render::save(
            picture,
            &dir.join(format!("{name}.{extension}")),
            engine,
            None,
        )?;
        println!("wrote examples/{name}.{extension}");
    }
    Ok(())
}
