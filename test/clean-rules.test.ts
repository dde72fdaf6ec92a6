import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/clean-article.js';
import type { RawArticle } from '../src/model/types.js';

const HEADLINE = 'Council approves transit budget after long debate';
const LEDE = 'The city council voted 7-2 on Tuesday to approve the new transit budget.';
const MIDDLE = 'Mayor Ana Ruiz said the plan would add 40 buses by next spring.';
const LAST = 'Critics on the council argued the money should go to road repairs instead.';

type Where = 'top' | 'middle' | 'end';

/** Cleans a small article with `line` put at the top (under the headline), in the middle, or at the end. */
function cleanWith(line: string, where: Where, raw: Partial<RawArticle> = {}) {
  const parts =
    where === 'top' ? [HEADLINE, line, LEDE, MIDDLE, LAST]
    : where === 'middle' ? [HEADLINE, LEDE, MIDDLE, line, LAST]
    : [HEADLINE, LEDE, MIDDLE, LAST, line];
  return cleanArticle({ file: 't.txt', index: 0, body: parts.join('\n\n'), meta: {}, diagnostics: [], ...raw });
}

function paragraphTexts(c: ReturnType<typeof cleanArticle>): string[] {
  return c.paragraphs.map((p) => c.text.slice(p.start, p.end));
}

// [reason the line is removed for (null: it is story text and stays), line, where it stands]
const CASES: Array<[string | null, string, Where]> = [
  // image-credit
  ['image-credit', 'Embed from Getty Images', 'middle'],
  ['image-credit', '(Photo by Jane Roe/Getty Images)', 'middle'],
  ['image-credit', '(AP Photo/Jane Roe)', 'middle'],
  ['image-credit', 'Photo: Jane Roe/Reuters', 'middle'],
  ['image-credit', 'Photograph: Jane Roe/The Guardian', 'middle'],
  ['image-credit', 'Photo by Jane Roe for The Ledger', 'middle'],
  ['image-credit', 'Jane Roe/Getty Images', 'middle'],
  ['image-credit', 'JANE ROE/AFP via Getty Images', 'middle'],
  ['image-credit', 'REUTERS/Jane Roe', 'middle'],
  ['image-credit', 'Image source, Getty Images', 'middle'],
  ['image-credit', 'Image caption, Protesters outside the Capitol', 'middle'],
  ['image-credit', 'Credit: Jane Roe for The Ledger', 'middle'],
  ['image-credit', 'Pictured: the council chamber before the vote', 'middle'],
  ['image-credit', 'Protesters gather outside City Hall on Tuesday. (Photo by Jane Roe/Getty Images)', 'middle'],
  ['image-credit', 'Protesters gather outside City Hall. Photo: Jane Roe/Reuters', 'middle'],
  ['image-credit', 'Getty Images', 'middle'],
  [null, 'Photographs of the damage circulated on social media, the police said.', 'middle'],
  [null, 'Photos by residents showed the flooded underpass, officials said.', 'middle'],
  [null, '(The company declined to comment on the photo.)', 'middle'],
  [null, 'Images of the crash were shared thousands of times before the police asked people to stop.', 'middle'],
  [null, '(Reuters) - The council voted on Tuesday to approve the budget.', 'middle'],
  [null, 'Images — like the one the mayor posted — spread quickly.', 'middle'],
  [null, 'Images from the scene show the bridge collapsed.', 'middle'],
  [null, 'Video footage from the depot was shared widely.', 'middle'],
  // advertisement
  ['advertisement', 'ADVERTISEMENT', 'middle'],
  ['advertisement', 'Advertisement', 'middle'],
  ['advertisement', '— Advertisement —', 'middle'],
  ['advertisement', 'Story continues below advertisement', 'middle'],
  ['advertisement', 'Article continues after this ad', 'middle'],
  ['advertisement', 'Advertisement - scroll to continue', 'middle'],
  ['advertisement', 'Sponsored content', 'middle'],
  [null, 'Advertisement revenue fell 5%.', 'middle'],
  [null, 'Advertising on buses will pay for a third of the plan, the mayor said.', 'middle'],
  [null, 'Sponsored by the chamber of commerce, the report found traffic had doubled.', 'middle'],
  // related-links (one line; lists are tested below)
  ['related-links', 'READ MORE: County delays cycling strategy again', 'middle'],
  ['related-links', 'Read more: Council row deepens', 'middle'],
  ['related-links', 'MORE: Mayor defends bus plan', 'middle'],
  ['related-links', 'See also: How the budget was built', 'middle'],
  ['related-links', 'Related: Bus fares to rise', 'middle'],
  [null, 'Related to the case, prosecutors filed a second motion on Friday.', 'middle'],
  [null, 'Related costs, such as new depots, are not in the budget.', 'middle'],
  [null, 'More than 300 people attended the meeting.', 'middle'],
  [null, 'Watch-list members abstained.', 'middle'],
  // read-more
  ['read-more', 'Read more…', 'middle'],
  ['read-more', 'Read more...', 'end'],
  ['read-more', 'Continue reading the main story', 'middle'],
  ['read-more', 'Click here to read the full story', 'middle'],
  ['read-more', 'Keep reading', 'middle'],
  [null, 'Read more than 300 pages of the report, and you find little about buses.', 'middle'],
  [null, 'Read the fine print and the plan looks less generous.', 'middle'],
  [null, 'Continued funding depends on a second vote in March.', 'middle'],
  // share-prompt
  ['share-prompt', 'Share this article', 'top'],
  ['share-prompt', 'Share', 'top'],
  ['share-prompt', 'Facebook Twitter Email', 'top'],
  ['share-prompt', 'Share on Facebook', 'middle'],
  ['share-prompt', 'Sign up for our newsletter', 'middle'],
  ['share-prompt', 'Sign up for our free morning briefing.', 'middle'],
  ['share-prompt', 'Want more stories like this? Sign up for our newsletter.', 'end'],
  ['share-prompt', 'Subscribe to our newsletter', 'end'],
  ['share-prompt', 'Follow us on Twitter', 'end'],
  ['share-prompt', 'Print', 'middle'],
  ['share-prompt', '12 Comments', 'end'],
  [null, 'Share prices fell 5% on the news, the company said.', 'middle'],
  [null, 'Share prices fell 5%.', 'middle'],
  [null, 'Sign up to vote closes on Friday, officials said.', 'middle'],
  [null, 'Subscribers will pay more under the plan, the utility said.', 'middle'],
  [null, 'Email records show the mayor knew of the delay in March.', 'middle'],
  [null, 'Printing costs rose by a third.', 'middle'],
  [null, 'Register to vote by email before Friday.', 'end'],
  [null, 'Get the latest figures and the gap is plain: buses carry twice as many people.', 'middle'],
  ['share-prompt', 'Get breaking news alerts', 'end'],
  // copyright
  ['copyright', '© 2024 The Ledger. All rights reserved.', 'end'],
  ['copyright', 'Copyright 2021 The Associated Press. All rights reserved.', 'end'],
  [null, 'Copyright laws were changed in 2019, she said.', 'end'],
  // opinion-banner
  ['opinion-banner', "OPINION | This article contains political commentary which reflects the author's opinion.", 'top'],
  ['opinion-banner', 'Opinion', 'top'],
  ['opinion-banner', 'Commentary —', 'top'],
  ['opinion-banner', "The views expressed in this article are the author's own.", 'end'],
  [null, 'Opinion polls show the mayor trailing by 5 points.', 'top'],
  [null, 'Editorial staff were not consulted, the union said.', 'top'],
  [null, 'Letters from residents poured in before the vote.', 'top'],
  [null, 'Perspective matters, the mayor said.', 'top'],
  // byline and date lines
  ['byline', 'by Pranali Mehta', 'top'],
  ['byline', 'By JANE ROE, Associated Press', 'top'],
  ['byline', 'By Jane Roe and John Doe', 'top'],
  ['byline', 'By Jane Roe | The Ledger', 'top'],
  ['byline', 'By Helen Marchbank in London', 'top'],
  ['byline', 'By Fiona Gallacher, Health Correspondent', 'top'],
  ['byline', 'Jane Roe, Staff Writer', 'top'],
  ['byline', 'Published: Jan. 11, 2021', 'top'],
  ['byline', 'Updated 5:00 PM ET, Mon January 11, 2021', 'top'],
  ['byline', 'January 11, 2021', 'top'],
  ['byline', '5 min read', 'top'],
  ['byline', 'Richard Okafor Economics correspondent', 'top'],
  [null, 'By Monday, Parler was offline.', 'top'],
  [null, 'By Tuesday the council had voted.', 'top'],
  [null, 'By way of explanation, the mayor pointed to the buses.', 'top'],
  [null, 'By 2030, the city wants every bus to be electric.', 'top'],
  // author-bio (the author is Jane Roe, from metadata)
  ['author-bio', 'About the author', 'end'],
  ['author-bio', 'Jane Roe is a reporter covering city hall for The Ledger.', 'end'],
  ['author-bio', 'The author is a former council member.', 'end'],
  ['author-bio', 'Contact the reporter at jroe@ledger.example.', 'end'],
  ['author-bio', 'Follow her on Twitter @janeroe', 'end'],
  [null, 'Jane Roe, who has worked at the council for a decade, said the vote was a mistake.', 'end'],
  [null, 'The author of the report, a former planner, said buses would pay for themselves.', 'end'],
  [null, 'John Doe is a bus driver who has worked nights for twenty years.', 'end'],
  // reporting-credit
  ['reporting-credit', 'Reporting by John Doe in London; editing by Jane Roe', 'end'],
  ['reporting-credit', 'Additional reporting by John Doe', 'end'],
  ['reporting-credit', 'The Associated Press contributed to this report.', 'end'],
  ['reporting-credit', 'This article was originally published by The Ledger.', 'end'],
  ['reporting-credit', 'Associated Press writer Lena Park in Salem contributed to this report.', 'end'],
  [null, 'Donors contributed $2m to the campaign, records show.', 'end'],
  // no-words
  ['no-words', '___', 'middle'],
  ['no-words', '* * *', 'middle'],
  [null, 'Reporting by the council’s own auditors found the buses ran late.', 'end'],
  [null, 'Research by Harvard University found that buses cut traffic.', 'end'],
  ['reporting-credit', '(Additional reporting by John Doe in Kyiv; Editing by Jane Roe and Mary Major)', 'end'],
];

describe('furniture rules', () => {
  it.each(CASES)('%s: %s (%s)', (reason, line, where) => {
    const cleaned = cleanWith(line, where, where === 'end' ? { author: 'Jane Roe' } : {});
    const removedLine = cleaned.removed.find((r) => r.text === line);
    if (reason === null) {
      expect(removedLine).toBeUndefined();
      expect(paragraphTexts(cleaned)).toContain(line);
    } else {
      expect(removedLine?.reason).toBe(reason);
      expect(cleaned.text).not.toContain(line);
    }
    // The story around it is never touched.
    for (const p of [LEDE, MIDDLE, LAST]) expect(paragraphTexts(cleaned)).toContain(p);
  });
});

describe('what the rules carry', () => {
  it('a byline gives the author, affiliation and date left out', () => {
    expect(cleanWith('By JANE ROE, Associated Press', 'top').author).toBe('Jane Roe');
    expect(cleanWith('By Ana de la Cruz', 'top').author).toBe('Ana de la Cruz');
    expect(cleanWith('By Helen Marchbank in London', 'top').author).toBe('Helen Marchbank');
    expect(cleanWith('By Fiona Gallacher, Health Correspondent', 'top').author).toBe('Fiona Gallacher');
    const both = cleanWith('By Jane Roe • Jan 11, 2021 • 5 min read', 'top');
    expect([both.author, both.date]).toEqual(['Jane Roe', 'Jan 11, 2021']);
    expect(cleanWith('By the Associated Press', 'top').author).toBe('Associated Press');
    expect(cleanWith('By JANE ROE and JOHN DOE Associated Press', 'top').author).toBe('Jane Roe and John Doe');
    const withOutlet = cleanArticle({ file: 't.txt', index: 0, body: `${HEADLINE}\n\nBy Jane Roe\nNorthern Broadcasting News\n\n${LEDE}`, meta: {}, diagnostics: [] });
    expect(withOutlet.removed.map((r) => r.text)).toEqual(['By Jane Roe', 'Northern Broadcasting News']);
    const withDek = cleanArticle({ file: 't.txt', index: 0, body: `${HEADLINE}\n\nBy Jane Roe\nAmbulance service under pressure\n\n${LEDE}`, meta: {}, diagnostics: [] });
    expect(withDek.removed.map((r) => r.text)).toEqual(['By Jane Roe']);
  });

  it('a byline in metadata is not replaced by a "by" line', () => {
    expect(cleanWith('By John Doe', 'top', { author: 'Jane Roe' }).author).toBe('Jane Roe');
  });

  it('an opinion banner sets isOpinion and can carry the headline', () => {
    const banner = cleanWith("OPINION | This article contains political commentary which reflects the author's opinion.", 'top');
    expect(banner.isOpinion).toBe(true);
    expect(banner.title).toBe(HEADLINE);
    const carried = cleanArticle({ file: 't.txt', index: 0, body: `Opinion: Our towns need buses\n\nBy Tom Reilly\n\n${LEDE}`, meta: {}, diagnostics: [] });
    expect([carried.title, carried.author, carried.isOpinion]).toEqual(['Our towns need buses', 'Tom Reilly', true]);
    const fromTitle = cleanArticle({ file: 't.json', index: 0, title: 'Opinion | Our towns need buses', body: LEDE, meta: {}, diagnostics: [] });
    expect([fromTitle.title, fromTitle.isOpinion]).toEqual(['Our towns need buses', true]);
    expect(cleanWith('Opinion polls show the mayor trailing by 5 points.', 'top').isOpinion).toBe(false);
  });

  it('"Source credit:" takes the bio below it, and a closing bio naming the author goes', () => {
    const body = [HEADLINE, 'by Pranali Mehta', LEDE, LAST, 'Source credit:', 'Pranali Mehta',
      'A chemical engineer by qualification, Pranali Mehta worked in a chemical firm for a year. With over three years of experience in content writ Read more...'].join('\n\n');
    const c = cleanArticle({ file: 't.txt', index: 0, body, meta: {}, diagnostics: [] });
    expect(c.author).toBe('Pranali Mehta');
    expect(c.removed.map((r) => r.reason)).toEqual(['byline', 'author-bio', 'author-bio', 'author-bio']);
    expect(c.text).toBe(`${HEADLINE}\n\n${LEDE}\n\n${LAST}`);
  });
});

describe('link lists', () => {
  const withList = (lines: string[]) => cleanArticle({ file: 't.txt', index: 0, body: [HEADLINE, LEDE, ...lines, LAST].join('\n'), meta: {}, diagnostics: [] });

  it('"Related:" takes the list items after it and stops at the story', () => {
    const c = withList(['Related:', '- Amazon pulls best seller', '- Amazon blocks film of Michael Brown’s death because it is not ‘politically correct narrative’', MIDDLE]);
    expect(c.removed.map((r) => r.reason)).toEqual(['related-links', 'related-links', 'related-links']);
    expect(paragraphTexts(c)).toEqual([HEADLINE, LEDE, MIDDLE, LAST]);
  });

  it('"Related Stories" takes plain link titles, in sentence case too, and stops at a sentence', () => {
    const c = withList(['Related Stories', 'Council row deepens', 'Is the mayor right about buses?', MIDDLE]);
    expect(c.removed.map((r) => r.text)).toEqual(['Related Stories', 'Council row deepens', 'Is the mayor right about buses?']);
    expect(paragraphTexts(c)).toEqual([HEADLINE, LEDE, MIDDLE, LAST]);
  });

  it('a list of items ends at the first line that is not an item', () => {
    const c = withList(['Related Stories', '- Bus fares to rise', 'Sign up for our newsletter', MIDDLE]);
    expect(c.removed.map((r) => `${r.reason}: ${r.text}`)).toEqual([
      'related-links: Related Stories', 'related-links: - Bus fares to rise', 'share-prompt: Sign up for our newsletter',
    ]);
  });
});

describe('headline and subheadings', () => {
  const clean = (body: string, raw: Partial<RawArticle> = {}) => cleanArticle({ file: 't.txt', index: 0, body, meta: {}, diagnostics: [], ...raw });

  it('takes a first line that looks like a headline, and drops it where it repeats', () => {
    const c = clean(`${HEADLINE}\n\n${HEADLINE}\n\n${LEDE}`);
    expect(c.title).toBe(HEADLINE);
    expect(c.paragraphs.map((p) => p.kind)).toEqual(['headline', 'body']);
    expect(c.removed).toEqual([{ reason: 'repeated-headline', text: HEADLINE, line: 3 }]);
  });

  it('does not take a lede ending in a period, or a lone line', () => {
    expect(clean(`${LEDE}\nParler seeks order\n${LAST}`).title).toBeNull();
    expect(clean('Council approves budget').title).toBeNull();
  });

  it('finds the headline under a banner and never takes a byline for it', () => {
    expect(clean(`Opinion\n\nBy Jane Roe\n\n${HEADLINE}\n\n${LEDE}`).title).toBe(HEADLINE);
    expect(clean(`By Jane Roe\n\n${LEDE}`).title).toBeNull();
  });

  it('marks short unpunctuated lines between paragraphs as subheadings, with no sentences', () => {
    const c = clean(`${LEDE}\nParler seeks temporary restraining order\n${MIDDLE}\nWhat happens next?\n${LAST}`);
    expect(c.paragraphs.map((p) => [p.kind, c.text.slice(p.start, p.end)])).toEqual([
      ['body', LEDE], ['subheading', 'Parler seeks temporary restraining order'], ['body', MIDDLE], ['body', 'What happens next?'], ['body', LAST],
    ]);
  });

  it('keeps a title from metadata, normalised to one line', () => {
    expect(clean(LEDE, { title: 'Council\u00a0approves\nbudget' }).title).toBe('Council approves budget');
  });
});
