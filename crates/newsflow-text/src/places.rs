//! The world's countries as news names them: one table, `data/countries.tsv`
//! (see `data/SOURCES.md`), read here by the sentence splitter and by
//! `newsflow-actors` for actor codes.
//!
//! The splitter needs to know places for one decision: whether a capital
//! after an abbreviation opens a sentence ("under the auspices of the U.N. |
//! Kyiv has rejected the idea") or goes on with it ("the U.N. | Security
//! Council"). Only names that never go on an abbreviation's name help there,
//! so the seats of government in the table's last column ("State Department",
//! "the U.S. State Department said") are left out.

use std::collections::HashSet;
use std::sync::OnceLock;

/// The table: one row per country or territory, tab-separated: its ISO
/// 3166-1 alpha-3 code, then `|`-separated lists of its names and aliases,
/// its demonyms, its capital and other cities that stand for it, and the
/// seats of government news uses as metonyms ("the Kremlin"). Lines that
/// start with `#` are comments.
pub const COUNTRIES: &str = include_str!("../data/countries.tsv");

/// Continents and world regions that open sentences as countries do
/// ("Europe accounts for a fifth").
const REGIONS: [&str; 17] = [
    "Africa",
    "Antarctica",
    "Asia",
    "Central America",
    "Central Asia",
    "East Africa",
    "East Asia",
    "Europe",
    "Latin America",
    "North Africa",
    "North America",
    "Oceania",
    "Scandinavia",
    "South America",
    "South Asia",
    "Southeast Asia",
    "West Africa",
];

/// Adjectives of regions, used as demonyms are ("European regulators").
const REGION_ADJECTIVES: [&str; 7] = [
    "African",
    "Arab",
    "Asian",
    "European",
    "Latin American",
    "Scandinavian",
    "Western",
];

struct Places {
    /// Names of countries, their cities, and regions, as written.
    names: HashSet<&'static str>,
    demonyms: HashSet<&'static str>,
    /// Words in the longest name.
    longest: usize,
}

fn places() -> &'static Places {
    static PLACES: OnceLock<Places> = OnceLock::new();
    PLACES.get_or_init(|| {
        let mut names: HashSet<&'static str> = REGIONS.into_iter().collect();
        let mut demonyms: HashSet<&'static str> = REGION_ADJECTIVES.into_iter().collect();
        for line in COUNTRIES.lines().filter(|l| !l.starts_with('#')) {
            let mut cols = line.split('\t').skip(1).map(|c| c.split('|'));
            let (Some(countries), Some(adjectives), cities) =
                (cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            names.extend(countries.chain(cities.into_iter().flatten()));
            demonyms.extend(adjectives);
        }
        names.remove("");
        demonyms.remove("");
        let longest = names
            .iter()
            .map(|n| n.split(' ').count())
            .max()
            .unwrap_or(1);
        Places {
            names,
            demonyms,
            longest,
        }
    })
}

/// Whether `name` (words joined by single spaces) names a country, one of
/// its cities in the table, or a world region: "Israel", "New Delhi",
/// "Europe" (not "State Department", a seat of government).
pub fn is_place(name: &str) -> bool {
    places().names.contains(name)
}

/// Whether `word` names a people or a region's inhabitants: "Indian",
/// "Pakistanis", "European", "Latin American".
pub fn is_demonym(word: &str) -> bool {
    places().demonyms.contains(word)
}

/// The most words in any name [`is_place`] knows ("Bandar Seri Begawan").
pub fn longest_name() -> usize {
    places().longest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_countries_cities_regions_and_peoples() {
        for name in [
            "Israel",
            "Kyiv",
            "New Delhi",
            "Saudi Arabia",
            "Europe",
            "U.K.",
        ] {
            assert!(is_place(name), "{name}");
        }
        for name in ["State Department", "Kremlin", "Senate", "Delhi Police", ""] {
            assert!(!is_place(name), "{name}");
        }
        for word in ["Indian", "Pakistanis", "European", "Latin American"] {
            assert!(is_demonym(word), "{word}");
        }
        assert!(!is_demonym("Senate") && !is_demonym(""));
        assert!(longest_name() >= 3);
    }

    #[test]
    fn every_row_has_a_code_and_at_most_five_columns() {
        for line in COUNTRIES.lines().filter(|l| !l.starts_with('#')) {
            let cols: Vec<&str> = line.split('\t').collect();
            assert!((2..=5).contains(&cols.len()), "{line}");
            assert_eq!(cols[0].len(), 3, "{line}");
        }
    }
}
