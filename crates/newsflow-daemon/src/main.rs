//! `newsflow-daemon --config FILE`: the daemon on its own (the `newsflow`
//! binary offers the same as `newsflow daemon --config FILE`). Exit codes:
//! 0 after a clean shutdown, 1 on an error, 2 on a usage error, 130 when a
//! second signal cut the drain short.

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let config = match (args.next().as_deref(), args.next(), args.next()) {
        (Some("--config"), Some(path), None) => std::path::PathBuf::from(path),
        _ => {
            eprintln!("usage: newsflow-daemon --config FILE");
            return ExitCode::from(2);
        }
    };
    let cfg = match newsflow_daemon::DaemonConfig::from_toml_file(&config) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("newsflow-daemon: {e}");
            return ExitCode::from(2);
        }
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if cfg.log_format == "json" {
        builder.json().init();
    } else {
        builder.init();
    }
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("newsflow-daemon: cannot start the runtime: {e}");
            return ExitCode::from(1);
        }
    };
    match runtime.block_on(newsflow_daemon::run(cfg)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(message = "Daemon failed.", error = %e);
            ExitCode::from(1)
        }
    }
}
