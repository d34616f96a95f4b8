//! The `newsflow` command line (SPEC §5). The only place that knows about
//! arguments, terminals and exit codes; everything else lives in `crates/`.

mod bench;
mod cli;
mod commands;
mod logging;
mod table;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    // The daemon logs at `info` by default and may choose JSON in its config;
    // one-shot commands stay quiet unless RUST_LOG asks.
    let daemon_cfg = match &args.command {
        cli::Command::Daemon { config } => {
            match newsflow_daemon::DaemonConfig::from_toml_file(config) {
                Ok(cfg) => Some(cfg),
                Err(e) => {
                    eprintln!("newsflow daemon: {e}");
                    return ExitCode::from(2);
                }
            }
        }
        _ => None,
    };
    let (format, level) = match &daemon_cfg {
        Some(cfg) if cfg.log_format == "json" => (cli::LogFormat::Json, "info"),
        Some(_) => (args.log_format, "info"),
        None => (args.log_format, "warn"),
    };
    if let Err(e) = logging::init(format, level) {
        eprintln!("newsflow: cannot set up logging: {e:#}");
        return ExitCode::from(2);
    }
    let outcome = match daemon_cfg {
        Some(cfg) => commands::daemon(cfg),
        None => commands::run(args.command),
    };
    match outcome {
        Ok(code) => code,
        Err(e) => {
            eprintln!("newsflow: error: {e:#}");
            ExitCode::from(1)
        }
    }
}
