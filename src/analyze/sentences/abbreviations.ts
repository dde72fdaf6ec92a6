// Abbreviations that come before a name and so never end a sentence:
// "Sen. Jim DeMint", "Dr. Okafor", "Gen. Milley", "Parler v. Amazon".
export const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'lt', 'gen', 'gens', 'col', 'capt', 'cpt',
  'sgt', 'maj', 'adm', 'cmdr', 'cdr', 'pres', 'rev', 'hon', 'rt', 'supt', 'atty', 'insp', 'det', 'amb', 'mt', 'messrs', 'mmes',
  'msgr', 'pfc', 'cpl', 'brig', 'fr', 'vs', 'v', 'approx', 'ca', 'cf', 'e.g', 'i.e', 'viz',
]);

// Abbreviations that stand before a number: "No. 1", "Art. 5", "Vol. III". Without the
// number they are words that can end a sentence: "He said no. Then he left."
export const BEFORE_NUMBER = new Set(['no', 'nos', 'vol', 'vols', 'pp', 'p', 'fig', 'figs', 'ch', 'chap', 'sec', 'art', 'arts', 'para', 'op', 'pt']);

// Abbreviations that can also end a sentence ("…a deal with Acme Inc. The deal…"),
// so a break after them needs a following word that typically starts a sentence.
export const MAYBE_FINAL = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'assn', 'dept', 'univ', 'intl', 'etc', 'ave', 'blvd', 'rd', 'hwy', 'est',
  'st', 'jr', 'sr', 'esq', 'al', 'ph.d', 'dist', 'ct',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md', 'mass',
  'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
  'a.m', 'p.m', 'min', 'max', 'km', 'mi', 'lb', 'lbs', 'oz', 'ft',
]);

// Words that usually open a sentence. After an abbreviation that can end one
// ("U.S.", "Inc.", "Jan."), a break is real only before one of these:
// "…at the U.S. Capitol" stays whole, "…in the U.S. The next day…" splits.
export const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'this', 'that',
  'these', 'those', 'there', 'here', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'if', 'when', 'while', 'after',
  'before', 'as', 'since', 'because', 'although', 'though', 'however', 'meanwhile', 'still', 'also', 'then', 'now', 'some',
  'many', 'most', 'one', 'two', 'no', 'not', 'what', 'why', 'how', 'who', 'where', 'according', 'during', 'under', 'with',
  'without', 'by', 'from', 'to', 'of', 'all', 'both', 'each', 'every', 'other', 'another', 'such', 'despite', 'instead',
  'last', 'next', 'earlier', 'later', 'finally', 'thus', 'additionally', 'moreover', 'further', 'furthermore',
  'unless', 'whether', 'once', 'until', 'whereas', 'indeed', 'already', 'perhaps',
]);
