//! The real daemon process and real signals: SIGTERM drains, commits and
//! exits 0 within seconds; a second signal during the drain exits at once.

use std::io::Write;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn spawn(dir: &std::path::Path) -> Child {
    let cfg = dir.join("newsflow.toml");
    let mut f = std::fs::File::create(&cfg).expect("config");
    write!(
        f,
        "db = \"news.db\"\nworkers = 1\n[metrics]\nlisten = \"\"\n[[folder]]\npath = \"inbox\"\nstable_ms = 100\n"
    )
    .expect("write config");
    Command::new(env!("CARGO_BIN_EXE_newsflow-daemon"))
        .arg("--config")
        .arg(&cfg)
        .env("RUST_LOG", "info")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn daemon")
}

fn signal(child: &Child, sig: &str) {
    let ok = Command::new("kill")
        .arg(format!("-{sig}"))
        .arg(child.id().to_string())
        .status()
        .expect("kill")
        .success();
    assert!(ok, "kill -{sig}");
}

fn wait(child: &mut Child, timeout: Duration) -> Option<i32> {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            return status.code();
        }
        if started.elapsed() > timeout {
            let _ = child.kill();
            panic!("daemon still running after {timeout:?}");
        }
        std::thread::sleep(Duration::from_millis(25));
    }
}

fn documents(dir: &std::path::Path) -> i64 {
    rusqlite::Connection::open(dir.join("news.db"))
        .and_then(|c| c.query_row("SELECT count(*) FROM documents", [], |r| r.get(0)))
        .unwrap_or(0)
}

#[test]
fn sigterm_drains_commits_and_exits_zero() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut child = spawn(dir.path());
    // The daemon creates its inbox.
    let started = Instant::now();
    while !dir.path().join("inbox").exists() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "inbox not created"
        );
        std::thread::sleep(Duration::from_millis(25));
    }
    std::fs::write(
        dir.path().join("inbox/a.txt"),
        "India rejected mediation on Monday, the foreign ministry said in New Delhi.",
    )
    .expect("write");
    let started = Instant::now();
    while documents(dir.path()) < 1 {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "file not ingested"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let t = Instant::now();
    signal(&child, "TERM");
    assert_eq!(wait(&mut child, Duration::from_secs(10)), Some(0));
    assert!(t.elapsed() < Duration::from_secs(5), "{:?}", t.elapsed());
    assert_eq!(documents(dir.path()), 1);
    let c = rusqlite::Connection::open(dir.path().join("news.db")).expect("open");
    let check: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity");
    assert_eq!(check, "ok");
}

#[test]
fn second_signal_exits_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut child = spawn(dir.path());
    // Let it start (the database appears), then signal twice.
    let started = Instant::now();
    while !dir.path().join("news.db").exists() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "daemon did not start"
        );
        std::thread::sleep(Duration::from_millis(25));
    }
    std::thread::sleep(Duration::from_millis(300));
    signal(&child, "INT");
    signal(&child, "INT");
    let code = wait(&mut child, Duration::from_secs(10));
    assert!(matches!(code, Some(0) | Some(130)), "{code:?}");
    let c = rusqlite::Connection::open(dir.path().join("news.db")).expect("open");
    let check: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity");
    assert_eq!(check, "ok");
}
