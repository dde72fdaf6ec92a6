import type { CheerioAPI } from 'cheerio';
import { registrableDomain } from './registrable-domain.js';

/** Hosts of widgets, fonts, ads and social buttons found on every kind of site; never the site itself. */
const THIRD_PARTY = /^(facebook|fbcdn|twitter|twimg|google|googleapis|gstatic|googletagmanager|googlesyndication|doubleclick|youtube|ytimg|instagram|linkedin|pinterest|addthis|sharethis|disqus|intensedebate|gravatar|wp|wordpress|cloudflare|cloudfront|jquery|jsdelivr|unpkg|bootstrapcdn|fontawesome|typekit|amazonaws|akamaihd|outbrain|taboola|criteo|scorecardresearch|quantserve|chartbeat|w3|schema|ogp|creativecommons|apple|whatsapp|reddit|tumblr|vk|ok|t|bit)\.[a-z.]+$/;
/** The site's own domain is most of the page's absolute links: at least this many… */
const MIN_LINKS = 3;
/** …and this many times as many as the next domain. */
const LEAD = 2;

/**
 * The domain most of a page's own links and images point to, for a saved page that names
 * no site and has no canonical URL: six `www.entermedia.example` links against two ad
 * links give `entermedia.example`. Undefined when no domain clearly leads.
 */
export function pageLinkDomain($: CheerioAPI): string | undefined {
  const counts = new Map<string, number>();
  $('a[href], link[href], img[src], script[src]').each((_, el) => {
    const value = el.attribs.href ?? el.attribs.src ?? '';
    if (!/^(https?:)?\/\//i.test(value)) return;
    const domain = registrableDomain(value.startsWith('//') ? `https:${value}` : value);
    if (domain && !THIRD_PARTY.test(domain)) counts.set(domain, (counts.get(domain) ?? 0) + 1);
  });
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < MIN_LINKS || (second && first[1] < LEAD * second[1])) return undefined;
  return first[0];
}
