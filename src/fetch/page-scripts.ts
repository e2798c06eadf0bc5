// Scripts run inside the rendered page. Kept as plain JavaScript source (the project compiles
// without DOM types) and called as `(fn)(arg)` through page.evaluate.

/** Words on banner buttons, by choice. Matched against the whole trimmed label. */
const ACCEPT_LABEL = String.raw`^(accept|allow|agree|i agree|ok|okay|got it|accept all|allow all|accept (all |analytics |additional |optional |recommended )?cookies|allow (all )?cookies|accept and continue|yes,? i('| a)m happy)\b`;
const REJECT_LABEL = String.raw`^(reject|decline|refuse|deny|necessary only|essential only|only necessary|reject (all|analytics|additional|optional|non-essential)( cookies)?|reject cookies|use (only )?(essential|necessary) cookies|accept (only )?(essential|necessary) cookies|no,? thanks)\b`;

/** Well-known consent tools' buttons (OneTrust, Cookiebot, Civic Cookie Control, cookieconsent). */
const KNOWN = {
  accept: ['#onetrust-accept-btn-handler', '#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll', '#ccc-recommended-settings', '#ccc-notify-accept', '.cc-allow', '[data-cookie-accept]', '[data-accept-cookies]'],
  reject: ['#onetrust-reject-all-handler', '#CybotCookiebotDialogBodyButtonDecline', '#ccc-reject-settings', '#ccc-notify-reject', '.cc-deny', '[data-cookie-reject]', '[data-reject-cookies]'],
};

/**
 * Click the declared selectors, then (unless choice is 'none') the banner button for the choice.
 * Returns how many clicks were made. Only visible buttons inside something that looks like a
 * cookie/consent banner, or whose own label mentions cookies, are clicked.
 */
export const DISMISS_CONSENT = `(opts) => {
  const visible = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el); return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
  let clicks = 0;
  for (const sel of opts.click) {
    for (const el of document.querySelectorAll(sel)) { if (visible(el)) { el.click(); clicks++; } }
  }
  if (opts.choice === 'none') return clicks;
  const known = ${JSON.stringify(KNOWN)}[opts.choice];
  for (const sel of known) {
    const el = document.querySelector(sel);
    if (el && visible(el)) { el.click(); return clicks + 1; }
  }
  const label = new RegExp(opts.choice === 'accept' ? ${JSON.stringify(ACCEPT_LABEL)} : ${JSON.stringify(REJECT_LABEL)}, 'i');
  const bannerish = /cookie|consent|gdpr|privacy-banner|cc-banner|cookiebar/i;
  const inBanner = (el) => { for (let n = el; n && n !== document.body; n = n.parentElement) { if (bannerish.test((n.id || '') + ' ' + (typeof n.className === 'string' ? n.className : '') + ' ' + (n.getAttribute('aria-label') || ''))) return true; } return false; };
  const candidates = document.querySelectorAll('button, [role=button], input[type=button], input[type=submit], a[href="#"], a[href=""]');
  for (const el of candidates) {
    const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').replace(/\\s+/g, ' ').trim();
    if (!text || text.length > 60 || !label.test(text)) continue;
    if (!visible(el) || !(inBanner(el) || /cookie/i.test(text))) continue;
    el.click();
    return clicks + 1;
  }
  return clicks;
}`;

/**
 * Open every <details> and click every collapsed accordion control (aria-expanded="false") that
 * does not navigate away. Navigation menus are left alone. Returns how many were opened.
 */
export const EXPAND_PANELS = `() => {
  let opened = 0;
  for (const d of document.querySelectorAll('details:not([open])')) { d.open = true; opened++; }
  const controls = document.querySelectorAll('button[aria-expanded="false"], [role=button][aria-expanded="false"], a[aria-expanded="false"], summary[aria-expanded="false"]');
  for (const el of controls) {
    if (el.closest('nav, header, [role=navigation], [role=banner]')) continue;
    const href = el.getAttribute('href');
    if (el.tagName === 'A' && href && !href.startsWith('#')) continue;
    el.click();
    opened++;
  }
  return opened;
}`;

/**
 * Find the quote in the page's visible text (whitespace-insensitive; the first words when the whole
 * quote is not found), draw highlight boxes over it and return its region in page coordinates.
 */
export const HIGHLIGHT_QUOTE = `(quote) => {
  const norm = (s) => s.replace(/\\s+/g, ' ');
  const chars = []; // [node, offset] per character of the normalised text
  let text = '';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => n.parentElement && n.parentElement.closest('script, style, noscript, template') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue || '';
    for (let i = 0; i < v.length; i++) {
      const c = /\\s/.test(v[i]) ? ' ' : v[i];
      if (c === ' ' && text.endsWith(' ')) continue;
      text += c; chars.push([n, i]);
    }
    if (!text.endsWith(' ')) { text += ' '; chars.push([n, v.length]); } // text nodes are separate words
  }
  const wanted = norm(quote).replace(/^[\\s…]+|[\\s…]+$/g, '');
  if (!wanted) return null;
  const lower = text.toLowerCase();
  let at = lower.indexOf(wanted.toLowerCase()); let len = wanted.length;
  if (at < 0) { const head = wanted.split(' ').slice(0, 8).join(' '); at = lower.indexOf(head.toLowerCase()); len = head.length; }
  if (at < 0) return null;
  const [sn, so] = chars[at]; const [en, eo] = chars[Math.min(at + len - 1, chars.length - 1)];
  const range = document.createRange();
  range.setStart(sn, Math.min(so, (sn.nodeValue || '').length));
  range.setEnd(en, Math.min(eo + 1, (en.nodeValue || '').length));
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  if (rects.length === 0) return null;
  let top = Infinity, left = Infinity, bottom = -Infinity, right = -Infinity;
  for (const r of rects) {
    const box = document.createElement('div');
    box.setAttribute('data-atr-highlight', '');
    box.style.cssText = 'position:absolute;pointer-events:none;z-index:2147483647;background:rgba(255,221,0,.45);outline:2px solid #d4351c;';
    box.style.left = (r.left + scrollX - 2) + 'px'; box.style.top = (r.top + scrollY - 1) + 'px';
    box.style.width = (r.width + 4) + 'px'; box.style.height = (r.height + 2) + 'px';
    document.body.appendChild(box);
    top = Math.min(top, r.top + scrollY); left = Math.min(left, r.left + scrollX);
    bottom = Math.max(bottom, r.bottom + scrollY); right = Math.max(right, r.right + scrollX);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}`;

/**
 * Run before any page script: the peer-to-peer constructors (WebRTC, WebTransport) are replaced by
 * ones that refuse and report the attempt, so a page cannot open UDP or TCP channels to other hosts.
 * (The browser's launch flags refuse them at the network level too; this makes attempts countable.)
 */
export const REFUSE_CHANNELS = `() => {
  const names = ['RTCPeerConnection', 'webkitRTCPeerConnection', 'RTCDataChannel', 'RTCIceTransport', 'WebTransport'];
  for (const name of names) {
    const refused = function () {
      try { window.__atrAuditRefused && window.__atrAuditRefused('webrtc'); } catch (e) {}
      throw new DOMException(name + ' is disabled while this page is audited', 'NotAllowedError');
    };
    try { Object.defineProperty(window, name, { value: refused, writable: false, configurable: false }); } catch (e) {}
  }
}`;
