import { createApi } from './api.js';
import { appsPanel } from './apps-panel.js';
import { clockPanel } from './clock-panel.js';
import { afterPaint, field, h, input, replace } from './dom.js';
import { faultsPanel } from './faults-panel.js';
import { pickLang, translator } from './i18n.js';
import { journalPanel } from './journal-panel.js';
import { personasPanel } from './personas-panel.js';
import { Store } from './store.js';

/**
 * The dashboard at /__mock/ui/: a static shell (no data) that reads and steers the mock only through the
 * public control plane, with the control token, when one is needed, asked once and kept for the session.
 */
const lang = pickLang(location.search, navigator.languages ?? [navigator.language]);
const t = translator(lang);
document.documentElement.lang = lang === 'cn' ? 'zh-CN' : 'en';
document.title = `${t('title')} · wechat-oauth-mock`;

const root = document.getElementById('app') as HTMLElement;
const alertBox = h('div', { class: 'alert', attrs: { role: 'alert', hidden: true } });
const dialog = h('dialog', { class: 'token', attrs: { 'aria-labelledby': 'token-title' } });

/** The token question: a modal form; the answer goes to sessionStorage only (api.ts). */
function askToken(refused: boolean): Promise<string> {
  return new Promise((resolve) => {
    const token = input('token', '', { type: 'password', autocomplete: 'off', required: true });
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      dialog.close();
      resolve(token.value.trim());
    };
    replace(
      dialog,
      h(
        'form',
        { on: { submit } },
        h('h2', { attrs: { id: 'token-title' } }, t('tokenTitle')),
        h('p', {}, t('tokenHelp')),
        refused ? h('p', { class: 'error' }, t('tokenWrong')) : null,
        field(t('token'), token),
        h('div', { class: 'actions' }, h('button', { attrs: { type: 'submit' }, class: 'primary' }, t('ok'))),
      ),
    );
    dialog.addEventListener('cancel', (event) => event.preventDefault());
    dialog.showModal();
    token.focus();
  });
}

const store = new Store(createApi(askToken), t, (error) => {
  alertBox.hidden = false;
  alertBox.textContent = t('error', error instanceof Error ? error.message : String(error));
});

const { element: journal, feed } = journalPanel(store, () => performance.mark('dashboard:first-journal-render'));
// The journal's first read goes out now, while the rest of the page is built.
const firstRead = feed.start();
/** Each panel is built when first shown, or once the journal is painted: the first frame waits for none of them. */
const panels: [string, () => HTMLElement][] = [
  [t('journal'), () => journal],
  [t('apps'), () => appsPanel(store, (appid) => feed.clear(appid))],
  [t('personas'), () => personasPanel(store)],
  [t('faults'), () => faultsPanel(store)],
  [t('clockTokens'), () => clockPanel(store, () => feed.clear())],
];

/** Tabs as WAI-ARIA describes them: arrow keys move between tabs, each tab controls one panel. */
const tabs = panels.map(([label], i) =>
  h('button', { attrs: { type: 'button', role: 'tab', id: `tab-${i}`, 'aria-controls': `panel-${i}` } }, label),
);
const sections = panels.map((_, i) =>
  h('section', {
    class: 'panel',
    attrs: { role: 'tabpanel', id: `panel-${i}`, 'aria-labelledby': `tab-${i}`, tabindex: 0 },
  }),
);
function build(index: number): void {
  const [, make] = panels[index] as [string, () => HTMLElement];
  const section = sections[index] as HTMLElement;
  if (section.firstChild === null) section.append(make());
}
function choose(index: number, focus = false): void {
  build(index);
  tabs.forEach((tab, i) => {
    tab.setAttribute('aria-selected', String(i === index));
    tab.tabIndex = i === index ? 0 : -1;
    (sections[i] as HTMLElement).hidden = i !== index;
  });
  if (focus) tabs[index]?.focus();
  history.replaceState(null, '', `#${index}`);
}
tabs.forEach((tab, i) => {
  tab.addEventListener('click', () => choose(i));
  tab.addEventListener('keydown', (event) => {
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    choose((to + tabs.length) % tabs.length, true);
  });
});

const other = new URLSearchParams(location.search);
other.set('lang', lang === 'cn' ? 'en' : 'cn');
replace(
  root,
  h(
    'header',
    {},
    h('h1', {}, t('title')),
    h('nav', { attrs: { role: 'tablist', 'aria-label': t('title') } }, ...tabs),
    h(
      'a',
      { class: 'lang', attrs: { href: `?${other}${location.hash}`, hreflang: lang === 'cn' ? 'en' : 'zh-CN' } },
      t('language'),
    ),
  ),
  alertBox,
  h('main', {}, ...sections),
  dialog,
);
alertBox.addEventListener('click', () => {
  alertBox.hidden = true;
});
choose(Math.min(panels.length - 1, Number(location.hash.slice(1)) || 0));

// What the other panels show is read once the journal has been painted, so neither their building nor their
// reads delay it.
void firstRead
  .then(afterPaint)
  .then(() => {
    for (let i = 0; i < panels.length; i++) build(i);
    return store.load('apps', 'personas', 'faults', 'grants', 'clock');
  })
  .catch(store.fail);
