//! The browser entry point: mounts the Yew UI (see `gloss::app`); natively it does nothing.

fn main() {
    #[cfg(target_arch = "wasm32")]
    gloss::app::start();
}
