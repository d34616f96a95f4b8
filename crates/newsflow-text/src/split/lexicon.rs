//! Word lists and token shapes used by the boundary rules and features.

/// Titles and other abbreviations that precede a name or a number and
/// practically never end a sentence ("Mr. Dar", "Lt. Col. Khan", "St. Louis",
/// "Ft. Bragg", and in South Asian courts "Sh. Rakesh Kumar, Ld. Sr.
/// Counsel", "Smt.", "Kum.", "Adv."; only a capitalized one counts as a
/// title, or one after "the", "the hon. Member", so "5 ft." is a measure;
/// Spanish "Dra.", "Sra.", "Srta."; "Rt. Hon.", "Bro.", "Pte." for a private
/// and in "Pte. Ltd.", "Pt." for a point as in "Pt. Reyes"; Nigerian "Engr."
/// and "Barr."; Philippine "Brgy.", "Sta.", "Sto.", "Usec."; Malaysian
/// "Kg." for a village; South Asian ranks, "Hav." for a havildar, "Nb.
/// Sub." for a naib subedar, "Flt. Lt.", "Sqn. Ldr.", and offices, "Jt.
/// Secy.", "Addl. Secy."; the US Army's "Spc."; "Coun." for a councillor
/// and "Eng." for an engineer, as the Gulf's papers write it; "Ald." for
/// an alderman, "Cllr." for a councillor, "Asst." for an assistant; "Ing."
/// for an engineer in Central Europe and Latin America, Mexico's "Lic.",
/// Italy's "Dott." and "Avv.", "Ven." for a Buddhist monk, "Br." for a
/// brother, "Ste." for a female saint, Thailand's police ranks, "Pol. Maj.
/// Gen."; "Dy." for a deputy and "Spl." for a special envoy in South Asian
/// papers, "Nk." for a naik, the US Army's "Pfc.", "Wg. Cdr.", "Mst." and
/// "Tmt." before a woman's name in Pakistan and Tamil Nadu, "M/s." before a
/// firm's, and the Philippines' "Ma." for María before a second given name,
/// "Ma. Teresa", "Asec." for an assistant secretary and its police ranks,
/// "PMaj. Rolando Sison"; Indonesia's police ranks, "Adj. Sr. Comr. Hendra
/// Wijaya"; Malaysia's "Ir." for an engineer, "Datuk Ir. Rosli Hamzah";
/// Nigeria's "Arc." for an architect, "Pharm." for a pharmacist and "Alh."
/// for an alhaji; Buganda's "Owek." for an honourable; and the street of
/// Indonesian and Malaysian addresses, "Jl. Gatot Subroto", "Jln. Ampang";
/// Latin America's "Dep." for a deputy and "Av." for an avenue, "Av.
/// Paulista"; "Chmn." for a chairman; the police's "Ofc.", "Tpr." and "Det.
/// Cst."; the navies' "Ens." and "Cdre."; Nigeria's "Pst.", "Surv." and
/// "Tpl." for a pastor, a surveyor and a town planner; Tanzania's "Mwl."
/// for a teacher; a ship's "M.V. Sea Falcon"; the Spanish-speaking
/// world's "Gral.", "Cnel.", "Tte.", "Pbro.", "Mons.", "Mtro.", "Arq.",
/// "Exmo." and "Dña."; Austria's "Mag."; and in local government a
/// commissioner's "Comm." and a director's "Dir.", "Public Works Dir. Sam
/// Odum"); and given names cut short in old records, "Wm. H. Garrity",
/// "Chas.", "Jas.", "Thos.", "Geo.", "Jno."; and saints together, "Sts.
/// Peter and Paul"; an archbishop's "Abp.", and "H.E." and "H.H." for His
/// Excellency and His Holiness, "H.E. Cardinal Aloysius Ferreira"; a
/// deputy of Latin America's congresses, "Dip. Laura Méndez"; and the
/// Indian Army's sepoy, "Sep. Ramesh Singh Negi", where a month would take
/// a day, "Sep. 12"; a union's secretary-treasurer, "Sec.-Treas. Donald
/// Pryor"; a professor emeritus, "Prof. Emer. Hilde Vasquez"; the
/// police's "Gda." (a garda) and "Asst. Commr."; governors together,
/// "Govs. Tina Marsh and Alan Price"; a county supervisor, "Supv. Linda
/// Okafor", "Supvs. Kim and Ocampo"; a French firm's "Ets. Diallo & Fils";
/// a wine's domaine, "Dom. Marchal-Rey"; and a station superintendent,
/// "Stn. Supdt. G. Narsimha").
/// Lower case, without the final period, sorted.
const TITLES: [&str; 167] = [
    "abp", "addl", "adj", "adm", "adv", "ald", "alh", "amb", "arc", "arq", "asec", "asst", "atty",
    "av", "avv", "barr", "br", "brgy", "brig", "bro", "capt", "cdr", "cdre", "ch", "chas", "chmn",
    "cllr", "cmdr", "cnel", "col", "comm", "commr", "comr", "const", "coun", "cpl", "cpt", "cst",
    "dep", "det", "dip", "dir", "dom", "dott", "dr", "dra", "drs", "dy", "dña", "emer", "eng",
    "engr", "ens", "ets", "exma", "exmo", "flt", "fr", "ft", "gda", "gen", "geo", "gov", "govs",
    "gral", "h.e", "h.h", "hav", "hon", "ing", "insp", "ir", "jas", "jl", "jln", "jno", "jt", "kg",
    "kum", "ld", "ldr", "lic", "lt", "m.v", "m/s", "ma", "mag", "maj", "messrs", "mlle", "mme",
    "mohd", "mons", "mr", "mrs", "ms", "msgr", "mst", "mt", "mtra", "mtro", "mwl", "nb", "nk",
    "ofc", "owek", "pbgen", "pbro", "pcapt", "pcol", "pcpl", "pfc", "pgen", "pharm", "plt",
    "pltcol", "pmaj", "pmgen", "pmsg", "pol", "pres", "prof", "pssg", "pst", "pt", "pte", "pvt",
    "rep", "reps", "ret", "rev", "rt", "sec", "secy", "sen", "sens", "sep", "sgt", "sh", "smt",
    "spc", "spl", "sqn", "sra", "srta", "ss", "st", "sta", "ste", "sto", "sts", "sub", "supdt",
    "supt", "supv", "supvs", "surv", "thos", "tmt", "tpl", "tpr", "treas", "tte", "usec", "ven",
    "wg", "wm",
];

/// Abbreviations that usually do not end a sentence but may ("& Co. It
/// closed", "based in the U.S. The minister"), among them the US states as
/// news agencies abbreviate them, where no common word is spelled the same
/// ("Calif.", "Fla."; not "Ill.", "Mass." or "Wash."), and the ranks of
/// taxonomy ("Nepenthes sp.", "Quercus spp.", "var."). Lower case, without
/// the final period, sorted. ("cr." is the crore of South Asian figures,
/// "Rs 45 cr. for roads"; a basketball line, "12 reb., 9 ast. and 3
/// blk."; "excl. wine"; units of measure, "5 mg. of the drug"; "feat. will.i.am" in a song's credit; roads, "Merritt Pkwy. southbound", "Hwy. 101";
/// journals, "Proc. Natl. Acad. Sci.", "N. Engl. J. Med."; rules, "Fed. R.
/// Crim. P."; a translator, "trans. Ruth Okonjo"; army units, "the 3rd Div.",
/// "1st Bn.", "47th Mech. Bde.", "22nd Inf. Div.", "1st Armd. Regt."; South
/// Asian courts' "Crl. Misc."; a railway junction, "Pt. Deen Dayal Upadhyaya
/// Jn."; Nigeria in a company's name, "Coronet Paints Nig. Ltd."; the
/// bushel and hundredweight of commodity prices, "$4.18 per bu. on the
/// Chicago Board of Trade", "per cwt."; a port's terms, "c.i.f.
/// Alexandria", "f.o.b. Rouen"; and a college or institute cut short, "St.
/// Aloysius Inst. of Tech."; and Latin America's company, city, state and
/// avenue, "Cía. Cervecera", "Cd. Juárez", "Edo. de México", "Avda."; and
/// the law's "Art. 12 et seq. of the treaty"; the army's "82nd Abn. Div.",
/// a fluid ounce, "4 fl. oz."; a township, "the Greene Twp.
/// trustees", and an ordinance, "Ord. No. 2024-17"; an archive's manuscripts
/// and folios, "212 MSS. and some 4,000 printed books", "ff. 31v–33r", "fol.
/// 4r"; a quart, "a 4-qt. Dutch oven"; a bill and a code of the US
/// Congress, "H.R. 4821", "42 U.S.C. 1983", and a
/// parliament's standing order, "S.O. 37(2)"; a scorecard's "def. St.
/// Kilda" and "(req. rate 10.8)"; a play's scene and a poem's lines,
/// "Act II, Sc. 3", "ll. 45–60"; a temperature's degrees, "read 102 deg. at
/// 3 p.m."; the cavalry's units, "1st Cav. Div."; the US Congress's record,
/// "170 Cong. Rec. H2231"; a firm's "Brookfield Mgmt. Co." and "Ardent Mfg.
/// Co."; a building, "Bldg. 4", "Bldgs. 5 and 6"; and a rent by the month,
/// "$2,100/mo. for a studio"; a Nordic report's million, "NOK 358 mill.
/// in the same quarter"; a racing favourite, "The 11/4 fav. was never
/// travelling"; a railway's, a station's and a train's, "Northern Rly.
/// said", "Howrah Stn. early on Saturday", "Lahore Cantt. station", "Wien
/// Hbf.", "Rajdhani Exp.", "Nagercoil Spl."; a dynasty, "Dyn. 12"; and a
/// museum's accession, "acc. no. 1979.203").
const ABBREVIATIONS: [&str; 246] = [
    "a.k.a", "a.m", "abbr", "abn", "acad", "acc", "al", "ala", "approx", "apr", "ariz", "armd",
    "art", "assn", "assoc", "ast", "asts", "aug", "avda", "ave", "b.a", "b.sc", "bbl", "bde",
    "bhd", "bldg", "bldgs", "blk", "blvd", "bn", "bros", "bu", "c.i.f", "ca", "calif", "cantt",
    "cav", "cd", "cert", "cf", "ch", "chap", "cia", "cm", "co", "coll", "colo", "comp", "cong",
    "conn", "corp", "cr", "crim", "crl", "cwt", "cía", "d.c", "dec", "def", "deg", "dept", "dir",
    "dist", "div", "dyn", "e.g", "e.u", "ed", "edo", "eds", "engl", "esp", "esq", "est", "etc",
    "ex", "excl", "exp", "expy", "f.o.b", "fav", "favs", "feat", "feb", "ff", "fig", "figs", "fl",
    "fla", "fol", "fols", "fri", "ft", "fwy", "ga", "gal", "govt", "h.r", "hbf", "hr", "hrs",
    "hwy", "i.e", "inc", "incl", "inf", "inst", "intl", "jan", "jn", "jnr", "jr", "jul", "jun",
    "kan", "kg", "km", "ky", "lb", "lbs", "ll", "llc", "llp", "ltd", "m.a", "m.d", "m.sc", "mar",
    "max", "md", "mech", "mfg", "mg", "mgmt", "mi", "mich", "mill", "min", "minn", "misc", "ml",
    "mo", "mon", "mont", "mph", "mrs", "mss", "n.y", "natl", "neb", "nev", "nig", "nov", "oct",
    "okla", "op", "ord", "ov", "oz", "p", "p.m", "p.s", "pa", "para", "pcia", "pct", "ph.d",
    "pkwy", "plc", "pp", "proc", "ps", "pt", "pts", "pty", "qt", "qts", "rd", "reb", "rebs", "rec",
    "ref", "reg", "regt", "req", "rly", "rs", "rte", "s.o", "sat", "sc", "sci", "sdn", "sec",
    "sep", "sept", "seq", "seqq", "snr", "sp", "spl", "spp", "sq", "sr", "stl", "stn", "subsp",
    "sun", "tbk", "tbsp", "tel", "tenn", "tex", "thu", "thur", "thurs", "tk", "trans", "tsp",
    "tue", "tues", "twp", "u.k", "u.n", "u.s", "u.s.a", "u.s.c", "univ", "v", "va", "var", "viz",
    "vol", "vols", "vs", "vt", "w.e.f", "wed", "wis", "wk", "wks", "wyo", "yd", "yds", "yr", "yrs",
];

/// Abbreviations that are followed by a number ("No. 10", "p. 55",
/// "Jan. 6", "approx. 40", "s. 497" of a law, "c. 300 B.C.", "A.D. 79",
/// "Prop. 50" on a ballot, "ext. 4210" of a telephone, "incl. 3 former
/// ministers", "Apt. 4B", "col. 412" of a parliamentary record, "paras. 12
/// to 15", "Cl. 4(b)" of a bill, "Eq. 3", "w.e.f. 1.4.2025", "Dep. 4:15
/// p.m." on a flight card, "Matt. 5:3", "Lk. 6:20", "Ex. 12" or "Ex. P-7"
/// of the exhibits in a record, "(2d Cir. 2010)" of a court, and in
/// biographies "b. 1942", "d. 2 Jan. 1851", "r. 1556–1605", and "Res.
/// 1701" of the UN Security Council, "Nasdaq Comp. 16,832.62" of a market
/// table, and days before their date, "Sat. 14 June"; not "Sun.", a
/// newspaper's name as often as a day; "Hwy. 101", "Rte. 9", a
/// hurricane's "Cat. 3", a series' "Ep. 7", a telephone's "Tel. +91 22", an
/// Indian office memorandum's "dt. 05.04.2025", Pakistan's statutory
/// orders, "S.R.O. 12(I)/2025", Bangladesh's taka, "Tk. 20 per kg", and
/// the Thai calendar's era, "B.E. 2567", and the citations of court
/// copy, "S.B. 14", "A.B. 5", "Props. 1 and 2", "Arts. 14 and 21", "Reg.
/// 12", "Sch. 3", "Dkt. 84", "136 Stat. 4459", "UN Doc. S/2023/345", Nigeria's
/// "Cap. A6"; East Africa's shillings, "Ksh. 450 million"; the parts of an
/// address, "P.O. Box 87", "Rm. 326", "Fl. 6", "County Rd. 14", a police
/// reference, "ref. 43230098765", a school's years, "Gr. 9", "Yr. 12", a
/// trial's phase, "Ph. II", a district's number, "Dist. 211", and Latin America's "núm. 245", "Cra. 7",
/// "C.P. 68000", "Gs. 45.000", "Bs. 36.5"; an archive's shelfmarks, "MS.
/// 123", "MSS. 40-42", "fol. 12v", "ff. 31v–33r"; Nepal's and India's era,
/// "V.S. 2081"; and a bill's, a code's and a
/// standing order's, "H.R. 4821", "42 U.S.C. 1983", "S.O. 37(2)", and an
/// amendment's, "S.Amdt. 2201", and the page of the Congressional Record,
/// "Cong. Rec. H2231"; the Gulf's dirhams, "Dhs. 50,000"; a building's,
/// "Bldg. 4"; a contract's years, "raises in yrs. 2 and 3"; a season's
/// week, "Wk. 5"; the US rules of evidence and a reporter's supplement,
/// "Fed. R. Evid. 702", "612 F. Supp. 3d 455"; and a dynasty, "Dyn. 26"):
/// with a digit after them there is no boundary.
const BEFORE_NUMBER: [&str; 134] = [
    "a.b", "a.d", "amdt", "approx", "apr", "apt", "arr", "art", "arts", "aug", "b", "b.e", "bldg",
    "bldgs", "box", "bs", "c", "c.p", "ca", "cap", "cat", "ch", "chap", "cir", "cl", "col", "cols",
    "comp", "cor", "cra", "d", "dec", "dep", "dhs", "dist", "dkt", "doc", "dt", "dyn", "ep", "eps",
    "eq", "eqs", "est", "evid", "ex", "ext", "feb", "ff", "fig", "figs", "fl", "fol", "fols",
    "fri", "gr", "gs", "h.b", "h.r", "hob", "hwy", "incl", "jan", "jn", "jul", "jun", "ksh", "lk",
    "ll", "mar", "matt", "mk", "mon", "ms", "mss", "no", "nos", "nov", "núm", "oct", "op", "p",
    "para", "paras", "ph", "pp", "prop", "props", "r", "rd", "rec", "ref", "reg", "regs", "res",
    "rm", "rom", "rs", "rte", "s", "s.b", "s.o", "s.r.o", "sat", "sc", "sch", "sec", "secs", "sep",
    "sept", "shs", "ss", "stat", "supp", "sz", "tel", "thu", "thur", "thurs", "tk", "tsh", "tue",
    "tues", "u.s.c", "ush", "v.s", "vol", "vols", "w.e.f", "wed", "wk", "wks", "yr", "yrs",
];

/// Abbreviations that introduce what follows and so never end a sentence,
/// whatever comes next ("(e.g. The Programming Historian)", "Roe v. Wade",
/// "Olamide, a.k.a. Baddo", "14 departments (incl. Var and
/// Alpes-Maritimes)", "(Attn. Memorials)", and a result's "defeated",
/// "Holger Brandt (6), Denmark, def. Nikos Alexiou", and "national" cut
/// short, "Kruger Natl. Park").
const LINKING: [&str; 15] = [
    "a.k.a", "approx", "attn", "cf", "def", "e.g", "excl", "i.e", "incl", "natl", "p.s", "ps", "v",
    "viz", "vs",
];

/// Closed-class words that start sentences and are not part of names, so
/// after an abbreviation they mark a boundary ("in the U.S. The minister",
/// "into the U.S. While Clinton"; each of the 14 such gaps in the EWT and
/// GUM train and dev sets for the words added on 2026-11-28 is a boundary,
/// and so are the 4 for "here" and "please"; "then" never follows an
/// abbreviation there, but never continues a name either: "his Ph.D.
/// Then he moved"; nor do "About", "Everyone", "Nobody" and "Nothing",
/// each of whose 26 gaps after a period there is a boundary: "in
/// Washington, D.C. | About 40 countries"; nor the adverbs of degree
/// "Nearly", "Almost" and "Only", whose 2 such gaps there are boundaries
/// too: "in the U.S. | Only 29% said"). At most 8 bytes (the table's key).
const SENTENCE_STARTERS: [&str; 60] = [
    "about", "after", "almost", "although", "an", "and", "another", "as", "at", "because",
    "before", "but", "despite", "during", "everyone", "for", "he", "her", "here", "his", "how",
    "however", "i", "if", "in", "instead", "it", "its", "my", "nearly", "nobody", "none",
    "nothing", "now", "on", "only", "or", "our", "please", "she", "since", "so", "that", "the",
    "their", "then", "there", "these", "they", "this", "those", "though", "we", "what", "when",
    "where", "while", "why", "yet", "you",
];

/// Function words that need a complement, so a sentence does not end on
/// them: "the | Ministry", "of | Pakistan", "and | Kashmir".
const NON_FINAL: [&str; 29] = [
    "a", "about", "among", "an", "and", "at", "because", "between", "by", "for", "from", "her",
    "his", "in", "into", "its", "my", "nor", "of", "on", "onto", "or", "our", "than", "the",
    "their", "to", "with", "your",
];

/// Words a line never ends on unless the text was wrapped there: articles,
/// possessives and words that join ("the | Ministry", "of | Pakistan",
/// "because | I"). Unlike `NON_FINAL`, no preposition that a heading may
/// end on ("What we're looking for", "as disruption drags on").
const DANGLING: [&str; 20] = [
    "a", "among", "an", "and", "because", "between", "by", "his", "its", "my", "nor", "of", "or",
    "our", "than", "the", "their", "to", "whose", "your",
];

/// Offices written out in full before a name ("Senator Chris Murphy",
/// "Foreign Minister Ishaq Dar", "Speaker Paul Ryan", "Justice (retd.)
/// Farida Anwar"). Lower case, sorted.
const ROLES: [&str; 29] = [
    "ambassador",
    "bishop",
    "ceo",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "commissioner",
    "congressman",
    "congresswoman",
    "emir",
    "general",
    "governor",
    "judge",
    "justice",
    "king",
    "marshal",
    "mayor",
    "minister",
    "pope",
    "premier",
    "president",
    "prince",
    "princess",
    "queen",
    "secretary",
    "senator",
    "sheikh",
    "speaker",
];

/// Whether a sorted list of lower-case words holds `word`, in any case.
fn in_sorted_list(list: &[&str], word: &str) -> bool {
    list.binary_search_by(|r| r.bytes().cmp(word.bytes().map(|b| b.to_ascii_lowercase())))
        .is_ok()
}

/// Whether a word is an office written out in full (see `ROLES`).
pub fn is_role(word: &str) -> bool {
    in_sorted_list(&ROLES, word)
}

/// Time zones written after a clock time ("at 5 p.m. IST on May 10", "at 7
/// p.m. Eastern", "2 a.m. ADT" in Atlantic Canada). As written, sorted.
const TIME_ZONES: [&str; 53] = [
    "ACDT", "ACST", "ADT", "AEDT", "AEST", "AKDT", "AKST", "AST", "AWST", "Atlantic", "BST", "CDT",
    "CEST", "CET", "CST", "CT", "Central", "EAT", "EDT", "EEST", "EET", "EST", "ET", "Eastern",
    "GMT", "GST", "HKT", "HST", "ICT", "IST", "JST", "KST", "Local", "MDT", "MSK", "MST", "MT",
    "Mountain", "NDT", "NST", "NZDT", "NZST", "PDT", "PHT", "PKT", "PST", "PT", "Pacific", "SAST",
    "SGT", "UTC", "WAT", "WIB",
];

/// Whether a word is a time zone as written after a clock time (see
/// `TIME_ZONES`; case-sensitive: "IST", not "ist").
pub fn is_time_zone(word: &str) -> bool {
    // (Two zones for one broadcast: "8 p.m. ET/PT".)
    match word.split_once('/') {
        Some((a, b)) => [a, b].iter().all(|z| TIME_ZONES.binary_search(z).is_ok()),
        None => TIME_ZONES.binary_search(&word).is_ok(),
    }
}

/// Months and days, written out or abbreviated, which a clock time runs on
/// into ("at 10 a.m. Jan. 5", "at 9 a.m. Friday"). Lower case, sorted.
const MONTHS: [&str; 24] = [
    "apr",
    "april",
    "aug",
    "august",
    "dec",
    "december",
    "feb",
    "february",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "mar",
    "march",
    "may",
    "nov",
    "november",
    "oct",
    "october",
    "sep",
    "sept",
    "september",
];
const DAYS: [&str; 17] = [
    "fri",
    "friday",
    "mon",
    "monday",
    "sat",
    "saturday",
    "sun",
    "sunday",
    "thu",
    "thur",
    "thurs",
    "thursday",
    "tue",
    "tues",
    "tuesday",
    "wed",
    "wednesday",
];

/// Whether a word names a day of the week or a month (see `MONTHS` and
/// `DAYS`; case-insensitive).
pub fn is_day_or_month(word: &str) -> bool {
    is_month(word) || in_sorted_list(&DAYS, word)
}

/// Whether a word names a month, in full or abbreviated, in any case:
/// "June", "MAY", "Sept" (not a day: "Sun" is also a newspaper's name).
pub fn is_month(word: &str) -> bool {
    in_sorted_list(&MONTHS, word)
}

/// Quantifiers and the negative determiner, which open a sentence before a
/// lower-case word ("No statement was issued", "Most are women"). Lower
/// case, at most 8 bytes (the table's key).
const QUANTIFIERS: [&str; 24] = [
    "all", "another", "both", "each", "eight", "either", "every", "few", "five", "four", "many",
    "most", "much", "neither", "nine", "no", "seven", "several", "six", "some", "such", "ten",
    "three", "two",
];

/// Whether a word is a quantifier (see `QUANTIFIERS`; case-insensitive).
pub fn is_quantifier(word: &str) -> bool {
    flags(word) & QUANTIFIER != 0
}

/// Labels of an editor's note, which go on to the note they head
/// ("Correction: An earlier version …", "Editor's note: This story …").
/// Lower case, sorted.
/// Lower case, sorted by bytes (the typographic apostrophe last).
const NOTE_LABELS: [&str; 8] = [
    "clarification",
    "correction",
    "corrections",
    "editor's",
    "editors'",
    "editors’",
    "editor’s",
    "update",
];

/// Whether a word labels an editor's note (see `NOTE_LABELS`; any case).
pub fn is_note_label(word: &str) -> bool {
    in_sorted_list(&NOTE_LABELS, word)
}

/// Verbs that attribute a quotation ("“Why now?” Mr. Vance asked"). Lower
/// case, sorted.
const SPEECH_VERBS: [&str; 52] = [
    "acknowledged",
    "added",
    "admitted",
    "answered",
    "argued",
    "asked",
    "asks",
    "claimed",
    "commented",
    "conceded",
    "continued",
    "countered",
    "cried",
    "declared",
    "demanded",
    "emphasised",
    "emphasized",
    "exclaimed",
    "explained",
    "insisted",
    "interjected",
    "joked",
    "murmured",
    "muttered",
    "noted",
    "observed",
    "pleaded",
    "posted",
    "protested",
    "quipped",
    "recalled",
    "reiterated",
    "remarked",
    "replied",
    "responded",
    "retorted",
    "said",
    "says",
    "screamed",
    "shouted",
    "snapped",
    "stated",
    "stressed",
    "tells",
    "told",
    "tweeted",
    "urged",
    "warned",
    "whispered",
    "wondered",
    "wrote",
    "yelled",
];

/// Words that open the clause a verb of saying reports ("said she had",
/// "said that", "asked whether"): after one, the verb is no attribution of
/// a quotation before it. Lower case, sorted.
const REPORTED_CLAUSE: [&str; 10] = [
    "he", "i", "if", "it", "she", "that", "they", "we", "whether", "you",
];

/// Whether a word opens the clause a verb of saying reports (see
/// `REPORTED_CLAUSE`; case-insensitive).
pub fn opens_reported_clause(word: &str) -> bool {
    in_sorted_list(&REPORTED_CLAUSE, word)
}

/// Institutions and offices that a country's or an agency's initials run
/// on into ("the U.S. Embassy said", "U.S. Customs officers", "the U.N.
/// Secretariat", "U.S. Steel said"). Lower case, sorted.
const INSTITUTIONS: [&str; 60] = [
    "administration",
    "agency",
    "agriculture",
    "air",
    "ambassador",
    "army",
    "assembly",
    "attorney",
    "authority",
    "border",
    "bureau",
    "cabinet",
    "census",
    "centers",
    "centres",
    "coast",
    "command",
    "commerce",
    "commission",
    "congress",
    "consulate",
    "council",
    "court",
    "customs",
    "defence",
    "defense",
    "delegation",
    "department",
    "education",
    "embassy",
    "energy",
    "envoy",
    "forces",
    "government",
    "health",
    "house",
    "immigration",
    "intelligence",
    "interior",
    "justice",
    "labor",
    "labour",
    "marines",
    "military",
    "ministry",
    "mint",
    "mission",
    "navy",
    "office",
    "parliament",
    "police",
    "postal",
    "secretariat",
    "senate",
    "service",
    "state",
    "steel",
    "trade",
    "transportation",
    "treasury",
];

/// The bodies of a county or a township that its name cut short runs on
/// into: "Pell Co. Attorney's Office", "Marion Co. Superior Court", "the
/// 4th Dist. Court", "Sutton Twp. Zoning Hearing Board". Lower case, sorted,
/// without a possessive "'s".
const LOCAL_BODIES: [&str; 26] = [
    "airport",
    "assessor",
    "attorney",
    "auditor",
    "board",
    "circuit",
    "clerk",
    "commission",
    "commissioners",
    "coroner",
    "council",
    "court",
    "courthouse",
    "fair",
    "fairgrounds",
    "fiscal",
    "government",
    "jail",
    "legislature",
    "library",
    "prosecutor",
    "recorder",
    "sheriff",
    "superior",
    "treasurer",
    "zoning",
];

/// The army's units cut short, which a number comes before and the rest of
/// the unit's name may follow: "1st Bde. Combat Team", "3rd Bn.", "82nd
/// Abn. Div.", "172nd Cav. Regt.". Lower case, sorted.
const UNIT_ABBREVIATIONS: [&str; 12] = [
    "abn", "armd", "bde", "bn", "btn", "cav", "div", "inf", "mech", "regt", "sqdn", "sqn",
];

/// Whether a word is an army unit cut short (see `UNIT_ABBREVIATIONS`; any
/// case).
pub fn is_unit_abbreviation(word: &str) -> bool {
    in_sorted_list(&UNIT_ABBREVIATIONS, word)
}

/// Whether a word names a local body (see `LOCAL_BODIES`; any case, and
/// with a possessive: "Sheriff's").
pub fn is_local_body(word: &str) -> bool {
    let word = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word);
    in_sorted_list(&LOCAL_BODIES, word)
}

/// Whether a word names an institution that initials run on into (see
/// `INSTITUTIONS`; case-insensitive).
pub fn continues_initials(word: &str) -> bool {
    in_sorted_list(&INSTITUTIONS, word)
}

/// Whether a word attributes a quotation (see `SPEECH_VERBS`;
/// case-sensitive: the verb after a name is in lower case).
pub fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.binary_search(&word).is_ok()
}

/// Words that open a sentence on a time ("At 5 a.m. Mr. Smith went",
/// "Shortly after 2 a.m. Israeli troops"). Lower case, sorted.
const TIME_LEADS: [&str; 16] = [
    "about", "after", "around", "at", "before", "between", "by", "early", "from", "just", "late",
    "on", "shortly", "since", "till", "until",
];

/// Whether a sentence that opens with this word opens on a time (see
/// `TIME_LEADS`; case-insensitive).
pub fn is_time_lead(word: &str) -> bool {
    in_sorted_list(&TIME_LEADS, word)
}

/// Whether a sentence cannot end on this word (see `NON_FINAL`).
pub fn is_non_final(word: &str) -> bool {
    flags(word) & NON_FINAL_FLAG != 0
}

/// The small words a title in title case keeps in lower case ("Who's Afraid
/// of Virginia Woolf?", "Do Androids Dream of Electric Sheep?"). Sorted.
const TITLE_WORDS: [&str; 14] = [
    "a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
];

/// Whether a word is one that a title in title case keeps in lower case (see
/// `TITLE_WORDS`; case-sensitive).
pub fn is_title_word(word: &str) -> bool {
    TITLE_WORDS.binary_search(&word).is_ok()
}

/// Words that open a question ("What to do in San Rafael?", "Is it right
/// …?"). Lower case, sorted.
const QUESTION_WORDS: [&str; 17] = [
    "are", "can", "could", "did", "do", "does", "how", "is", "was", "what", "when", "where",
    "which", "who", "why", "will", "would",
];

/// Whether a word opens a question (see `QUESTION_WORDS`; case-insensitive).
pub fn is_question_word(word: &str) -> bool {
    in_sorted_list(&QUESTION_WORDS, word)
}

/// The abbreviations that credit an editor, translator, director or guest
/// before their name ("ed. Aminata Traoré", "trans. M. Hughes", "dir. Mira
/// Nair", "feat. Drake", "ft. Bisi Kuti", and an arranger's "Chaconne, arr.
/// Busoni"), and a reference's label, "(ref. Operation Spoke)". As written,
/// sorted.
const CREDITS: [&str; 8] = ["arr", "dir", "ed", "eds", "feat", "ft", "ref", "trans"];

/// Whether a word credits the name after it (see `CREDITS`; case-sensitive:
/// "Ed." is a name).
pub fn is_credit(word: &str) -> bool {
    CREDITS.binary_search(&word).is_ok()
}

/// Kinds of road that a name goes before ("Martin Luther King Jr. Blvd.";
/// not "St." or "Dr.", which are titles as often). Lower case, sorted.
const STREET_TYPES: [&str; 11] = [
    "ave", "blvd", "cir", "ct", "expy", "fwy", "hwy", "ln", "pkwy", "pl", "rd",
];

/// Titles of address, which a name never follows inside another name or
/// title ("the U.S. | Mr. Ortega"). Lower case, sorted.
const ADDRESS_TITLES: [&str; 6] = ["messrs", "mme", "mr", "mrs", "ms", "mx"];

/// Whether a word is a title of address (see `ADDRESS_TITLES`; any case).
pub fn is_address_title(word: &str) -> bool {
    in_sorted_list(&ADDRESS_TITLES, word)
}

/// The US states and Canadian provinces as news agencies abbreviate them
/// after a town ("Lancaster, Pa.", "Lodi, N.J.", "Springfield, Ill.",
/// "Vancouver, B.C."), with the capital district, "Washington, D.C.". Lower
/// case, without the final period, sorted.
const STATES: [&str; 52] = [
    "ala", "alta", "ariz", "ark", "b.c", "calif", "colo", "conn", "d.c", "del", "fla", "ga", "ill",
    "ind", "kan", "ky", "la", "mass", "md", "mich", "minn", "miss", "mo", "mont", "n.b", "n.c",
    "n.d", "n.h", "n.j", "n.m", "n.s", "n.y", "neb", "nev", "okla", "ont", "ore", "p.e.i", "pa",
    "que", "r.i", "s.c", "s.d", "sask", "tenn", "tex", "va", "vt", "w.va", "wash", "wis", "wyo",
];

/// Whether a word abbreviates a US state or a Canadian province (see
/// `STATES`; any case).
pub fn is_state(word: &str) -> bool {
    in_sorted_list(&STATES, word)
}

/// Nouns that label things with a letter after them ("Plan B", "vitamin
/// C", "Terminal B", "Gate C", "Group A", "hepatitis B", "Exhibit A", a
/// car's "Model Y", a film "rated R"), so a
/// letter after one is no initial of a name. Lower case, sorted.
const LETTERED: [&str; 24] = [
    "annex",
    "appendix",
    "block",
    "building",
    "category",
    "class",
    "concourse",
    "exhibit",
    "gate",
    "grade",
    "group",
    "hall",
    "hepatitis",
    "model",
    "pier",
    "plan",
    "platform",
    "rated",
    "runway",
    "schedule",
    "section",
    "terminal",
    "vitamin",
    "zone",
];

/// Whether a noun labels things with a letter (see `LETTERED`; any case).
pub fn is_lettered(word: &str) -> bool {
    in_sorted_list(&LETTERED, word)
}

/// What is named after a person, after the name ("Martin Luther King Jr.
/// Day", "Roosevelt Jr. High School", "Kennedy Jr. Memorial Bridge").
/// Lower case, sorted.
const NAMED_AFTER: [&str; 30] = [
    "airport",
    "arena",
    "auditorium",
    "avenue",
    "award",
    "boulevard",
    "bridge",
    "building",
    "center",
    "centre",
    "college",
    "day",
    "drive",
    "elementary",
    "expressway",
    "foundation",
    "freeway",
    "hall",
    "high",
    "highway",
    "hospital",
    "institute",
    "library",
    "medal",
    "memorial",
    "middle",
    "park",
    "parkway",
    "prize",
    "stadium",
];

/// Whether a word names what is named after a person (see `NAMED_AFTER`;
/// any case).
pub fn is_named_after(word: &str) -> bool {
    in_sorted_list(&NAMED_AFTER, word)
}

/// Whether a word abbreviates a kind of road (see `STREET_TYPES`; any case).
pub fn is_street_type(word: &str) -> bool {
    in_sorted_list(&STREET_TYPES, word)
}

/// Suffixes of a person's name, which follow it after a comma ("Richard
/// Jones, Jr."), unlike a state after a town ("Lancaster, Pa."), and the
/// British and West African spellings, "Asante Jnr.". Lower case, sorted.
const NAME_SUFFIXES: [&str; 5] = ["esq", "jnr", "jr", "snr", "sr"];

/// Names spelled with an exclamation mark, which the next word may continue
/// ("a Yahoo! News poll", "the Jeopardy! Tournament of Champions", "E!
/// News", "Panic! at the Disco", "Yum! Brands"). Lower case, sorted.
const BANG_NAMES: [&str; 5] = ["e", "jeopardy", "panic", "yahoo", "yum"];

/// Whether a word is spelled with "!" as part of a name (see `BANG_NAMES`;
/// case-insensitive).
pub fn is_bang_name(word: &str) -> bool {
    in_sorted_list(&BANG_NAMES, word)
}

/// Whether a word is a suffix of a person's name (see `NAME_SUFFIXES`;
/// case-insensitive).
pub fn is_name_suffix(word: &str) -> bool {
    in_sorted_list(&NAME_SUFFIXES, word)
}

/// The words that the names of journals are cut short to (ISO 4), which run
/// together in a citation: "Proc. Natl. Acad. Sci.", "N. Engl. J. Med.",
/// "Lancet Infect. Dis.", "Cochrane Database Syst. Rev.", "Sci. Transl.
/// Med.", "Mon. Not. R. Astron. Soc.", "Nat. Clim. Change", "Zool. J. Linn.
/// Soc."; and the US federal courts' citations, which run together the same
/// way: "Fed. Cir.", "U.S. Dist. Ct.", "Fed. Cl.", "Bankr.", "F. Supp.".
/// Lower case,
/// sorted.
const JOURNAL_WORDS: [&str; 88] = [
    "acad",
    "adv",
    "am",
    "ann",
    "anthropol",
    "appl",
    "arch",
    "archaeol",
    "astron",
    "astrophys",
    "atmos",
    "bankr",
    "biochem",
    "biol",
    "bull",
    "cardiol",
    "chem",
    "cir",
    "cl",
    "clim",
    "clin",
    "commun",
    "ct",
    "curr",
    "dis",
    "dist",
    "ecol",
    "entomol",
    "environ",
    "epidemiol",
    "evid",
    "evol",
    "exp",
    "f",
    "fed",
    "genet",
    "geol",
    "geophys",
    "glaciol",
    "hydrol",
    "immunol",
    "infect",
    "int",
    "intern",
    "invest",
    "j",
    "lett",
    "linn",
    "mater",
    "med",
    "meteorol",
    "microbiol",
    "mol",
    "mon",
    "nat",
    "natl",
    "neurol",
    "neurosci",
    "not",
    "nutr",
    "oceanogr",
    "oncol",
    "ornithol",
    "palaeontol",
    "paleontol",
    "pediatr",
    "pharmacol",
    "phys",
    "physiol",
    "planet",
    "proc",
    "psychol",
    "r",
    "radiol",
    "rep",
    "res",
    "rev",
    "sci",
    "soc",
    "supp",
    "surg",
    "sustain",
    "syst",
    "technol",
    "toxicol",
    "transl",
    "virol",
    "zool",
];

/// Whether a word is a journal's name cut short (see `JOURNAL_WORDS`; any
/// case).
pub fn is_journal_word(word: &str) -> bool {
    in_sorted_list(&JOURNAL_WORDS, word)
}

/// The legal forms of companies, which run together ("Hub Power Co. Ltd.",
/// "Perdana Jaya Sdn. Bhd.", "Wellspring Pte. Ltd.", Indonesia's "PT Bank
/// Central Asia Tbk.", Germany's "GmbH & Co. KG", Latin America's
/// "Exportadora Costa Verde Cía. Ltda.", Denmark's "Jyske Vind A/S",
/// Iceland's "Norðurfiskur hf." and France's "Lefort & Cie."). Lower case, without periods, sorted.
const COMPANY_FORMS: [&str; 23] = [
    "a/s", "ag", "bhd", "cie", "co", "corp", "gmbh", "hf", "inc", "kg", "kgaa", "llc", "llp",
    "ltd", "ltda", "nv", "plc", "pte", "pty", "sa", "sdn", "spa", "tbk",
];

/// Whether a word is the legal form of a company (see `COMPANY_FORMS`;
/// case-insensitive, periods ignored: "S.A.", "N.V.").
pub fn is_company_form(word: &str) -> bool {
    let key = word.bytes().filter(|&c| c != b'.');
    COMPANY_FORMS
        .binary_search_by(|r| r.bytes().cmp(key.clone().map(|b| b.to_ascii_lowercase())))
        .is_ok()
}

/// Whether a line never ends on `word` unless wrapped (see `DANGLING`).
pub fn is_dangling(word: &str) -> bool {
    in_sorted_list(&DANGLING, word)
}

/// Whether an abbreviation never ends a sentence (see `LINKING`). "Versus"
/// is a lower-case "v."; a capital "V." may be a king's numeral that ends
/// one ("the archers of Henry V. | It was found"), and before a name it is
/// an initial, which goes on as well ("Roe V. Wade").
pub fn is_linking(word: &str) -> bool {
    word != "V" && flags(word) & LINKING_FLAG != 0
}

pub fn is_sentence_starter(word: &str) -> bool {
    flags(word) & STARTER != 0
}

const TITLE: u8 = 1;
const ABBREVIATION: u8 = 2;
const NUMBER_NEXT: u8 = 4;
const STARTER: u8 = 8;
const NON_FINAL_FLAG: u8 = 16;
const LINKING_FLAG: u8 = 32;
const QUANTIFIER: u8 = 64;
/// 4,096 slots for about 550 words: a lookup, which usually misses, stops at
/// the first empty slot, so the table is kept at most a quarter full (at 9
/// bits, 94% full, the splitter spent a tenth of its time probing; 2,048
/// slots served until the eighteenth session's words passed 512).
const TABLE_BITS: u32 = 12;

/// Packs up to 8 bytes, lower-cased, into a `u64` (0 for longer words).
const fn pack(s: &[u8]) -> u64 {
    if s.len() > 8 {
        return 0;
    }
    let mut k = 0u64;
    let mut i = 0;
    while i < s.len() {
        k = (k << 8) | s[i].to_ascii_lowercase() as u64;
        i += 1;
    }
    k
}

const fn slot(key: u64) -> usize {
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - TABLE_BITS)) as usize
}

const fn insert(
    mut t: [(u64, u8); 1 << TABLE_BITS],
    words: &[&str],
    flag: u8,
) -> [(u64, u8); 1 << TABLE_BITS] {
    let mut w = 0;
    while w < words.len() {
        let key = pack(words[w].as_bytes());
        let mut i = slot(key);
        loop {
            if t[i].0 == 0 || t[i].0 == key {
                t[i].0 = key;
                t[i].1 |= flag;
                break;
            }
            i = (i + 1) & ((1 << TABLE_BITS) - 1);
        }
        w += 1;
    }
    t
}

/// Every listed word with its flags, as an open-addressing hash table
/// built at compile time: a lookup is one multiply and a probe or two.
static TABLE: [(u64, u8); 1 << TABLE_BITS] = {
    let t = [(0u64, 0u8); 1 << TABLE_BITS];
    let t = insert(t, &TITLES, TITLE);
    let t = insert(t, &ABBREVIATIONS, ABBREVIATION);
    let t = insert(t, &BEFORE_NUMBER, NUMBER_NEXT);
    let t = insert(t, &SENTENCE_STARTERS, STARTER);
    let t = insert(t, &LINKING, LINKING_FLAG);
    let t = insert(t, &QUANTIFIERS, QUANTIFIER);
    insert(t, &NON_FINAL, NON_FINAL_FLAG)
};

/// The flags of a word (case-insensitive); 0 when it is in no list.
fn flags(word: &str) -> u8 {
    let key = pack(word.as_bytes());
    if key == 0 {
        return 0;
    }
    let mut i = slot(key);
    loop {
        match TABLE.get(i) {
            Some(&(k, f)) if k == key => return f,
            Some(&(0, _)) | None => return 0,
            Some(_) => i = (i + 1) & ((1 << TABLE_BITS) - 1),
        }
    }
}

pub fn is_title(word: &str) -> bool {
    flags(word) & TITLE != 0
}

pub fn is_abbreviation(word: &str) -> bool {
    flags(word) & (TITLE | ABBREVIATION) != 0
}

pub fn is_before_number(word: &str) -> bool {
    flags(word) & NUMBER_NEXT != 0
}

/// Sentence-final punctuation.
pub fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '‼' | '‽' | '⁇' | '⁈' | '⁉' | '。' | '．' | '！' | '？'
    )
}

/// Marks that close a quotation or bracket.
pub fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '}' | '»' | '›') || is_emphasis(c)
}

/// The marks of emphasis that text scraped from Markdown keeps around words
/// and titles: "*Never.*", "_Shall We Dance?_".
fn is_emphasis(c: char) -> bool {
    matches!(c, '*' | '_')
}

/// Whether a token is marks of emphasis alone, a word of its own: a bullet
/// "*", a rule "***", a blank "___".
pub fn is_emphasis_only(tok: &str) -> bool {
    !tok.is_empty() && tok.bytes().all(|c| c == b'*' || c == b'_')
}

/// Marks that open a quotation or bracket.
pub fn is_opener(c: char) -> bool {
    is_quote_opener(c) || matches!(c, '(' | '[' | '{' | '¿' | '¡') || is_emphasis(c)
}

/// Marks that open a quotation.
pub fn is_quote_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '«' | '‹' | '„')
}

/// Punctuation that may trail a word.
pub fn is_trailing(c: char) -> bool {
    is_terminal(c) || is_closer(c) || matches!(c, ',' | ';' | ':')
}

/// Bullets that start a list item.
pub fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '⁃' | '‣' | '◦' | '▪' | '●' | '■' | '□' | '➢' | '►')
}

/// Dashes that join clauses inside a sentence.
pub fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '-' | '―')
}

/// Splits a whitespace-free token into leading openers, core and trailing
/// punctuation: `“(Hello.”` → `“(`, `Hello`, `.”`.
pub fn parts(tok: &str) -> (&str, &str, &str) {
    if is_emphasis_only(tok) {
        return ("", tok, "");
    }
    let core_start = tok
        .char_indices()
        .find(|&(_, c)| !is_opener(c))
        .map_or(tok.len(), |(i, _)| i);
    let rest = &tok[core_start..];
    let mut core_len = rest
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_trailing(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    // A footnote marker in superscript or in square brackets after the end
    // of a sentence belongs to the trailing marks: "in the EU.² Youth", "40
    // per cent.[3] Yet" (not "10 km²", "Figure [3]").
    // (Superscripts are not ASCII, a bracketed marker closes the token: one
    // byte test spares the common case.)
    let b = rest.as_bytes();
    if core_len > 0 && !b[core_len - 1].is_ascii() {
        let marked = rest[..core_len].trim_end_matches(is_superscript_digit);
        if marked.len() < core_len && marked.ends_with(|c| is_terminal(c) || is_closer(c)) {
            core_len = marked.trim_end_matches(is_trailing).len();
        }
    } else if b.get(core_len) == Some(&b']') {
        core_len = before_bracketed_footnote(rest, core_len);
    }
    (&tok[..core_start], &rest[..core_len], &rest[core_len..])
}

/// Where the core of `rest` ends if its first `core_len` bytes end in a
/// footnote's number opened by a square bracket after a terminal mark or a
/// closer ("cent.[3", the "]" trailing), or else `core_len`.
#[cold]
fn before_bracketed_footnote(rest: &str, core_len: usize) -> usize {
    let digits = rest[..core_len].trim_end_matches(|c: char| c.is_ascii_digit());
    if !(1..=3).contains(&(core_len - digits.len())) {
        return core_len;
    }
    match digits.strip_suffix('[') {
        Some(marked) if marked.ends_with(|c| is_terminal(c) || is_closer(c)) => {
            marked.trim_end_matches(is_trailing).len()
        }
        _ => core_len,
    }
}

fn is_superscript_digit(c: char) -> bool {
    matches!(c, '⁰' | '¹' | '²' | '³' | '⁴' | '⁵' | '⁶' | '⁷' | '⁸' | '⁹')
}

/// The last run of letters of a core: `example.com` → `com`, `U.S` → `S`.
pub fn last_segment(core: &str) -> &str {
    let start = core
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    &core[start..]
}

/// Case class of the first character of a token's core.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Case {
    Upper,
    Lower,
    Digit,
    Other,
    Empty,
}

pub fn first_case(s: &str) -> Case {
    match s.chars().next() {
        None => Case::Empty,
        Some(c) if c.is_uppercase() => Case::Upper,
        Some(c) if c.is_lowercase() => Case::Lower,
        Some(c) if c.is_numeric() => Case::Digit,
        Some(c) if c.is_alphabetic() => Case::Upper, // caseless scripts start sentences too
        Some(_) => Case::Other,
    }
}

/// A list-item marker at the start of a line or sentence.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Marker {
    Bullet,
    Number(u32),
    Letter(u32),
    /// A lower-case Roman numeral of two letters or more (`ii`, `iv`).
    Roman(u32),
}

/// Lower-case Roman numerals as list items number them.
const ROMAN: [&str; 12] = [
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
];

impl Marker {
    /// Whether a list can start with this item: a bullet, `1.`, `a)`, `i.`
    /// (not `39.`, which after "Total:" is a figure).
    pub fn opens_list(self) -> bool {
        matches!(self, Marker::Bullet | Marker::Number(1) | Marker::Letter(0))
            || self.roman() == Some(1)
    }

    /// The item's number if it can be read as a Roman numeral: `i.`, `v.`
    /// and `x.` are letters and numerals both.
    fn roman(self) -> Option<u32> {
        match self {
            Marker::Roman(v) => Some(v),
            Marker::Letter(l) => ROMAN
                .iter()
                .position(|r| r.len() == 1 && u32::from(r.as_bytes()[0] - b'a') == l)
                .and_then(|i| u32::try_from(i + 1).ok()),
            Marker::Bullet | Marker::Number(_) => None,
        }
    }
}

/// Recognises `1.`, `2)`, `3.)`, `a.`, `b)`, `ii.`, `•`, `⁃9.` as list markers.
pub fn list_marker(tok: &str) -> Option<Marker> {
    let mut chars = tok.chars();
    let first = chars.next()?;
    if is_bullet(first) {
        return Some(Marker::Bullet);
    }
    let b = tok.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let (value_len, marker) = if (1..=3).contains(&digits) {
        let v = b[..digits]
            .iter()
            .fold(0u32, |acc, &d| acc * 10 + u32::from(d - b'0'));
        (digits, Marker::Number(v))
    } else if digits == 0 && b.len() >= 2 && b[0].is_ascii_lowercase() {
        let letters = b.iter().take_while(|c| c.is_ascii_lowercase()).count();
        if letters == 1 {
            (1, Marker::Letter(u32::from(b[0] - b'a')))
        } else {
            let numeral = ROMAN.iter().position(|r| r.as_bytes() == &b[..letters]);
            match numeral.and_then(|i| u32::try_from(i + 1).ok()) {
                Some(v) => (letters, Marker::Roman(v)),
                None => return None,
            }
        }
    } else {
        return None;
    };
    match &b[value_len..] {
        b"." | b")" | b".)" => Some(marker),
        _ => None,
    }
}

/// Whether `next` continues the list that `first` started (`1.` → `2.`).
pub fn continues_list(first: Option<Marker>, next: Option<Marker>) -> bool {
    match (first, next) {
        (_, Some(Marker::Bullet)) => true,
        (Some(Marker::Number(a)), Some(Marker::Number(b))) => b == a + 1,
        (Some(Marker::Letter(a)), Some(Marker::Letter(b))) if b == a + 1 => true,
        (Some(a), Some(b)) => a.roman().zip(b.roman()).is_some_and(|(a, b)| b == a + 1),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_table_stays_sparse() {
        let used = TABLE.iter().filter(|(key, _)| *key != 0).count();
        assert!(used * 4 <= TABLE.len(), "{used} of {} slots", TABLE.len());
    }

    #[test]
    fn every_listed_word_is_found() {
        for w in TITLES {
            assert!(is_title(w) && is_abbreviation(w), "{w}");
        }
        for w in ABBREVIATIONS {
            assert!(is_abbreviation(w), "{w}");
        }
        for w in BEFORE_NUMBER {
            assert!(is_before_number(w), "{w}");
        }
        for w in JOURNAL_WORDS {
            assert!(is_journal_word(w), "{w}");
        }
        for w in UNIT_ABBREVIATIONS {
            assert!(is_unit_abbreviation(w), "{w}");
        }
        for w in LOCAL_BODIES {
            assert!(is_local_body(w), "{w}");
        }
        assert!(is_local_body("Sheriff's") && is_local_body("Attorney’s"));
        for w in SENTENCE_STARTERS {
            assert!(is_sentence_starter(w), "{w}");
        }
        for w in NON_FINAL {
            assert!(is_non_final(w), "{w}");
        }
        for w in QUANTIFIERS {
            assert!(is_quantifier(w), "{w}");
        }
        for w in NOTE_LABELS {
            assert!(is_note_label(w), "{w}");
        }
        for w in DANGLING {
            assert!(is_dangling(w), "{w}");
        }
        assert!(is_dangling("The") && !is_dangling("for") && !is_dangling("on"));
        for w in NAME_SUFFIXES {
            assert!(is_name_suffix(w), "{w}");
        }
        for w in BANG_NAMES {
            assert!(is_bang_name(w), "{w}");
        }
        assert!(is_bang_name("Yahoo") && !is_bang_name("wow"));
        for w in COMPANY_FORMS {
            assert!(is_company_form(w), "{w}");
        }
        assert!(is_company_form("S.A") && is_company_form("GmbH") && !is_company_form("Company"));
        for w in ROLES {
            assert!(is_role(w), "{w}");
        }
        assert!(is_role("Senator") && is_role("PRESIDENT") && !is_role("presidents"));
        for w in TIME_ZONES {
            assert!(is_time_zone(w), "{w}");
        }
        assert!(!is_time_zone("ist") && !is_time_zone("It"));
        for w in TIME_LEADS {
            assert!(is_time_lead(w), "{w}");
        }
        for w in SPEECH_VERBS {
            assert!(is_speech_verb(w), "{w}");
        }
        assert!(!is_speech_verb("Said"));
        for w in INSTITUTIONS {
            assert!(continues_initials(w), "{w}");
        }
        assert!(continues_initials("Embassy") && !continues_initials("demand"));
        for w in REPORTED_CLAUSE {
            assert!(opens_reported_clause(w), "{w}");
        }
        assert!(opens_reported_clause("She") && !opens_reported_clause("the"));
        for w in MONTHS.iter().chain(&DAYS) {
            assert!(is_day_or_month(w), "{w}");
        }
        assert!(is_month("June") && is_month("SEPT") && is_month("may"));
        assert!(!is_month("Sun") && !is_month("Monday") && !is_month("Mayor"));
        assert!(is_day_or_month("Friday") && is_day_or_month("SEPT") && !is_day_or_month("Fr"));
        for w in TITLE_WORDS {
            assert!(is_title_word(w), "{w}");
        }
        for w in QUESTION_WORDS {
            assert!(is_question_word(w), "{w}");
        }
        assert!(is_question_word("What") && !is_title_word("Of"));
        for w in CREDITS {
            assert!(is_credit(w), "{w}");
        }
        assert!(!is_credit("Ed"));
        for w in STREET_TYPES {
            assert!(is_street_type(w), "{w}");
        }
        assert!(is_street_type("Blvd") && !is_street_type("St"));
        for w in ADDRESS_TITLES {
            assert!(is_address_title(w), "{w}");
        }
        assert!(is_address_title("Mrs") && !is_address_title("Dr"));
        for w in STATES {
            assert!(is_state(w), "{w}");
        }
        for w in LETTERED {
            assert!(is_lettered(w), "{w}");
        }
        assert!(is_lettered("Vitamin") && !is_lettered("George"));
        for w in NAMED_AFTER {
            assert!(is_named_after(w), "{w}");
        }
        assert!(is_named_after("Day") && !is_named_after("Police"));
        assert!(is_state("N.Y") && is_state("Calif") && !is_state("St"));
        assert!(!is_abbreviation("minister") && !is_abbreviation("") && !is_title("Mrx"));
        assert!(is_title("MR") && is_abbreviation("U.S.A"));
    }

    #[test]
    fn token_parts() {
        assert_eq!(parts("“(Hello.”"), ("“(", "Hello", ".”"));
        assert_eq!(parts("U.S."), ("", "U.S", "."));
        assert_eq!(parts("EU.²"), ("", "EU", ".²"));
        assert_eq!(parts("km²"), ("", "km²", ""));
        assert_eq!(parts("..."), ("", "", "..."));
        assert_eq!(parts("\"'"), ("\"'", "", ""));
        assert_eq!(parts("*Never.*"), ("*", "Never", ".*"));
        assert_eq!(parts("***"), ("", "***", ""));
        assert_eq!(last_segment("example.com"), "com");
        assert_eq!(list_marker("2.)"), Some(Marker::Number(2)));
        assert_eq!(list_marker("b."), Some(Marker::Letter(1)));
        assert_eq!(list_marker("⁃10."), Some(Marker::Bullet));
        assert_eq!(list_marker("2025."), None);
        assert_eq!(list_marker("iv)"), Some(Marker::Roman(4)));
        assert_eq!(list_marker("vv."), None);
        assert!(continues_list(list_marker("i."), list_marker("ii.")));
        assert!(continues_list(list_marker("iv."), list_marker("v.")));
        assert!(continues_list(list_marker("h."), list_marker("i.")));
        assert!(!continues_list(list_marker("ii."), list_marker("iv.")));
        assert!(is_title("Mr") && is_abbreviation("U.S") && is_before_number("No"));
    }
}
