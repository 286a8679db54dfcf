import type { AppInput, AppLifetimes, AppView, MintedCode } from '../../../contract/index.js';
import { button, field, h, input, replace, select } from './dom.js';
import type { Store } from './store.js';

const SCOPES: Record<AppView['kind'], readonly string[]> = {
  website: ['snsapi_login'],
  'official-account': ['snsapi_userinfo', 'snsapi_base'],
  'mini-program': [],
};

/** The login page a person would be sent to by the app (reference §1.1, §2), on the mock's own origin. */
export function loginUrl(app: AppView, scope: string): string {
  const page = app.kind === 'website' ? '/connect/qrconnect' : '/connect/oauth2/authorize';
  const query = new URLSearchParams({
    appid: app.appid,
    redirect_uri: `https://${app.callbackDomains[0] ?? 'localhost'}/callback`,
    response_type: 'code',
    scope,
    state: 'dashboard',
  });
  return `${page}?${query}#wechat_redirect`;
}

type LifetimeKey = keyof AppLifetimes;
/** An app's own lifetimes in the order shown; a mini-program's code buys no tokens (ML§1), so it has the first only. */
const LIFETIMES: readonly (readonly [LifetimeKey, 'codeLifetime' | 'accessLifetime' | 'refreshLifetime', string])[] = [
  ['codeSeconds', 'codeLifetime', 'code'],
  ['accessTokenSeconds', 'accessLifetime', 'access_token'],
  ['refreshTokenSeconds', 'refreshLifetime', 'refresh_token'],
];
const lifetimesOf = (kind: AppView['kind']) => (kind === 'mini-program' ? LIFETIMES.slice(0, 1) : LIFETIMES);

/** Apps: list, create, edit, delete; per app start a login, mint a code for a persona, reset its state. */
/** `onForget(appid)`: the app's journal entries are gone on the mock (reset or deleted); drop them from view. */
export function appsPanel(store: Store, onForget: (appid: string) => void): HTMLElement {
  const { t, api } = store;
  const list = h('div', { class: 'cards' });
  const formBox = h('div');

  function form(app: AppView | null): HTMLElement {
    const kind = select(
      'kind',
      Object.keys(SCOPES).map((k): [string, string] => [k, k]),
      app?.kind ?? 'website',
    );
    const name = input('name', app?.name ?? '', { required: true });
    const appid = input('appid', app?.appid ?? '', { pattern: 'wx[0-9a-f]{16}', disabled: app !== null });
    const secret = input('secret', app?.secret ?? '', { pattern: '[0-9a-f]{32}' });
    const account = input('account', app?.account ?? '');
    const domains = input('callbackDomains', app?.callbackDomains.join(' ') ?? '', { required: true });
    const rate = input('rateLimitPerMinute', String(app?.rateLimitPerMinute ?? 50000), { type: 'number', min: 1 });
    // Empty: the mock's global lifetime; the mock checks the range and answers every problem at once.
    const lifetimes = LIFETIMES.map(([key, label]) => {
      const control = input(key, String(app?.lifetimes[key] ?? ''), { type: 'number', min: 1, step: 1 });
      return { key, control, box: field(t(label), control, t('lifetimesHint')) };
    });
    const domainsBox = field(t('callbackDomains'), domains, t('callbackHint'));
    // A mini-program has no redirect (no callback domains) and gets no tokens (ML§1).
    const showKind = () => {
      const mini = kind.value === 'mini-program';
      domainsBox.hidden = mini;
      domains.required = !mini;
      for (const { key, box } of lifetimes) box.hidden = mini && key !== 'codeSeconds';
    };
    kind.addEventListener('change', showKind);
    showKind();
    const submit = async (event: SubmitEvent) => {
      event.preventDefault();
      const mini = kind.value === 'mini-program';
      const own: AppLifetimes = {};
      for (const { key, control } of lifetimes) {
        if (control.value !== '' && !(mini && key !== 'codeSeconds')) own[key] = Number(control.value);
      }
      const body: AppInput = {
        kind: kind.value as AppInput['kind'],
        name: name.value,
        rateLimitPerMinute: Number(rate.value),
        lifetimes: own,
      };
      if (!mini) body.callbackDomains = domains.value.split(/[\s,]+/).filter((d) => d !== '');
      if (app === null && appid.value !== '') body.appid = appid.value;
      if (secret.value !== '') body.secret = secret.value;
      if (account.value !== '') body.account = account.value;
      else if (app !== null && app.account === null) body.account = null;
      const done = await store.act(
        () => (app === null ? api('POST', '/apps', body) : api('PUT', `/apps/${encodeURIComponent(app.appid)}`, body)),
        'apps',
      );
      if (done) replace(formBox);
    };
    return h(
      'form',
      {
        class: 'editor',
        attrs: { 'aria-label': app === null ? t('create') : `${t('edit')} ${app.name}` },
        on: { submit },
      },
      field(t('kind'), kind),
      field(t('name'), name),
      field('appid', appid, t('optional')),
      field(t('secret'), secret, t('optional')),
      field(t('account'), account, t('optional')),
      domainsBox,
      field(t('rateLimit'), rate),
      ...lifetimes.map(({ box }) => box),
      h(
        'div',
        { class: 'actions' },
        h('button', { attrs: { type: 'submit' }, class: 'primary' }, t('save')),
        button(t('cancel'), () => replace(formBox)),
      ),
    );
  }

  function card(app: AppView): HTMLElement {
    const scope = select(
      'scope',
      SCOPES[app.kind].map((s): [string, string] => [s, s]),
    );
    const persona = select(
      'persona',
      store.personas.map((p): [string, string] => [p.key, `${p.nickname} (${p.key})`]),
    );
    const minted = h('output', { class: 'mono' });
    const login = h(
      'a',
      { class: 'button', attrs: { href: loginUrl(app, scope.value), target: '_blank', rel: 'noopener noreferrer' } },
      t('startLogin'),
    );
    scope.addEventListener('change', () => login.setAttribute('href', loginUrl(app, scope.value)));
    const mint = button(t('mintCode'), () =>
      store.act(async () => {
        const code = await api<MintedCode>('POST', '/codes', {
          appid: app.appid,
          persona: persona.value,
          // A mini-program's wx.login code has no scope (ML§1).
          ...(scope.value === '' ? {} : { scope: scope.value }),
        });
        minted.textContent = t('mintedCode', code.code, code.expiresAt);
      }),
    );
    return h(
      'article',
      { class: 'card' },
      h('h3', {}, app.name),
      h(
        'dl',
        {},
        h('dt', {}, 'appid'),
        h('dd', { class: 'mono' }, app.appid),
        h('dt', {}, t('secret')),
        h('dd', { class: 'mono' }, app.secret),
        h('dt', {}, t('kind')),
        h('dd', {}, app.kind),
        h('dt', {}, t('scopes')),
        h('dd', {}, SCOPES[app.kind].join(', ') || '—'),
        h('dt', {}, t('account')),
        h('dd', {}, app.account ?? '—'),
        h('dt', {}, t('callbackDomains')),
        h('dd', {}, app.callbackDomains.join(', ') || '—'),
        h('dt', {}, t('rateLimit')),
        h('dd', {}, String(app.rateLimitPerMinute)),
        h('dt', {}, t('lifetimes')),
        h(
          'dd',
          { class: 'lifetimes' },
          // None set: say so once; else each lifetime, its own or the global one.
          Object.keys(app.lifetimes).length === 0
            ? t('globalLifetimes')
            : lifetimesOf(app.kind)
                .map(([key, , what]) => `${what} ${app.lifetimes[key] ?? t('globalLifetime')}`)
                .join(' · '),
        ),
      ),
      // A mini-program logs in on the phone (wx.login): no page to start, only codes to mint.
      SCOPES[app.kind].length > 0 ? h('div', { class: 'actions' }, field('scope', scope), login) : null,
      h('div', { class: 'actions' }, field(t('persona'), persona), mint, minted),
      h(
        'div',
        { class: 'actions' },
        button(t('edit'), () => replace(formBox, form(app))),
        button(t('resetApp'), async () => {
          const path = `/reset?appid=${encodeURIComponent(app.appid)}`;
          if (await store.act(() => api('POST', path), 'faults', 'grants')) onForget(app.appid);
        }),
        button(
          t('delete'),
          () => {
            if (!confirm(t('confirmDelete', app.name))) return;
            const path = `/apps/${encodeURIComponent(app.appid)}`;
            void store
              .act(() => api('DELETE', path), 'apps', 'faults', 'grants')
              .then((done) => done && onForget(app.appid));
          },
          { class: 'danger' },
        ),
      ),
    );
  }

  const draw = () => replace(list, ...store.apps.map(card));
  store.on('apps', draw);
  store.on('personas', draw);
  return h(
    'div',
    {},
    h(
      'div',
      { class: 'actions' },
      button(t('create'), () => replace(formBox, form(null)), { class: 'primary' }),
    ),
    formBox,
    list,
  );
}
