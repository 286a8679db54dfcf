import { SNS_ENDPOINTS } from '../../../contract/generated/control-enums.js';
import type { JournalEntry } from '../../../contract/index.js';
import { curlFor, ridOf } from './curl.js';
import { button, field, h, input, replace, select } from './dom.js';
import { JournalFeed } from './journal-feed.js';
import { JournalList } from './journal-list.js';
import { LoginGrouper, type LoginTag } from './login-groups.js';
import type { Store } from './store.js';

/** The login pages a person opens, then the /sns endpoints as the contract lists them. */
const ENDPOINTS = [
  '/connect/qrconnect',
  '/connect/oauth2/authorize',
  '/connect/l/qrconnect',
  '/connect/confirm',
  ...SNS_ENDPOINTS,
];

interface Filter {
  appid: string;
  persona: string;
  endpoint: string;
  errcode: string;
  login: number | null;
}

/**
 * The live journal: filters (app, persona, endpoint, errcode, one login), the virtual list newest first, and
 * the selected entry as WeChat answered it (status, headers, body, rid), with "copy as curl".
 */
export function journalPanel(store: Store, onFirstRender: () => void): { element: HTMLElement; feed: JournalFeed } {
  const { t } = store;
  const filter: Filter = { appid: '', persona: '', endpoint: '', errcode: '', login: null };
  let tags = new Map<number, LoginTag>();
  let grouper = new LoginGrouper();
  let shown: JournalEntry[] = [];
  let rendered = false;
  const detail = h('section', { class: 'detail', attrs: { 'aria-label': t('details') } });
  replace(detail, h('p', { class: 'muted' }, t('pickEntry')));
  const list = new JournalList(t('journal'), (entry) => showDetail(entry));
  const count = h('span', { class: 'muted', attrs: { 'aria-live': 'polite' } });

  const appSelect = select('appid', []);
  const personaSelect = select('persona', []);
  const endpointSelect = select('endpoint', [['', t('all')], ...ENDPOINTS.map((e): [string, string] => [e, e])]);
  const errcodeInput = input('errcode', '', { inputmode: 'numeric', placeholder: '40029', size: 6 });
  const loginChip = h('span', { class: 'chip', attrs: { hidden: true } });
  const onFilter = () => {
    filter.appid = appSelect.value;
    filter.persona = personaSelect.value;
    filter.endpoint = endpointSelect.value;
    filter.errcode = errcodeInput.value.trim();
    redraw();
  };
  for (const control of [appSelect, personaSelect, endpointSelect]) control.addEventListener('change', onFilter);
  errcodeInput.addEventListener('input', onFilter);
  const clear = button(t('clearFilter'), () => {
    appSelect.value = personaSelect.value = endpointSelect.value = errcodeInput.value = '';
    filter.login = null;
    onFilter();
  });

  const fillChoices = () => {
    const apps = store.apps.map((a): [string, string] => [a.appid, `${a.name} (${a.appid})`]);
    const personas = store.personas.map((p): [string, string] => [p.key, `${p.nickname} (${p.key})`]);
    replace(
      appSelect,
      ...[['', t('all')] as [string, string], ...apps].map(([v, l]) => h('option', { attrs: { value: v } }, l)),
    );
    replace(
      personaSelect,
      ...[['', t('all')] as [string, string], ...personas].map(([v, l]) => h('option', { attrs: { value: v } }, l)),
    );
    appSelect.value = filter.appid;
    personaSelect.value = filter.persona;
  };
  store.on('apps', fillChoices);
  store.on('personas', fillChoices);
  fillChoices();

  const matches = (e: JournalEntry) =>
    (filter.appid === '' || e.appid === filter.appid) &&
    (filter.persona === '' || e.persona === filter.persona) &&
    (filter.endpoint === '' || e.path === filter.endpoint) &&
    (filter.errcode === '' || String(e.errcode) === filter.errcode) &&
    (filter.login === null || tags.get(e.id)?.login === filter.login);

  const loginLabel = (tag: LoginTag) => `${t('login')} #${tag.login} · ${tag.step}`;

  function redraw(): void {
    const all = feed.entries;
    shown = all.filter(matches);
    loginChip.hidden = filter.login === null;
    if (filter.login !== null)
      replace(loginChip, `${t('login')} #${filter.login}: page → confirm → exchange → userinfo`);
    count.textContent = `${shown.length} / ${all.length} ${t('entries')}`;
    // A login reads in its order, page first; everything else newest first.
    const ordered = filter.login !== null;
    list.show({
      length: shown.length,
      entry: (row) => shown[ordered ? row : shown.length - 1 - row] as JournalEntry,
      tag: (entry) => tags.get(entry.id) ?? null,
      loginLabel,
    });
    if (!rendered) {
      rendered = true;
      requestAnimationFrame(onFirstRender);
    }
  }

  const feed = new JournalFeed(store.api, (added, all) => {
    if (all) {
      grouper = new LoginGrouper();
      tags = new Map();
      for (const entry of feed.entries) tagEntry(entry);
    } else {
      for (const entry of added) tagEntry(entry);
    }
    // A live request may have fired a fault or issued a grant (the first read and the history are not live:
    // the page reads faults and grants itself once the journal is painted).
    if (!all && added.some((e) => e.fault !== null)) void store.load('faults');
    if (!all && added.some((e) => e.path.startsWith('/sns/oauth2/'))) void store.load('grants');
    redraw();
  });
  const tagEntry = (entry: JournalEntry) => {
    const tag = grouper.tag(entry);
    if (tag !== null) tags.set(entry.id, tag);
  };

  function showDetail(entry: JournalEntry): void {
    const tag = tags.get(entry.id);
    const rid = ridOf(entry.body);
    const curlOut = h('pre', { class: 'curl', attrs: { hidden: true } });
    const curlNote = h('span', { class: 'muted', attrs: { 'aria-live': 'polite' } });
    const copy = () => {
      const { command, complete } = curlFor(entry, location.origin, {
        appSecret: (appid) => store.apps.find((a) => a.appid === appid)?.secret,
        tokens: store.grants.flatMap((g) => [g.accessToken, g.refreshToken]),
      });
      curlOut.textContent = command;
      curlOut.hidden = false;
      curlNote.textContent = `${t('copied')} ${complete ? '' : t('masked')}`;
      void navigator.clipboard?.writeText(command).catch(() => undefined);
    };
    replace(
      detail,
      h('h2', {}, `${entry.method} ${entry.path}`),
      entry.fault === null
        ? null
        : h('p', { class: 'badge fault big' }, `⚡ ${t('firedFault')}: ${entry.fault.id} (${entry.fault.type})`),
      h(
        'dl',
        {},
        h('dt', {}, t('status')),
        h('dd', {}, entry.status === 0 ? '0 (connection dropped)' : String(entry.status)),
        h('dt', {}, t('time')),
        h('dd', {}, `${entry.time} · ${entry.durationMs} ms`),
        h('dt', {}, t('app')),
        h('dd', {}, entry.appid ?? '—'),
        h('dt', {}, t('persona')),
        h('dd', {}, entry.persona ?? '—'),
        rid === null ? null : h('dt', {}, 'rid'),
        rid === null ? null : h('dd', { class: 'mono' }, rid),
        entry.location === null ? null : h('dt', {}, t('location')),
        entry.location === null ? null : h('dd', { class: 'mono' }, entry.location),
      ),
      tag === undefined
        ? null
        : button(loginLabel(tag), () => {
            filter.login = tag.login;
            redraw();
          }),
      h('h3', {}, t('query')),
      h(
        'pre',
        {},
        Object.entries(entry.query)
          .map(([k, v]) => `${k}=${v}`)
          .join('\n') || '—',
      ),
      entry.headers === null ? null : h('h3', {}, t('headers')),
      entry.headers === null
        ? null
        : h(
            'pre',
            {},
            Object.entries(entry.headers)
              .map(([k, v]) => `${k}: ${v}`)
              .join('\n'),
          ),
      entry.body === null ? null : h('h3', {}, t('body')),
      entry.body === null ? null : h('pre', { class: 'body' }, entry.body),
      h('div', { class: 'actions' }, button(t('copyCurl'), copy), curlNote),
      curlOut,
    );
  }

  const element = h(
    'div',
    { class: 'journal' },
    h(
      'form',
      { class: 'filters', attrs: { role: 'search' }, on: { submit: (e) => e.preventDefault() } },
      field(t('app'), appSelect),
      field(t('persona'), personaSelect),
      field(t('endpoint'), endpointSelect),
      field(t('errcode'), errcodeInput),
      h('div', { class: 'field end' }, clear, loginChip, count),
    ),
    h('div', { class: 'split' }, list.element, detail),
  );
  return { element, feed };
}
