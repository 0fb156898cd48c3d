//! The full build's entry point: the standalone page's own (`src/main.rs`), built with the
//! `packs` and `kiosk-qr` features. boot.js and embed.js load it for a pack or a kiosk.

#[path = "../main.rs"]
mod page;

fn main() {
    page::main();
}
