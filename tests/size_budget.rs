//! The size budget: the built site's total gzipped first-load transfer stays under 1.5 MB.
//!
//! It measures `dist/` as `trunk build --release` leaves it. Every file there is transferred
//! on the first visit (the service worker precaches the whole of `dist/`: see `www/precache.sh`;
//! hidden files such as trunk's `.trunk-lock` are not served),
//! so the test sums them all: wasm, JS, CSS, HTML, icons, the model inside the worker's wasm.
//! Sizes are gzip at level 9. It prints the breakdown; without `dist/` it says so and skips.
//! Build first: `trunk build --release && cargo test --test integration size_budget`.
//! `GLOSS_DIST=/path/to/site` measures a site built elsewhere (`trunk build --dist ...`).

use std::path::{Path, PathBuf};

/// The most the first visit may transfer, gzipped: the ceiling is 1.5 MB; the site was
/// 0.99 MB when this was set (worker wasm with the entity model 0.75 MB, app wasm 0.21 MB).
const BUDGET_BYTES: u64 = 1_300_000;

/// Bytes gzip adds around a deflate stream: a 10-byte header and an 8-byte trailer.
const GZIP_FRAMING: u64 = 18;

struct Sized {
    path: String,
    raw: u64,
    gzipped: u64,
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).expect("dist/ is readable") {
            let path = entry.expect("dist/ entries are readable").path();
            let hidden = path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'));
            if hidden {
                continue;
            } else if path.is_dir() {
                pending.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn gzipped_len(bytes: &[u8]) -> u64 {
    miniz_oxide::deflate::compress_to_vec(bytes, 9).len() as u64 + GZIP_FRAMING
}

fn measure(dist: &Path) -> Vec<Sized> {
    let mut sizes: Vec<Sized> = files_under(dist)
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).expect("dist/ files are readable");
            Sized {
                path: path
                    .strip_prefix(dist)
                    .expect("under dist/")
                    .display()
                    .to_string(),
                raw: bytes.len() as u64,
                gzipped: gzipped_len(&bytes),
            }
        })
        .collect();
    sizes.sort_by_key(|s| std::cmp::Reverse(s.gzipped));
    sizes
}

fn breakdown(sizes: &[Sized], total: u64) -> String {
    let mut table = format!("{:<40} {:>10} {:>10}\n", "file (dist/)", "raw", "gzip -9");
    for s in sizes {
        table += &format!("{:<40} {:>10} {:>10}\n", s.path, s.raw, s.gzipped);
    }
    let raw: u64 = sizes.iter().map(|s| s.raw).sum();
    table += &format!(
        "{:<40} {:>10} {:>10}  (budget {BUDGET_BYTES})",
        "total", raw, total
    );
    table
}

#[test]
fn first_load_transfer_stays_within_budget() {
    let dist = std::env::var_os("GLOSS_DIST").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist"),
        PathBuf::from,
    );
    if !dist.join("index.html").is_file() {
        eprintln!(
            "skipped: {} has no built site; run `trunk build --release` first, then this test",
            dist.display()
        );
        return;
    }
    let sizes = measure(&dist);
    let total: u64 = sizes.iter().map(|s| s.gzipped).sum();
    let table = breakdown(&sizes, total);
    println!("{table}");
    assert!(
        sizes.iter().any(|s| s.path.ends_with(".wasm")),
        "dist/ has no wasm: is it a complete build?\n{table}"
    );
    assert!(
        total <= BUDGET_BYTES,
        "first load is {total} bytes gzipped, over the {BUDGET_BYTES}-byte budget:\n{table}"
    );
}

#[test]
fn gzip_estimate_shrinks_repetition_and_not_noise() {
    let repetitive = vec![b'a'; 100_000];
    assert!(gzipped_len(&repetitive) < 1_000);
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let noise: Vec<u8> = (0..10_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state.to_le_bytes()[0]
        })
        .collect();
    assert!(gzipped_len(&noise) >= 10_000);
}
