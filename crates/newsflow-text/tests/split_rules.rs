//! Table of the traps of English sentence splitting (issue 3): each row is an
//! input and the sentences a careful reader finds in it.

use newsflow_text::split_sentences;

fn sents(s: &str) -> Vec<&str> {
    split_sentences(s).iter().map(|x| x.text(s)).collect()
}

const CASES: &[(&str, &[&str])] = &[
    // Plain terminal punctuation.
    ("Hello World. My name is Jonas.", &["Hello World.", "My name is Jonas."]),
    ("What is your name? My name is Jonas.", &["What is your name?", "My name is Jonas."]),
    ("There it is! I found it.", &["There it is!", "I found it."]),
    // Initials.
    ("My name is Jonas E. Smith.", &["My name is Jonas E. Smith."]),
    ("The author J. K. Rowling spoke.", &["The author J. K. Rowling spoke."]),
    ("George W. Bush met Tony Blair.", &["George W. Bush met Tony Blair."]),
    // A letter that names something can end a sentence.
    ("Islamabad fell back on Plan B. The talks were moved to Doha.",
     &["Islamabad fell back on Plan B.", "The talks were moved to Doha."]),
    ("We make a good team, you and I. Did you see Albert I. Jones yesterday?",
     &["We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"]),
    // Abbreviations and titles.
    ("Please turn to p. 55.", &["Please turn to p. 55."]),
    ("Were Jane and co. at the party?", &["Were Jane and co. at the party?"]),
    ("They closed the deal with Pitt, Briggs & Co. at noon.",
     &["They closed the deal with Pitt, Briggs & Co. at noon."]),
    ("Let's ask Jane and co. They should know.", &["Let's ask Jane and co.", "They should know."]),
    ("They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
     &["They closed the deal with Pitt, Briggs & Co.", "It closed yesterday."]),
    ("I can see Mt. Fuji from here.", &["I can see Mt. Fuji from here."]),
    ("St. Michael's Church is on 5th st. near the light.",
     &["St. Michael's Church is on 5th st. near the light."]),
    ("That is JFK Jr.'s book.", &["That is JFK Jr.'s book."]),
    ("I visited the U.S.A. last year.", &["I visited the U.S.A. last year."]),
    ("I live in the E.U. How about you?", &["I live in the E.U.", "How about you?"]),
    ("I live in the U.S. How about you?", &["I live in the U.S.", "How about you?"]),
    ("Guidance was published by the C.D.C. Demand was modest, pharmacists said.",
     &["Guidance was published by the C.D.C.", "Demand was modest, pharmacists said."]),
    ("Few goaltenders have been as durable in the N.H.L. Karlsson started 60 games.",
     &["Few goaltenders have been as durable in the N.H.L.", "Karlsson started 60 games."]),
    ("Officials said the U.S. Embassy would stay open.",
     &["Officials said the U.S. Embassy would stay open."]),
    ("Patients received 5 mg. of the drug twice daily.",
     &["Patients received 5 mg. of the drug twice daily."]),
    ("Revenue is forecast at €1.9bn (est. €2.1bn), the company said.",
     &["Revenue is forecast at €1.9bn (est. €2.1bn), the company said."]),
    ("Its centre was near 21.1 N, 109.6 W. Authorities opened 180 shelters.",
     &["Its centre was near 21.1 N, 109.6 W.", "Authorities opened 180 shelters."]),
    ("The shop is at 1200 N. Main St. in Wichita.", &["The shop is at 1200 N. Main St. in Wichita."]),
    ("Const. Harjit Sandhu said the victim was targeted.",
     &["Const. Harjit Sandhu said the victim was targeted."]),
    ("Shares of Pemberton Chips Inc. jumped 9% after the company lifted its outlook.",
     &["Shares of Pemberton Chips Inc. jumped 9% after the company lifted its outlook."]),
    ("The court ordered the liquidation of Meridian Bunkering Pte. Ltd. Creditors are owed S$60 million.",
     &["The court ordered the liquidation of Meridian Bunkering Pte. Ltd.", "Creditors are owed S$60 million."]),
    ("There is no men's stage race left in the U.K. British Cycling called it a blow.",
     &["There is no men's stage race left in the U.K.", "British Cycling called it a blow."]),
    ("\"A.J. is the best receiver I've ever played with,\" said quarterback Ben Whitaker.",
     &["\"A.J. is the best receiver I've ever played with,\" said quarterback Ben Whitaker."]),
    ("Sivabaek added: \"I will be meeting Real on Wednesday.\"",
     &["Sivabaek added: \"I will be meeting Real on Wednesday.\""]),
    ("It will stage a new version of J.M. Synge's \"The Playboy of the Western World\" in May.",
     &["It will stage a new version of J.M. Synge's \"The Playboy of the Western World\" in May."]),
    ("The single, by Dayo Adeyemi feat. Kojo Blaze, entered the chart at No. 7.",
     &["The single, by Dayo Adeyemi feat. Kojo Blaze, entered the chart at No. 7."]),
    ("It pulled millions out of poverty, an unparalleled feat. It ensured Apple had cheap labour.",
     &["It pulled millions out of poverty, an unparalleled feat.", "It ensured Apple had cheap labour."]),
    ("The pantry is at 812 W. 3rd St. Volunteers are needed to pack boxes.",
     &["The pantry is at 812 W. 3rd St.", "Volunteers are needed to pack boxes."]),
    ("The town hall is at 1200 Raintree Dr. Residents are encouraged to come.",
     &["The town hall is at 1200 Raintree Dr.", "Residents are encouraged to come."]),
    ("The site, owned by Hargreaves Bros. Ltd., has been empty since 2008.",
     &["The site, owned by Hargreaves Bros. Ltd., has been empty since 2008."]),
    ("A screening is held at the Ss. Peter and Paul Parish Hall.",
     &["A screening is held at the Ss. Peter and Paul Parish Hall."]),
    ("She was the first in her family to attend college in the U.S. Now she teaches there.",
     &["She was the first in her family to attend college in the U.S.", "Now she teaches there."]),
    ("The Monsoon Letters\nDir. Anjali Mehra, 128 mins\nA gentle drama.",
     &["The Monsoon Letters", "Dir. Anjali Mehra, 128 mins", "A gentle drama."]),
    ("Duties were cut on rice, wheat, beans, etc. The Minister of Agriculture, Sen. Abubakar Kyari, said so.",
     &["Duties were cut on rice, wheat, beans, etc.", "The Minister of Agriculture, Sen. Abubakar Kyari, said so."]),
    ("Pakistan said it would take the matter to the U.N. Islamabad also said the treaty was void.",
     &["Pakistan said it would take the matter to the U.N.", "Islamabad also said the treaty was void."]),
    ("Protesters marched on Roxas Blvd. DILG Sec. Jonvic Remulla urged calm.",
     &["Protesters marched on Roxas Blvd.", "DILG Sec. Jonvic Remulla urged calm."]),
    ("AMSTERDAM — ASML Holding, the Dutch maker of chipmaking equipment, reported a rise in profit.",
     &["AMSTERDAM — ASML Holding, the Dutch maker of chipmaking equipment, reported a rise in profit."]),
    ("Islamabad: At least 37 people were killed in floods. Rescue teams were sent.",
     &["Islamabad: At least 37 people were killed in floods.", "Rescue teams were sent."]),
    ("He testified before the U.S. Senate on Wednesday. It went badly.",
     &["He testified before the U.S. Senate on Wednesday.", "It went badly."]),
    ("Trump called to ban Muslims from entering the U.S. While Clinton condemned it, others agreed.",
     &["Trump called to ban Muslims from entering the U.S.", "While Clinton condemned it, others agreed."]),
    ("Speaking in the U.K. Prime Minister Keir Starmer said talks would go on. Apple Inc. CEO Tim Cook agreed.",
     &["Speaking in the U.K. Prime Minister Keir Starmer said talks would go on.", "Apple Inc. CEO Tim Cook agreed."]),
    ("He was stationed at Ft. Bragg for a year.", &["He was stationed at Ft. Bragg for a year."]),
    ("I work for the U.S. Government in Virginia.", &["I work for the U.S. Government in Virginia."]),
    // ... but a plural common noun after it is written in lower case in
    // running text, so a capital one opens the next sentence.
    ("Much of it was handled by the U.S. Officials in New Delhi denied it. U.S. officials agreed.",
     &["Much of it was handled by the U.S.", "Officials in New Delhi denied it.", "U.S. officials agreed."]),
    ("U.N. Peacekeepers Killed in Mali\nThree soldiers died on Sunday.",
     &["U.N. Peacekeepers Killed in Mali", "Three soldiers died on Sunday."]),
    // So does a place and its verb, or a people before a plural noun: no
    // abbreviation's name goes on so. A seat of government does, and a
    // sentence without its own verb yet goes on.
    ("Moscow proposed talks under the auspices of the U.N. Kyiv has rejected the idea.",
     &["Moscow proposed talks under the auspices of the U.N.", "Kyiv has rejected the idea."]),
    ("He spoke to Iran and the U.K. New Delhi did not say more. The drug is sold in the U.S. European regulators are wary.",
     &["He spoke to Iran and the U.K.", "New Delhi did not say more.", "The drug is sold in the U.S.",
       "European regulators are wary."]),
    ("Builders reported shortages across the U.S. Canada, the largest supplier, has threatened tariffs.",
     &["Builders reported shortages across the U.S.", "Canada, the largest supplier, has threatened tariffs."]),
    ("It passed at the U.N. U.S. diplomats abstained. He flew to the U.K. Mr. Hollis denies wrongdoing.",
     &["It passed at the U.N.", "U.S. diplomats abstained.", "He flew to the U.K.", "Mr. Hollis denies wrongdoing."]),
    ("A spokesman said the U.S. State Department was aware. In the U.S. China is seen as a rival.",
     &["A spokesman said the U.S. State Department was aware.", "In the U.S. China is seen as a rival."]),
    // A one-word name and a clause about a person: a new sentence (other
    // asides follow an institution's name too).
    ("The bill would ban vapes across the U.K. Patel, who drafted it, said so.",
     &["The bill would ban vapes across the U.K.", "Patel, who drafted it, said so."]),
    ("Bonds sold by the U.S. Treasury, the largest issuer, fell.",
     &["Bonds sold by the U.S. Treasury, the largest issuer, fell."]),
    // A state after its town ends a sentence before a capital: the
    // sentence that goes on puts a comma after it.
    ("She lives in Chappaqua, N.Y. Mrs. Clinton flew in from Lodi, N.J., on Monday.",
     &["She lives in Chappaqua, N.Y.", "Mrs. Clinton flew in from Lodi, N.J., on Monday."]),
    // A name alone is no sentence yet, whatever closes it.
    ("The Marchetti Bros. Circus will set up on Friday. Orion Semiconductor Corp. Thursday reported a loss.",
     &["The Marchetti Bros. Circus will set up on Friday.", "Orion Semiconductor Corp. Thursday reported a loss."]),
    ("Offices close for Martin Luther King Jr. Day. Schools stay open.",
     &["Offices close for Martin Luther King Jr. Day.", "Schools stay open."]),
    // A letter that labels a thing is no initial.
    ("Ministers said there was no Plan B. European partners were alarmed. Doses of vitamin C. Professor Amal Haddad led it.",
     &["Ministers said there was no Plan B.", "European partners were alarmed.", "Doses of vitamin C.",
       "Professor Amal Haddad led it."]),
    ("He met the U.N. Geneva office staff and the U.S. Africa Command chief.",
     &["He met the U.N. Geneva office staff and the U.S. Africa Command chief."]),
    ("She lives on Main St. The house is old.", &["She lives on Main St.", "The house is old."]),
    // So does the article "A" before a lower-case word (not a letter that
    // stands for a name).
    ("The envoy spent a month in the U.S. A second round of talks is due in May. Mr. A testified.",
     &["The envoy spent a month in the U.S.", "A second round of talks is due in May.", "Mr. A testified."]),
    // Abbreviations before a number, or before a currency and its amount.
    ("Margins beat an est. Rs 2,310 crore and approx. USD 48 million. Sales fell.",
     &["Margins beat an est. Rs 2,310 crore and approx. USD 48 million.", "Sales fell."]),
    ("He lives in Apt. 12C; see col. 1043 and paras. 7 to 9 of the record.",
     &["He lives in Apt. 12C; see col. 1043 and paras. 7 to 9 of the record."]),
    ("For interviews, contact:\nAnita Desai, Press Officer\nTel.: +91 11 2301 7160",
     &["For interviews, contact:", "Anita Desai, Press Officer", "Tel.: +91 11 2301 7160"]),
    ("Dra. Carmen Ruiz and Sra. Elena Paz spoke first.",
     &["Dra. Carmen Ruiz and Sra. Elena Paz spoke first."]),
    ("The Rt. Hon. Member for Leeds North asked about Cl. 7 and Eq. 2 of the annex.",
     &["The Rt. Hon. Member for Leeds North asked about Cl. 7 and Eq. 2 of the annex."]),
    ("Bro. Anselm Walsh and Pte. Dara Quinn were honoured. The order applies w.e.f. 1.6.2025.",
     &["Bro. Anselm Walsh and Pte. Dara Quinn were honoured.", "The order applies w.e.f. 1.6.2025."]),
    ("Seedlings of Quercus spp. were planted, and one Nepenthes sp. from Borneo. Most survived.",
     &["Seedlings of Quercus spp. were planted, and one Nepenthes sp. from Borneo.", "Most survived."]),
    ("The verse is Matt. 6:9 and Lk. 11:2. Both were read aloud.",
     &["The verse is Matt. 6:9 and Lk. 11:2.", "Both were read aloud."]),
    ("Sr. Bernadette Nwosu ran the clinic. Flooding hit Co. Galway and Co. Clare overnight.",
     &["Sr. Bernadette Nwosu ran the clinic.", "Flooding hit Co. Galway and Co. Clare overnight."]),
    ("Orders went to Fauji Cement Co. Ltd. and Sime Darby Bhd. She thanked Sr. Ortiz for the loan.",
     &["Orders went to Fauji Cement Co. Ltd. and Sime Darby Bhd.", "She thanked Sr. Ortiz for the loan."]),
    ("The deed is at Ex. D-4 of the record. He was born in Omagh, Co. Tyrone, in 1950.",
     &["The deed is at Ex. D-4 of the record.", "He was born in Omagh, Co. Tyrone, in 1950."]),
    ("Engr. Tunde Bakare met Barr. (Mrs.) Ada Eze in Brgy. San Roque and Sta. Mesa.",
     &["Engr. Tunde Bakare met Barr. (Mrs.) Ada Eze in Brgy. San Roque and Sta. Mesa."]),
    ("The deal went to Mutiara Sdn. Bhd. The DJ, a.k.a. Spinall, told E! News about it.",
     &["The deal went to Mutiara Sdn. Bhd.", "The DJ, a.k.a. Spinall, told E! News about it."]),
    ("It has two stages: i. new pipes and ii. a pumping station. Work starts soon.",
     &["It has two stages: i. new pipes and ii. a pumping station.", "Work starts soon."]),
    ("\"We kept our word,\"\nsaid the mayor. Nobody replied.",
     &["\"We kept our word,\"\nsaid the mayor.", "Nobody replied."]),
    ("In 323 B.C. Alexander died in Babylon. The city fell in 300 B.C. Rebuilding took decades.",
     &["In 323 B.C. Alexander died in Babylon.", "The city fell in 300 B.C.", "Rebuilding took decades."]),
    ("Inflation was 7.8%. Governor Ada Obi said rates would hold.",
     &["Inflation was 7.8%.", "Governor Ada Obi said rates would hold."]),
    ("Smith et al. (2019) found a rise. Shares of Zeta Corp. (NYSE: ZTC) fell 4%.",
     &["Smith et al. (2019) found a rise.", "Shares of Zeta Corp. (NYSE: ZTC) fell 4%."]),
    ("Step 1. Open the lid. Step 2. Choose View > Zoom and add water.",
     &["Step 1. Open the lid.", "Step 2. Choose View > Zoom and add water."]),
    ("Ada Lovelace (b. 1815, d. 1852) wrote it. Akbar (r. 1556–1605) ruled.",
     &["Ada Lovelace (b. 1815, d. 1852) wrote it.", "Akbar (r. 1556–1605) ruled."]),
    ("Reset\n1. Unplug it.\n2. Wait approx. 30 sec.\n3. Plug it in.",
     &["Reset", "1. Unplug it.", "2. Wait approx. 30 sec.", "3. Plug it in."]),
    ("The rule comes from Roe v. Wade, 410 U.S. 113 (1973), and later cases.",
     &["The rule comes from Roe v. Wade, 410 U.S. 113 (1973), and later cases."]),
    ("The guest of honour was ... Wole Soyinka. A memoir by ex-Gov. Ada Obi is out. It ran 13.1 mi. in all.",
     &["The guest of honour was ... Wole Soyinka.", "A memoir by ex-Gov. Ada Obi is out.", "It ran 13.1 mi. in all."]),
    ("Consulate of Ghana\n3512 International Ave. NW\nWashington, D.C. 20008",
     &["Consulate of Ghana", "3512 International Ave. NW", "Washington, D.C. 20008"]),
    ("The ward admits about 40\npatients a week, and the in-\ntake is rising in winter months.",
     &["The ward admits about 40\npatients a week, and the in-\ntake is rising in winter months."]),
    // A title in capitals in mixed-case text is an acronym.
    ("The drug was approved for patients with MS. Trials in Canada continue.",
     &["The drug was approved for patients with MS.", "Trials in Canada continue."]),
    // A time that opens the sentence (an agenda, a live blog) goes on.
    ("Programme\n9:30 a.m. Opening remarks by the chair\n10:00 a.m. Panel on water rights",
     &["Programme", "9:30 a.m. Opening remarks by the chair", "10:00 a.m. Panel on water rights"]),
    ("I have lived in the U.S. for 20 years.", &["I have lived in the U.S. for 20 years."]),
    ("The company is based in the U.S. The minister said it was illegal.",
     &["The company is based in the U.S.", "The minister said it was illegal."]),
    ("Lt. Col. Ahmed Khan and Gen. Asim Munir met Dr. Smith and Mrs. Jones.",
     &["Lt. Col. Ahmed Khan and Gen. Asim Munir met Dr. Smith and Mrs. Jones."]),
    ("Acme Inc. and Foo Ltd. signed a deal on Jan. 6 with approx. 40 staff.",
     &["Acme Inc. and Foo Ltd. signed a deal on Jan. 6 with approx. 40 staff."]),
    ("He lives at No. 10 Downing Street. It is old.",
     &["He lives at No. 10 Downing Street.", "It is old."]),
    ("Prof. Ahmed teaches at the univ. in Lahore.", &["Prof. Ahmed teaches at the univ. in Lahore."]),
    // Abbreviations that always lead on to what follows.
    ("Several tools (e.g. The Programming Historian) are free. Others cost money.",
     &["Several tools (e.g. The Programming Historian) are free.", "Others cost money."]),
    ("The case, Roe v. Wade, was decided in 1973.", &["The case, Roe v. Wade, was decided in 1973."]),
    // Numbers, money, times, dates.
    ("At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.",
     &["At 5 a.m. Mr. Smith went to the bank.", "He left the bank at 6 P.M.", "Mr. Smith then went to the store."]),
    // A time closes a clause that has a verb; it opens one that has none.
    ("The talks ended at 9 p.m. Mr. Dar flew home. By 7 a.m. Mr. Jaishankar had replied.",
     &["The talks ended at 9 p.m.", "Mr. Dar flew home.", "By 7 a.m. Mr. Jaishankar had replied."]),
    ("She has $100.00 in her bag.", &["She has $100.00 in her bag."]),
    ("She has $100.00. It is in her bag.", &["She has $100.00.", "It is in her bag."]),
    ("Inflation rose 3.5% to $4.5 billion. Prices fell on 1.2.2025 at 10 a.m. in Delhi.",
     &["Inflation rose 3.5% to $4.5 billion.", "Prices fell on 1.2.2025 at 10 a.m. in Delhi."]),
    ("You can find it at N°. 1026.253.553. That is where the treasure is.",
     &["You can find it at N°. 1026.253.553.", "That is where the treasure is."]),
    // Brackets and quotes: the closing mark stays with its sentence.
    ("He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
     &["He teaches science (He previously worked for 5 years as an engineer.) at the local University."]),
    ("She turned to him, 'This is great.' she said.", &["She turned to him, 'This is great.' she said."]),
    ("She turned to him, \"This is great.\" she said.", &["She turned to him, \"This is great.\" she said."]),
    ("She turned to him, \"This is great.\" She held the book out to show him.",
     &["She turned to him, \"This is great.\"", "She held the book out to show him."]),
    ("“Discussion is the way to proceed.” Dar was clear.",
     &["“Discussion is the way to proceed.”", "Dar was clear."]),
    ("“We don’t want to push the conversation,” Dar continued.",
     &["“We don’t want to push the conversation,” Dar continued."]),
    // (So does one that ends in "?" or "!"; a sentence after it does not.)
    ("“Is this the best they can do?” Mr. Vance asked at a rally. “Why now?” Khan said.",
     &["“Is this the best they can do?” Mr. Vance asked at a rally.", "“Why now?” Khan said."]),
    // The speaker may have a long title or an aside before the verb.
    ("“Who will pay for this?” Sen. Raymond Okafor, R-Ohio, asked. The hearing went on.",
     &["“Who will pay for this?” Sen. Raymond Okafor, R-Ohio, asked.", "The hearing went on."]),
    ("\"Where is the money?\" Congress MP Shashank Verma asked in the Lok Sabha.",
     &["\"Where is the money?\" Congress MP Shashank Verma asked in the Lok Sabha."]),
    ("“Is this a joke?” Khan, a former captain, said after the match.",
     &["“Is this a joke?” Khan, a former captain, said after the match."]),
    ("“Where is the money?” Minister for Finance and Revenue Shaukat Awan asked after the vote.",
     &["“Where is the money?” Minister for Finance and Revenue Shaukat Awan asked after the vote."]),
    // A verb of saying with a clause of its own reports: a new sentence.
    ("He asked: “How can they clean up our hospitals?” Mr Blair said he would not respond.",
     &["He asked: “How can they clean up our hospitals?”", "Mr Blair said he would not respond."]),
    ("“Who is the winner here?” Ms. Patel noted that the accounts may be of value.",
     &["“Who is the winner here?”", "Ms. Patel noted that the accounts may be of value."]),
    ("“How can you go against the movie?” Mr Kashyap's lawyer Mihir Desai said.",
     &["“How can you go against the movie?” Mr Kashyap's lawyer Mihir Desai said."]),
    ("“Do you regret it?” I asked. “Every day,” he said.",
     &["“Do you regret it?” I asked.", "“Every day,” he said."]),
    ("He asked: “Why?” Smith, however, said nothing.",
     &["He asked: “Why?”", "Smith, however, said nothing."]),
    ("The president asked, “Who authorised this?” Nobody answered.",
     &["The president asked, “Who authorised this?”", "Nobody answered."]),
    ("He said it takes “two to tango.” Then he left.", &["He said it takes “two to tango.”", "Then he left."]),
    ("Officials called it “a new normal” for the region.", &["Officials called it “a new normal” for the region."]),
    // A title and a name after a finished sentence open the next one.
    ("The bill passed 52-48. Sen. Lisa Murkowski, R-Alaska, voted no.",
     &["The bill passed 52-48.", "Sen. Lisa Murkowski, R-Alaska, voted no."]),
    // A rank with a bracketed word, a time zone after the time.
    ("Lt. Gen. (retd.) Talat Masood said the army would respond. Nobody else spoke.",
     &["Lt. Gen. (retd.) Talat Masood said the army would respond.", "Nobody else spoke."]),
    ("Prime Minister Narendra Modi addressed the nation at 8 p.m. He said talks were over.",
     &["Prime Minister Narendra Modi addressed the nation at 8 p.m.", "He said talks were over."]),
    ("The ceasefire took effect at 5 p.m. IST on May 10. Both sides claimed violations.",
     &["The ceasefire took effect at 5 p.m. IST on May 10.", "Both sides claimed violations."]),
    // A clock time after the subject and verb ends the sentence, even a
    // verb the word classes miss; one the sentence opened on goes on.
    ("Polls close at 8 p.m. Results are expected after midnight. The debate starts at 7 p.m. Eastern.",
     &["Polls close at 8 p.m.", "Results are expected after midnight.", "The debate starts at 7 p.m. Eastern."]),
    ("Shortly after 2 a.m. Israeli troops entered the camp. Nobody was hurt.",
     &["Shortly after 2 a.m. Israeli troops entered the camp.", "Nobody was hurt."]),
    // A clock time runs on into a day, a month or a country's time.
    ("The polls close at 9 a.m. Friday in Karachi. Counting starts later.",
     &["The polls close at 9 a.m. Friday in Karachi.", "Counting starts later."]),
    ("The truce took effect at 5 p.m. Pakistan time. Both sides held fire.",
     &["The truce took effect at 5 p.m. Pakistan time.", "Both sides held fire."]),
    // Titles of South Asian and diplomatic usage; initials run together.
    ("Amb. Munir Akram addressed the council. Ch. Pervaiz Elahi was arrested in Lahore.",
     &["Amb. Munir Akram addressed the council.", "Ch. Pervaiz Elahi was arrested in Lahore."]),
    ("The former president, A.P.J. Abdul Kalam, was a scientist. The novelist R.K. Narayan wrote of Malgudi.",
     &["The former president, A.P.J. Abdul Kalam, was a scientist.", "The novelist R.K. Narayan wrote of Malgudi."]),
    // Abbreviations of money and measure; a postscript.
    ("The fine was Rs. 500. It was paid in cash.", &["The fine was Rs. 500.", "It was paid in cash."]),
    ("Mr. Starmer spoke to reporters outside No. 10 Downing Street on Monday.",
     &["Mr. Starmer spoke to reporters outside No. 10 Downing Street on Monday."]),
    ("Revenue was $12 billion (approx. Rs 3.4 trillion) for the year. Profit fell.",
     &["Revenue was $12 billion (approx. Rs 3.4 trillion) for the year.", "Profit fell."]),
    ("Add 1 tsp. olive oil and stir. Rates rose by 0.25 pct. on Wednesday.",
     &["Add 1 tsp. olive oil and stir.", "Rates rose by 0.25 pct. on Wednesday."]),
    ("See you on Friday. P.S. I am moving to Lahore next month.",
     &["See you on Friday.", "P.S. I am moving to Lahore next month."]),
    // A street ends a name; a saint goes on with it.
    ("The march ended on Downing St. Police said it was peaceful. Mount St. Helens erupted in 1980.",
     &["The march ended on Downing St.", "Police said it was peaceful.", "Mount St. Helens erupted in 1980."]),
    // A retired officer's title; "circa" and "anno Domini" before a year.
    ("Ret. Gen. Tariq Khan told the panel that the plan had failed.",
     &["Ret. Gen. Tariq Khan told the panel that the plan had failed."]),
    ("The fort was built c. 1500 by the Portuguese. Herculaneum was buried in A.D. 79 with Pompeii.",
     &["The fort was built c. 1500 by the Portuguese.", "Herculaneum was buried in A.D. 79 with Pompeii."]),
    // "No." is a word before anything but a number.
    ("Did the talks fail? No. Both sides will meet again.",
     &["Did the talks fail?", "No.", "Both sides will meet again."]),
    // Measures in two units; a section of a law.
    ("He is 5 ft. 10 in. tall and weighed 7 lb. 4 oz. at birth. Rain reached 3.7 in. on Friday.",
     &["He is 5 ft. 10 in. tall and weighed 7 lb. 4 oz. at birth.", "Rain reached 3.7 in. on Friday."]),
    ("The plea was filed under s. 497 of the code. It was dismissed.",
     &["The plea was filed under s. 497 of the code.", "It was dismissed."]),
    ("Plaintiff drove for Cascade until 2023. Compl. ¶ 8. Cascade did not renew. Id. ¶ 11.",
     &["Plaintiff drove for Cascade until 2023.", "Compl. ¶ 8.", "Cascade did not renew.", "Id. ¶ 11."]),
    // Court records: honorifics, a bench in brackets, "& Anr.", a reference
    // number, "cert. denied".
    ("Sh. Rakesh Kumar, Ld. APP for the State, opposed bail. Smt. Sunita Devi was threatened. The hon. Member may continue.",
     &["Sh. Rakesh Kumar, Ld. APP for the State, opposed bail.", "Smt. Sunita Devi was threatened.", "The hon. Member may continue."]),
    ("The State preferred S.L.P. (Crl.) No. 7788 of 2022. It relies on Yusuf v. State of U.P. & Anr. That case turned on its facts.",
     &["The State preferred S.L.P. (Crl.) No. 7788 of 2022.", "It relies on Yusuf v. State of U.P. & Anr.", "That case turned on its facts."]),
    ("Ref: Your letter No. MEA/PP/2025/117 of 3 April. We acknowledge receipt.",
     &["Ref: Your letter No. MEA/PP/2025/117 of 3 April.", "We acknowledge receipt."]),
    ("See Alvarez, 610 F.3d 101 (2d Cir. 2010), cert. denied, 562 U.S. 1139 (2011). It is settled.",
     &["See Alvarez, 610 F.3d 101 (2d Cir. 2010), cert. denied, 562 U.S. 1139 (2011).", "It is settled."]),
    // An initialism can end a sentence; initials before a surname do not.
    ("The inquiry was opened by the F.B.I. A spokeswoman declined to comment.",
     &["The inquiry was opened by the F.B.I.", "A spokeswoman declined to comment."]),
    // A state abbreviation in a dateline, before a dash.
    ("CONCORD, N.H. - Sen. Bernie Sanders won. BUENA PARK, Calif. - Workers rallied.",
     &["CONCORD, N.H. - Sen. Bernie Sanders won.", "BUENA PARK, Calif. - Workers rallied."]),
    ("BOULDER, Colo. (AP) — Firefighters contained the blaze on Sunday. No homes were lost.",
     &["BOULDER, Colo. (AP) — Firefighters contained the blaze on Sunday.", "No homes were lost."]),
    // Datelines and labels that end in a colon; transcript labels.
    ("ISLAMABAD, May 5 (APP): Prime Minister Shehbaz Sharif chaired a meeting. He left.",
     &["ISLAMABAD, May 5 (APP): Prime Minister Shehbaz Sharif chaired a meeting.", "He left."]),
    // A figure after a colon is no list item; the first item of a list is.
    ("Police made arrests in Lahore, Multan and Quetta. Total: 6. Checks go on.",
     &["Police made arrests in Lahore, Multan and Quetta.", "Total: 6.", "Checks go on."]),
    ("Q. Where were you on the night of March 14? A. At home with my wife.",
     &["Q. Where were you on the night of March 14?", "A. At home with my wife."]),
    // A name with "!" in it, before its verb or the rest of a name, but
    // not before a word that opens sentences.
    ("Yahoo! said it would cut 1,000 jobs.", &["Yahoo! said it would cut 1,000 jobs."]),
    ("Jeopardy! host Ken Jennings thanked the fans.", &["Jeopardy! host Ken Jennings thanked the fans."]),
    ("A Yahoo! News poll found 54% support. Yahoo! The company said so.",
     &["A Yahoo! News poll found 54% support.", "Yahoo!", "The company said so."]),
    // A middle dot separates, it is no bullet.
    ("Replying to @nytimes\nThis is the story of the year.\n10:42 AM · Mar 3, 2024",
     &["Replying to @nytimes", "This is the story of the year.", "10:42 AM · Mar 3, 2024"]),
    // A comma after the final mark goes on with the sentence: US
    // senators' states, a town's state, a quoted exclamation.
    ("Sens. Ron Wyden (D-Ore.), Tim Kaine (D-Va.) and Ted Cruz (R-Texas) wrote to the envoy.",
     &["Sens. Ron Wyden (D-Ore.), Tim Kaine (D-Va.) and Ted Cruz (R-Texas) wrote to the envoy."]),
    ("He trained at the academy in Annapolis, Md., Admiral Khan said on Monday.",
     &["He trained at the academy in Annapolis, Md., Admiral Khan said on Monday."]),
    ("“Was that a fair deal?,” Sharif asked. Nobody answered.",
     &["“Was that a fair deal?,” Sharif asked.", "Nobody answered."]),
    // Sentences glued together with no space, as text joined from HTML
    // blocks often is; addresses and abbreviations stay whole.
    ("The army withdrew.Talks resume on Monday.Mr. Dar will attend with 1,200.Nobody objected.",
     &["The army withdrew.", "Talks resume on Monday.", "Mr. Dar will attend with 1,200.", "Nobody objected."]),
    ("Write to press.Office@example.org or read the ASP.NET and U.S.Army guides.",
     &["Write to press.Office@example.org or read the ASP.NET and U.S.Army guides."]),
    ("Shares in One.Tel fell, said the editor of Halo.Bungie.Org today.",
     &["Shares in One.Tel fell, said the editor of Halo.Bungie.Org today."]),
    // URLs and e-mail addresses.
    ("Her email is Jane.Doe@example.com. I sent her an email.",
     &["Her email is Jane.Doe@example.com.", "I sent her an email."]),
    ("The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
     &["The site is: https://www.example.50.com/new-site/awesome_content.html.", "Please check it out."]),
    ("It is an online dating scam.\" http://www.example.com/forum/scams Read it before you pay.",
     &["It is an online dating scam.\"", "http://www.example.com/forum/scams", "Read it before you pay."]),
    // An e-mail header's date and time end its line; a time in running
    // text does not.
    ("Forwarded by Christa Winfrey on 08/08/2000 11:36 AM have you heard from anyone? Also, what is new?",
     &["Forwarded by Christa Winfrey on 08/08/2000 11:36 AM", "have you heard from anyone?", "Also, what is new?"]),
    ("The talks start at 10:30 AM tomorrow in Doha.", &["The talks start at 10:30 AM tomorrow in Doha."]),
    // Repeated terminal marks.
    ("Hello!! Long time no see.", &["Hello!!", "Long time no see."]),
    ("Hello?? Who is there?", &["Hello??", "Who is there?"]),
    ("Hello!? Is that you?", &["Hello!?", "Is that you?"]),
    ("Hello?! Is that you?", &["Hello?!", "Is that you?"]),
    ("He resigned‽ Nobody saw that coming.", &["He resigned‽", "Nobody saw that coming."]),
    ("She works at Yahoo! in the accounting department.", &["She works at Yahoo! in the accounting department."]),
    // Lists.
    ("1.) The first item 2.) The second item", &["1.) The first item", "2.) The second item"]),
    ("1.) The first item. 2.) The second item.", &["1.) The first item.", "2.) The second item."]),
    ("1) The first item 2) The second item", &["1) The first item", "2) The second item"]),
    ("1) The first item. 2) The second item.", &["1) The first item.", "2) The second item."]),
    ("1. The first item 2. The second item", &["1. The first item", "2. The second item"]),
    ("1. The first item. 2. The second item.", &["1. The first item.", "2. The second item."]),
    ("• 9. The first item • 10. The second item", &["• 9. The first item", "• 10. The second item"]),
    ("⁃9. The first item ⁃10. The second item", &["⁃9. The first item", "⁃10. The second item"]),
    ("a. The first item b. The second item c. The third list item",
     &["a. The first item", "b. The second item", "c. The third list item"]),
    ("i. Read the question. ii. Answer it briefly. iii. Check the answer.",
     &["i. Read the question.", "ii. Answer it briefly.", "iii. Check the answer."]),
    ("If a pair is not laying, check the following: 1. Is a tank mate bothering them? 2. Is the water too cold?",
     &["If a pair is not laying, check the following:", "1. Is a tank mate bothering them?", "2. Is the water too cold?"]),
    // (Items that go on in lower case run inside the sentence.)
    ("The deal has two parts: a) a ceasefire and b) an exchange of prisoners. Both began on Sunday.",
     &["The deal has two parts: a) a ceasefire and b) an exchange of prisoners.", "Both began on Sunday."]),
    // A colon introduces a quotation.
    ("The message was blunt: “We will respond.” Officials did not elaborate.",
     &["The message was blunt: “We will respond.”", "Officials did not elaborate."]),
    // Ellipses.
    ("I never meant that.... She left the store.", &["I never meant that....", "She left the store."]),
    ("I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
     &["I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it."]),
    ("One further habit which was somewhat weakened . . . was that of combining words into self-constructed hyphenated compounds . . . . Most of these nonce compounds survive only one edition.",
     &["One further habit which was somewhat weakened . . . was that of combining words into self-constructed hyphenated compounds . . . .",
       "Most of these nonce compounds survive only one edition."]),
    // (The ellipsis character too: omitted words inside a quotation.)
    ("He called it “a plan to write hatred into our laws … and to divide us.” Nobody objected.",
     &["He called it “a plan to write hatred into our laws … and to divide us.”", "Nobody objected."]),
    ("“Onions, tomatoes… everything has gone up,” a shopper said. He said, “Well... we'll see.”",
     &["“Onions, tomatoes… everything has gone up,” a shopper said.", "He said, “Well... we'll see.”"]),
    // A period, then an ellipsis that opens the next sentence.
    ("The river rose all night. . . . By dawn the bridge was gone.",
     &["The river rose all night.", ". . . By dawn the bridge was gone."]),
    ("Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”",
     &["Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”"]),
    ("\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).",
     &["\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55)."]),
    // A whole sentence in brackets stands on its own; a citation does not.
    ("The talks collapsed on Friday. (Officials on both sides declined to say when they would resume.) The army was put on alert.",
     &["The talks collapsed on Friday.", "(Officials on both sides declined to say when they would resume.)", "The army was put on alert."]),
    ("Troops were moved to the border. (Neither side has confirmed the numbers). A ceasefire holds.",
     &["Troops were moved to the border.", "(Neither side has confirmed the numbers).", "A ceasefire holds."]),
    ("The border was quiet on Friday (Reuters). Talks resume today.",
     &["The border was quiet on Friday (Reuters).", "Talks resume today."]),
    // A separator rule stands between sentences; a double hyphen does not.
    ("Thanks for the figures. ------------------------------ Art Neuendorffer",
     &["Thanks for the figures.", "------------------------------", "Art Neuendorffer"]),
    ("The talks resume on Monday ==========", &["The talks resume on Monday", "=========="]),
    ("The deal -- signed in May -- is dead.", &["The deal -- signed in May -- is dead."]),
    // Dashes.
    ("ISLAMABAD — Pakistan said on Monday it will not beg for talks.",
     &["ISLAMABAD — Pakistan said on Monday it will not beg for talks."]),
    ("The deal — signed in May — is dead. Both sides agree.",
     &["The deal — signed in May — is dead.", "Both sides agree."]),
    // Line structure: headlines, datelines, paragraphs, wrapped lines.
    ("India rejects mediation\nIslamabad, Pakistan\n\nDar said talks are welcome. India disagreed.",
     &["India rejects mediation", "Islamabad, Pakistan", "Dar said talks are welcome.", "India disagreed."]),
    ("Your questions:\n1) what island is best 2) where to stay", &["Your questions:", "1) what island is best", "2) where to stay"]),
    ("features\ncontact manager\nevents, activities\n", &["features", "contact manager", "events, activities"]),
    ("This is a sentence\ncut off in the middle because pdf.", &["This is a sentence\ncut off in the middle because pdf."]),
    ("Officials from the U.S.\nand China met in Geneva. The talks lasted ten hours.",
     &["Officials from the U.S.\nand China met in Geneva.", "The talks lasted ten hours."]),
    ("The bill was tabled in the assembly by Mr.\nKhan, who said it would protect journalists.",
     &["The bill was tabled in the assembly by Mr.\nKhan, who said it would protect journalists."]),
    // Text hard-wrapped at a fixed width: a line break where the next word
    // would not have fitted is a space, even before a capital or after a
    // title; the short lines of a signature still end sentences.
    ("Pakistan on Monday summoned the envoy of the United States, Mr.\n\
      Ellis, to protest against remarks made in Washington by Senator\n\
      Mark Howell, who had called for sanctions on the army chief. Gen.\n\
      Asim Munir did not comment. Talks between the two countries are\n\
      due to resume in May.\n\nSara Khan\nDirector, Public Diplomacy",
     &["Pakistan on Monday summoned the envoy of the United States, Mr.\n\
        Ellis, to protest against remarks made in Washington by Senator\n\
        Mark Howell, who had called for sanctions on the army chief.",
       "Gen.\nAsim Munir did not comment.",
       "Talks between the two countries are\ndue to resume in May.",
       "Sara Khan", "Director, Public Diplomacy"]),
    // A short notice wrapped by hand; a line that stops on "to" or inside a
    // date goes on, a heading that ends on a preposition does not.
    ("The clinic will be closed from Monday while the\nlift is repaired. Please use the side door on Kings\nRoad.",
     &["The clinic will be closed from Monday while the\nlift is repaired.", "Please use the side door on Kings\nRoad."]),
    ("Please send the signed form to\nMs. Rana by Monday, Sept.\n2, at the latest.",
     &["Please send the signed form to\nMs. Rana by Monday, Sept.\n2, at the latest."]),
    ("What we are looking for\nFive years of experience with SQL",
     &["What we are looking for", "Five years of experience with SQL"]),
    ("Sanctions hit 120 people, incl. 3 former ministers. Support fell 4 pts. since March.",
     &["Sanctions hit 120 people, incl. 3 former ministers.", "Support fell 4 pts. since March."]),
    ("The claim arises under 42 U.S.C. § 1983. For help, call ext. 4210.",
     &["The claim arises under 42 U.S.C. § 1983.", "For help, call ext. 4210."]),
    // A headline, then a lede that opens on a name in mixed case; a
    // forwarded e-mail's banner.
    ("Chipmaker warns of weak demand\niPhone sales fell 10% in China, the company said.",
     &["Chipmaker warns of weak demand", "iPhone sales fell 10% in China, the company said."]),
    ("---------- Forwarded message ---------\nFrom: Desk <desk@example.com>",
     &["---------- Forwarded message ---------", "From: Desk <desk@example.com>"]),
    ("The council meets at 10 a.m. New York time. Prop. 50 passed with 64% of the vote.",
     &["The council meets at 10 a.m. New York time.", "Prop. 50 passed with 64% of the vote."]),
    // A quoted reply: the marker that opens a line stands for indentation,
    // so a quoted sentence goes on over it, and the line that introduces the
    // quotation ends before it.
    ("On 3 May, Greg Olsen wrote:\n> Can we move the launch? The printer says the brochures\n> will not be ready until the 18th.\n\nThe 20th works.",
     &["On 3 May, Greg Olsen wrote:", "> Can we move the launch?", "The printer says the brochures\n> will not be ready until the 18th.", "The 20th works."]),
    ("Dana Reyes <dana@example.org> wrote on Tuesday, 4 June 2024, at 09:12:\n> We still have not received the signed contract from the\n> venue. If it does not arrive by Friday, I will call Mr.\n> Castellano directly and ask what the hold-up is. The deposit\n> is due on the 15th either way.\n\nDana, I spoke to him yesterday afternoon.",
     &["Dana Reyes <dana@example.org> wrote on Tuesday, 4 June 2024, at 09:12:",
       "> We still have not received the signed contract from the\n> venue.",
       "If it does not arrive by Friday, I will call Mr.\n> Castellano directly and ask what the hold-up is.",
       "The deposit\n> is due on the 15th either way.",
       "Dana, I spoke to him yesterday afternoon."]),
    // A reply to a reply: "> >" is indentation as well. (A line of a marker
    // alone goes with the sentence after it: every mark is in a sentence.)
    ("Priya Nair wrote:\n> Agreed. I will ask the embassy.\n>\n> > The visa office says the\n> > forms must be signed by the\n> > applicant in person. Can\n> > we send someone on Monday?\n\nMonday is fine.",
     &["Priya Nair wrote:", "> Agreed.", "I will ask the embassy.",
       ">\n> > The visa office says the\n> > forms must be signed by the\n> > applicant in person.",
       "Can\n> > we send someone on Monday?", "Monday is fine."]),
    // In wrapped text a list item opens its line even after "and".
    ("The election commission has recommended the following measures after\nits review of the disputed results in the northern districts:\n1. Fresh polls in fourteen constituencies where counting was stopped;\n2. Disciplinary action against three returning officers; and\n3. A review of the results-management system.",
     &["The election commission has recommended the following measures after\nits review of the disputed results in the northern districts:",
       "1. Fresh polls in fourteen constituencies where counting was stopped;",
       "2. Disciplinary action against three returning officers; and",
       "3. A review of the results-management system."]),
    // (A short line inside a sentence already wrapped goes on too.)
    ("Officials say the minister regularly\nrejects\nthird-party mediation on Kashmir. Talks resume.",
     &["Officials say the minister regularly\nrejects\nthird-party mediation on Kashmir.", "Talks resume."]),
    // Laid out in lines, a sentence never ends inside a line without
    // punctuation; in a flat text a common noun before a name describes it.
    ("Talks stalled.\n\nPakistan Telecom is to cut 500 jobs, its owner said.\nEtisalat Group did not comment.",
     &["Talks stalled.", "Pakistan Telecom is to cut 500 jobs, its owner said.", "Etisalat Group did not comment."]),
    ("Pakistan's central bank governor Jameel Ahmad has warned that inflation will rise. Markets fell.",
     &["Pakistan's central bank governor Jameel Ahmad has warned that inflation will rise.", "Markets fell."]),
    ("Pop singer Ali Zafar has been fined for speeding in Lahore. He will appeal.",
     &["Pop singer Ali Zafar has been fined for speeding in Lahore.", "He will appeal."]),
    // (An address is no part of a name.)
    ("Email: franz371@gmail.com November 22th 2005 I got these pictures from a friend.",
     &["Email: franz371@gmail.com", "November 22th 2005", "I got these pictures from a friend."]),
    // Datelines go on to their story; page furniture before one does not.
    ("Peshawar, June 2 (APP) Police arrested four men on Sunday. They were charged.",
     &["Peshawar, June 2 (APP) Police arrested four men on Sunday.", "They were charged."]),
    ("Lahore, June 2 (PTI): Police arrested four men. They were charged.",
     &["Lahore, June 2 (PTI): Police arrested four men.", "They were charged."]),
    ("RABAT, Morocco, June 2 (Reuters) -- Rescuers dug through rubble on Sunday.",
     &["RABAT, Morocco, June 2 (Reuters) -- Rescuers dug through rubble on Sunday."]),
    ("Published 08:15 BST QUETTA, Pakistan (AFP) - A bomb killed three people. Police said so.",
     &["Published 08:15 BST", "QUETTA, Pakistan (AFP) - A bomb killed three people.", "Police said so."]),
    ("SPACE RAIDERS (ORBITSOFT) A side-scrolling game for two players.",
     &["SPACE RAIDERS (ORBITSOFT)", "A side-scrolling game for two players."]),
    // Editors' labels, live-blog times and bullets run into their line.
    ("Clarification: An earlier version misspelled the mayor's name. It is Okafor.",
     &["Clarification: An earlier version misspelled the mayor's name.", "It is Okafor."]),
    ("4.20 p.m.: The count has begun in Lahore. 4.05 p.m.: Polls have closed.",
     &["4.20 p.m.: The count has begun in Lahore.", "4.05 p.m.: Polls have closed."]),
    ("At a glance: • Turnout was 61%. • The count ends on Friday.",
     &["At a glance: • Turnout was 61%.", "• The count ends on Friday."]),
    // A figure after a time that closes a clause, or after a pause.
    ("The bridge reopened at 7 a.m. 40 buses crossed in the first hour.",
     &["The bridge reopened at 7 a.m.", "40 buses crossed in the first hour."]),
    ("\"We buried... 12 of them,\" the farmer said.", &["\"We buried... 12 of them,\" the farmer said."]),
    // A quotation with its speaker, and one closed before a new sentence.
    ("Why did the envoy say 'We are leaving'? Nobody knows.",
     &["Why did the envoy say 'We are leaving'?", "Nobody knows."]),
    ("\"The wells are dry.\" Farmers said the rains had failed.",
     &["\"The wells are dry.\"", "Farmers said the rains had failed."]),
    // Quantifiers open sentences after an abbreviation; a footnote in
    // brackets closes one; sentences glued after a closing quotation.
    ("Aid arrived from the U.N. Most of it was food.", &["Aid arrived from the U.N.", "Most of it was food."]),
    ("Exports rose by a third.[12] Imports fell.", &["Exports rose by a third.[12]", "Imports fell."]),
    ("He said: \u{201c}We will stay.\u{201d}Then he left. She said \"never.\"Then she left.",
     &["He said: \u{201c}We will stay.\u{201d}", "Then he left.", "She said \"never.\"", "Then she left."]),
    ("The crowd cheered.\"We won,\" she said.", &["The crowd cheered.", "\"We won,\" she said."]),
    // Ranks and offices of South Asian copy.
    ("Sqn. Ldr. Omar Farooq and Nb. Sub. Ram Lal were honoured, said Addl. Secy. Meena Rao.",
     &["Sqn. Ldr. Omar Farooq and Nb. Sub. Ram Lal were honoured, said Addl. Secy. Meena Rao."]),
    ("The state paid Rs 40 cr. to farmers. Another Rs 12 cr. is due under Res. 14 next month.",
     &["The state paid Rs 40 cr. to farmers.", "Another Rs 12 cr. is due under Res. 14 next month."]),
    // Full-width stops with no space after them; unknown plurals after an
    // abbreviation; older British titles; a law report; a word broken at
    // its hyphen on a short line.
    ("Talks opened in Hanoi on Monday。Both sides praised the outcome．They meet again in May.",
     &["Talks opened in Hanoi on Monday。", "Both sides praised the outcome．", "They meet again in May."]),
    ("会议结束了。代表们离开了。", &["会议结束了。", "代表们离开了。"]),
    ("The fair marked the anniversary of the D.P.R.K. Organisers expect 9,000 visitors.",
     &["The fair marked the anniversary of the D.P.R.K.", "Organisers expect 9,000 visitors."]),
    ("Lt.-Col. J. H. Marsh, M.C., led the company. The right hon. Gentleman agreed, said Ald. P. Rowe.",
     &["Lt.-Col. J. H. Marsh, M.C., led the company.", "The right hon. Gentleman agreed, said Ald. P. Rowe."]),
    ("It was settled in Patel v Grange Estates Ltd [2021] UKSC 12. Costs followed.",
     &["It was settled in Patel v Grange Estates Ltd [2021] UKSC 12.", "Costs followed."]),
    ("NOTICE\n\nThe coun-\ncil will meet\non Monday. All are welcome.",
     &["NOTICE", "The coun-\ncil will meet\non Monday.", "All are welcome."]),
    // Inline lists in lower case; figures after abbreviations; names with
    // "!" and companies' legal forms.
    ("Two things went wrong: 1) fuel ran short, 2) the radio failed. Both were fixed.",
     &["Two things went wrong: 1) fuel ran short, 2) the radio failed.", "Both were fixed."]),
    ("Yields: U.S. 10-yr notes at 4.4%, Bunds at 2.6%.", &["Yields: U.S. 10-yr notes at 4.4%, Bunds at 2.6%."]),
    ("Yum! Brands and PT Astra Tbk. said sales rose. Shares fell.",
     &["Yum! Brands and PT Astra Tbk. said sales rose.", "Shares fell."]),
    ("The fair opens Sat. 14 June at the Nasdaq Comp. 16,000 pavilion.",
     &["The fair opens Sat. 14 June at the Nasdaq Comp. 16,000 pavilion."]),
    ("Shares of Kanto Robotics Corp. (6954.T) rose. Halvorsen Ltd. (OSE: HALV) (\"Halvorsen\") fell.",
     &["Shares of Kanto Robotics Corp. (6954.T) rose.", "Halvorsen Ltd. (OSE: HALV) (\"Halvorsen\") fell."]),
    // Local and sports copy: roads, storms, offices, a listing's times.
    ("A truck overturned on Hwy. 9 as the Cat. 2 storm neared. Cllr. Ana Ruiz and Asst. Chief Omar Lee spoke.",
     &["A truck overturned on Hwy. 9 as the Cat. 2 storm neared.", "Cllr. Ana Ruiz and Asst. Chief Omar Lee spoke."]),
    ("The parade ends at 1200 Martin Luther King Jr. Blvd. near the park.",
     &["The parade ends at 1200 Martin Luther King Jr. Blvd. near the park."]),
    ("She had 31 pts, 10 reb. and 7 ast. in the win. Ep. 4 airs tonight.",
     &["She had 31 pts, 10 reb. and 7 ast. in the win.", "Ep. 4 airs tonight."]),
    ("FRIDAY\n7 p.m. The Late Show\n9 p.m. News", &["FRIDAY", "7 p.m. The Late Show", "9 p.m. News"]),
    ("Market, Town Hall, 9 a.m.–1 p.m. Free entry.", &["Market, Town Hall, 9 a.m.–1 p.m.", "Free entry."]),
    // Tenth session: titles that ask, counts, units, brands, emphasis,
    // datelines, glued sentences, world titles.
    ("She first played Martha in Who's Afraid of Virginia Woolf? at a theatre in Cape Town.",
     &["She first played Martha in Who's Afraid of Virginia Woolf? at a theatre in Cape Town."]),
    ("The boxer moved up to 160 lbs. 3 of his last 4 fights went the distance.",
     &["The boxer moved up to 160 lbs.", "3 of his last 4 fights went the distance."]),
    ("He made a 58-yd. field goal. The 10-yr. Treasury yield rose.",
     &["He made a 58-yd. field goal.", "The 10-yr. Treasury yield rose."]),
    ("The last update was iOS 17.4. iOS 17.5 will not be offered.",
     &["The last update was iOS 17.4.", "iOS 17.5 will not be offered."]),
    ("*Never.* That is the word she uses.", &["*Never.*", "That is the word she uses."]),
    ("New Delhi, May 12 (IANS) India's exports rose 9.2 per cent. TOKYO -- Japanese carmakers gained.",
     &["New Delhi, May 12 (IANS) India's exports rose 9.2 per cent.", "TOKYO -- Japanese carmakers gained."]),
    ("The ministry did not comment.)The talks resume today.“This is a shock,” a trader said.",
     &["The ministry did not comment.)", "The talks resume today.", "“This is a shock,” a trader said."]),
    ("Sqn. Ldr. Imran Sheikh, Wg. Cdr. Anupama Rao and Dy. PM Ishaq Rahmani met the 47th Mech. Bde. in Art. VIII territory.",
     &["Sqn. Ldr. Imran Sheikh, Wg. Cdr. Anupama Rao and Dy. PM Ishaq Rahmani met the 47th Mech. Bde. in Art. VIII territory."]),
    ("Ministers will meet again in Feb. I would not expect a deal.",
     &["Ministers will meet again in Feb.", "I would not expect a deal."]),
    // (A hyphen inside closing quotes at a line's end: found by fuzzing.)
    ("She had said the words \u{201c}pre-\u{201d}\nand then stopped. It was late.",
     &["She had said the words \u{201c}pre-\u{201d}\nand then stopped.", "It was late."]),
    ("Multiple   spaces  inside.  And   here.", &["Multiple   spaces  inside.", "And   here."]),
    ("", &[]),
    ("   \n\n  ", &[]),
    ("no punctuation at all", &["no punctuation at all"]),
];

#[test]
fn golden_table() {
    let mut failures = Vec::new();
    for (input, expected) in CASES {
        let got = sents(input);
        if got != *expected {
            failures.push(format!(
                "input:    {input:?}\nexpected: {expected:?}\ngot:      {got:?}\n"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}
