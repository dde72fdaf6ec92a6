/**
 * Word lists for tying a description ("the Texas governor") to the person an article
 * names with it ("Texas Gov. Greg Abbott"). Data only; link-descriptions.ts reads it.
 */

/**
 * Nouns that describe one person by office or role, each mapped to its class: forms of one
 * class are the same title ("Gov." and "governor", "congressman" and "Rep.").
 */
export const PERSON_HEADS: ReadonlyMap<string, string> = new Map([
  ...pairs('president', ['president', 'pres']),
  ...pairs('governor', ['governor', 'gov']),
  ...pairs('senator', ['senator', 'sen']),
  ...pairs('representative', ['representative', 'rep', 'congressman', 'congresswoman']),
  ...pairs('secretary', ['secretary', 'sec']),
  ...pairs('mayor', ['mayor']),
  ...pairs('candidate', ['candidate', 'hopeful', 'contender']),
  ...pairs('nominee', ['nominee']),
  ...pairs('front-runner', ['front-runner', 'frontrunner']),
  ...pairs('spokesperson', ['spokesperson', 'spokesman', 'spokeswoman']),
  ...pairs('chair', ['chairman', 'chairwoman', 'chair']),
  ...pairs('speaker', ['speaker']),
  ...pairs('leader', ['leader']),
  ...pairs('whip', ['whip']),
  ...pairs('businessman', ['businessman', 'businesswoman']),
  ...pairs('billionaire', ['billionaire']),
  ...pairs('mogul', ['mogul', 'tycoon']),
  ...pairs('director', ['director']),
  ...pairs('ceo', ['ceo']),
  ...pairs('founder', ['founder', 'co-founder', 'cofounder']),
  ...pairs('minister', ['minister']),
  ...pairs('judge', ['judge']),
  ...pairs('justice', ['justice']),
  ...pairs('general', ['general', 'gen']),
  ...pairs('prosecutor', ['prosecutor']),
  ...pairs('ambassador', ['ambassador']),
  ...pairs('adviser', ['adviser', 'advisor']),
  ...pairs('strategist', ['strategist']),
  ...pairs('manager', ['manager']),
  ...pairs('pollster', ['pollster']),
  ...pairs('commissioner', ['commissioner']),
  ...pairs('chancellor', ['chancellor']),
  ...pairs('sheriff', ['sheriff']),
  ...pairs('lawmaker', ['lawmaker', 'legislator']),
  ...pairs('lady', ['lady']),
  ...pairs('incumbent', ['incumbent']),
  ...pairs('challenger', ['challenger']),
  ...pairs('host', ['host']),
  ...pairs('anchor', ['anchor']),
  ...pairs('actor', ['actor', 'actress']),
  ...pairs('author', ['author']),
]);

function pairs(cls: string, forms: string[]): Array<[string, string]> {
  return forms.map((f) => [f, cls]);
}

/** Titles written before a name only in this short form: "Gov. Greg Abbott", "Sen. Ted Cruz". */
export const ABBREVIATED_HEADS = new Set(['pres', 'gov', 'sen', 'rep', 'sec', 'gen']);

/**
 * Modifiers that make a different office, so a description and a mention must agree on
 * them both ways: "the former president" is not "President Obama", and "the president" is
 * not "Vice President Joe Biden".
 */
export const OFFICE_MODIFIERS: ReadonlyMap<string, string> = new Map([
  ['former', 'former'], ['ex', 'former'], ['then', 'former'], ['vice', 'vice'], ['lieutenant', 'lieutenant'],
  ['lt', 'lieutenant'], ['deputy', 'deputy'], ['assistant', 'assistant'], ['associate', 'associate'],
  ['attorney', 'attorney'], ['atty', 'attorney'], ['press', 'press'], ['first', 'first'], ['acting', 'acting'],
  ['interim', 'interim'], ['state', 'state'], ['chief', 'chief'],
  ['surgeon', 'surgeon'], ['prime', 'prime'],
]);

/**
 * Lowercase words that narrow a title, so a description holding one needs a mention
 * holding it too (one way): "the campaign manager" is "Trump campaign manager Corey
 * Lewandowski", but "the manager" may be either.
 */
export const QUALIFIERS = new Set([
  'campaign', 'presidential', 'gubernatorial', 'mayoral', 'congressional', 'senate', 'national', 'communications',
  'executive', 'foreign', 'district', 'policy', 'legal', 'finance', 'political', 'supreme', 'federal', 'county', 'city',
  'majority', 'minority',
]);

/** Lowercase words that may stand before a title in a name phrase: "former Texas Gov.", "presumptive nominee". */
export const TITLE_ADJECTIVES = new Set([
  'former', 'presidential', 'presumptive', 'likely', 'probable', 'possible', 'potential', 'current', 'longtime', 'top',
  'senior', 'then', 'ex', 'vice', 'deputy', 'assistant', 'associate', 'acting', 'interim', 'state', 'first', 'chief',
  'press', 'campaign', 'communications', 'national', 'executive', 'majority', 'minority', 'lieutenant', 'attorney',
  'billionaire', 'businessman', 'businesswoman', 'real-estate', 'party', 'gubernatorial', 'mayoral', 'senate', 'two-term',
  'one-term', 'outgoing', 'incoming', 'retiring', 'embattled', 'freshman', 'veteran', 'democratic', 'republican',
]);

/** Party words and the party they name: "GOP", "R-Wis." and "Republican" are one party. */
export const PARTIES: ReadonlyMap<string, string> = new Map([
  ['republican', 'republican'], ['republicans', 'republican'], ['gop', 'republican'], ['r', 'republican'],
  ['democratic', 'democrat'], ['democrat', 'democrat'], ['democrats', 'democrat'], ['d', 'democrat'],
  ['independent', 'independent'], ['i', 'independent'], ['libertarian', 'libertarian'], ['green', 'green'],
]);

/** Nouns that name a person by party: "the Wisconsin Republican", "Abbott, a Republican,". */
export const PARTY_HEADS = new Set(['republican', 'democrat', 'independent', 'libertarian']);

/**
 * US states with their AP abbreviations and postal codes, so "the Florida senator" meets
 * "Sen. Marco Rubio (R-Fla.)".
 */
export const US_STATES: ReadonlyArray<readonly [string, ...string[]]> = [
  ['Alabama', 'Ala.', 'AL'], ['Alaska', 'AK'], ['Arizona', 'Ariz.', 'AZ'], ['Arkansas', 'Ark.', 'AR'],
  ['California', 'Calif.', 'Cal.', 'CA'], ['Colorado', 'Colo.', 'CO'], ['Connecticut', 'Conn.', 'CT'],
  ['Delaware', 'Del.', 'DE'], ['Florida', 'Fla.', 'FL'], ['Georgia', 'Ga.', 'GA'], ['Hawaii', 'HI'], ['Idaho', 'ID'],
  ['Illinois', 'Ill.', 'IL'], ['Indiana', 'Ind.', 'IN'], ['Iowa', 'IA'], ['Kansas', 'Kan.', 'Kans.', 'KS'],
  ['Kentucky', 'Ky.', 'KY'], ['Louisiana', 'La.', 'LA'], ['Maine', 'ME'], ['Maryland', 'Md.', 'MD'],
  ['Massachusetts', 'Mass.', 'MA'], ['Michigan', 'Mich.', 'MI'], ['Minnesota', 'Minn.', 'MN'],
  ['Mississippi', 'Miss.', 'MS'], ['Missouri', 'Mo.', 'MO'], ['Montana', 'Mont.', 'MT'], ['Nebraska', 'Neb.', 'Nebr.', 'NE'],
  ['Nevada', 'Nev.', 'NV'], ['New Hampshire', 'N.H.', 'NH'], ['New Jersey', 'N.J.', 'NJ'], ['New Mexico', 'N.M.', 'NM'],
  ['New York', 'N.Y.', 'NY'], ['North Carolina', 'N.C.', 'NC'], ['North Dakota', 'N.D.', 'ND'], ['Ohio', 'OH'],
  ['Oklahoma', 'Okla.', 'OK'], ['Oregon', 'Ore.', 'Oreg.', 'OR'], ['Pennsylvania', 'Pa.', 'Penn.', 'PA'],
  ['Rhode Island', 'R.I.', 'RI'], ['South Carolina', 'S.C.', 'SC'], ['South Dakota', 'S.D.', 'SD'],
  ['Tennessee', 'Tenn.', 'TN'], ['Texas', 'Tex.', 'TX'], ['Utah', 'UT'], ['Vermont', 'Vt.', 'VT'], ['Virginia', 'Va.', 'VA'],
  ['Washington', 'Wash.', 'WA'], ['West Virginia', 'W.Va.', 'W.V.', 'WV'], ['Wisconsin', 'Wis.', 'Wisc.', 'WI'],
  ['Wyoming', 'Wyo.', 'WY'],
];
