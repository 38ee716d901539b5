//! The Web Worker entry point: installs the engine's message handler (see `gloss::worker`).
//! It is loaded by `worker_loader.js`, which Trunk generates; natively it does nothing.

fn main() {
    #[cfg(target_arch = "wasm32")]
    gloss::worker::run();
}
