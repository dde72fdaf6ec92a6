import { SENTENCE_STARTERS } from '../../analyze/sentences/abbreviations.js';
import { STOP_WORDS, words, type Word } from '../words.js';
import { featureKey, type Feature } from './feature.js';

// Lowercase particles inside a name: "Bank of England", "Ursula von der Leyen".
const PARTICLES = new Set(['of', 'de', 'du', 'da', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'bin', 'y']);

const isCapitalised = (w: Word) => /^\p{Lu}/u.test(w.text);
// "AWS", "NHS", "U.S.", "CEOs"; longer all-caps words are shouting ("BREAKING"), not names.
const isAcronym = (w: Word) => /^\p{Lu}{2,6}s?$/u.test(w.text.replace(/\./g, ''));
// "Halbrook’s" is Halbrook.
const nameKey = (w: Word) => w.key.replace(/'s$/, '');

/** True when particles from `i` on ("von der") are followed by a capitalised word, all one space apart. */
function leadsToName(ws: readonly Word[], i: number, text: string): boolean {
  for (let k = i + 1; k < ws.length && /^ $/.test(text.slice(ws[k - 1]!.end, ws[k]!.start)); k++) {
    if (isCapitalised(ws[k]!)) return true;
    if (!PARTICLES.has(ws[k]!.key)) return false;
  }
  return false;
}

// Days and months are dates (see `findDates`), not names.
const CALENDAR = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

// Between a word and the next, these end a sentence or open a quote: the next word is capitalised for that.
const OPENS_SENTENCE = /[.!?:;"“”‘«»„—\n]/;

/** Lines most of whose longer words are capitalised: "Parler Sues Amazon For Violating Antitrust Laws". */
function titleCaseLines(text: string, ws: readonly Word[]): Set<number> {
  const lines = new Map<number, { capitalised: number; all: number }>();
  for (const w of ws) {
    if (w.text.length < 4) continue;
    const line = text.lastIndexOf('\n', w.start) + 1;
    const count = lines.get(line) ?? { capitalised: 0, all: 0 };
    count.all++;
    if (isCapitalised(w)) count.capitalised++;
    lines.set(line, count);
  }
  return new Set([...lines].filter(([, c]) => c.all >= 3 && c.capitalised / c.all > 0.6).map(([line]) => line));
}

/**
 * Names: every pair of neighbouring capitalised words ("Hélène Borrel", "Halbrook Foods",
 * "Bank of England" across its particle), every acronym ("AWS"), and every capitalised
 * word inside a sentence ("suing Parler", "Borrel dismissed"). Pairs rather than whole
 * runs, so "Mayor Hélène Borrel" and "Hélène Borrel" share a feature. A sentence opener
 * is not part of a name: "But Duval said" gives nothing, "The Bank of England" gives
 * "Bank of England"; a headline in Title Case breaks at its function words and gives no
 * single words. Only spaces may sit between the words of a name.
 *
 * @example findNames('Finance chief Rob Ekwueme told AWS.') // keys: name:rob ekwueme, name:rob, name:ekwueme, name:aws
 */
export function findNames(text: string, ws: readonly Word[] = words(text)): Feature[] {
  const out: Feature[] = [];
  const titleCase = titleCaseLines(text, ws);
  ws.forEach((w, i) => {
    if (isAcronym(w)) out.push({ kind: 'name', key: featureKey('name', nameKey(w)), start: w.start, end: w.end });
    else if (i > 0 && isCapitalised(w) && !STOP_WORDS.has(w.key) && !SENTENCE_STARTERS.has(w.key) && !CALENDAR.has(w.key) && !OPENS_SENTENCE.test(text.slice(ws[i - 1]!.end, w.start)) && !titleCase.has(text.lastIndexOf('\n', w.start) + 1)) {
      out.push({ kind: 'name', key: featureKey('name', nameKey(w)), start: w.start, end: w.end });
    }
  });
  let run: Word[] = [];
  const flush = () => {
    while (run.length && SENTENCE_STARTERS.has(run[0]!.key)) run.shift();
    const capitals = run.filter(isCapitalised);
    for (let i = 0; i + 1 < capitals.length; i++) {
      const a = capitals[i]!;
      const b = capitals[i + 1]!;
      const between = run.slice(run.indexOf(a), run.indexOf(b) + 1);
      out.push({ kind: 'name', key: featureKey('name', between.map(nameKey).join(' ')), start: a.start, end: b.end });
    }
    run = [];
  };
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const joined = run.length > 0 && /^ $/.test(text.slice(ws[i - 1]!.end, w.start));
    if (run.length > 0 && !joined) flush();
    // A capitalised function word is Title Case, not a name: "Parler Sues Amazon For Taking It Off".
    if (isCapitalised(w) && (SENTENCE_STARTERS.has(w.key) || STOP_WORDS.has(w.key))) flush();
    else if (isCapitalised(w)) run.push(w);
    else if (run.length > 0 && PARTICLES.has(w.key) && leadsToName(ws, i, text)) run.push(w);
    else flush();
  }
  flush();
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
