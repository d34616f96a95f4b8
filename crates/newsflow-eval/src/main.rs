//! `make eval`: measures every quality metric of newsflow against the data in
//! `../shared/data` (SPEC §7), prints a table and one JSON object, and fails
//! when a metric falls below the floor recorded in `eval/floors.json`.
//!
//! `--ratchet` raises the floors to the current results (never lowers them).

use anyhow::{bail, Context, Result};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

mod data;
mod extract;
mod ner;
mod split;
mod stance;

/// One measured number. Metrics are "higher is better" percentages or
/// counts; floors apply to every metric whose name is in the floors file.
#[derive(Debug, Clone)]
pub struct Metric {
    pub name: String,
    pub value: f64,
}

impl Metric {
    pub fn new(name: impl Into<String>, value: f64) -> Metric {
        Metric {
            name: name.into(),
            value,
        }
    }
}

struct Args {
    data: PathBuf,
    floors: PathBuf,
    ratchet: bool,
    only: Option<String>,
}

fn parse_args() -> Result<Args> {
    let mut args = Args {
        data: PathBuf::from("../shared/data"),
        floors: PathBuf::from("eval/floors.json"),
        ratchet: false,
        only: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--data" => args.data = it.next().context("--data needs a path")?.into(),
            "--floors" => args.floors = it.next().context("--floors needs a path")?.into(),
            "--ratchet" => args.ratchet = true,
            "--only" => args.only = Some(it.next().context("--only needs a section name")?),
            other => bail!("unknown argument {other:?}; usage: newsflow-eval [--data DIR] [--floors FILE] [--ratchet] [--only split|ner|stance|extract]"),
        }
    }
    Ok(args)
}

type Section = fn(&Path) -> Result<Vec<Metric>>;

/// Metrics that explain a result rather than measure a quality (the
/// splitter's rules alone, the size of a gold set): reported, never floored.
fn is_diagnostic(name: &str) -> bool {
    name.contains(".rules_only.") || name.ends_with(".total")
}

fn main() -> Result<()> {
    let args = parse_args()?;
    let require = std::env::var("NEWSFLOW_REQUIRE_SHARED").is_ok_and(|v| v == "1");
    if !args.data.join("seed-gold.json").exists() {
        if require {
            bail!(
                "{} is missing and NEWSFLOW_REQUIRE_SHARED=1: cannot evaluate",
                args.data.display()
            );
        }
        eprintln!(
            "eval: {} not found; skipping (set NEWSFLOW_REQUIRE_SHARED=1 to make this an error)",
            args.data.display()
        );
        return Ok(());
    }
    let sections: [(&str, Section); 4] = [
        ("split", split::run),
        ("ner", ner::run),
        ("stance", stance::run),
        ("extract", extract::run),
    ];
    let mut metrics = Vec::new();
    for (name, run) in sections {
        if args.only.as_deref().is_some_and(|o| o != name) {
            continue;
        }
        let started = std::time::Instant::now();
        let m = run(&args.data).with_context(|| format!("eval section {name}"))?;
        eprintln!(
            "eval: {name}: {} metrics in {:.1}s",
            m.len(),
            started.elapsed().as_secs_f64()
        );
        metrics.extend(m);
    }

    let mut floors: BTreeMap<String, f64> = match std::fs::read_to_string(&args.floors) {
        Ok(s) => serde_json::from_str(&s)
            .with_context(|| format!("parsing {}", args.floors.display()))?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => BTreeMap::new(),
        Err(e) => return Err(e).with_context(|| format!("reading {}", args.floors.display())),
    };

    println!("{:<44} {:>10} {:>10}  status", "metric", "value", "floor");
    let mut failed = Vec::new();
    for m in &metrics {
        let floor = floors.get(&m.name).copied();
        let status = match floor {
            Some(f) if m.value + 1e-9 < f => {
                failed.push(m.name.clone());
                "BELOW FLOOR"
            }
            Some(_) => "ok",
            None => "(no floor)",
        };
        let floor_s = floor.map_or_else(|| "-".to_owned(), |f| format!("{f:.2}"));
        println!("{:<44} {:>10.2} {:>10}  {status}", m.name, m.value, floor_s);
    }
    let json: BTreeMap<&str, f64> = metrics
        .iter()
        .map(|m| (m.name.as_str(), (m.value * 100.0).round() / 100.0))
        .collect();
    println!("{}", serde_json::to_string(&json)?);

    if args.ratchet {
        for m in metrics.iter().filter(|m| !is_diagnostic(&m.name)) {
            let v = (m.value * 100.0).floor() / 100.0;
            let e = floors.entry(m.name.clone()).or_insert(v);
            if v > *e {
                *e = v;
            }
        }
        std::fs::write(&args.floors, serde_json::to_string_pretty(&floors)? + "\n")
            .with_context(|| format!("writing {}", args.floors.display()))?;
        eprintln!("eval: floors ratcheted in {}", args.floors.display());
    }
    if !failed.is_empty() {
        bail!(
            "{} metric(s) below their floor: {}",
            failed.len(),
            failed.join(", ")
        );
    }
    Ok(())
}
