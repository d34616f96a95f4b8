//! End-to-end tests: the real `newsflow` binary against real SQLite files.

use assert_cmd::Command;
use rusqlite::Connection;
use std::path::{Path, PathBuf};

fn newsflow() -> Command {
    let mut c = Command::cargo_bin("newsflow").expect("binary builds");
    c.env_remove("RUST_LOG");
    c
}

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("samples")
}

fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0))
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

fn ingest_samples(db: &Path) -> std::process::Output {
    newsflow()
        .args(["ingest", "--no-progress", "--db"])
        .arg(db)
        .arg(samples())
        .output()
        .expect("runs")
}

#[test]
fn samples_ingest_with_exact_spans_covering_sentences_and_idempotent_reingest() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("news.db");
    let out = ingest_samples(&db);
    assert!(
        out.status.success(),
        "ingest failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );

    let conn = Connection::open(&db).expect("open");
    let txt_files = std::fs::read_dir(samples())
        .expect("samples")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "txt"))
        })
        .count();
    let jsonl_records = std::fs::read_to_string(samples().join("wire.jsonl"))
        .expect("jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .count();
    let docs = count(&conn, "SELECT count(*) FROM documents");
    assert!(txt_files >= 20);
    assert!(
        docs as usize >= txt_files + jsonl_records,
        "{docs} documents for {txt_files} txt + {jsonl_records} jsonl"
    );
    assert_eq!(count(&conn, "SELECT count(*) FROM failures"), 0);
    // The republished wire story is stored once more, marked as a near-duplicate, without annotations.
    assert!(
        count(
            &conn,
            "SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL"
        ) >= 1
    );
    assert_eq!(count(&conn, "SELECT count(*) FROM sentences s JOIN documents d ON d.id = s.doc WHERE d.duplicate_of IS NOT NULL"), 0);
    assert!(count(&conn, "SELECT count(*) FROM entities") > 100);

    // Every span is exactly its text, counted in characters (SPEC §1).
    for (table, start, end, text) in [
        ("sentences", "start", "end", "text"),
        ("entities", "start", "end", "text"),
        ("quotes", "start", "end", "text"),
        ("stances", "cue_start", "cue_end", "cue_text"),
        ("stances", "target_start", "target_end", "target_text"),
        ("stances", "holder_start", "holder_end", "holder_text"),
        ("quotes", "speaker_start", "speaker_end", "speaker_text"),
    ] {
        let bad = count(
            &conn,
            &format!("SELECT count(*) FROM {table} x JOIN documents d ON d.id = x.doc WHERE x.{start} IS NOT NULL AND substr(d.text, x.{start} + 1, x.{end} - x.{start}) != x.{text}"),
        );
        assert_eq!(bad, 0, "{table}.{text} spans that are not their text");
    }

    // Sentences are ordered, disjoint, trimmed, and cover all non-whitespace.
    let mut stmt = conn
        .prepare("SELECT id, text FROM documents WHERE duplicate_of IS NULL")
        .expect("prepare");
    let documents: Vec<(i64, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query")
        .map(|r| r.expect("row"))
        .collect();
    for (id, text) in documents {
        let chars: Vec<char> = text.chars().collect();
        let mut covered = vec![false; chars.len()];
        let mut s = conn
            .prepare_cached("SELECT start, end FROM sentences WHERE doc = ?1 ORDER BY idx")
            .expect("prepare");
        let spans: Vec<(usize, usize)> = s
            .query_map([id], |r| {
                Ok((r.get::<_, i64>(0)? as usize, r.get::<_, i64>(1)? as usize))
            })
            .expect("q")
            .map(|r| r.expect("row"))
            .collect();
        let mut prev_end = 0;
        for (a, b) in spans {
            assert!(
                a >= prev_end && a < b && b <= chars.len(),
                "doc {id}: bad sentence [{a},{b})"
            );
            assert!(
                !chars[a].is_whitespace() && !chars[b - 1].is_whitespace(),
                "doc {id}: untrimmed sentence"
            );
            covered[a..b].iter_mut().for_each(|c| *c = true);
            prev_end = b;
        }
        let uncovered = chars
            .iter()
            .zip(&covered)
            .filter(|(c, cov)| !c.is_whitespace() && !**cov)
            .count();
        assert_eq!(
            uncovered, 0,
            "doc {id}: {uncovered} non-whitespace characters outside sentences"
        );
    }

    // Every stored sentence is in the full-text index, with stemming.
    assert_eq!(
        count(&conn, "SELECT count(*) FROM sentences_fts"),
        count(&conn, "SELECT count(*) FROM sentences")
    );
    assert!(
        count(
            &conn,
            "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'mediate'"
        ) >= 2
    );

    // Re-ingesting the same samples adds nothing and says so.
    let again = ingest_samples(&db);
    assert!(again.status.success());
    let stdout = String::from_utf8_lossy(&again.stdout);
    assert!(stdout.contains("nothing new"), "{stdout}");
    assert_eq!(count(&conn, "SELECT count(*) FROM documents"), docs);
}

#[test]
fn bad_inputs_are_recorded_and_good_ones_stored_exit_code_1() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("in");
    std::fs::create_dir(&input).expect("mkdir");
    std::fs::write(
        input.join("good.txt"),
        "India rejected third-party mediation, the minister said on Tuesday.",
    )
    .expect("write");
    std::fs::write(
        input.join("latin1.txt"),
        b"Caf\xe9 talks collapsed in Paris.",
    )
    .expect("write");
    std::fs::write(input.join("binary.txt"), b"\x7fELF\x00\x00\x01\x02").expect("write");
    std::fs::write(input.join("empty.txt"), "  \n\n ").expect("write");
    std::fs::write(
        input.join("feed.jsonl"),
        "{\"id\":\"a\",\"text\":\"Pakistan said it is willing to hold talks.\"}\n{broken json\n{\"id\":\"c\",\"title\":\"no text\"}\n",
    )
    .expect("write");
    let db = dir.path().join("news.db");
    let out = newsflow()
        .args(["ingest", "--no-progress", "--db"])
        .arg(&db)
        .arg(&input)
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(1),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let conn = Connection::open(&db).expect("open");
    assert_eq!(count(&conn, "SELECT count(*) FROM documents"), 2);
    assert_eq!(count(&conn, "SELECT count(*) FROM failures"), 5);
    let reasons: Vec<String> = conn
        .prepare("SELECT source || ': ' || reason FROM failures ORDER BY source")
        .expect("prepare")
        .query_map([], |r| r.get(0))
        .expect("query")
        .map(|r| r.expect("row"))
        .collect();
    let all = reasons.join("\n");
    for needle in [
        "binary",
        "UTF-8",
        "empty",
        "malformed JSON",
        "feed.jsonl:2",
        "feed.jsonl:3",
    ] {
        assert!(
            all.contains(needle),
            "no failure mentions {needle:?}:\n{all}"
        );
    }
}

#[test]
fn stdin_ingest_and_query_is_read_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("news.db");
    newsflow()
        .args(["ingest", "-", "--no-progress", "--db"])
        .arg(&db)
        .write_stdin("Dar claimed that New Delhi was against outside intervention.\n\n“We don’t want to push the conversation,” Dar continued.")
        .assert()
        .success();
    let out = newsflow()
        .args(["query", "--format", "json", "--db"])
        .arg(&db)
        .arg("SELECT count(*) AS n FROM documents")
        .output()
        .expect("runs");
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), r#"{"n":1}"#);

    for sql in [
        "DELETE FROM documents",
        "DROP TABLE sentences",
        "INSERT INTO failures (source, reason) VALUES ('x', 'y')",
    ] {
        let out = newsflow()
            .args(["query", "--db"])
            .arg(&db)
            .arg(sql)
            .output()
            .expect("runs");
        assert!(!out.status.success(), "{sql} was allowed");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("readonly"),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let conn = Connection::open(&db).expect("open");
    assert_eq!(count(&conn, "SELECT count(*) FROM documents"), 1);
    assert!(count(&conn, "SELECT count(*) FROM sentences") >= 2);

    let csv = newsflow()
        .args(["query", "--format", "csv", "--db"])
        .arg(&db)
        .arg("SELECT idx, text FROM sentences ORDER BY idx")
        .output()
        .expect("runs");
    let csv = String::from_utf8_lossy(&csv.stdout);
    assert!(csv.starts_with("idx,text\n0,Dar claimed"), "{csv}");
}

#[test]
fn database_from_a_newer_version_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("future.db");
    Connection::open(&db)
        .expect("create")
        .pragma_update(None, "user_version", 999)
        .expect("pragma");
    let out = newsflow()
        .args(["ingest", "-", "--no-progress", "--db"])
        .arg(&db)
        .write_stdin("Some text.")
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("schema version 999") && err.contains("newer"),
        "{err}"
    );
}

#[test]
fn tag_output_validates_against_the_record_schema() {
    let text = std::fs::read_to_string(samples().join("01-india-pakistan-talks.txt")).unwrap_or_else(|_| {
        "Pakistan’s Foreign Minister Ishaq Dar said India rejected mediation.\n\n“We are eager to talk,” Dar said.".into()
    });
    let out = newsflow()
        .arg("tag")
        .write_stdin(text)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let record: serde_json::Value = serde_json::from_slice(&out.stdout).expect("tag prints JSON");
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/record.schema.json"),
        )
        .expect("schema"),
    )
    .expect("schema JSON");
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&record)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let text: Vec<char> = record["text"].as_str().expect("text").chars().collect();
    for e in record["entities"].as_array().expect("entities") {
        let (a, b) = (
            e["start"].as_u64().expect("start") as usize,
            e["end"].as_u64().expect("end") as usize,
        );
        assert_eq!(
            text[a..b].iter().collect::<String>(),
            e["text"].as_str().expect("text")
        );
    }
    assert!(!record["entities"].as_array().expect("entities").is_empty());
}

#[test]
fn tag_jsonl_keeps_order_and_split_prints_character_offsets() {
    let input = "{\"id\":\"b\",\"text\":\"Second doc. It has two sentences.\"}\n{\"id\":\"a\",\"text\":\"First “doc”.\"}\n";
    let out = newsflow()
        .args(["tag", "--jsonl"])
        .write_stdin(input)
        .output()
        .expect("runs");
    assert!(out.status.success());
    let ids: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).expect("record line")["id"]
                .as_str()
                .expect("id")
                .to_owned()
        })
        .collect();
    assert_eq!(ids, ["b", "a"]);

    let out = newsflow()
        .arg("split")
        .write_stdin("“Talks,” he said. Then he left.")
        .output()
        .expect("runs");
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["start"], 18);
    assert_eq!(lines[1]["text"], "Then he left.");
}

#[test]
fn usage_errors_exit_2() {
    let out = newsflow().args(["ingest"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let out = newsflow().args(["frobnicate"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
}

/// A minimal HTTP/1.1 server on loopback serving fixed routes, one
/// connection at a time (enough for the sequential one-shot ingest).
fn serve(routes: impl FnOnce(&str) -> Vec<(&'static str, u16, &'static str, String)>) -> String {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let routes = routes(&base);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().expect("clone"));
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).is_err() {
                continue;
            }
            loop {
                let mut header = String::new();
                if reader.read_line(&mut header).map_or(true, |n| n == 0) || header == "\r\n" {
                    break;
                }
            }
            let path = request_line
                .split_whitespace()
                .nth(1)
                .unwrap_or("/")
                .to_owned();
            let (status, ctype, body) = routes.iter().find(|(p, ..)| *p == path).map_or(
                (404, "text/plain", "not found".to_owned()),
                |(_, s, c, b)| (*s, *c, b.clone()),
            );
            let response = format!(
                "HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = stream.write_all(response.as_bytes());
        }
    });
    base
}

#[test]
fn urls_and_feeds_over_real_http_with_failures_recorded_and_no_refetch() {
    let html = std::fs::read_to_string(samples().join("html/un-security-council-haiti.html"))
        .expect("sample html");
    let second = std::fs::read_to_string(samples().join("html/india-china-border-talks.html"))
        .expect("sample html");
    let feed = |base: &str| -> String {
        format!(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><link>{base}/</link><description>d</description>\
             <item><title>One</title><link>{base}/one.html</link><guid>one</guid></item>\
             <item><title>Broken</title><link>{base}/broken.html</link><guid>broken</guid></item>\
             </channel></rss>"
        )
    };
    let base = serve(|base| {
        vec![
            (
                "/article.html",
                200,
                "text/html; charset=utf-8",
                html.clone(),
            ),
            ("/one.html", 200, "text/html; charset=utf-8", second),
            ("/broken.html", 500, "text/plain", "boom".into()),
            ("/feed.xml", 200, "application/rss+xml", feed(base)),
        ]
    });
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("news.db");
    let out = newsflow()
        .args(["ingest", "--no-progress", "--db"])
        .arg(&db)
        .arg(format!("{base}/article.html"))
        .arg(format!("{base}/missing.html"))
        .args(["--feed", &format!("{base}/feed.xml")])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "stdout {} stderr {stderr}",
        String::from_utf8_lossy(&out.stdout)
    );
    let conn = Connection::open(&db).expect("open");
    assert_eq!(
        count(&conn, "SELECT count(*) FROM documents"),
        2,
        "article and the good feed item"
    );
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM documents WHERE title IS NOT NULL AND url IS NOT NULL"
        ),
        2
    );
    assert!(
        count(
            &conn,
            "SELECT count(*) FROM documents WHERE text LIKE '%Security Council%'"
        ) >= 1
    );
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM documents WHERE text LIKE '%cookie%' OR text LIKE '%function(%'"
        ),
        0,
        "boilerplate leaked into text"
    );
    let failures: Vec<String> = conn
        .prepare("SELECT source || ' ' || reason FROM failures ORDER BY source")
        .expect("prepare")
        .query_map([], |r| r.get(0))
        .expect("query")
        .map(|r| r.expect("row"))
        .collect();
    assert_eq!(failures.len(), 2, "{failures:?}");
    assert!(
        failures
            .iter()
            .any(|f| f.contains("missing.html") && f.contains("404")),
        "{failures:?}"
    );
    assert!(
        failures
            .iter()
            .any(|f| f.contains("broken.html") && f.contains("500")),
        "{failures:?}"
    );

    // Second run: the stored feed item is not fetched again.
    let out = newsflow()
        .args(["ingest", "--no-progress", "--db"])
        .arg(&db)
        .args(["--feed", &format!("{base}/feed.xml")])
        .output()
        .expect("runs");
    assert_eq!(
        count(&conn, "SELECT count(*) FROM documents"),
        2,
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
