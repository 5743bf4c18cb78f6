//! Bytes to text: UTF-8 with or without a byte-order mark, UTF-16 with
//! one, and legacy encodings declared by an HTML page (`<meta charset>`,
//! `http-equiv`) or, failing that, guessed by `chardetng`.
//!
//! Undecodable bytes become U+FFFD and the caller gets a note saying so;
//! decoding never fails.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// Text decoded from bytes, with what was done to get it.
#[derive(Debug)]
pub(crate) struct Decoded {
    /// The text.
    pub text: String,
    /// The encoding used (`UTF-8`, `windows-1252`, ...).
    #[cfg_attr(not(test), allow(dead_code))]
    pub encoding: &'static str,
    /// A note for the user when bytes were replaced or the encoding was
    /// guessed.
    pub note: Option<String>,
}

/// Decodes `bytes`. `html` says whether to look for a declared charset.
pub(crate) fn decode(bytes: &[u8], html: bool) -> Decoded {
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let (text, had_errors) =
            enc.decode_without_bom_handling(&bytes[bom..]);
        return finish(text.into_owned(), enc, had_errors, None);
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Decoded { text: s.to_string(), encoding: "UTF-8", note: None };
    }
    // UTF-16 without a BOM: every other byte zero in ASCII-heavy text.
    if let Some(enc) = utf16_without_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        return finish(
            text.into_owned(),
            enc,
            had_errors,
            Some(format!("no byte-order mark; read as {}", enc.name())),
        );
    }
    let declared = if html { declared_charset(bytes) } else { None };
    let (enc, how) = match declared {
        // A page that declares UTF-8 but is not: trust the bytes.
        Some(e) if e != UTF_8 => (e, "declared by the page"),
        _ => {
            let mut det = chardetng::EncodingDetector::new(
                chardetng::Iso2022JpDetection::Deny,
            );
            det.feed(bytes, true);
            let e = det.guess(None, chardetng::Utf8Detection::Allow);
            (e, "not valid UTF-8; guessed")
        }
    };
    let (text, _, had_errors) = enc.decode(bytes);
    let note = if how.starts_with("declared") {
        None
    } else {
        Some(format!("{how} {}", enc.name()))
    };
    finish(text.into_owned(), enc, had_errors, note)
}

fn finish(
    text: String,
    enc: &'static Encoding,
    had_errors: bool,
    note: Option<String>,
) -> Decoded {
    let note = match (had_errors, note) {
        (true, Some(n)) => {
            Some(format!("{n}; undecodable bytes replaced with U+FFFD"))
        }
        (true, None) => Some(format!(
            "undecodable {} bytes replaced with U+FFFD",
            enc.name()
        )),
        (false, n) => n,
    };
    Decoded { text, encoding: enc.name(), note }
}

fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 8 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let sample = &bytes[..bytes.len().min(1024) & !1];
    let pairs = sample.len() / 2;
    let even_zero = sample.iter().step_by(2).filter(|b| **b == 0).count();
    let odd_zero =
        sample.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
    if odd_zero * 10 >= pairs * 8 && even_zero * 10 <= pairs {
        Some(UTF_16LE)
    } else if even_zero * 10 >= pairs * 8 && odd_zero * 10 <= pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// The charset an HTML page declares in its first 4 KiB: `<meta
/// charset="...">` or `<meta http-equiv="Content-Type" content="...;
/// charset=...">`.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(p) = find(&lower[from..], b"charset") {
        let at = from + p + b"charset".len();
        from = at;
        let rest = &lower[at..];
        let rest = rest
            .iter()
            .position(|c| !c.is_ascii_whitespace())
            .map_or(rest, |i| &rest[i..]);
        let Some(rest) = rest.strip_prefix(b"=") else { continue };
        let rest: &[u8] = {
            let start = rest
                .iter()
                .position(|c| !matches!(c, b' ' | b'"' | b'\''))
                .unwrap_or(rest.len());
            &rest[start..]
        };
        let end = rest
            .iter()
            .position(|c| {
                matches!(c, b'"' | b'\'' | b';' | b'>' | b' ' | b'/')
            })
            .unwrap_or(rest.len());
        if let Some(e) = Encoding::for_label(&rest[..end]) {
            // A page read as bytes cannot be UTF-16 if it was not caught
            // above; HTML says to use UTF-8 then.
            return Some(if e == UTF_16LE || e == UTF_16BE {
                UTF_8
            } else {
                e
            });
        }
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_utf8_with_and_without_bom() {
        let d = decode("Café".as_bytes(), false);
        assert_eq!((d.text.as_str(), d.note), ("Café", None));
        let d = decode(b"\xEF\xBB\xBFCaf\xC3\xA9", false);
        assert_eq!(d.text, "Café");
    }

    #[test]
    fn ok_utf16_with_bom() {
        let mut le = vec![0xFF, 0xFE];
        for u in "Acme sued Globex.".encode_utf16() {
            le.extend(u.to_le_bytes());
        }
        assert_eq!(decode(&le, false).text, "Acme sued Globex.");
        let mut be = vec![0xFE, 0xFF];
        for u in "Café".encode_utf16() {
            be.extend(u.to_be_bytes());
        }
        let d = decode(&be, false);
        assert_eq!((d.text.as_str(), d.encoding), ("Café", "UTF-16BE"));
    }

    #[test]
    fn ok_windows_1252_declared_by_the_page() {
        let page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>Caf\xe9 \x93deal\x94</p></body></html>";
        let d = decode(page, true);
        assert!(d.text.contains("Café “deal”"), "{}", d.text);
        assert_eq!(d.encoding, "windows-1252");
        assert_eq!(d.note, None);
        let page = b"<meta charset='iso-8859-1'><p>Caf\xe9</p>";
        assert!(decode(page, true).text.contains("Café"));
    }

    #[test]
    fn ok_legacy_text_guessed_with_a_note() {
        let d = decode(b"Caf\xe9 Corp. sued Globex in M\xfcnchen.\n", false);
        assert!(d.text.starts_with("Café Corp."), "{}", d.text);
        assert!(d.note.unwrap().contains("guessed"));
    }

    #[test]
    fn ok_bad_utf16_bytes_replaced_with_a_note() {
        // An odd trailing byte cannot be UTF-16.
        let d = decode(&[0xFF, 0xFE, b'A', 0, b'B'], false);
        assert!(d.text.starts_with('A') && d.text.contains('\u{FFFD}'));
        assert!(d.note.unwrap().contains("U+FFFD"));
    }
}
