import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatEventsJson, formatEventsTable } from '../src/eval/clusters/format-events.js';
import { loadCompareCoverage } from '../src/eval/clusters/load-compare.js';
import { evalEvents } from '../src/eval/clusters/run-events.js';
import type { Diagnostic } from '../src/model/types.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GOLD = JSON.parse(readFileSync(path.join(ROOT, 'fixtures/gold-clusters/parler-v-aws.json'), 'utf8')) as Record<string, unknown>;

/** A folder of event golds: the corpus gold twice (fit and held-out), and one whose corpus is absent. */
function goldDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'events-'));
  writeFileSync(path.join(dir, 'fit-event.json'), JSON.stringify({ ...GOLD, event: 'fit-event', split: 'fit' }));
  writeFileSync(path.join(dir, 'held-event.json'), JSON.stringify({ ...GOLD, event: 'held-event', split: 'heldout' }));
  writeFileSync(path.join(dir, 'absent.json'), JSON.stringify({ event: 'absent', corpus: '../shared/data/no-such-folder/x', split: 'heldout', clusters: [] }));
  writeFileSync(path.join(dir, 'notes.json'), JSON.stringify({ about: 'not a gold file: no corpus' }));
  return dir;
}

describe('evalEvents: every gold event whose corpus is there', () => {
  it('scores each event, skips the absent corpus with its reason, and sums links per split', { timeout: 60_000 }, async () => {
    const dir = goldDir();
    const diagnostics: Diagnostic[] = [];
    const { report, crashed } = await evalEvents({ dir, label: 'golds', root: ROOT, skip: [], load: loadCompareCoverage }, diagnostics);
    expect(crashed).toBe(false);
    expect(report.events.map((e) => [e.event, e.split, e.status])).toEqual([
      ['absent', 'heldout', 'skipped'],
      ['fit-event', 'fit', 'scored'],
      ['held-event', 'heldout', 'scored'],
    ]);
    const fit = report.totals.find((t) => t.split === 'fit')!;
    const held = report.totals.find((t) => t.split === 'heldout')!;
    // The same gold on the same corpus: the same links in both splits.
    expect(held.claim).toEqual(fit.claim);
    expect(held.claim.gold).toBe(58);
    expect(report.targets.map((t) => t.measure)).toEqual(['heldout.claim.recall', 'heldout.claim.precision', 'heldout.quote.recall', 'heldout.quote.precision']);
    expect(report.targets[0]!.value).toBe(held.claim.recall);
  });

  it('lists errors of fit events only, never of held-out ones', { timeout: 60_000 }, async () => {
    const { report } = await evalEvents({ dir: goldDir(), label: 'golds', root: ROOT, skip: [], load: loadCompareCoverage }, []);
    const text = formatEventsTable(report, { verbose: true }).join('\n');
    expect(text).toContain('fit-event (fit): missed links');
    expect(text).not.toContain('held-event (fit)');
    expect(text).not.toMatch(/held-event \(heldout\): missed/);
    const json = formatEventsJson(report, { verbose: true }) as { events: Array<Record<string, unknown>> };
    const held = json.events.find((e) => e['event'] === 'held-event')!;
    expect(Object.keys(held)).not.toContain('missedLinks');
    expect(Object.keys(held)).not.toContain('unmatchedMembers');
    expect(Object.keys(json.events.find((e) => e['event'] === 'fit-event')!)).toContain('missedLinks');
  });

  it('leaves out the gold files it is told to skip', async () => {
    const dir = goldDir();
    const { report } = await evalEvents({ dir, label: 'golds', root: ROOT, skip: [path.join(dir, 'fit-event.json'), path.join(dir, 'held-event.json')], load: loadCompareCoverage }, []);
    expect(report.events.map((e) => e.event)).toEqual(['absent']);
    expect(report.targets).toEqual([]);
  });
});
