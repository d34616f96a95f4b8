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
    if let Err(e) = logging::init(args.log_format) {
        eprintln!("newsflow: cannot set up logging: {e:#}");
        return ExitCode::from(2);
    }
    match commands::run(args.command) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("newsflow: error: {e:#}");
            ExitCode::from(1)
        }
    }
}
