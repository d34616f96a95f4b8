//! Local sources: files, folders (recursively), standard input, and JSON /
//! JSON Lines records `{"id","url","title","text" or "html","published"}`.

use crate::{fail, send, Body, Closed, Item, RawDoc, Sink};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, BufReader};

/// Limits that protect memory from huge inputs.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest single document (file, stdin, or JSON line), in bytes.
    pub max_doc_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_doc_bytes: 16 * 1024 * 1024,
        }
    }
}

/// File extensions read when walking a folder; anything else there is
/// skipped (a file named explicitly is always read).
const FOLDER_EXTENSIONS: &[&str] = &["txt", "text", "html", "htm", "json", "jsonl", "ndjson"];

/// Whether a file found in a folder (walked or watched) has an extension
/// newsflow reads.
pub(crate) fn has_folder_extension(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| FOLDER_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

#[derive(Debug, Deserialize)]
struct JsonRecord {
    id: Option<serde_json::Value>,
    url: Option<String>,
    title: Option<String>,
    text: Option<String>,
    html: Option<String>,
    published: Option<String>,
}

/// Reads one source given on the command line: a file, a folder, or `-` for
/// standard input. Failures are sent as [`Item::Failed`]; only a closed
/// channel stops the reading.
pub async fn read_source(spec: &str, tx: &Sink, limits: Limits) -> Result<(), Closed> {
    if spec == "-" {
        return read_stdin(tx, limits).await;
    }
    let path = PathBuf::from(spec);
    match tokio::fs::metadata(&path).await {
        Ok(m) if m.is_dir() => read_dir(&path, tx, limits).await,
        Ok(_) => read_file(&path, tx, limits).await,
        Err(e) => send(tx, fail(spec, format!("cannot read: {e}"))).await,
    }
}

async fn read_dir(root: &Path, tx: &Sink, limits: Limits) -> Result<(), Closed> {
    let mut stack = vec![root.to_path_buf()];
    let mut files = Vec::new();
    while let Some(dir) = stack.pop() {
        let mut entries = match tokio::fs::read_dir(&dir).await {
            Ok(e) => e,
            Err(e) => {
                folder_failed(tx, &dir, &e).await?;
                continue;
            }
        };
        loop {
            match entries.next_entry().await {
                Ok(Some(entry)) => {
                    let p = entry.path();
                    let hidden = p
                        .file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with('.'));
                    if hidden {
                        continue;
                    }
                    match entry.file_type().await {
                        Ok(t) if t.is_dir() => stack.push(p),
                        Ok(_) => {
                            if has_folder_extension(&p) {
                                files.push(p);
                            }
                        }
                        Err(e) => {
                            send(
                                tx,
                                fail(p.display().to_string(), format!("cannot stat: {e}")),
                            )
                            .await?
                        }
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    folder_failed(tx, &dir, &e).await?;
                    break;
                }
            }
        }
    }
    files.sort();
    for f in files {
        read_file(&f, tx, limits).await?;
    }
    Ok(())
}

async fn folder_failed(tx: &Sink, dir: &Path, e: &std::io::Error) -> Result<(), Closed> {
    send(
        tx,
        fail(
            dir.display().to_string(),
            format!("cannot list folder: {e}"),
        ),
    )
    .await
}

/// Reads one file according to its extension (`.jsonl` streamed line by
/// line, `.json` records, `.html`, anything else as text).
pub async fn read_file(path: &Path, tx: &Sink, limits: Limits) -> Result<(), Closed> {
    let source = path.display().to_string();
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if matches!(ext.as_str(), "jsonl" | "ndjson") {
        return read_jsonl_file(path, tx, limits).await;
    }
    let len = match tokio::fs::metadata(path).await {
        Ok(m) => m.len(),
        Err(e) => return send(tx, fail(source, format!("cannot read: {e}"))).await,
    };
    if len > limits.max_doc_bytes {
        let reason = format!(
            "file is {len} bytes, over the limit of {} bytes per document",
            limits.max_doc_bytes
        );
        return send(tx, fail(source, reason)).await;
    }
    let bytes = match tokio::fs::read(path).await {
        Ok(b) => b,
        Err(e) => return send(tx, fail(source, format!("cannot read: {e}"))).await,
    };
    let text = match decode(&bytes) {
        Ok(t) => t,
        Err(reason) => return send(tx, fail(source, reason)).await,
    };
    let item = match ext.as_str() {
        "json" => match parse_json_document(&text, &source) {
            Ok(docs) => {
                for d in docs {
                    send(tx, d).await?;
                }
                return Ok(());
            }
            Err(reason) => fail(source, reason),
        },
        "html" | "htm" => doc(source, Body::Html(text)),
        _ if looks_like_html(&text) => doc(source, Body::Html(text)),
        _ => doc(source, Body::Text(text)),
    };
    send(tx, item).await
}

async fn read_stdin(tx: &Sink, limits: Limits) -> Result<(), Closed> {
    let mut bytes = Vec::new();
    let mut stdin = tokio::io::stdin().take(limits.max_doc_bytes + 1);
    if let Err(e) = stdin.read_to_end(&mut bytes).await {
        return send(tx, fail("stdin", format!("cannot read: {e}"))).await;
    }
    if bytes.len() as u64 > limits.max_doc_bytes {
        return send(
            tx,
            fail(
                "stdin",
                format!(
                    "input is over the limit of {} bytes per document",
                    limits.max_doc_bytes
                ),
            ),
        )
        .await;
    }
    let item = match decode(&bytes) {
        Ok(t) if looks_like_html(&t) => doc("stdin".into(), Body::Html(t)),
        Ok(t) => doc("stdin".into(), Body::Text(t)),
        Err(reason) => fail("stdin", reason),
    };
    send(tx, item).await
}

/// Streams a JSON Lines file one record at a time, so memory stays bounded
/// whatever the file's size.
async fn read_jsonl_file(path: &Path, tx: &Sink, limits: Limits) -> Result<(), Closed> {
    let source = path.display().to_string();
    let file = match tokio::fs::File::open(path).await {
        Ok(f) => f,
        Err(e) => return send(tx, fail(source, format!("cannot read: {e}"))).await,
    };
    let mut reader = BufReader::with_capacity(1 << 16, file);
    let mut line = Vec::new();
    let mut n = 0usize;
    loop {
        line.clear();
        n += 1;
        let read = (&mut reader)
            .take(limits.max_doc_bytes + 1)
            .read_until(b'\n', &mut line)
            .await;
        match read {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                return send(
                    tx,
                    fail(format!("{source}:{n}"), format!("cannot read: {e}")),
                )
                .await
            }
        }
        if line.len() as u64 > limits.max_doc_bytes && !line.ends_with(b"\n") {
            send(
                tx,
                fail(
                    format!("{source}:{n}"),
                    format!("line is over the limit of {} bytes", limits.max_doc_bytes),
                ),
            )
            .await?;
            // Skip the rest of the overlong line.
            let mut rest = Vec::new();
            if reader.read_until(b'\n', &mut rest).await.is_err() {
                break;
            }
            continue;
        }
        let item = match decode(&line) {
            Ok(text) if text.trim().is_empty() => continue,
            Ok(text) => read_jsonl_line(&text, &format!("{source}:{n}")),
            Err(reason) => fail(format!("{source}:{n}"), reason),
        };
        send(tx, item).await?;
    }
    Ok(())
}

/// Parses one JSON record line into an item (a document, or a failure that
/// says what is wrong with the line).
pub fn read_jsonl_line(line: &str, source: &str) -> Item {
    match serde_json::from_str::<JsonRecord>(line) {
        Ok(r) => record_item(r, source),
        Err(e) => fail(source, format!("malformed JSON record: {e}")),
    }
}

fn parse_json_document(text: &str, source: &str) -> Result<Vec<Item>, String> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| format!("malformed JSON: {e}"))?;
    let records = match value {
        serde_json::Value::Array(items) => items,
        other => vec![other],
    };
    Ok(records
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            let src = format!("{source}#{i}");
            match serde_json::from_value::<JsonRecord>(v) {
                Ok(r) => record_item(r, &src),
                Err(e) => fail(src, format!("malformed JSON record: {e}")),
            }
        })
        .collect())
}

fn record_item(r: JsonRecord, source: &str) -> Item {
    let id = r.id.and_then(|v| match v {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    });
    let body = match (r.text, r.html) {
        (Some(t), _) if !t.trim().is_empty() => Body::Text(t),
        (_, Some(h)) if !h.trim().is_empty() => Body::Html(h),
        _ => {
            return fail(
                source,
                "record has no \"text\" or \"html\" field with content",
            )
        }
    };
    Item::Doc(RawDoc {
        source: source.to_owned(),
        id,
        url: r.url,
        title: r.title,
        published: r.published,
        body,
    })
}

fn doc(source: String, body: Body) -> Item {
    Item::Doc(RawDoc {
        source,
        id: None,
        url: None,
        title: None,
        published: None,
        body,
    })
}

/// Decodes bytes as UTF-8 text, refusing binary and empty input with a reason.
fn decode(bytes: &[u8]) -> Result<String, String> {
    let head = &bytes[..bytes.len().min(8192)];
    if memchr_nul(head) {
        return Err("binary file (contains NUL bytes), not text".into());
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "not valid UTF-8 (first invalid byte at offset {})",
            e.valid_up_to()
        )
    })?;
    if text.trim().is_empty() {
        return Err("empty document".into());
    }
    Ok(text.to_owned())
}

fn memchr_nul(b: &[u8]) -> bool {
    b.contains(&0)
}

fn looks_like_html(text: &str) -> bool {
    let head = text.trim_start();
    let mut cut = head.len().min(512);
    while !head.is_char_boundary(cut) {
        cut -= 1;
    }
    let lower = head[..cut].to_ascii_lowercase();
    lower.starts_with("<!doctype html") || lower.starts_with("<html")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_refuses_binary_invalid_and_empty() {
        assert!(decode(b"\x00\x01\x02ELF").unwrap_err().contains("binary"));
        assert!(decode(b"caf\xe9 au lait").unwrap_err().contains("offset 3"));
        assert!(decode(b"  \n\t ").unwrap_err().contains("empty"));
        assert_eq!(
            decode("\u{feff}India said".as_bytes()).as_deref(),
            Ok("India said")
        );
    }

    #[test]
    fn jsonl_line_shapes() {
        match read_jsonl_line(
            r#"{"id": 7, "url": "https://x.test/a", "text": "Dar spoke."}"#,
            "f:1",
        ) {
            Item::Doc(d) => {
                assert_eq!(d.id.as_deref(), Some("7"));
                assert_eq!(d.body, Body::Text("Dar spoke.".into()));
            }
            other => panic!("expected a document, got {other:?}"),
        }
        assert!(matches!(
            read_jsonl_line(r#"{"id": "x", "title": "no body"}"#, "f:2"),
            Item::Failed(_)
        ));
        assert!(
            matches!(read_jsonl_line("{not json", "f:3"), Item::Failed(f) if f.reason.starts_with("malformed"))
        );
    }

    #[tokio::test]
    async fn folder_reads_known_extensions_and_records_bad_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("a.txt"), "India rejected mediation.").expect("write");
        std::fs::write(dir.path().join("b.bin.txt"), b"\x00\x00binary").expect("write");
        std::fs::write(
            dir.path().join("c.jsonl"),
            "{\"id\":\"1\",\"text\":\"One.\"}\nnot json\n",
        )
        .expect("write");
        std::fs::write(dir.path().join("notes.md"), "skipped").expect("write");
        let (tx, rx) = async_channel::bounded(16);
        read_source(&dir.path().display().to_string(), &tx, Limits::default())
            .await
            .expect("open channel");
        drop(tx);
        let mut docs = 0;
        let mut failures = Vec::new();
        while let Ok(item) = rx.recv().await {
            match item {
                Item::Doc(_) => docs += 1,
                Item::Failed(f) => failures.push(f.source),
            }
        }
        assert_eq!(docs, 2);
        assert_eq!(failures.len(), 2, "{failures:?}");
        assert!(failures.iter().any(|s| s.ends_with("c.jsonl:2")));
    }
}
