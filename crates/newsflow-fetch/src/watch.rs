//! Watched folders: files that appear or change in a folder (inotify
//! through `notify`) are reported once they are *stable* — size and
//! modification time unchanged for a short interval — so a file still being
//! written is never read half-way. Existing files are reported at start-up;
//! the caller decides (by path, size and mtime) which ones it has already
//! ingested.

use notify::{RecursiveMode, Watcher};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, UNIX_EPOCH};
use tokio::sync::mpsc;
use tokio::time::Instant;

#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    #[error("cannot watch {path}: {error}")]
    Watch { path: String, error: String },
}

/// A stable file, ready to be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StableFile {
    pub path: PathBuf,
    pub size: u64,
    /// Modification time, nanoseconds since the Unix epoch.
    pub mtime_ns: i64,
}

/// Keeps the inotify watches alive; dropping it stops watching.
pub struct FolderWatcher {
    _watcher: notify::RecommendedWatcher,
    _task: tokio::task::JoinHandle<()>,
}

/// Starts watching `folders` (recursively). Stable files arrive on the
/// returned receiver; a file is stable once its size and mtime have not
/// changed for `stable_for`.
pub fn watch_folders(
    folders: &[PathBuf],
    stable_for: Duration,
) -> Result<(FolderWatcher, mpsc::Receiver<StableFile>), WatchError> {
    let (raw_tx, mut raw_rx) = mpsc::unbounded_channel::<PathBuf>();
    let handler_tx = raw_tx.clone();
    let mut watcher =
        notify::recommended_watcher(move |res: notify::Result<notify::Event>| match res {
            Ok(ev) => {
                use notify::EventKind::*;
                if matches!(ev.kind, Create(_) | Modify(_) | Any | Other) {
                    for p in ev.paths {
                        let _ = handler_tx.send(p);
                    }
                }
            }
            Err(error) => tracing::warn!(message = "Folder watch error.", %error),
        })
        .map_err(|e| WatchError::Watch {
            path: String::new(),
            error: e.to_string(),
        })?;
    for f in folders {
        watcher
            .watch(f, RecursiveMode::Recursive)
            .map_err(|e| WatchError::Watch {
                path: f.display().to_string(),
                error: e.to_string(),
            })?;
    }
    // Files already there count as just changed.
    for f in folders {
        for p in list_files(f) {
            let _ = raw_tx.send(p);
        }
    }
    drop(raw_tx);

    let (tx, rx) = mpsc::channel(64);
    let tick = (stable_for / 4).clamp(Duration::from_millis(20), Duration::from_millis(500));
    let task = tokio::spawn(async move {
        // path -> (size, mtime, when it last changed)
        let mut pending: HashMap<PathBuf, (u64, i64, Instant)> = HashMap::new();
        let mut interval = tokio::time::interval(tick);
        let mut events_open = true;
        loop {
            tokio::select! {
                p = raw_rx.recv(), if events_open => match p {
                    Some(p) if wanted(&p) => {
                        if let Some((size, mtime)) = stat(&p).await {
                            let entry = pending.entry(p).or_insert((size, mtime, Instant::now()));
                            if (entry.0, entry.1) != (size, mtime) {
                                *entry = (size, mtime, Instant::now());
                            }
                        }
                    }
                    Some(_) => {}
                    None => events_open = false,
                },
                _ = interval.tick() => {
                    let mut ready = Vec::new();
                    let mut gone = Vec::new();
                    for (p, entry) in pending.iter_mut() {
                        match stat(p).await {
                            None => gone.push(p.clone()),
                            Some((size, mtime)) if (size, mtime) != (entry.0, entry.1) => {
                                *entry = (size, mtime, Instant::now());
                            }
                            Some((size, mtime)) if entry.2.elapsed() >= stable_for => {
                                ready.push(StableFile { path: p.clone(), size, mtime_ns: mtime });
                            }
                            Some(_) => {}
                        }
                    }
                    for p in gone {
                        pending.remove(&p);
                    }
                    for f in ready {
                        pending.remove(&f.path);
                        if tx.send(f).await.is_err() {
                            return;
                        }
                    }
                    if !events_open && pending.is_empty() {
                        return;
                    }
                }
            }
        }
    });
    Ok((
        FolderWatcher {
            _watcher: watcher,
            _task: task,
        },
        rx,
    ))
}

fn wanted(p: &Path) -> bool {
    let hidden = p
        .file_name()
        .and_then(|n| n.to_str())
        .is_none_or(|n| n.starts_with('.') || n.ends_with('~'));
    !hidden && crate::local::has_folder_extension(p)
}

async fn stat(p: &Path) -> Option<(u64, i64)> {
    let m = tokio::fs::metadata(p).await.ok()?;
    if !m.is_file() {
        return None;
    }
    let mtime = m
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as i64);
    Some((m.len(), mtime))
}

fn list_files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            match e.file_type() {
                Ok(t) if t.is_dir() => stack.push(p),
                Ok(t) if t.is_file() && wanted(&p) => out.push(p),
                _ => {}
            }
        }
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn reports_existing_and_new_files_once_stable() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("old.txt"), "India spoke.").expect("write");
        std::fs::write(dir.path().join("skip.md"), "not watched").expect("write");
        let (_w, mut rx) =
            watch_folders(&[dir.path().to_path_buf()], Duration::from_millis(200)).expect("watch");
        let first = tokio::time::timeout(Duration::from_secs(5), rx.recv())
            .await
            .expect("in time")
            .expect("a file");
        assert!(first.path.ends_with("old.txt"));

        // A file written in two halves is reported once, complete.
        let p = dir.path().join("new.txt");
        std::fs::write(&p, "Pakistan said").expect("write");
        tokio::time::sleep(Duration::from_millis(60)).await;
        std::fs::write(&p, "Pakistan said it was willing to talk.").expect("write");
        let f = tokio::time::timeout(Duration::from_secs(5), rx.recv())
            .await
            .expect("in time")
            .expect("a file");
        assert!(f.path.ends_with("new.txt"));
        assert_eq!(f.size, "Pakistan said it was willing to talk.".len() as u64);
        assert!(
            tokio::time::timeout(Duration::from_millis(500), rx.recv())
                .await
                .is_err(),
            "reported once"
        );
    }
}
