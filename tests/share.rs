//! Share links: round trips, the size of a real article's link, every kind of broken link
//! (truncated, corrupted, forged, future version, decompression bomb) and property tests
//! that decoding any string never panics.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use gloss::corrections::{Anchor, Correction};
use gloss::engine::CivilDate;
use gloss::share::{
    self, Corruption, Forgery, ShareError, SharePayload, MAX_DECODED_BYTES, WARN_LINK_BYTES,
};
use proptest::prelude::*;

use crate::corrections::{mention, TEXT};
use crate::fixtures;

fn anchor(text: &str, needle: &str, nth: usize) -> Anchor {
    let m = mention(text, needle, nth);
    Anchor {
        start: m.start,
        end: m.end,
        text: m.text,
    }
}

fn payload(text: &str, corrections: &[Correction]) -> SharePayload {
    SharePayload::new(
        "Pakistan <b>talks</b>",
        text,
        CivilDate::new(2025, 7, 23),
        &["DATE".into(), "GPE".into(), "DATE".into()],
        corrections,
    )
}

fn sample_corrections() -> Vec<Correction> {
    vec![
        Correction::SetType {
            entity: anchor(TEXT, "U.S.", 0),
            kind: "ORG".into(),
        },
        Correction::SetSpeaker {
            quote: anchor(TEXT, "“We are committed to the programme,”", 0),
            speaker: Some(anchor(TEXT, "Ishaq Dar", 0)),
        },
    ]
}

/// A token with `json` as its payload, bypassing [`share::encode`]'s own checks.
fn raw_token(version: &str, json: &[u8]) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(json, 6);
    format!("{version}.{}", URL_SAFE_NO_PAD.encode(packed))
}

fn forged(edit: impl FnOnce(&mut serde_json::Value)) -> Result<SharePayload, ShareError> {
    let mut value = serde_json::to_value(payload(TEXT, &sample_corrections())).unwrap();
    edit(&mut value);
    share::decode(&raw_token("1", &serde_json::to_vec(&value).unwrap()))
}

#[test]
fn a_link_round_trips_title_text_date_hidden_types_and_corrections() {
    let sent = payload(TEXT, &sample_corrections());
    assert_eq!(
        sent.hidden_types,
        vec!["DATE".to_string(), "GPE".to_string()]
    );
    let link = share::link("https://example.org/tools/gloss/?x=1#old", &sent);
    assert!(link.starts_with("https://example.org/tools/gloss/?x=1#a=1."));
    let got = share::decode_fragment(&link).unwrap();
    assert_eq!(got, sent);
    assert_eq!(got.reference(), CivilDate::new(2025, 7, 23));
    assert_eq!(
        share::decode_fragment(&share::fragment(&sent)).unwrap(),
        sent
    );
    assert_eq!(
        share::decode_fragment(&format!("#x=2&{}", &share::fragment(&sent)[1..])).unwrap(),
        sent
    );
}

#[test]
fn a_link_wrapped_over_lines_by_a_mail_app_still_opens() {
    let sent = payload(TEXT, &[]);
    let token = share::encode(&sent);
    let wrapped: String = token
        .chars()
        .enumerate()
        .flat_map(|(i, c)| (i % 40 == 39).then_some('\n').into_iter().chain([c]))
        .collect();
    assert_eq!(share::decode(&wrapped).unwrap(), sent);
}

#[test]
fn new_payload_moves_stale_anchors_onto_the_text_and_drops_vanished_ones() {
    let edited = TEXT.replace("WASHINGTON: ", "");
    let stale = vec![
        Correction::SetType {
            entity: anchor(TEXT, "U.S.", 0),
            kind: "ORG".into(),
        },
        Correction::RemoveMention {
            mention: anchor(TEXT, "WASHINGTON", 0),
        },
    ];
    let sent = payload(&edited, &stale);
    assert_eq!(sent.corrections.len(), 1);
    assert_eq!(
        sent.corrections[0].anchors()[0],
        &anchor(&edited, "U.S.", 0)
    );
    assert_eq!(share::decode(&share::encode(&sent)).unwrap(), sent);
}

#[test]
fn link_size_of_the_pakistan_us_talks_sample() {
    let Some(text) = fixtures::shared_text("samples/pakistan-us-talks.txt") else {
        return;
    };
    let five = vec![
        Correction::AddEntity {
            span: anchor(&text, "Tammy Bruce", 0),
            kind: "PERSON".into(),
        },
        Correction::AddEntity {
            span: anchor(&text, "Indus Waters Treaty", 0),
            kind: "LAW".into(),
        },
        Correction::SetSpeaker {
            quote: anchor(&text, "“We have Pakistan who is going to be here", 0),
            speaker: Some(anchor(&text, "Bruce", 1)),
        },
        Correction::SetDate {
            date: anchor(&text, "May 10", 0),
            value: "2025-05-10".into(),
        },
        Correction::Merge {
            into: anchor(&text, "Donald Trump", 0),
            from: anchor(&text, "Trump", 1),
        },
    ];
    let title = "Kashmir Issue May Feature in Pakistan-US Talks";
    let date = CivilDate::new(2025, 7, 23);
    let plain = SharePayload::new(title, &text, date, &[], &[]);
    let corrected = SharePayload::new(title, &text, date, &[], &five);
    assert_eq!(
        corrected.corrections.len(),
        5,
        "all five anchor on the text"
    );
    let base = "http://127.0.0.1:8080/";
    let (plain_link, corrected_link) = (share::link(base, &plain), share::link(base, &corrected));
    eprintln!(
        "share link of pakistan-us-talks.txt ({} bytes of text): {} bytes with no correction, {} with five",
        text.len(),
        plain_link.len(),
        corrected_link.len()
    );
    assert!(plain_link.len() < text.len(), "compression pays for base64");
    assert!(!share::is_too_long_for_chat(&corrected_link));
    assert_eq!(share::decode_fragment(&corrected_link).unwrap(), corrected);
}

#[test]
fn a_long_article_round_trips_well_under_the_cap() {
    let mut seed = 7u64;
    let words: Vec<String> = (0..50_000)
        .map(|_| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            format!("w{}", seed >> 50)
        })
        .collect();
    let text = words.join(" ");
    assert!(text.len() > 250_000);
    let sent = SharePayload::new("long", &text, None, &[], &[]);
    let link = share::link("https://example.org/", &sent);
    assert!(share::is_too_long_for_chat(&link));
    assert_eq!(share::decode_fragment(&link), Ok(sent));
}

#[test]
fn long_links_are_flagged_for_chat_apps() {
    assert!(!share::is_too_long_for_chat(&"a".repeat(WARN_LINK_BYTES)));
    assert!(share::is_too_long_for_chat(
        &"a".repeat(WARN_LINK_BYTES + 1)
    ));
}

#[test]
fn an_ordinary_fragment_is_not_a_share_link() {
    for url in [
        "",
        "#",
        "#main",
        "https://example.org/",
        "https://x/#b=1.abc",
        "#ab=1.x",
    ] {
        assert_eq!(
            share::decode_fragment(url),
            Err(ShareError::NotAShareLink),
            "{url:?}"
        );
    }
}

#[test]
fn every_cut_of_a_link_is_reported_as_truncated() {
    let fragment = share::fragment(&payload(TEXT, &sample_corrections()));
    for cut in "#a=".len()..fragment.len() {
        assert_eq!(
            share::decode_fragment(&fragment[..cut]),
            Err(ShareError::Truncated),
            "cut at {cut} of {}",
            fragment.len()
        );
    }
}

#[test]
fn a_corrupted_link_is_reported_as_damaged() {
    let token = share::encode(&payload(TEXT, &sample_corrections()));
    assert_eq!(
        share::decode("x.abc"),
        Err(ShareError::Corrupt(Corruption::NoVersion))
    );
    assert_eq!(
        share::decode("0.abc"),
        Err(ShareError::Corrupt(Corruption::NoVersion))
    );
    let bad_char = format!("{}*{}", &token[..10], &token[11..]);
    assert_eq!(
        share::decode(&bad_char),
        Err(ShareError::Corrupt(Corruption::Base64))
    );
    let not_zlib = format!("1.{}", URL_SAFE_NO_PAD.encode(b"definitely not zlib data"));
    assert_eq!(
        share::decode(&not_zlib),
        Err(ShareError::Corrupt(Corruption::Deflate))
    );
    let not_json = raw_token("1", b"<script>alert(1)</script>");
    assert_eq!(
        share::decode(&not_json),
        Err(ShareError::Corrupt(Corruption::Json))
    );
    let unknown_field = raw_token("1", br#"{"v":1,"title":"","text":"","reference_date":null,"hidden_types":[],"corrections":[],"html":"<b>"}"#);
    assert_eq!(
        share::decode(&unknown_field),
        Err(ShareError::Corrupt(Corruption::Json))
    );
    let mut flipped = 0;
    for at in (2..token.len()).step_by(7) {
        let c = if &token[at..=at] == "A" { "B" } else { "A" };
        let damaged = format!("{}{c}{}", &token[..at], &token[at + 1..]);
        let result = share::decode(&damaged);
        assert!(
            matches!(result, Err(ShareError::Corrupt(_) | ShareError::Truncated)),
            "one changed character at {at} gave {result:?}"
        );
        flipped += 1;
    }
    assert!(flipped > 10);
}

#[test]
fn a_link_from_a_newer_gloss_asks_for_a_reload() {
    let err = share::decode("2.anything").unwrap_err();
    assert_eq!(
        err,
        ShareError::FutureVersion {
            found: 2,
            supported: 1
        }
    );
    assert!(err.to_string().contains("newer version of Gloss"));
    let file = r#"{"v": 7, "whatever": true}"#;
    assert_eq!(
        share::from_json_file(file),
        Err(ShareError::FutureVersion {
            found: 7,
            supported: 1
        })
    );
}

#[test]
fn a_decompression_bomb_is_refused_without_expanding_it() {
    let bomb = raw_token("1", &vec![b' '; MAX_DECODED_BYTES + 1]);
    assert!(
        bomb.len() < 16 * 1024,
        "the bomb is small: {} bytes",
        bomb.len()
    );
    let err = share::decode(&bomb).unwrap_err();
    assert_eq!(
        err,
        ShareError::TooLarge {
            limit: MAX_DECODED_BYTES
        }
    );
    assert!(err.to_string().contains("more than 4 MB"));
    let huge_token = format!("1.{}", "A".repeat(MAX_DECODED_BYTES * 2));
    assert_eq!(
        share::decode(&huge_token),
        Err(ShareError::TooLarge {
            limit: MAX_DECODED_BYTES
        })
    );
    let big_file = " ".repeat(MAX_DECODED_BYTES + 1);
    assert_eq!(
        share::from_json_file(&big_file),
        Err(ShareError::TooLarge {
            limit: MAX_DECODED_BYTES
        })
    );
}

#[test]
fn forged_payloads_are_refused_with_what_is_wrong() {
    let ok = forged(|_| ());
    assert!(ok.is_ok(), "{ok:?}");
    let past_the_end = forged(|v| {
        v["corrections"][0]["entity"]["start"] = 10_000.into();
        v["corrections"][0]["entity"]["end"] = 10_004.into();
    });
    assert_eq!(
        past_the_end,
        Err(ShareError::Forged(Forgery::AnchorOffText {
            index: 0,
            text: "U.S.".into()
        }))
    );
    let inconsistent = forged(|v| v["corrections"][1]["quote"]["end"] = 3.into());
    assert!(matches!(
        inconsistent,
        Err(ShareError::Forged(Forgery::BadCorrection { index: 1, .. }))
    ));
    let wrong_type =
        forged(|v| v["corrections"][0]["type"] = "<img src=x onerror=alert(1)>".into());
    assert!(matches!(
        wrong_type,
        Err(ShareError::Forged(Forgery::BadCorrection { index: 0, .. }))
    ));
    assert_eq!(
        forged(|v| v["v"] = 2.into()),
        Err(ShareError::Forged(Forgery::VersionMismatch(2)))
    );
    assert_eq!(
        forged(|v| v["reference_date"] = "2025-02-30".into()),
        Err(ShareError::Forged(Forgery::BadReferenceDate(
            "2025-02-30".into()
        )))
    );
    assert_eq!(
        forged(|v| v["hidden_types"] = serde_json::json!(["SCRIPT"])),
        Err(ShareError::Forged(Forgery::UnknownHiddenType(
            "SCRIPT".into()
        )))
    );
    assert_eq!(
        forged(|v| v["title"] = "x".repeat(5_000).into()),
        Err(ShareError::Forged(Forgery::TitleTooLong))
    );
    let many = forged(|v| {
        let one = v["corrections"][0].clone();
        v["corrections"] = serde_json::Value::Array(vec![one; 10_001]);
    });
    assert_eq!(
        many,
        Err(ShareError::Forged(Forgery::TooManyCorrections(10_001)))
    );
    let message = past_the_end.unwrap_err().to_string();
    assert!(
        message.contains("inconsistent") && message.contains("U.S."),
        "{message}"
    );
}

#[test]
fn html_in_a_shared_article_comes_back_as_the_same_inert_text() {
    let text = "<script>alert(1)</script> <img src=x onerror=alert(2)> Dar said.";
    let sent = SharePayload::new("<img src=x onerror=alert(3)>", text, None, &[], &[]);
    let fragment = share::fragment(&sent);
    assert!(!fragment.contains('<'), "the fragment is base64url only");
    let got = share::decode_fragment(&fragment).unwrap();
    assert_eq!(
        (got.title.as_str(), got.text.as_str()),
        (sent.title.as_str(), text)
    );
}

#[test]
fn a_json_file_round_trips_with_the_same_checks() {
    let sent = payload(TEXT, &sample_corrections());
    let file = share::to_json_file(&sent);
    assert_eq!(share::from_json_file(&file), Ok(sent));
    assert_eq!(
        share::from_json_file("{"),
        Err(ShareError::Corrupt(Corruption::Json))
    );
    let forged_file = file.replace("\"2025-07-23\"", "\"2025-13-01\"");
    assert!(matches!(
        share::from_json_file(&forged_file),
        Err(ShareError::Forged(_))
    ));
}

#[test]
fn every_error_has_a_message_for_the_reader() {
    let errors = [
        ShareError::NotAShareLink,
        ShareError::Truncated,
        ShareError::Corrupt(Corruption::Deflate),
        ShareError::FutureVersion {
            found: 2,
            supported: 1,
        },
        ShareError::TooLarge {
            limit: MAX_DECODED_BYTES,
        },
        ShareError::Forged(Forgery::TitleTooLong),
    ];
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    for m in &messages {
        assert!(m.starts_with("This ") && m.ends_with('.'), "{m}");
    }
    let mut unique = messages.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), messages.len());
}

proptest! {
    #[test]
    fn decoding_any_string_never_panics(s in "\\PC{0,200}") {
        let _ = share::decode_fragment(&s);
        let _ = share::decode(&s);
        let _ = share::from_json_file(&s);
    }

    #[test]
    fn decoding_any_base64url_token_never_panics(v in 0u32..4, data in "[A-Za-z0-9_-]{0,300}") {
        let _ = share::decode(&format!("{v}.{data}"));
    }

    #[test]
    fn decoding_any_compressed_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = share::decode(&raw_token("1", &bytes));
    }

    #[test]
    fn any_article_and_title_round_trip(title in "\\PC{0,40}", text in "\\PC{0,400}") {
        let sent = SharePayload::new(&title, &text, None, &["QUOTE".into()], &[]);
        prop_assert_eq!(share::decode_fragment(&share::fragment(&sent)), Ok(sent));
    }
}
