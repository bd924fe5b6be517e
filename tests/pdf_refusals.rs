//! PDFs brief cannot read are refused with a message that says why, never a
//! panic or an empty document: a PDF without a text layer (an empty page, a
//! page with only an image: a scan), an encrypted one, arbitrary bytes after
//! a PDF header, and real PDFs cut off at every N-th byte. A minimal PDF
//! with text is read, to show the refusals are not all the reader does.

use brief::document::source::LoadError;
use brief::document::{Document, Origin};
use brief::pdf::PdfError;
use proptest::prelude::*;
use std::path::Path;

/// A PDF with these objects (numbered from 1; object 1 is the catalog) and a
/// correct cross-reference table.
fn pdf(objects: &[&[u8]], trailer_extra: &str) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n", i + 1).bytes());
        out.extend(*o);
        out.extend(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R {trailer_extra} >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .bytes(),
    );
    out
}

fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut s = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
    s.extend(data);
    s.extend(b"\nendstream");
    s
}

const CATALOG: &[u8] = b"<< /Type /Catalog /Pages 2 0 R >>";
const PAGES: &[u8] = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>";

fn empty_page() -> Vec<u8> {
    pdf(
        &[
            CATALOG,
            PAGES,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        ],
        "",
    )
}

fn image_page() -> Vec<u8> {
    let content = stream("", b"q 500 0 0 700 40 60 cm /Im1 Do Q");
    let image = stream(
        "/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8",
        &[0, 255, 255, 0],
    );
    pdf(
        &[
            CATALOG,
            PAGES,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
            &content,
            &image,
        ],
        "",
    )
}

fn text_page(content: &[u8]) -> Vec<u8> {
    let content = stream("", content);
    pdf(
        &[
            CATALOG,
            PAGES,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            &content,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        ],
        "",
    )
}

fn load(bytes: Vec<u8>) -> Result<Document, LoadError> {
    brief::parse::document_from_bytes("t".into(), Origin::File("t.pdf".into()), bytes)
}

#[test]
fn a_minimal_pdf_with_text_is_read_with_its_place_and_weight() {
    let d = load(text_page(b"BT /F1 12 Tf 72 720 Td (Hallo wereld) Tj ET")).unwrap();
    let layer = d.layout.as_ref().expect("a PDF has a layout");
    assert_eq!(layer.text.trim_end(), "Hallo wereld");
    let line = &layer.lines[0];
    assert_eq!(line.page, 1);
    assert!((line.x - 72.0).abs() < 0.5, "{line:?}");
    assert!((line.y - (842.0 - 720.0)).abs() < 0.5, "{line:?}");
    assert!((line.size - 12.0).abs() < 0.1 && line.bold, "{line:?}");
    // Raw offsets refer to the text layer.
    assert_eq!(d.source_text_bytes(), layer.text.as_bytes());
    assert!(d.clean.contains("Hallo wereld"));
}

#[test]
fn an_empty_page_or_an_image_only_is_no_text_layer_with_advice_to_ocr() {
    for (what, bytes) in [("empty page", empty_page()), ("image only", image_page())] {
        match load(bytes) {
            Err(LoadError::Pdf(PdfError::NoText { pages: 1 })) => {}
            other => panic!("{what}: {:?}", other.map(|d| d.text)),
        }
    }
    let message = LoadError::Pdf(PdfError::NoText { pages: 1 }).to_string();
    assert!(
        message.contains("no text layer") && message.contains("run OCR first"),
        "{message}"
    );
}

#[test]
fn an_encrypted_pdf_is_refused_as_encrypted() {
    // Standard security handler, revision 3, with a user password that the
    // O and U entries below do not match: no empty password opens it.
    let hex32 = "<".to_string() + &"41".repeat(32) + ">";
    let encrypt = format!("/Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O {hex32} /U {hex32}");
    let encrypt = format!("<< {encrypt} >>");
    let content = stream("", b"BT /F1 12 Tf 72 720 Td (geheim) Tj ET");
    let bytes = pdf(
        &[
            CATALOG,
            PAGES,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            &content,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            encrypt.as_bytes(),
        ],
        "/Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]",
    );
    let e = load(bytes).unwrap_err();
    assert_eq!(e, LoadError::Pdf(PdfError::Encrypted));
    assert_eq!(e.to_string(), "the PDF is encrypted; brief cannot read it");
}

/// What loading may give: a document with text, or a PDF error. Never a
/// panic (a `Bug` would be one, contained) and never an empty document.
fn check(bytes: Vec<u8>) -> Result<(), TestCaseError> {
    match load(bytes) {
        Ok(d) => prop_assert!(!d.text.trim().is_empty()),
        Err(LoadError::Pdf(e)) => prop_assert!(!e.to_string().is_empty()),
        Err(other) => prop_assert!(false, "not a PDF error: {other:?}"),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_after_a_pdf_header_are_refused_clearly(
        body in proptest::collection::vec(any::<u8>(), 0..600)
    ) {
        let mut bytes = b"%PDF-1.7\n".to_vec();
        bytes.extend(body);
        check(bytes)?;
    }

    #[test]
    fn pdf_syntax_pieces_in_any_order_are_refused_or_read(
        pieces in proptest::collection::vec(prop_oneof![
            Just("1 0 obj\n"), Just("endobj\n"), Just("<< /Type /Catalog /Pages 2 0 R >>"),
            Just("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"), Just("<< /Length 99999 >>\nstream\n"),
            Just("endstream\n"), Just("BT /F1 12 Tf (x) Tj ET"), Just("xref\n0 1\n"),
            Just("trailer << /Root 1 0 R /Size 3 >>\n"), Just("startxref\n9\n%%EOF\n"),
            Just("[[[[[[[[[[[["), Just("<<<<<<<<"), Just("/Count -1 "), Just("3 0 R "),
        ], 0..40)
    ) {
        let mut bytes = b"%PDF-1.4\n".to_vec();
        bytes.extend(pieces.concat().bytes());
        check(bytes)?;
    }
}

#[test]
fn real_pdfs_cut_off_anywhere_are_refused_or_read_without_a_panic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pdf");
    for name in [
        "ah-bz-ceder-dobbe-jemen-2024.pdf",
        "ah-vws-westerveld-jongeren-2024.pdf",
    ] {
        let bytes = std::fs::read(dir.join(name)).unwrap();
        let step = bytes.len() / 24;
        for cut in (6..bytes.len()).step_by(step) {
            check(bytes[..cut].to_vec()).unwrap_or_else(|e| panic!("{name} cut at {cut}: {e}"));
        }
    }
}
