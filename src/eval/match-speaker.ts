// Titles dropped before a name: “CEO John Matze” and “John Matze” are one speaker, and
// “President Trump” is contained in “Donald Trump” once the title is gone. Longest first.
const TITLES = [
  'chief executive officer', 'chief executive', 'vice president', 'attorney general',
  'president', 'senator', 'sen', 'representative', 'rep', 'governor', 'gov', 'mayor', 'judge',
  'ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'mr', 'mrs', 'ms', 'dr', 'prof', 'professor',
  'gen', 'lt', 'col', 'sgt', 'capt', 'rev', 'sir', 'dame',
];
// A title counts only when a word follows it: “the president” stays “president”.
const TITLE = new RegExp(`(?<![\\p{L}\\p{N}'-])(?:${TITLES.join('|')}) (?=[\\p{L}\\p{N}])`, 'gu');
const DETERMINER = /^(?:the|a|an) /;

function plain(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[‘’ʼ`´]/g, "'")
    // Possessives: “Parler’s complaint” → “parler complaint”, “companies’ lawyers” → “companies lawyers”.
    .replace(/'s(?![\p{L}\p{N}])/gu, '')
    .replace(/(?<=s)'(?![\p{L}\p{N}])/gu, '')
    .replace(/[^\p{L}\p{N}\p{M}'&-]+/gu, ' ')
    .trim();
}

function stripDeterminers(name: string): string {
  let out = name;
  while (DETERMINER.test(out)) out = out.replace(DETERMINER, '');
  return out;
}

/**
 * A speaker name reduced for comparison: lowercase, NFC, straight apostrophes, no
 * possessive `'s`, no leading the/a/an, no titles before a name, single spaces. A name
 * that is only a title keeps it.
 *
 * @example normalizeSpeaker('Parler’s CEO John Matze') // 'parler john matze'
 * @example normalizeSpeaker('The President') // 'president'
 */
export function normalizeSpeaker(name: string): string {
  const base = stripDeterminers(plain(name));
  let out = base;
  for (let before = ''; before !== out; ) {
    before = out;
    out = stripDeterminers(out.replace(TITLE, '').replace(/ {2,}/g, ' ').trim());
  }
  return out || base;
}

/**
 * True when any predicted name and any gold name are the same after normalising, or
 * one contains the other on word boundaries (“Amazon” and “Amazon Web Services”).
 *
 * @example speakerMatches(['CEO John Matze'], ['Matze']) // true
 */
export function speakerMatches(predicted: readonly (string | null)[], gold: readonly (string | null)[]): boolean {
  const left = predicted.filter((n): n is string => n !== null).map(normalizeSpeaker).filter(Boolean);
  const right = gold.filter((n): n is string => n !== null).map(normalizeSpeaker).filter(Boolean);
  return left.some((a) => right.some((b) => a === b || ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `)));
}
