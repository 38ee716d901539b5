//! The UI entry point.
fn main() {}
