//! The daemon's TOML configuration (see `newsflow.example.toml`).

use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::DaemonError;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DaemonConfig {
    /// SQLite database (created if missing).
    pub db: PathBuf,
    /// Workers per CPU-bound stage; default: number of cores.
    #[serde(default)]
    pub workers: Option<usize>,
    /// Capacity of each pipeline queue.
    #[serde(default = "default_queue")]
    pub queue: usize,
    /// `text` or `json`; read by the binary when it sets up logging.
    #[serde(default = "default_log_format")]
    pub log_format: String,
    /// Seconds allowed on SIGINT/SIGTERM for in-flight fetches to finish
    /// before they are abandoned (they are fetched again after a restart);
    /// the pipeline then drains and commits.
    #[serde(default = "default_grace")]
    pub shutdown_grace_secs: f64,
    #[serde(default)]
    pub limits: LimitsConfig,
    #[serde(default)]
    pub http: HttpSection,
    #[serde(default)]
    pub metrics: MetricsConfig,
    #[serde(default, rename = "feed")]
    pub feeds: Vec<FeedConfig>,
    #[serde(default, rename = "folder")]
    pub folders: Vec<FolderConfig>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedConfig {
    pub url: String,
    /// Seconds between polls.
    #[serde(default = "default_interval")]
    pub interval_secs: f64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FolderConfig {
    pub path: PathBuf,
    /// A file is read once unchanged for this long (milliseconds).
    #[serde(default = "default_stable_ms")]
    pub stable_ms: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitsConfig {
    /// Largest document read from a file or fetched, in bytes.
    #[serde(default = "default_max_doc")]
    pub max_doc_bytes: u64,
}

impl Default for LimitsConfig {
    fn default() -> Self {
        LimitsConfig {
            max_doc_bytes: default_max_doc(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct HttpSection {
    pub connect_timeout_secs: f64,
    pub timeout_secs: f64,
    pub max_redirects: usize,
    pub retries: u32,
    pub backoff_base_ms: u64,
    pub backoff_max_secs: f64,
    pub per_host_concurrency: usize,
    pub politeness_delay_ms: u64,
    pub user_agent: Option<String>,
}

impl Default for HttpSection {
    fn default() -> Self {
        let d = newsflow_fetch::HttpConfig::default();
        HttpSection {
            connect_timeout_secs: d.connect_timeout.as_secs_f64(),
            timeout_secs: d.timeout.as_secs_f64(),
            max_redirects: d.max_redirects,
            retries: d.retries,
            backoff_base_ms: d.backoff_base.as_millis() as u64,
            backoff_max_secs: d.backoff_max.as_secs_f64(),
            per_host_concurrency: d.per_host_concurrency,
            politeness_delay_ms: d.politeness_delay.as_millis() as u64,
            user_agent: None,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricsConfig {
    /// Address of `/healthz` and `/metrics`; keep it on loopback. An empty
    /// string disables the endpoint.
    #[serde(default = "default_listen")]
    pub listen: String,
}

impl Default for MetricsConfig {
    fn default() -> Self {
        MetricsConfig {
            listen: default_listen(),
        }
    }
}

fn default_queue() -> usize {
    256
}
fn default_log_format() -> String {
    "text".into()
}
fn default_grace() -> f64 {
    3.0
}
fn default_interval() -> f64 {
    300.0
}
fn default_stable_ms() -> u64 {
    1000
}
fn default_max_doc() -> u64 {
    newsflow_fetch::Limits::default().max_doc_bytes
}
fn default_listen() -> String {
    "127.0.0.1:9464".into()
}

fn secs(s: f64, what: &str) -> Result<Duration, DaemonError> {
    Duration::try_from_secs_f64(s).map_err(|_| {
        DaemonError::Config(format!(
            "{what} must be a non-negative number of seconds, got {s}"
        ))
    })
}

impl DaemonConfig {
    /// Reads and checks a TOML file; relative paths in it are taken relative
    /// to the file's folder.
    pub fn from_toml_file(path: &Path) -> Result<DaemonConfig, DaemonError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| DaemonError::Config(format!("cannot read {}: {e}", path.display())))?;
        let mut cfg = DaemonConfig::from_toml_str(&text)
            .map_err(|e| DaemonError::Config(format!("{}: {e}", path.display())))?;
        if let Some(dir) = path.parent() {
            if cfg.db.is_relative() {
                cfg.db = dir.join(&cfg.db);
            }
            for f in &mut cfg.folders {
                if f.path.is_relative() {
                    f.path = dir.join(&f.path);
                }
            }
        }
        Ok(cfg)
    }

    pub fn from_toml_str(text: &str) -> Result<DaemonConfig, DaemonError> {
        let cfg: DaemonConfig =
            toml::from_str(text).map_err(|e| DaemonError::Config(e.to_string()))?;
        cfg.check()?;
        Ok(cfg)
    }

    fn check(&self) -> Result<(), DaemonError> {
        for f in &self.feeds {
            newsflow_fetch::http::parse_http_url(&f.url)
                .map_err(|e| DaemonError::Config(format!("feed {:?}: {e}", f.url)))?;
            if f.interval_secs.is_nan() || f.interval_secs < 1.0 {
                return Err(DaemonError::Config(format!(
                    "feed {:?}: interval_secs must be at least 1",
                    f.url
                )));
            }
        }
        if !matches!(self.log_format.as_str(), "text" | "json") {
            return Err(DaemonError::Config(format!(
                "log_format must be \"text\" or \"json\", got {:?}",
                self.log_format
            )));
        }
        self.metrics_addr()?;
        self.http_config()?;
        secs(self.shutdown_grace_secs, "shutdown_grace_secs")?;
        Ok(())
    }

    /// The metrics address, `None` when disabled.
    pub fn metrics_addr(&self) -> Result<Option<SocketAddr>, DaemonError> {
        if self.metrics.listen.trim().is_empty() {
            return Ok(None);
        }
        self.metrics.listen.parse().map(Some).map_err(|e| {
            DaemonError::Config(format!("metrics.listen {:?}: {e}", self.metrics.listen))
        })
    }

    pub fn http_config(&self) -> Result<newsflow_fetch::HttpConfig, DaemonError> {
        let h = &self.http;
        let mut c = newsflow_fetch::HttpConfig {
            connect_timeout: secs(h.connect_timeout_secs, "http.connect_timeout_secs")?,
            timeout: secs(h.timeout_secs, "http.timeout_secs")?,
            max_body_bytes: self.limits.max_doc_bytes,
            max_redirects: h.max_redirects,
            retries: h.retries,
            backoff_base: Duration::from_millis(h.backoff_base_ms),
            backoff_max: secs(h.backoff_max_secs, "http.backoff_max_secs")?,
            per_host_concurrency: h.per_host_concurrency.max(1),
            politeness_delay: Duration::from_millis(h.politeness_delay_ms),
            ..newsflow_fetch::HttpConfig::default()
        };
        if let Some(ua) = &h.user_agent {
            c.user_agent = ua.clone();
        }
        Ok(c)
    }

    pub fn shutdown_grace(&self) -> Duration {
        Duration::try_from_secs_f64(self.shutdown_grace_secs).unwrap_or(Duration::from_secs(3))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_config_parses() {
        let text = include_str!("../../../newsflow.example.toml");
        let cfg = DaemonConfig::from_toml_str(text).expect("example config");
        assert!(!cfg.feeds.is_empty());
        assert_eq!(
            cfg.metrics_addr()
                .expect("addr")
                .map(|a| a.ip().is_loopback()),
            Some(true)
        );
    }

    #[test]
    fn bad_configs_say_what_is_wrong() {
        for (toml, want) in [
            ("db = 1", "invalid type"),
            (
                "db = \"x.db\"\n[[feed]]\nurl = \"ftp://a.test/f\"",
                "scheme",
            ),
            (
                "db = \"x.db\"\n[[feed]]\nurl = \"https://a.test/f\"\ninterval_secs = 0",
                "at least 1",
            ),
            ("db = \"x.db\"\nlog_format = \"xml\"", "log_format"),
            (
                "db = \"x.db\"\n[metrics]\nlisten = \"nowhere\"",
                "metrics.listen",
            ),
            ("db = \"x.db\"\nfeeds = []", "unknown field"),
        ] {
            let e = DaemonConfig::from_toml_str(toml)
                .expect_err(toml)
                .to_string();
            assert!(e.contains(want), "{toml}: {e}");
        }
    }
}
