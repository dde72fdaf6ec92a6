// Abbreviations that come before a name or a number and so never end a sentence:
// "Sen. Jim DeMint", "Dr. Okafor", "No. 1", "Gen. Milley".
export const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'lt', 'gen', 'col', 'capt', 'cpt', 'sgt',
  'maj', 'adm', 'cmdr', 'cdr', 'pres', 'rev', 'hon', 'supt', 'atty', 'insp', 'det', 'amb', 'st', 'mt', 'ft', 'messrs', 'mmes',
  'gov', 'lt', 'pfc', 'cpl', 'brig', 'fr', 'sr', 'jr', 'vs', 'v', 'no', 'nos', 'vol', 'pp', 'fig', 'ch', 'sec', 'art', 'para',
  'approx', 'ca', 'cf', 'e.g', 'i.e', 'viz', 'al',
]);

// Abbreviations that can also end a sentence ("…a deal with Acme Inc. The deal…"),
// so a break after them needs a following word that typically starts a sentence.
export const MAYBE_FINAL = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'assn', 'dept', 'univ', 'intl', 'etc', 'ave', 'blvd', 'rd', 'hwy', 'est',
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
]);
