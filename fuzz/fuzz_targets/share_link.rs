//! Fuzzes share links and shared `.json` files, the two ways a stranger's bytes reach the
//! page: decoding never panics, and whatever decodes is valid, re-encodes to a link that
//! decodes to the same payload, and its corrections replay over the engine's output
//! without panicking. It is not a test of compression ratio.
#![no_main]

use gloss::engine::{annotate, Options};
use gloss::{corrections, share};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    for payload in [share::decode_fragment(input), share::from_json_file(input)]
        .into_iter()
        .flatten()
    {
        assert_eq!(payload.validate(), Ok(()), "decoded payloads are valid");
        let again = share::decode(&share::encode(&payload)).expect("a fresh link decodes");
        assert_eq!(again, payload, "encode then decode is the identity");
        let options = Options {
            reference_date: payload.reference(),
            ..Options::default()
        };
        let annotations = annotate(&payload.text, &options);
        corrections::apply(&annotations, &payload.text, &payload.corrections);
    }
});
