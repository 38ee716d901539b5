//! Little-endian, fixed-width byte reading and writing for the entity model file.
//!
//! The reader never panics: every read checks the remaining length and reports a
//! [`LoadErrorKind::Corrupt`] instead. This module knows nothing of what the fields mean.

use crate::engine::{LoadError, LoadErrorKind};

/// Reads fixed-width little-endian fields from a byte slice.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    /// Starts reading at the beginning of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, at: 0 }
    }

    /// The next `n` bytes.
    pub fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8], LoadError> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len());
        match end {
            Some(end) => {
                let out = &self.bytes[self.at..end];
                self.at = end;
                Ok(out)
            }
            None => Err(LoadErrorKind::Corrupt(format!("{what} runs past the end")).into()),
        }
    }

    /// One byte.
    pub fn u8(&mut self, what: &str) -> Result<u8, LoadError> {
        Ok(self.take(1, what)?[0])
    }

    /// A little-endian `u16`.
    pub fn u16(&mut self, what: &str) -> Result<u16, LoadError> {
        let b = self.take(2, what)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    /// A little-endian `u32`.
    pub fn u32(&mut self, what: &str) -> Result<u32, LoadError> {
        let b = self.take(4, what)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// A count, checked against a sane bound so corrupt files cannot ask for huge buffers.
    pub fn count(&mut self, what: &str) -> Result<usize, LoadError> {
        let n = self.u32(what)? as usize;
        if n > self.bytes.len().saturating_sub(self.at).saturating_mul(8) + 64 {
            return Err(LoadErrorKind::Corrupt(format!("{what} count {n} is too large")).into());
        }
        Ok(n)
    }

    /// A UTF-8 string with a `u16` length prefix.
    pub fn str(&mut self, what: &str) -> Result<&'a str, LoadError> {
        let n = self.u16(what)? as usize;
        let bytes = self.take(n, what)?;
        std::str::from_utf8(bytes)
            .map_err(|_| LoadErrorKind::Corrupt(format!("{what} is not UTF-8")).into())
    }

    /// Whether everything has been read.
    pub fn is_done(&self) -> bool {
        self.at == self.bytes.len()
    }
}

/// Writes fixed-width little-endian fields.
#[derive(Debug, Default)]
pub struct Writer {
    /// The bytes written so far.
    pub bytes: Vec<u8>,
}

impl Writer {
    /// One byte.
    pub fn u8(&mut self, v: u8) {
        self.bytes.push(v);
    }

    /// A little-endian `u16`.
    pub fn u16(&mut self, v: u16) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }

    /// A little-endian `u32`.
    pub fn u32(&mut self, v: u32) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }

    /// A string with a `u16` length prefix (longer strings are cut at a char boundary).
    pub fn str(&mut self, s: &str) {
        let mut end = s.len().min(u16::MAX as usize);
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        self.u16(end as u16);
        self.bytes.extend_from_slice(&s.as_bytes()[..end]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_round_trip() {
        let mut w = Writer::default();
        w.u8(7);
        w.u16(0xBEEF);
        w.u32(0xDEAD_BEEF);
        w.str("Dar’s");
        let mut r = Reader::new(&w.bytes);
        assert_eq!(r.u8("a").unwrap(), 7);
        assert_eq!(r.u16("b").unwrap(), 0xBEEF);
        assert_eq!(r.u32("c").unwrap(), 0xDEAD_BEEF);
        assert_eq!(r.str("d").unwrap(), "Dar’s");
        assert!(r.is_done());
    }

    #[test]
    fn truncated_input_is_an_error_not_a_panic() {
        let mut r = Reader::new(&[1, 2, 3]);
        assert!(r.u32("x").is_err());
        let mut r = Reader::new(&[5, 0, b'a']);
        assert!(r.str("s").is_err());
    }
}
