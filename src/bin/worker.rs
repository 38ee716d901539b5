//! The worker entry point.
fn main() {}
