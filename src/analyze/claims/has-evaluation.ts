/**
 * Words by which an outlet judges rather than reports: evaluative adjectives and
 * adverbs, grouped by what they do. Kept to words whose evaluative sense is their
 * usual one in news copy; descriptive words that only sometimes judge ("major",
 * "mainstream", "popular") are left out so that a claim marked `evaluation` really
 * carries the outlet's judgement.
 */
export const EVALUATIVE_WORDS: readonly string[] = [
  // Intensity and size as judgement: "a severe blow", "grew immensely".
  'severe', 'severely', 'massive', 'huge', 'enormous', 'immense', 'immensely', 'tremendous', 'staggering', 'dramatic',
  'dramatically', 'drastic', 'drastically', 'sharply', 'wildly', 'hugely', 'vastly', 'extraordinary', 'unprecedented',
  // Praise and blame: "the hottest new platform", "a baseless claim".
  'hottest', 'renowned', 'acclaimed', 'celebrated', 'notorious', 'infamous', 'disgraced', 'embattled', 'beleaguered',
  'controversial', 'divisive', 'baseless', 'unfounded', 'bogus', 'false', 'misleading', 'dubious', 'questionable', 'credible',
  'unfair', 'unfairly', 'unjust', 'unlawful', 'unlawfully', 'illegitimate', 'legitimate', 'hypocritical', 'biased',
  'partisan', 'radical', 'extremist', 'extreme', 'fringe', 'vitriolic', 'toxic', 'hateful', 'dangerous', 'reckless',
  'egregious', 'outrageous', 'shocking', 'alarming', 'disturbing', 'troubling', 'absurd', 'ridiculous', 'brazen', 'blatant',
  'blatantly', 'shameful', 'disgraceful', 'scandalous', 'devastating', 'catastrophic', 'disastrous', 'fledgling',
  'good', 'great', 'best', 'worst', 'bad', 'terrible', 'horrible', 'awful', 'excellent', 'remarkable', 'remarkably',
  'impressive', 'admirable', 'courageous', 'heroic', 'brave', 'cowardly', 'pathetic', 'laughable', 'pretty',
  // Stance adverbs: "Clearly, …", "Sure seems like …".
  'clearly', 'obviously', 'evidently', 'undoubtedly', 'unfortunately', 'fortunately', 'surprisingly', 'unsurprisingly',
  'sadly', 'thankfully', 'ironically', 'conveniently', 'supposedly',
  // Political labels used as judgement: "ultra liberal Big Tech", "far-right".
  'ultra', 'far-right', 'far-left', 'hard-right', 'hard-left', 'ultraconservative', 'left-leaning', 'right-wing', 'left-wing',
];

const WORDS = new Set(EVALUATIVE_WORDS);
const WORD = /\p{L}+(?:-\p{L}+)*/gu;

/**
 * True when a sentence carries the outlet's own judgement: one of `EVALUATIVE_WORDS`.
 *
 * @example hasEvaluation('Parler, the hottest new social media platform, filed suit.') // true
 * @example hasEvaluation('Parler filed suit in Seattle.') // false
 */
export function hasEvaluation(text: string): boolean {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0].toLowerCase();
    if (WORDS.has(word)) return true;
    // "far-right" is listed whole; "ultra-liberal", "ultra-conservative" count by their prefix.
    if (word.startsWith('ultra-')) return true;
  }
  return false;
}
