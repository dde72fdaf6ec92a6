const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The one escaper of the HTML report: every piece of data (article text, outlet labels,
 * speakers, flags, even numbers) goes through it, in text and in attribute values alike.
 * `<img src=x onerror=alert(1)>` becomes `&lt;img src=x onerror=alert(1)&gt;`, which the
 * browser shows as text and never parses as a tag.
 */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * Hands out element ids that are safe to put in `id="…"` and `href="#…"` without
 * escaping: only ASCII letters, digits, `_` and `-`. Two things whose preferred ids
 * sanitise to the same text (articles `dump.jsonl:3` and `dump-jsonl-3`) get `-2`, `-3`, …
 * in the order they were first asked for, so the same run always gets the same ids.
 */
export class IdRegistry {
  private readonly byKey = new Map<string, string>();
  private readonly taken = new Set<string>();

  /** Reserves ids the page uses for itself (`filters`, `framing`), so no data gets them. */
  constructor(reserved: readonly string[] = []) {
    for (const id of reserved) this.taken.add(id);
  }

  /** The id of the thing named `key`, preferably `preferred` sanitised; the same every time. */
  id(key: string, preferred: string): string {
    const known = this.byKey.get(key);
    if (known) return known;
    const base = preferred.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
    let candidate = base;
    for (let n = 2; this.taken.has(candidate); n++) candidate = `${base}-${n}`;
    this.taken.add(candidate);
    this.byKey.set(key, candidate);
    return candidate;
  }

  /** The id already given to `key`, if any. */
  get(key: string): string | undefined {
    return this.byKey.get(key);
  }
}
