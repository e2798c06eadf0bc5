import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../core/index.js';
import { extractHtml } from '../extract/index.js';
import { classifyDocument as classifyWith, type ClassifyContext } from './class-eval.js';
import { loadPack, tokenise } from '../rules/index.js';

const pack = loadPack('clearmark');
const classifyDocument = (d: ExtractedDocument, context: Omit<ClassifyContext, 'pack'> = {}) => classifyWith(d, { ...context, pack });

// All page text below is invented for these tests.
function page(url: string, body: string, breadcrumb = ''): ExtractedDocument {
  const crumbs = breadcrumb ? `<nav aria-label="Breadcrumb"><ol>${breadcrumb.split('>').map((c) => `<li><a href="/">${c.trim()}</a></li>`).join('')}</ol></nav>` : '';
  return extractHtml(`<html><body>${crumbs}<main>${body}</main></body></html>`, {
    url: `https://www.example.gov.uk${url}`,
    contentHash: 'sha256:t',
    fetchedAt: '2025-03-01T10:00:00.000Z',
    fetchedWith: 'http',
  });
}

function doc(kind: 'pdf' | 'docx', title: string, paragraphs: string[]): ExtractedDocument {
  const text = paragraphs.join('\n\n');
  return {
    url: 'https://www.example.gov.uk/files/x',
    title,
    kind,
    contentHash: 'sha256:d',
    fetchedAt: '2025-03-01T10:00:00.000Z',
    fetchedWith: 'http',
    blocks: paragraphs.map((p, i) => ({ text: p, location: `page ${i + 1}`, headingPath: [], isHeading: false })),
    text,
    wordCount: text.split(/\s+/).length,
    links: [],
    breadcrumb: [],
    looksScriptBuilt: false,
  };
}

const ATR = page(
  '/care-leavers/your-care-records',
  `<h1>Your care records</h1>
   <p>Did you spend time in care when you were young? Whatever your age now, you can ask to see the records we kept while you were looked after.</p>
   <p>Many people who were in care find their file helps them piece together their story.</p>
   <h2>How to ask</h2><p>Fill in our short request form, email the records team, or ask your personal adviser to help.</p>
   <p>This is a subject access request under data protection law, and it is free.</p>`,
);

describe('classifyDocument: topic', () => {
  it('atr-page: speaks to someone who was in care about getting their records', () => {
    const c = classifyDocument(ATR);
    expect(c.topic).toBe('atr-page');
    expect(c.docType).toBe('web-page');
    expect(c.reasons.join(' | ')).toMatch(/audience phrase/);
    expect(c.confidence).toBeGreaterThan(0.6);
  });

  it('adult-care-records, not atr-page: adult social care "access your records"', () => {
    const c = classifyDocument(
      page(
        '/adult-social-care/access-your-records',
        `<h1>Access your records</h1>
         <p>If you get care and support from us, for example home care or a place in a care home, you can ask for a copy of the records we keep about you.</p>
         <p>This includes your needs assessment, your support plan and any financial assessment made under the Care Act.</p>
         <p>Email us or phone the team to make a request.</p>`,
      ),
    );
    expect(c.topic).toBe('adult-care-records');
    expect(c.reasons.join(' ')).toMatch(/adult care markers/);
  });

  it('local-offer: a leaving-care hub with a short records section stays local-offer', () => {
    const c = classifyDocument(
      page(
        '/care-leavers/local-offer',
        `<h1>Our offer to care leavers</h1>
         <h2>Money</h2><p>You may get a setting up home allowance and a bursary if you go to university or college.</p>
         <h2>Somewhere to live</h2><p>Staying put lets you stay with your foster carers after 18. We help with housing.</p>
         <h2>Work</h2><p>We offer apprenticeships and help finding a job.</p>
         <h2>Health</h2><p>Your health and wellbeing matter. We can pay for prescriptions.</p>
         <h2>Your records</h2><p>If you were in care you can ask for your care records. Ask your personal adviser.</p>`,
      ),
    );
    expect(c.topic).toBe('local-offer');
  });

  it('sar-generic: a subject access page listing many record types', () => {
    const c = classifyDocument(
      page(
        '/your-council/data-protection/subject-access-request',
        `<h1>Ask for the personal information we hold about you</h1>
         <p>Under the UK GDPR you have a right of access to your personal data.</p>
         <p>We might hold council tax, housing benefit, school, planning and social care records about you.</p>
         <p>Send your subject access request to our data protection officer. We reply within one calendar month.</p>`,
      ),
    );
    expect(c.topic).toBe('sar-generic');
  });

  it('atr-page, not sar-generic: an ATR page that calls the request a subject access request', () => {
    expect(classifyDocument(ATR).topic).not.toBe('sar-generic');
  });

  it('adoption-records: birth-records counselling for adopted adults', () => {
    const c = classifyDocument(
      page(
        '/children/adoption/adopted-adults',
        `<h1>Information for adopted adults</h1>
         <p>If you were adopted, you can ask for birth records counselling before getting your original birth certificate from the General Register Office.</p>
         <p>An intermediary service can help you contact your birth family, as the Adoption and Children Act allows.</p>`,
      ),
    );
    expect(c.topic).toBe('adoption-records');
  });

  it('atr-page, not adoption-records: mainly about the care file of people later adopted', () => {
    const c = classifyDocument(
      page(
        '/care-leavers/records-from-your-time-in-care',
        `<h1>Records from your time in care</h1>
         <p>If you were in care before you were adopted, we may still hold your care file.</p>
         <p>People who were looked after by us can ask to see their records. Email the records team or use the form.</p>`,
      ),
    );
    expect(c.topic).toBe('atr-page');
  });

  it('foi: an FOI page that points to subject access', () => {
    const c = classifyDocument(
      page(
        '/your-council/freedom-of-information',
        `<h1>Freedom of Information requests</h1>
         <p>Anyone can ask for information about the council. We answer within 20 working days and check our publication scheme and disclosure log first.</p>
         <p>If you want information about yourself, make a subject access request instead.</p>`,
      ),
    );
    expect(c.topic).toBe('foi');
  });

  it('sar-generic, not foi: a SAR page with one pointer to FOI', () => {
    const c = classifyDocument(
      page(
        '/data-protection/your-information',
        `<h1>Your personal information</h1>
         <p>You can make a subject access request for the personal data we hold about you. Our data protection officer will reply within one calendar month.</p>
         <p>For information about the council itself, use freedom of information instead.</p>`,
      ),
    );
    expect(c.topic).toBe('sar-generic');
  });

  it('privacy-notice: a notice about children looked after', () => {
    const c = classifyDocument(
      page(
        '/privacy/children-looked-after',
        `<h1>Privacy notice: children looked after and care leavers</h1>
         <p>Our lawful basis is Article 6(1)(e) and, for health details, Article 9(2)(h).</p>
         <p>We share your information with schools and health services. Our retention schedule keeps care records until your 75th birthday.</p>
         <p>You have a right of access, a right to rectification and a right to object.</p>`,
      ),
    );
    expect(c.topic).toBe('privacy-notice');
  });

  it('atr-page, not privacy-notice: an ATR page with a link sentence about privacy', () => {
    const withPrivacyLine = page(
      '/care-leavers/see-your-file',
      `<h1>See your file</h1>
       <p>If you grew up in care, you can ask us for the records we kept about your childhood.</p>
       <p>Care leavers can email us or ask their personal adviser. Our privacy notice explains how we handle data.</p>`,
    );
    expect(classifyDocument(withPrivacyLine).topic).toBe('atr-page');
  });

  it('other: unrelated pages, and "looked after" in the everyday sense', () => {
    expect(classifyDocument(page('/bins', '<h1>Bin collections</h1><p>Put your green bin out by 7am.</p>')).topic).toBe('other');
    const pets = page('/pets', '<h1>Pet boarding licences</h1><p>Animals must be looked after well. Keep a record of each visit.</p>');
    expect(classifyDocument(pets).topic).not.toBe('atr-page');
  });

  it('not atr-page: a leaving-care page about the current pathway plan', () => {
    const plan = page(
      '/care-leavers/pathway-plan',
      `<h1>Your pathway plan</h1>
       <p>As a care leaver you will have a pathway plan. Your personal adviser writes it with you and it is kept on your file.</p>
       <p>Ask your personal adviser if you want to change it. Care leavers can request a review meeting at any time.</p>`,
    );
    const c = classifyDocument(plan);
    expect(c.topic).not.toBe('atr-page');
    expect(c.reasons.join(' ')).toMatch(/current casework/);
  });

  it('voluntary-agency wording counts as an ATR signal for voluntary agencies', () => {
    const history = page(
      '/our-history/family-history',
      `<h1>Family history</h1>
       <p>Our history goes back a long way. Did you live in one of our homes?</p>
       <p>We keep the records of children who lived in our homes. You can ask to see your file: email our aftercare team.</p>`,
    );
    const asCharity = classifyDocument(history, { orgType: 'voluntary-agency' });
    expect(asCharity.topic).toBe('atr-page');
    expect(asCharity.reasons.join(' ')).toMatch(/voluntary-agency phrase/);
    expect(classifyDocument(history, { orgType: 'local-authority' }).topic).not.toBe('atr-page');
  });
});

describe('classifyDocument: document type', () => {
  it('policy, leaflet, form, letter and other for documents', () => {
    expect(classifyDocument(doc('pdf', 'Access to records procedure', ['1.1 Scope of this procedure.', 'Version 3. Review date: 2026.'])).docType).toBe('policy');
    expect(classifyDocument(doc('pdf', 'A guide to seeing your file', ['You can ask for your records and we will help you.'])).docType).toBe('leaflet');
    expect(classifyDocument(doc('pdf', 'Records request', ['Full name ________', 'Date of birth ________', 'Signature ________', 'Please complete in block capitals.'])).docType).toBe('form');
    expect(classifyDocument(doc('docx', 'Reply', ['Dear Sam,', 'Thank you for your request.', 'Yours sincerely,'])).docType).toBe('letter');
    const report = doc('pdf', 'Annual statistics 2024', Array.from({ length: 10 }, () => 'The department processed a number of cases across the period in question.'));
    expect(classifyDocument(report).docType).toBe('other');
  });

  it('html is a web page unless titled as a procedure', () => {
    expect(classifyDocument(ATR).docType).toBe('web-page');
    expect(classifyDocument(page('/p', '<h1>Access to records procedure</h1><p>Practitioners should check identity.</p>')).docType).toBe('policy');
  });
});

describe('directories and charity pages', () => {
  const entries = ['Adult social care', 'Bins', 'Care leavers', 'Council tax', 'Data protection', 'Fostering', 'Housing', 'Jobs', 'Libraries', 'Parking', 'Schools', 'Your records'];
  const aToZ = entries.map((e) => `<h2>${e}</h2><p>Find out about ${e.toLowerCase()} and how to ask for help. <a href="/${e.length}">Go to ${e}</a></p>`).join('');

  it('an A to Z of services is about none of them, by title or by shape', () => {
    const titled = classifyDocument(page('/a-to-z', `<h1>A to Z of services</h1>${aToZ}`));
    expect(titled.topic).toBe('other');
    expect(titled.reasons.join(' ')).toMatch(/directory/);
    expect(classifyDocument(page('/services', `<h1>Everything we do</h1>${aToZ}`)).topic).toBe('other');
  });

  it('an Easy Read guide with many short sections but few links is not a directory', () => {
    const steps = ['Ask us', 'We check it is you', 'We look for your file', 'We read it', 'We hide some words', 'We send it', 'It takes a month', 'Someone can help', 'You can bring a friend', 'Tell us how it went', 'Other help', 'Call us'];
    const easyRead = steps.map((h) => `<h2>${h}</h2><p>If you were in care, this is the next step with your care records.</p>`).join('');
    const result = classifyDocument(page('/care-leavers/your-records-easy-read', `<h1>Your care records: Easy Read</h1>${easyRead}<p>Email records@council.example.</p>`));
    expect(result.reasons.join(' ')).not.toMatch(/directory/);
  });

  it("a charity's family-history page addressed to former residents is a records page; for a council it is not enough", () => {
    const body = `<h1>Family history</h1>
      <p>Did you grow up in one of our homes? We still hold many of the files we kept, and you can ask to see yours.</p>
      <p>Phone our records worker on 01632 960111 or email records@charity.example.</p>`;
    expect(classifyDocument(page('/family-history', body), { orgType: 'voluntary-agency' }).topic).toBe('atr-page');
    expect(classifyDocument(page('/family-history', body)).topic).not.toBe('atr-page');
  });
});

describe('one text analysis', () => {
  it('reads the classifier\'s phrases with the rules\' tokeniser: plural, possessive and -ise/-ize spellings', () => {
    const stems = (t: string): string => tokenise(t).map((x) => x.stem).join(' ');
    expect(stems('organizes')).toEqual(stems('organises'));
    expect(stems('records')).toEqual(stems('record'));
    expect(stems("children's home")).toEqual(stems('children home'));
    expect(stems('looking after you')).not.toEqual(stems('looked after you'));
  });
});
