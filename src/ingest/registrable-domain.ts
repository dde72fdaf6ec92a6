/**
 * Second-level labels under which a country code registers names: `co.uk`, `com.au`,
 * `gov.br`, `ac.jp`. Without the public suffix list this covers the common cases.
 */
const COUNTRY_SLD = new Set(['ac', 'co', 'com', 'edu', 'gob', 'go', 'gov', 'govt', 'gv', 'ltd', 'med', 'mil', 'ne', 'net', 'nic', 'nom', 'or', 'org', 'plc', 'sch']);

/**
 * The name a site was registered under, from a URL: `https://www.nytimes.com/2016/…` →
 * `nytimes.com`, `https://news.bbc.co.uk/x` → `bbc.co.uk`, `https://city.sc.gov.br/n` →
 * `city.sc.gov.br` (a two-letter region under a country's `gov` stays). Undefined for
 * anything that is not an http(s) URL with a dotted host name.
 */
export function registrableDomain(url: string): string | undefined {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined;
  }
  const labels = host.split('.');
  if (labels.length < 2 || /^\d+$/.test(labels[labels.length - 1]!) || host.startsWith('[')) return undefined;
  let keep = 2;
  const tld = labels[labels.length - 1]!;
  const sld = labels[labels.length - 2]!;
  if (tld.length === 2 && COUNTRY_SLD.has(sld) && labels.length > 2) {
    keep = 3;
    if (labels[labels.length - 3]!.length === 2 && labels.length > 3) keep = 4;
  }
  return labels.slice(-keep).join('.');
}
