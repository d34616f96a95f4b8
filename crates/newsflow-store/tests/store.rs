//! The writer's guarantees, on real SQLite files.

use newsflow_record::{CueRec, Record, SpanRec, StanceRec};
use newsflow_store::{DocOutcome, NewDoc, Reader, Store, Write};

fn doc(id: &str, text: &str) -> NewDoc {
    let sentences = vec![SpanRec {
        start: 0,
        end: text.chars().count(),
        text: text.to_owned(),
    }];
    NewDoc {
        record: Record {
            id: id.to_owned(),
            url: None,
            title: None,
            published: None,
            text: text.to_owned(),
            sentences,
            entities: Vec::new(),
            stances: Vec::new(),
            quotes: Vec::new(),
        },
        source: format!("test:{id}"),
        content_hash: fnv_hex(text),
        dedup_key: format!("hash:{}", fnv_hex(text)),
        minhash: newsflow_text::neardup::Signature::of(text),
        duplicate_of: None,
    }
}

fn fnv_hex(text: &str) -> String {
    // A stand-in content hash: unique per text is all the store needs.
    format!(
        "{:x}",
        text.bytes()
            .fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b))
                .wrapping_mul(0x100_0000_01b3))
    )
}

fn count(db: &std::path::Path, sql: &str) -> i64 {
    let r = Reader::open(db).expect("reader");
    r.query(sql).expect("query").rows[0][0]
        .as_i64()
        .expect("integer")
}

#[test]
fn each_document_is_all_or_nothing_within_a_batch() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("t.db");
    let mut store = Store::open(&db).expect("open");
    let good = doc("good", "India rejected third-party mediation.");
    let mut bad = doc("bad", "Pakistan said it is willing to talk.");
    // A stance whose polarity violates the schema's CHECK constraint makes
    // this document fail after its sentences were already inserted.
    bad.record.stances.push(StanceRec {
        sentence: 0,
        holder: None,
        cue: CueRec {
            start: 0,
            end: 8,
            text: "Pakistan".into(),
            lemma: "x".into(),
        },
        target: None,
        polarity: "sideways".into(),
        negated: false,
        event: None,
        reported_by: None,
        confidence: 0.5,
    });
    let later = doc("later", "The minister spoke on Tuesday.");
    let out = store
        .write_batch(vec![
            Write::Doc(Box::new(good)),
            Write::Doc(Box::new(bad)),
            Write::Doc(Box::new(later)),
        ])
        .expect("batch commits");
    assert!(matches!(out.docs[0], DocOutcome::Inserted(_)));
    assert!(
        matches!(&out.docs[1], DocOutcome::Failed(reason) if reason.contains("CHECK")),
        "{:?}",
        out.docs[1]
    );
    assert!(matches!(out.docs[2], DocOutcome::Inserted(_)));
    drop(store);
    assert_eq!(count(&db, "SELECT count(*) FROM documents"), 2);
    assert_eq!(
        count(&db, "SELECT count(*) FROM sentences"),
        2,
        "the failed document left no sentences behind"
    );
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM failures WHERE source = 'test:bad'"
        ),
        1
    );
}

#[test]
fn duplicates_by_key_and_near_duplicates_by_minhash() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("t.db");
    let mut store = Store::open(&db).expect("open");
    let story = "India categorically rejected third-party mediation during the operation, characterizing all issues \
        with Pakistan as entirely bilateral, the foreign minister said. Dar recalled that India had flatly denied any \
        American involvement in mediating the ceasefire between the two nuclear-armed nations on May 10, emphasizing \
        that the truce was reached after direct discussions between the military operations chiefs of both sides.";
    let first = doc("first", story);
    let same = doc("same", story);
    let republished = doc(
        "copy",
        &format!("{story} Additional reporting by the wire desk."),
    );
    let out = store
        .write_batch(vec![
            Write::Doc(Box::new(first)),
            Write::Doc(Box::new(same)),
            Write::Doc(Box::new(republished)),
        ])
        .expect("batch");
    let DocOutcome::Inserted(first_id) = out.docs[0] else {
        panic!("{:?}", out.docs[0])
    };
    assert_eq!(out.docs[1], DocOutcome::Duplicate);
    assert!(
        matches!(out.docs[2], DocOutcome::NearDuplicate { of, .. } if of == first_id),
        "{:?}",
        out.docs[2]
    );
    drop(store);
    assert_eq!(count(&db, "SELECT count(*) FROM documents"), 2);
    assert_eq!(
        count(&db, "SELECT count(*) FROM sentences"),
        1,
        "the near-duplicate is not annotated again"
    );
}

#[test]
fn reopening_is_idempotent_and_reader_cannot_write() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("t.db");
    drop(Store::open(&db).expect("create"));
    drop(Store::open(&db).expect("reopen"));
    let r = Reader::open(&db).expect("reader");
    assert_eq!(
        r.query("PRAGMA user_version").expect("pragma").rows[0][0],
        newsflow_store::SCHEMA_VERSION
    );
    let err = r.query("CREATE TABLE x (a)").expect_err("read-only");
    assert!(err.to_string().contains("readonly"), "{err}");
    assert!(Reader::open(&dir.path().join("missing.db")).is_err());
}

#[test]
fn a_database_from_the_first_schema_upgrades_its_full_text_index() {
    // Migration 1 indexed sentences with an insert trigger and no stemming;
    // the writer now indexes each batch itself. An old database must end up
    // with the trigger gone (or every sentence would be indexed twice) and
    // its existing sentences searchable with stemming.
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("old.db");
    {
        let conn = rusqlite::Connection::open(&db).expect("open");
        conn.execute_batch(include_str!("../../../schemas/0001_init.sql"))
            .expect("schema 1");
        conn.execute_batch(
            "PRAGMA user_version = 1;
             INSERT INTO sources (location) VALUES ('old');
             INSERT INTO documents (doc_id, source_id, text, chars, content_hash, dedup_key)
                 VALUES ('old', 1, 'India rejected mediation.', 25, 'h', 'hash:h');
             INSERT INTO sentences (doc, idx, start, end, text)
                 VALUES (1, 0, 0, 25, 'India rejected mediation.');",
        )
        .expect("an old document");
    }
    let mut store = Store::open(&db).expect("migrates");
    store
        .write_batch(vec![Write::Doc(Box::new(doc(
            "new",
            "Pakistan rejects any mediation offer.",
        )))])
        .expect("write");
    drop(store);
    let fts = "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH";
    assert_eq!(
        count(&db, &format!("{fts} 'rejecting'")),
        2,
        "stemmed, both"
    );
    assert_eq!(count(&db, &format!("{fts} 'mediation'")), 2, "each once");
    let conn = rusqlite::Connection::open(&db).expect("open");
    conn.execute(
        "INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')",
        [],
    )
    .expect("the index matches its sentences");
    let triggers: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'sentences_fts_insert'",
            [],
            |r| r.get(0),
        )
        .expect("query");
    assert_eq!(triggers, 0);
}
