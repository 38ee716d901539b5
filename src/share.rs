//! Share links: the article, its title, reference date, hidden types and the reader's
//! corrections packed into a URL fragment (`#a=1.<data>`), which browsers never send to a
//! server.
//!
//! The token is the format version, a dot, then base64url (no padding) of the zlib-wrapped
//! DEFLATE of the payload's JSON; zlib's checksum catches corruption. Decoding never trusts
//! the link: it caps decompression at [`MAX_DECODED_BYTES`], then validates the payload
//! against its own text, and every failure is a [`ShareError`] whose message can be shown
//! to the reader as is. The same payload, as JSON, is the `.json` file offered in place of
//! a link that is too long for chat apps.
//!
//! What it is not: it does no IO and touches no browser API; the page reads and writes
//! `location.hash` and files itself.

use base64::alphabet;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine as _;
use miniz_oxide::inflate::{self, TINFLStatus};
use serde::{Deserialize, Serialize};

use crate::codepoints::CodePoints;
use crate::corrections::{self, Correction, Problem};
use crate::engine::CivilDate;

/// The payload format this build writes and the newest it reads.
pub const VERSION: u32 = 1;

/// The fragment parameter that carries a share token.
pub const PARAM: &str = "a";

/// Decompressed payloads larger than this are refused (a "decompression bomb").
pub const MAX_DECODED_BYTES: usize = 4 * 1024 * 1024;

/// The longest token that could hold [`MAX_DECODED_BYTES`] (base64 of DEFLATE's worst
/// case, stored blocks); longer ones are refused before any decoding.
const MAX_TOKEN_BYTES: usize = (MAX_DECODED_BYTES + MAX_DECODED_BYTES / 100) / 3 * 4;

/// Links longer than this may be cut by chat and mail apps.
pub const WARN_LINK_BYTES: usize = 8 * 1024;

/// The longest title a payload may carry, in code points.
pub const MAX_TITLE_CHARS: usize = 1_000;

/// The most corrections a payload may carry.
pub const MAX_CORRECTIONS: usize = 10_000;

/// What may be hidden: the entity types, plus time expressions and quotes.
pub const HIDEABLE_TYPES: [&str; 13] = [
    "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK", "MISC",
    "DATE", "QUOTE",
];

/// zlib level: the slowest and smallest; payloads are small.
const LEVEL: u8 = 10;

const BASE64: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true),
);

/// Everything a share link carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharePayload {
    /// The payload format, [`VERSION`].
    pub v: u32,
    /// The article's title (may be empty).
    pub title: String,
    /// The article.
    pub text: String,
    /// The publication date, `YYYY-MM-DD`, or `None` to let the engine find one.
    pub reference_date: Option<String>,
    /// Types the reader switched off, from [`HIDEABLE_TYPES`].
    pub hidden_types: Vec<String>,
    /// The reader's corrections, in order.
    pub corrections: Vec<Correction>,
}

impl SharePayload {
    /// A payload of the current version. Corrections are moved onto `text` with
    /// [`corrections::relocate`] (those that can no longer anchor are dropped), and hidden
    /// types are sorted, deduplicated and limited to [`HIDEABLE_TYPES`], so that the payload
    /// always passes its own validation.
    pub fn new(
        title: &str,
        text: &str,
        reference_date: Option<CivilDate>,
        hidden_types: &[String],
        corrections: &[Correction],
    ) -> SharePayload {
        let mut hidden: Vec<String> = hidden_types
            .iter()
            .filter(|t| HIDEABLE_TYPES.contains(&t.as_str()))
            .cloned()
            .collect();
        hidden.sort();
        hidden.dedup();
        let title: String = title.chars().take(MAX_TITLE_CHARS).collect();
        let mut corrections = corrections::relocate(corrections, text);
        corrections.retain(|c| c.problem().is_none());
        corrections.truncate(MAX_CORRECTIONS);
        SharePayload {
            v: VERSION,
            title,
            text: text.to_string(),
            reference_date: reference_date.map(|d| d.to_string()),
            hidden_types: hidden,
            corrections,
        }
    }

    /// The reference date, parsed (validation guarantees it parses when present).
    pub fn reference(&self) -> Option<CivilDate> {
        self.reference_date
            .as_deref()
            .and_then(CivilDate::parse_iso)
    }

    /// Checks that the payload is one Gloss could have written.
    ///
    /// # Errors
    /// [`ShareError::Forged`] naming the first inconsistency.
    pub fn validate(&self) -> Result<(), ShareError> {
        self.check().map_err(ShareError::Forged)
    }

    fn check(&self) -> Result<(), Forgery> {
        if self.v != VERSION {
            return Err(Forgery::VersionMismatch(self.v));
        }
        if self.title.chars().count() > MAX_TITLE_CHARS {
            return Err(Forgery::TitleTooLong);
        }
        if let Some(date) = &self.reference_date {
            CivilDate::parse_iso(date)
                .filter(|d| d.to_string() == *date)
                .ok_or_else(|| Forgery::BadReferenceDate(date.clone()))?;
        }
        if let Some(t) = self
            .hidden_types
            .iter()
            .find(|t| !HIDEABLE_TYPES.contains(&t.as_str()))
        {
            return Err(Forgery::UnknownHiddenType(t.clone()));
        }
        if self.corrections.len() > MAX_CORRECTIONS {
            return Err(Forgery::TooManyCorrections(self.corrections.len()));
        }
        let cp = CodePoints::new(&self.text);
        for (index, correction) in self.corrections.iter().enumerate() {
            if let Some(problem) = correction.problem() {
                return Err(Forgery::BadCorrection { index, problem });
            }
            let off_text = correction
                .anchors()
                .into_iter()
                .find(|a| cp.slice(a.start, a.end) != Some(a.text.as_str()));
            if let Some(anchor) = off_text {
                return Err(Forgery::AnchorOffText {
                    index,
                    text: anchor.text.clone(),
                });
            }
        }
        Ok(())
    }
}

/// Why a share link or file cannot be opened. The `Display` text is meant for the reader.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ShareError {
    /// The address has no `a=` parameter in its fragment.
    #[error("This address does not contain a shared article.")]
    NotAShareLink,
    /// The data stops short: the link was cut when copied or sent.
    #[error("This share link is incomplete: it was probably cut off when it was copied or sent. Ask for the whole link, or for the .json file.")]
    Truncated,
    /// The data is damaged.
    #[error("This share link is damaged ({0}) and cannot be opened. Ask for the link again, or for the .json file.")]
    Corrupt(Corruption),
    /// Written by a newer Gloss.
    #[error("This share link was made by a newer version of Gloss (format {found}; this page reads up to format {supported}). Reload the page to get the newest version.")]
    FutureVersion {
        /// The link's format version.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// It would expand past [`MAX_DECODED_BYTES`].
    #[error("This share link would expand to more than {} MB, more than any article; it was not opened.", .limit / (1024 * 1024))]
    TooLarge {
        /// The cap, in bytes.
        limit: usize,
    },
    /// It decodes, but to something Gloss never writes.
    #[error("This share link’s content is inconsistent ({0}), so it was not opened.")]
    Forged(Forgery),
}

/// How a share link is damaged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Corruption {
    /// The token does not start with a version number and a dot.
    #[error("no format version")]
    NoVersion,
    /// Characters outside base64url.
    #[error("characters that do not belong in a link")]
    Base64,
    /// The compressed data does not decompress, or fails its checksum.
    #[error("the compressed data is invalid")]
    Deflate,
    /// The decompressed data is not a payload.
    #[error("the data is not a Gloss article")]
    Json,
}

/// What is inconsistent in a decoded payload.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Forgery {
    /// The payload's `v` differs from the link's version.
    #[error("it claims format {0} inside a format-1 link")]
    VersionMismatch(u32),
    /// The title is longer than [`MAX_TITLE_CHARS`].
    #[error("the title is too long")]
    TitleTooLong,
    /// The reference date is not a real `YYYY-MM-DD` date.
    #[error("“{0}” is not a date")]
    BadReferenceDate(String),
    /// A hidden type Gloss does not have.
    #[error("“{0}” is not a type that can be hidden")]
    UnknownHiddenType(String),
    /// More than [`MAX_CORRECTIONS`] corrections.
    #[error("{0} corrections is more than any reader makes")]
    TooManyCorrections(usize),
    /// A correction is malformed.
    #[error("correction {index}: {problem}")]
    BadCorrection {
        /// Its index.
        index: usize,
        /// What is wrong.
        problem: Problem,
    },
    /// A correction points at text the article does not have there.
    #[error("correction {index} points at “{text}”, which the article does not have there")]
    AnchorOffText {
        /// Its index.
        index: usize,
        /// The anchor's text.
        text: String,
    },
}

/// The share token for `payload` (what follows `#a=`).
pub fn encode(payload: &SharePayload) -> String {
    let json = serde_json::to_vec(payload).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(&json, LEVEL);
    format!("{}.{}", payload.v, BASE64.encode(packed))
}

/// The URL fragment for `payload`, `#a=<token>`.
pub fn fragment(payload: &SharePayload) -> String {
    format!("#{PARAM}={}", encode(payload))
}

/// `page_url` (its own fragment dropped) with the share fragment of `payload`.
pub fn link(page_url: &str, payload: &SharePayload) -> String {
    let base = page_url.split('#').next().unwrap_or_default();
    format!("{base}{}", fragment(payload))
}

/// Whether `link` is long enough that chat and mail apps may cut it: offer the `.json`
/// file instead.
pub fn is_too_long_for_chat(link: &str) -> bool {
    link.len() > WARN_LINK_BYTES
}

/// The share token in a URL or fragment (`https://x/#a=...`, `#a=...` or `a=...`), if any.
pub fn token_in(url_or_fragment: &str) -> Option<&str> {
    let fragment = match url_or_fragment.split_once('#') {
        Some((_, after)) => after,
        None => url_or_fragment,
    };
    fragment
        .split('&')
        .find_map(|param| param.strip_prefix(PARAM)?.strip_prefix('='))
}

/// Decodes the share payload in a URL or fragment, as `location.hash` gives it.
///
/// # Errors
/// [`ShareError::NotAShareLink`] when there is no `a=` parameter (an ordinary anchor like
/// `#main`: ignore it quietly); every other variant means a broken link to tell the
/// reader about.
pub fn decode_fragment(url_or_fragment: &str) -> Result<SharePayload, ShareError> {
    decode(token_in(url_or_fragment).ok_or(ShareError::NotAShareLink)?)
}

/// Decodes a share token (what follows `#a=`).
///
/// # Errors
/// A [`ShareError`] saying why the token is not a payload this build can open.
pub fn decode(token: &str) -> Result<SharePayload, ShareError> {
    if token.len() > MAX_TOKEN_BYTES {
        return Err(ShareError::TooLarge {
            limit: MAX_DECODED_BYTES,
        });
    }
    let token: String = token.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    let (version, data) = split_version(&token)?;
    if version > VERSION {
        return Err(ShareError::FutureVersion {
            found: version,
            supported: VERSION,
        });
    }
    let json = inflate_capped(&unbase64(data)?)?;
    let payload: SharePayload =
        serde_json::from_slice(&json).map_err(|_| ShareError::Corrupt(Corruption::Json))?;
    if payload.v != version {
        return Err(ShareError::Forged(Forgery::VersionMismatch(payload.v)));
    }
    payload.validate()?;
    Ok(payload)
}

/// The version and the data of a token.
fn split_version(token: &str) -> Result<(u32, &str), ShareError> {
    let Some((digits, data)) = token.split_once('.') else {
        let cut = token.bytes().all(|b| b.is_ascii_digit());
        return Err(if cut {
            ShareError::Truncated
        } else {
            ShareError::Corrupt(Corruption::NoVersion)
        });
    };
    let valid =
        !digits.is_empty() && digits.len() <= 9 && digits.bytes().all(|b| b.is_ascii_digit());
    match digits.parse::<u32>() {
        Ok(version) if valid && version >= 1 => Ok((version, data)),
        _ => Err(ShareError::Corrupt(Corruption::NoVersion)),
    }
}

/// Base64url to bytes. A last lone character (a cut link) is dropped, so a truncated
/// token decodes to a prefix of the data and inflating it reports the truncation.
fn unbase64(data: &str) -> Result<Vec<u8>, ShareError> {
    if !data.is_ascii() {
        return Err(ShareError::Corrupt(Corruption::Base64));
    }
    let whole = if data.len() % 4 == 1 {
        &data[..data.len() - 1]
    } else {
        data
    };
    BASE64
        .decode(whole)
        .map_err(|_| ShareError::Corrupt(Corruption::Base64))
}

/// Inflates zlib data, refusing to produce more than [`MAX_DECODED_BYTES`].
fn inflate_capped(packed: &[u8]) -> Result<Vec<u8>, ShareError> {
    inflate::decompress_to_vec_zlib_with_limit(packed, MAX_DECODED_BYTES).map_err(|err| {
        match err.status {
            TINFLStatus::HasMoreOutput => ShareError::TooLarge {
                limit: MAX_DECODED_BYTES,
            },
            TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => {
                ShareError::Truncated
            }
            _ => ShareError::Corrupt(Corruption::Deflate),
        }
    })
}

/// The payload as the `.json` file offered instead of a long link.
pub fn to_json_file(payload: &SharePayload) -> String {
    serde_json::to_string_pretty(payload).unwrap_or_default()
}

/// Reads a `.json` share file, with the same checks as a link.
///
/// # Errors
/// [`ShareError::TooLarge`] past [`MAX_DECODED_BYTES`], [`ShareError::Corrupt`] when it is
/// not a payload, [`ShareError::FutureVersion`], or [`ShareError::Forged`].
pub fn from_json_file(json: &str) -> Result<SharePayload, ShareError> {
    if json.len() > MAX_DECODED_BYTES {
        return Err(ShareError::TooLarge {
            limit: MAX_DECODED_BYTES,
        });
    }
    #[derive(Deserialize)]
    struct Versioned {
        v: u32,
    }
    let versioned: Versioned =
        serde_json::from_str(json).map_err(|_| ShareError::Corrupt(Corruption::Json))?;
    if versioned.v > VERSION {
        return Err(ShareError::FutureVersion {
            found: versioned.v,
            supported: VERSION,
        });
    }
    let payload: SharePayload =
        serde_json::from_str(json).map_err(|_| ShareError::Corrupt(Corruption::Json))?;
    payload.validate()?;
    Ok(payload)
}
