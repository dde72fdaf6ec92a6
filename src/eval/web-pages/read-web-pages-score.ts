import type { WebPagesScore } from './types.js';

const KEYS = ['precision', 'recall', 'f1', 'accuracy', 'pages', 'missing'] as const;

/**
 * Reads what score_web_pages.py printed (one JSON line) into the report's figures; a
 * string says what is wrong with it.
 *
 * @example readWebPagesScore('{"pages": 92, "missing": 0, "precision": 0.95, "recall": 0.99, "f1": 0.969, "accuracy": 0.3}').f1 // 0.969
 */
export function readWebPagesScore(stdout: string): WebPagesScore | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout.trim().split('\n').pop() ?? '');
  } catch (error) {
    return `the scorer printed no JSON object (${(error as Error).message})`;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return 'the scorer printed JSON that is not an object';
  const o = parsed as Record<string, unknown>;
  const absent = KEYS.filter((k) => typeof o[k] !== 'number');
  if (absent.length) return `the scorer's output has no number for ${absent.join(', ')}; is it score_web_pages.py?`;
  const [precision, recall, f1, accuracy, pages, missing] = KEYS.map((k) => o[k] as number) as [number, number, number, number, number, number];
  return { precision, recall, f1, accuracy, pages, missing };
}
