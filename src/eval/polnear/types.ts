/** The PolNeAR splits: `train` to read errors on, `dev` to report. */
export type PolnearSplit = 'dev' | 'train';

export const POLNEAR_SPLITS: readonly PolnearSplit[] = ['dev', 'train'];

/**
 * The `_v2` figures of score_polnear.py, the ones its docstring calls the measure. Each
 * field names the key it is read from.
 */
export interface PolnearScore {
  speaker: {
    /** speaker_accuracy_v2: matched gold quotes whose source the record names. */
    accuracy: number;
    /** speaker_accuracy_named_v2: the same over sources that are not a bare pronoun. */
    named: number;
    /** speaker_accuracy_pronoun_v2: over bare-pronoun sources, where naming the antecedent counts. */
    pronoun: number;
    /** pronoun_gold_v2: matched gold quotes with a bare-pronoun source. */
    pronounGold: number;
  };
  attribution: {
    /** attribution_recall_v2: speech attributions a record covers with the right source. */
    recall: number;
    /** speech_attributions_v2: attributions whose cue holds a speech word and that have a source. */
    gold: number;
  };
  records: {
    /** record_precision_v2: records whose text lies inside some annotated content. */
    precision: number;
  };
  quotes: {
    /** quote_precision_v2, quote_recall_v2, quote_f1_v2: quoted passages of 3+ words, word-overlap F1 ≥ 0.5. */
    precision: number;
    recall: number;
    f1: number;
    /** gold_quotes_v2. */
    gold: number;
  };
}

/** A measure PolNeAR should reach; `--check` fails when one is missed. */
export interface PolnearTarget {
  measure: 'speaker.accuracy' | 'attribution.recall' | 'records.precision' | 'quotes.f1';
  min: number;
}

export interface PolnearTargetResult extends PolnearTarget {
  value: number;
  met: boolean;
}

interface PolnearPlace {
  /** The split's folder as the report names it, e.g. `../shared/data/polnear/dev`. */
  data: string;
  split: PolnearSplit;
}

/**
 * The PolNeAR section of the eval report: scored; skipped because the data or python3
 * is not there (a note, not a failure); or failed because the extractor or the scorer
 * broke.
 */
export type PolnearReport =
  | (PolnearPlace & { status: 'skipped'; reason: string })
  | (PolnearPlace & { status: 'failed'; reason: string })
  | (PolnearPlace & { status: 'scored'; scorer: string; articles: number; records: number; score: PolnearScore; targets: PolnearTargetResult[] });
