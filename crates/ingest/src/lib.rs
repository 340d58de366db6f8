//! Reads files, folders and JSONL streams into documents, one unit at a time.
//!
//! Ingest is split in two so that the expensive half runs in parallel:
//!
//! 1. [`Units`] walks the inputs **in order** and yields [`Unit`]s: a file to read, or one raw
//!    line of a JSONL stream. It only splits bytes; it never holds more than one line, so memory
//!    stays bounded on a stream of any size.
//! 2. [`decode`] turns one unit into a [`Document`] or a [`DocError`] that names the place:
//!    reading the file, checking UTF-8, parsing the JSON record. It is a pure function of the
//!    unit, so a caller may run it on many units at once.
//!
//! Inputs ([`Input`]) are files (`.md`, `.markdown`, `.txt` and anything else named explicitly
//! are one document each; `.jsonl` is one document per non-blank line), folders (walked
//! recursively in sorted order, taking `.md`, `.markdown`, `.txt` and `.jsonl` files and skipping
//! hidden entries), and standard input (a JSONL stream).
//!
//! JSONL records are `{"id": ..., "text": ..., "meta": {...}, <other fields>}`: `text` is
//! required and must be a string; `id` may be a string or a number (else the id is
//! `STEM:LINE`); `meta` must be an object when present; other fields are added to `meta`
//! (a key already in `meta` wins).
//!
//! ```
//! use gloss_ingest::{decode, Input, Units};
//! let stream = &b"{\"id\": \"a\", \"text\": \"One.\"}\n\nnot json\n"[..];
//! let units = Units::new(vec![Input::Reader { name: "stdin".into(), reader: Box::new(stream) }]);
//! let docs: Vec<_> = units.map(decode).collect();
//! assert_eq!(docs.len(), 2);
//! assert_eq!(docs[0].as_ref().unwrap().text, "One.");
//! let err = docs[1].as_ref().unwrap_err();
//! assert_eq!(err.kind.as_str(), "invalid_json");
//! assert_eq!(err.source, "stdin:3");
//! ```
//!
//! # Errors
//! Nothing here stops a run: every failure is a [`DocError`] for the unit it concerns (an
//! unreadable folder or file is one failed unit), and the walk goes on.
#![deny(missing_docs)]

use gloss_doc::{DocError, Document, ErrorKind, Meta};
use serde_json::Value;
use std::fs;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Documents larger than this are refused with [`ErrorKind::TooLarge`]: offsets are 32-bit, and
/// no bulletin comes near it.
pub const MAX_DOCUMENT_BYTES: usize = 1 << 30;

/// One input named by the user.
pub enum Input {
    /// A file or folder path.
    Path(PathBuf),
    /// A JSONL stream, such as standard input; `name` is used in `source` (`NAME:LINE`).
    Reader {
        /// The stream's name (`stdin`).
        name: String,
        /// The stream.
        reader: Box<dyn Read + Send>,
    },
}

impl std::fmt::Debug for Input {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Input::Path(p) => f.debug_tuple("Path").field(p).finish(),
            Input::Reader { name, .. } => f.debug_struct("Reader").field("name", name).finish(),
        }
    }
}

/// The smallest piece of input that becomes one document (or one error record).
#[derive(Debug)]
pub enum Unit {
    /// A whole file that is one document.
    File(PathBuf),
    /// One non-blank line of a JSONL stream.
    Line(Line),
    /// Something that failed before a document could be formed (an unreadable folder or
    /// JSONL file, a line over the size limit).
    Failed(DocError),
}

/// One line of a JSONL stream, with its place.
#[derive(Debug)]
pub struct Line {
    /// The line's bytes, without the line break.
    pub bytes: Vec<u8>,
    /// The stream's name (a path, or `stdin`).
    pub stream: String,
    /// The stream's file stem, used as the id prefix of records without an id.
    pub stem: String,
    /// 1-based line number.
    pub number: u64,
    /// Byte offset of the line's first byte in the stream.
    pub offset: u64,
    /// Bytes the line took in the stream, its line break included.
    pub consumed: u64,
}

/// Is this path a JSONL stream rather than one document?
fn is_jsonl(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl"))
}

/// Does a folder walk take this file?
fn is_document_file(path: &Path) -> bool {
    let Some(ext) = path.extension().and_then(|e| e.to_str()) else {
        return false;
    };
    ["md", "markdown", "txt", "jsonl"]
        .iter()
        .any(|known| ext.eq_ignore_ascii_case(known))
}

fn stem_of(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn io_error(path: &Path, err: &io::Error) -> DocError {
    DocError {
        id: stem_of(path),
        source: path.display().to_string(),
        kind: ErrorKind::Unreadable,
        message: format!("cannot read {}: {err}", path.display()),
        byte_offset: None,
        line: None,
    }
}

/// Walks inputs in order and yields units; see the crate docs.
pub struct Units {
    /// Inputs not yet started, in reverse order (popped from the end).
    pending: Vec<Pending>,
    /// The JSONL stream being read.
    stream: Option<Stream>,
}

enum Pending {
    Input(Input),
    File(PathBuf),
}

struct Stream {
    reader: Box<dyn BufRead + Send>,
    name: String,
    stem: String,
    line: u64,
    offset: u64,
}

impl Units {
    /// Units of `inputs`, in the order given.
    pub fn new(inputs: Vec<Input>) -> Units {
        Units {
            pending: inputs.into_iter().rev().map(Pending::Input).collect(),
            stream: None,
        }
    }

    fn next_line(&mut self) -> Option<Unit> {
        let stream = self.stream.as_mut()?;
        loop {
            let start = stream.offset;
            let read = read_line(&mut *stream.reader, MAX_DOCUMENT_BYTES);
            stream.line += 1;
            let number = stream.line;
            let place = format!("{}:{number}", stream.name);
            match read {
                Err(err) => {
                    let unit = Unit::Failed(DocError {
                        id: format!("{}:{number}", stream.stem),
                        source: place,
                        kind: ErrorKind::Unreadable,
                        message: format!("cannot read line {number} of {}: {err}", stream.name),
                        byte_offset: Some(start),
                        line: Some(number),
                    });
                    self.stream = None;
                    return Some(unit);
                }
                Ok(RawLine::End) => {
                    self.stream = None;
                    return None;
                }
                Ok(RawLine::TooLong { consumed }) => {
                    stream.offset += consumed;
                    return Some(Unit::Failed(DocError {
                        id: format!("{}:{number}", stream.stem),
                        source: place,
                        kind: ErrorKind::TooLarge,
                        message: format!(
                            "line {number} is longer than {MAX_DOCUMENT_BYTES} bytes (starts at byte {start})"
                        ),
                        byte_offset: Some(start),
                        line: Some(number),
                    }));
                }
                Ok(RawLine::Line {
                    mut bytes,
                    consumed,
                }) => {
                    stream.offset += consumed;
                    while bytes.last().is_some_and(|b| matches!(b, b'\n' | b'\r')) {
                        bytes.pop();
                    }
                    // A byte-order mark opens some files written on Windows.
                    if start == 0 && bytes.starts_with(b"\xEF\xBB\xBF") {
                        bytes.drain(..3);
                    }
                    if bytes.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    return Some(Unit::Line(Line {
                        bytes,
                        stream: stream.name.clone(),
                        stem: stream.stem.clone(),
                        number,
                        offset: start,
                        consumed,
                    }));
                }
            }
        }
    }

    fn open(&mut self, input: Input) -> Option<Unit> {
        match input {
            Input::Reader { name, reader } => {
                self.stream = Some(Stream {
                    reader: Box::new(BufReader::with_capacity(1 << 16, reader)),
                    stem: name.clone(),
                    name,
                    line: 0,
                    offset: 0,
                });
                None
            }
            Input::Path(path) => self.open_path(path),
        }
    }

    fn open_path(&mut self, path: PathBuf) -> Option<Unit> {
        if path.is_dir() {
            let mut files = Vec::new();
            if let Err(err) = walk(&path, &mut files) {
                return Some(Unit::Failed(io_error(&path, &err)));
            }
            files.sort();
            self.pending
                .extend(files.into_iter().rev().map(Pending::File));
            return None;
        }
        self.open_file(path)
    }

    fn open_file(&mut self, path: PathBuf) -> Option<Unit> {
        if !is_jsonl(&path) {
            return Some(Unit::File(path));
        }
        match fs::File::open(&path) {
            Ok(file) => {
                self.stream = Some(Stream {
                    reader: Box::new(BufReader::with_capacity(1 << 16, file)),
                    name: path.display().to_string(),
                    stem: stem_of(&path),
                    line: 0,
                    offset: 0,
                });
                None
            }
            Err(err) => Some(Unit::Failed(io_error(&path, &err))),
        }
    }
}

impl Iterator for Units {
    type Item = Unit;

    fn next(&mut self) -> Option<Unit> {
        loop {
            if self.stream.is_some() {
                if let Some(unit) = self.next_line() {
                    return Some(unit);
                }
                continue;
            }
            let unit = match self.pending.pop()? {
                Pending::Input(input) => self.open(input),
                Pending::File(path) => self.open_file(path),
            };
            if unit.is_some() {
                return unit;
            }
        }
    }
}

/// Collects the document files under `dir`, skipping hidden entries. An unreadable
/// sub-folder fails the walk of that folder.
fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        let kind = entry.file_type()?;
        if kind.is_dir() || (kind.is_symlink() && path.is_dir()) {
            walk(&path, out)?;
        } else if is_document_file(&path) {
            out.push(path);
        }
    }
    Ok(())
}

enum RawLine {
    Line { bytes: Vec<u8>, consumed: u64 },
    TooLong { consumed: u64 },
    End,
}

/// Reads one line, keeping at most `limit` bytes of it in memory: a longer line is skipped
/// to its end and reported, so one runaway record cannot exhaust memory.
fn read_line(reader: &mut dyn BufRead, limit: usize) -> io::Result<RawLine> {
    let mut bytes = Vec::new();
    let mut consumed = 0u64;
    let mut too_long = false;
    loop {
        let buf = match reader.fill_buf() {
            Ok(buf) => buf,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            break;
        }
        let (take, done) = match memchr::memchr(b'\n', buf) {
            Some(i) => (i + 1, true),
            None => (buf.len(), false),
        };
        if !too_long {
            if bytes.len() + take > limit {
                too_long = true;
                bytes = Vec::new();
            } else {
                bytes.extend_from_slice(&buf[..take]);
            }
        }
        reader.consume(take);
        consumed += take as u64;
        if done {
            break;
        }
    }
    Ok(match (consumed, too_long) {
        (0, _) => RawLine::End,
        (_, true) => RawLine::TooLong { consumed },
        (_, false) => RawLine::Line { bytes, consumed },
    })
}

/// Turns one unit into a document, or says why it cannot be one.
pub fn decode(unit: Unit) -> Result<Document, DocError> {
    match unit {
        Unit::File(path) => decode_file(&path),
        Unit::Line(line) => decode_line(line),
        Unit::Failed(err) => Err(err),
    }
}

fn decode_file(path: &Path) -> Result<Document, DocError> {
    let source = path.display().to_string();
    let id = stem_of(path);
    let fail = |kind, message: String, byte_offset| DocError {
        id: id.clone(),
        source: source.clone(),
        kind,
        message,
        byte_offset,
        line: None,
    };
    let mut bytes = fs::read(path).map_err(|err| io_error(path, &err))?;
    if bytes.len() > MAX_DOCUMENT_BYTES {
        let message = format!(
            "{source} is {} bytes, over the limit of {MAX_DOCUMENT_BYTES}",
            bytes.len()
        );
        return Err(fail(ErrorKind::TooLarge, message, None));
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    let text = String::from_utf8(bytes).map_err(|err| {
        let at = err.utf8_error().valid_up_to();
        let line = 1 + err.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() as u64;
        let mut e = fail(
            ErrorKind::InvalidUtf8,
            format!("{source}: invalid UTF-8 at byte {at} (line {line})"),
            Some(at as u64),
        );
        e.line = Some(line);
        e
    })?;
    Ok(Document {
        id,
        source,
        meta: Meta::new(),
        text,
    })
}

fn decode_line(line: Line) -> Result<Document, DocError> {
    let source = format!("{}:{}", line.stream, line.number);
    let fallback_id = format!("{}:{}", line.stem, line.number);
    let fail = |id: &str, kind, message: String, byte_offset: u64| DocError {
        id: id.to_string(),
        source: source.clone(),
        kind,
        message: format!("{source}: {message}"),
        byte_offset: Some(byte_offset),
        line: Some(line.number),
    };
    let value: Value = serde_json::from_slice(&line.bytes).map_err(|err| {
        // serde_json checks UTF-8 too; a second pass, only on failure, finds the exact byte.
        if let Err(utf8) = std::str::from_utf8(&line.bytes) {
            let at = line.offset + utf8.valid_up_to() as u64;
            return fail(
                &fallback_id,
                ErrorKind::InvalidUtf8,
                format!("invalid UTF-8 at byte {at}"),
                at,
            );
        }
        // A record is one line, so the column is the byte position within it; a record cut
        // short fails where it ends.
        let at = if err.is_eof() {
            line.offset + line.bytes.len() as u64
        } else {
            line.offset + err.column().saturating_sub(1) as u64
        };
        fail(
            &fallback_id,
            ErrorKind::InvalidJson,
            format!("not a JSON record ({err}), at byte {at}"),
            at,
        )
    })?;
    let Value::Object(mut record) = value else {
        return Err(fail(
            &fallback_id,
            ErrorKind::NotAnObject,
            format!(
                "a record must be a JSON object, found {}",
                json_type(&value)
            ),
            line.offset,
        ));
    };
    let id = match record.remove("id") {
        None | Some(Value::Null) => fallback_id.clone(),
        Some(Value::String(s)) => s,
        Some(Value::Number(n)) => n.to_string(),
        Some(other) => {
            return Err(fail(
                &fallback_id,
                ErrorKind::InvalidField,
                format!(
                    "\"id\" must be a string or a number, found {}",
                    json_type(&other)
                ),
                line.offset,
            ))
        }
    };
    let text = match record.remove("text") {
        Some(Value::String(s)) => s,
        None => {
            return Err(fail(
                &id,
                ErrorKind::MissingText,
                "no \"text\" field".into(),
                line.offset,
            ))
        }
        Some(other) => {
            return Err(fail(
                &id,
                ErrorKind::MissingText,
                format!("\"text\" must be a string, found {}", json_type(&other)),
                line.offset,
            ))
        }
    };
    if text.len() > MAX_DOCUMENT_BYTES {
        let message = format!("\"text\" is over the limit of {MAX_DOCUMENT_BYTES} bytes");
        return Err(fail(&id, ErrorKind::TooLarge, message, line.offset));
    }
    let mut meta = match record.remove("meta") {
        None | Some(Value::Null) => Meta::new(),
        Some(Value::Object(m)) => m,
        Some(other) => {
            return Err(fail(
                &id,
                ErrorKind::InvalidField,
                format!("\"meta\" must be an object, found {}", json_type(&other)),
                line.offset,
            ))
        }
    };
    for (key, value) in record {
        meta.entry(key).or_insert(value);
    }
    Ok(Document {
        id,
        source,
        meta,
        text,
    })
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stream(bytes: &'static [u8]) -> Vec<Result<Document, DocError>> {
        Units::new(vec![Input::Reader {
            name: "stdin".into(),
            reader: Box::new(bytes),
        }])
        .map(decode)
        .collect()
    }

    /// (case, JSONL line, expected error kind or "" for success, expected byte offset)
    const LINES: &[(&str, &[u8], &str, Option<u64>)] = &[
        ("plain record", br#"{"id":"a","text":"T."}"#, "", None),
        ("numeric id", br#"{"id":7,"text":"T."}"#, "", None),
        ("no id", br#"{"text":"T."}"#, "", None),
        ("not json", b"{\"text\": ", "invalid_json", Some(9)),
        ("garbage", b"hello", "invalid_json", Some(0)),
        ("array", b"[1,2]", "not_an_object", Some(0)),
        ("string", b"\"text\"", "not_an_object", Some(0)),
        ("no text", br#"{"id":"a"}"#, "missing_text", Some(0)),
        (
            "text is a number",
            br#"{"id":"a","text":3}"#,
            "missing_text",
            Some(0),
        ),
        (
            "text is null",
            br#"{"id":"a","text":null}"#,
            "missing_text",
            Some(0),
        ),
        (
            "meta not object",
            br#"{"text":"a","meta":[1]}"#,
            "invalid_field",
            Some(0),
        ),
        (
            "id is bool",
            br#"{"text":"a","id":true}"#,
            "invalid_field",
            Some(0),
        ),
        (
            "bad utf8",
            b"{\"text\":\"a\xFFb\"}",
            "invalid_utf8",
            Some(10),
        ),
    ];

    #[test]
    fn jsonl_lines_decode_or_fail_with_their_place() {
        for (case, line, kind, offset) in LINES {
            let unit = Unit::Line(Line {
                bytes: line.to_vec(),
                stream: "in.jsonl".into(),
                stem: "in".into(),
                number: 3,
                offset: 0,
                consumed: line.len() as u64 + 1,
            });
            match (decode(unit), *kind) {
                (Ok(doc), "") => assert_eq!(doc.source, "in.jsonl:3", "{case}"),
                (Err(e), kind) => {
                    assert_eq!(e.kind.as_str(), kind, "{case}: {}", e.message);
                    assert_eq!(e.byte_offset, *offset, "{case}");
                    assert_eq!(e.line, Some(3), "{case}");
                    assert!(
                        e.message.starts_with("in.jsonl:3: "),
                        "{case}: {}",
                        e.message
                    );
                }
                (Ok(_), kind) => panic!("{case}: expected {kind}, got a document"),
            }
        }
    }

    #[test]
    fn ids_meta_and_extra_fields() {
        let docs = stream(
            b"{\"id\":\"x\",\"text\":\"T\",\"meta\":{\"date\":\"2026-01-02\",\"k\":1},\"k\":2,\"lang\":\"en\"}\n{\"id\":12,\"text\":\"U\"}\n{\"text\":\"V\"}\n",
        );
        let a = docs[0].as_ref().unwrap();
        assert_eq!(a.id, "x");
        assert_eq!(a.meta["date"], "2026-01-02");
        assert_eq!(a.meta["k"], 1, "meta's own key wins over a top-level field");
        assert_eq!(a.meta["lang"], "en");
        assert_eq!(docs[1].as_ref().unwrap().id, "12");
        assert_eq!(docs[2].as_ref().unwrap().id, "stdin:3");
    }

    #[test]
    fn blank_lines_are_skipped_but_counted() {
        let docs = stream(b"\n  \r\n{\"text\":\"a\"}\r\n\n{\"text\":\"b\"}");
        let sources: Vec<_> = docs
            .iter()
            .map(|d| d.as_ref().unwrap().source.clone())
            .collect();
        assert_eq!(sources, ["stdin:3", "stdin:5"]);
        assert_eq!(docs[0].as_ref().unwrap().text, "a");
    }

    #[test]
    fn byte_offsets_count_from_the_stream_start() {
        let docs = stream(b"{\"text\":\"ok\"}\n{\"text\":\"\xC3\"}\n");
        let err = docs[1].as_ref().unwrap_err();
        assert_eq!(err.kind, ErrorKind::InvalidUtf8);
        assert_eq!(err.byte_offset, Some(14 + 9));
    }

    #[test]
    fn overlong_lines_are_refused_without_buffering() {
        let mut input: &[u8] = b"aaaaaaaaaa\nbb\n";
        assert!(matches!(
            read_line(&mut input, 4).unwrap(),
            RawLine::TooLong { consumed: 11 }
        ));
        assert!(matches!(
            read_line(&mut input, 4).unwrap(),
            RawLine::Line { consumed: 3, .. }
        ));
        assert!(matches!(read_line(&mut input, 4).unwrap(), RawLine::End));
    }

    #[test]
    fn files_and_folders_in_sorted_order() {
        let dir = std::env::temp_dir().join(format!("gloss-ingest-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("sub")).unwrap();
        fs::write(dir.join("b.md"), "B").unwrap();
        fs::write(dir.join("a.txt"), "A").unwrap();
        fs::write(
            dir.join("sub/c.jsonl"),
            "{\"text\":\"C1\"}\n{\"text\":\"C2\"}\n",
        )
        .unwrap();
        fs::write(dir.join("skip.png"), "x").unwrap();
        fs::write(dir.join(".hidden.md"), "x").unwrap();
        fs::write(dir.join("bad.md"), b"ok\n\xFF").unwrap();
        let texts: Vec<_> = Units::new(vec![Input::Path(dir.clone())])
            .map(decode)
            .map(|r| r.map(|d| d.text).unwrap_or_else(|e| e.kind.to_string()))
            .collect();
        assert_eq!(texts, ["A", "B", "invalid_utf8", "C1", "C2"]);
        let missing = Units::new(vec![Input::Path(dir.join("nope.md"))])
            .map(decode)
            .next();
        assert_eq!(missing.unwrap().unwrap_err().kind, ErrorKind::Unreadable);
        fs::remove_dir_all(&dir).unwrap();
    }
}
