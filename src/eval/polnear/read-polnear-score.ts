import type { PolnearScore } from './types.js';

/** The scorer's keys this report reads; every one must be a number. */
const KEYS = [
  'speaker_accuracy_v2', 'speaker_accuracy_named_v2', 'speaker_accuracy_pronoun_v2', 'pronoun_gold_v2',
  'attribution_recall_v2', 'speech_attributions_v2', 'record_precision_v2',
  'quote_precision_v2', 'quote_recall_v2', 'quote_f1_v2', 'gold_quotes_v2',
] as const;

/**
 * Reads what score_polnear.py printed (one JSON object) into the figures the report
 * shows; a string says what is wrong with it, e.g. an older scorer without `_v2` keys.
 *
 * @example readPolnearScore('{"speaker_accuracy_v2": 0.693, …}').speaker.accuracy // 0.693
 */
export function readPolnearScore(stdout: string): PolnearScore | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch (error) {
    return `the scorer printed no JSON object (${(error as Error).message})`;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return 'the scorer printed JSON that is not an object';
  const o = parsed as Record<string, unknown>;
  const absent = KEYS.filter((k) => typeof o[k] !== 'number');
  if (absent.length) return `the scorer's output has no number for ${absent.join(', ')}; is it the v2 score_polnear.py?`;
  const n = (k: (typeof KEYS)[number]) => o[k] as number;
  return {
    speaker: { accuracy: n('speaker_accuracy_v2'), named: n('speaker_accuracy_named_v2'), pronoun: n('speaker_accuracy_pronoun_v2'), pronounGold: n('pronoun_gold_v2') },
    attribution: { recall: n('attribution_recall_v2'), gold: n('speech_attributions_v2') },
    records: { precision: n('record_precision_v2') },
    quotes: { precision: n('quote_precision_v2'), recall: n('quote_recall_v2'), f1: n('quote_f1_v2'), gold: n('gold_quotes_v2') },
  };
}
