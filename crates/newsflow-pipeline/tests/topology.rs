//! Topology behaviour: backpressure and no loss of accepted documents.

use newsflow_fetch::{Body, Failure, Item, RawDoc};
use newsflow_pipeline::{start, PipelineConfig};
use rusqlite::Connection;

fn article(i: usize) -> Item {
    Item::Doc(RawDoc {
        source: format!("gen:{i}"),
        id: Some(format!("doc-{i}")),
        url: None,
        title: None,
        published: None,
        body: Body::Text(format!(
            "Article {i}. Pakistan’s Foreign Minister Ishaq Dar said on May {d} that India rejected mediation. \
             “We are eager to engage in dialogue,” Dar continued. The talks number {i} ended without agreement.",
            d = i % 28 + 1
        )),
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_pipeline_pushes_back_and_loses_nothing_it_accepted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("t.db");
    let cfg = PipelineConfig {
        db: db.clone(),
        workers: 1,
        queue: 2,
        batch: 8,
        ..PipelineConfig::default()
    };
    let running = start(cfg).expect("starts");
    let sink = running.sink();

    // Offer far more than the queues hold without waiting: the bounded input
    // must refuse some (backpressure) instead of buffering everything.
    let mut accepted = 0usize;
    let mut refused = 0usize;
    for i in 0..2_000 {
        match sink.try_send(article(i)) {
            Ok(()) => accepted += 1,
            Err(async_channel::TrySendError::Full(_)) => refused += 1,
            Err(e) => panic!("pipeline closed early: {e}"),
        }
    }
    assert!(
        refused > 0,
        "a queue of 2 accepted all {accepted} documents at once"
    );
    // Waiting sends always get through.
    for i in 2_000..2_050 {
        sink.send(article(i)).await.expect("pipeline open");
        accepted += 1;
    }
    sink.send(Item::Failed(Failure {
        source: "gen:bad".into(),
        reason: "unreadable".into(),
    }))
    .await
    .expect("open");
    drop(sink);
    let summary = running.finish().await.expect("drains");
    assert_eq!(summary.documents as usize, accepted);
    assert_eq!(summary.failures, 1);

    let conn = Connection::open(&db).expect("open");
    let docs: i64 = conn
        .query_row("SELECT count(*) FROM documents", [], |r| r.get(0))
        .expect("count");
    assert_eq!(docs as usize, accepted, "every accepted document is stored");
    let runs: i64 = conn
        .query_row("SELECT count(*) FROM runs", [], |r| r.get(0))
        .expect("count");
    assert_eq!(runs, 1);
}
