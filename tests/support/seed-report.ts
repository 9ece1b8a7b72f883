/**
 * The paragraphs of the first seed report (tests/fixtures/seed/000_9d56d482255bdcbe.txt, Tehran Times,
 * 10 July 2020), verbatim without the `date` header.
 */
export const seedParagraphs: readonly string[] = [
  "TEHRAN - Syrian President Bashar al-Assad has said that that the military cooperation signed between Tehran and Damascus is the result of years of cooperation in fighting terrorism.",
  "“This agreement is the result of years of cooperation in confronting terrorism in Syria and hostile policies against Tehran and Damascus,” Assad said during a meeting with Chief of Staff of Iran’s Armed Forces Major General Mohammad Bagheri on Thursday, al Mayadeen reported.",
  "Assad also said that the agreement shows the level of relations between the two countries.",
  "Bagheri said that Iran attaches great importance to expansion of ties with Syria in various spheres.",
  "Iran and Syria signed a military and security agreement in Damascus on Wednesday. The agreement was signed by General Bagheri and Syrian Defense Minister Ali Abdullah Ayyoub.",
  "According to the IRIB, the agreement is aimed at boosting military and technical cooperation and coordination to counter increasing challenges and threats.",
  "“Continuation of fighting the Takfiri terrorism which is being supported by certain regional and international powers is one of the objectives of this agreement,” the two sides said in a joint statement.",
  "“The military agreement was signed in line with implementing the two countries’ political and military leaders’ guidelines in order to play more effective role in countering any foreign aggression through promotion of Tehran and Damascus’ defense capabilities,” the statement added.",
  "The Arabic-language al-Mayadeen news website quoted General Bagheri as saying after inking the agreement that Iran “will strengthen Syria’s air defense systems in line with the reinvigoration of military cooperation between the two countries,” according to the Fars news agency.",
  "General Bagheri also said that the regional people and countries do not welcome the U.S. presence in the region.",
  "“The agreement will increase our determination for joint cooperation to confront the U.S. pressures,” Bagheri added.",
  "General Ayyoub, for his part, said that if the U.S. could bring Iran, Syria and the resistance front to its knees, certainly it would not hesitate for a moment.",
  "Ayyoub added that the cost of resistance is much less than surrendering.",
  "Bagheri visited Damascus at the top of a military delegation on Tuesday.",
  "NA/PA",
];
