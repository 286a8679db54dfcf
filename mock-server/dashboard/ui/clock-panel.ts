import type { GrantView } from '../../../contract/index.js';
import { button, field, h, input, replace } from './dom.js';
import type { Store } from './store.js';

/** The presets the issue asks for: past an access_token's 7200 s, past a refresh_token's 30 days (reference §6). */
const PRESETS: readonly (readonly [string, number])[] = [
  ['+1 min', 60],
  ['+2 h', 7200],
  ['+30 d', 30 * 24 * 3600],
];

/** Keeps enough of a token to recognise it, like the journal's masking. */
export function maskToken(token: string): string {
  return token.length > 12 ? `${token.slice(0, 8)}…${token.slice(-4)}` : '…';
}

/** The clock (now, advance, set, freeze), reset of everything, and the grants with expire and revoke. */
export function clockPanel(store: Store, onResetAll: () => void): HTMLElement {
  const { t, api } = store;
  const now = h('output', { class: 'now mono', attrs: { 'aria-live': 'off' } });
  const state = h('span', { class: 'muted' });
  const freeze = button(t('freeze'), () => {
    const frozen = store.clock?.frozen === true;
    void store.act(() => api('POST', frozen ? '/clock/unfreeze' : '/clock/freeze'), 'clock', 'grants');
  });
  const seconds = input('seconds', '7200', { type: 'number', min: 0 });
  const setTo = input('to', '', { type: 'datetime-local', step: 1 });
  const advance = (by: number) => store.act(() => api('POST', '/clock/advance', { seconds: by }), 'clock', 'grants');

  const tick = () => {
    now.textContent = new Date(store.now()).toISOString().replace('T', ' ').slice(0, 19);
  };
  setInterval(tick, 1000);
  store.on('clock', () => {
    const clock = store.clock;
    if (clock === null) return;
    tick();
    const hours = (clock.offsetMs / 3_600_000).toFixed(2);
    state.textContent = `${clock.frozen ? t('frozen') : t('running')} · ${t('offset')} ${hours} h`;
    freeze.textContent = clock.frozen ? t('unfreeze') : t('freeze');
    freeze.setAttribute('aria-pressed', String(clock.frozen));
    if (document.activeElement !== setTo) setTo.value = clock.now.slice(0, 19);
    drawGrants();
  });

  const grants = h('div');
  function drawGrants(): void {
    if (store.grants.length === 0) {
      replace(grants, h('p', { class: 'muted' }, t('none')));
      return;
    }
    const at = store.now();
    const life = (iso: string) => (Date.parse(iso) > at ? t('live') : t('expired'));
    // Each button names its grant for screen readers: a table has many "Revoke" buttons.
    const action = (label: string, path: string, token: string, g: GrantView, attrs: Record<string, string> = {}) =>
      button(label, () => store.act(() => api('POST', path, { token }), 'grants'), {
        'aria-label': `${label}: ${g.persona} · ${g.appid}`,
        ...attrs,
      });
    // On a phone each row is a block and each cell says its column (dashboard.css, data-label).
    const cols = [
      t('app'),
      t('persona'),
      'scope',
      'access_token',
      `access_token ${t('status')}`,
      `refresh_token ${t('status')}`,
      '',
    ];
    const row = (g: GrantView) =>
      h(
        'tr',
        {},
        h('td', { attrs: { 'data-label': cols[0] } }, g.appid),
        h('td', { attrs: { 'data-label': cols[1] } }, g.persona),
        h('td', { attrs: { 'data-label': cols[2] } }, g.scope),
        h('td', { class: 'mono', attrs: { 'data-label': cols[3] } }, maskToken(g.accessToken)),
        h(
          'td',
          {
            class: `life ${life(g.accessTokenExpiresAt) === t('live') ? 'ok' : 'bad'}`,
            attrs: { 'data-label': cols[4] },
          },
          life(g.accessTokenExpiresAt),
        ),
        h(
          'td',
          {
            class: `life ${life(g.refreshTokenExpiresAt) === t('live') ? 'ok' : 'bad'}`,
            attrs: { 'data-label': cols[5] },
          },
          life(g.refreshTokenExpiresAt),
        ),
        h(
          'td',
          {},
          h(
            'div',
            { class: 'actions' },
            action(t('expireAccess'), '/tokens/expire', g.accessToken, g),
            action(t('expireRefresh'), '/tokens/expire', g.refreshToken, g),
            action(t('revoke'), '/tokens/revoke', g.accessToken, g, { class: 'danger' }),
          ),
        ),
      );
    replace(
      grants,
      h(
        'div',
        { class: 'scroll' },
        h(
          'table',
          { class: 'grants' },
          h('thead', {}, h('tr', {}, ...cols.map((c) => h('th', { attrs: { scope: 'col' } }, c)))),
          h('tbody', {}, ...store.grants.map(row)),
        ),
      ),
    );
  }
  store.on('grants', drawGrants);

  return h(
    'div',
    {},
    h(
      'section',
      { class: 'card wide', attrs: { 'aria-label': t('clock') } },
      h('h2', {}, t('clock')),
      h('p', {}, `${t('now')}: `, now, ' UTC ', state),
      h('div', { class: 'actions' }, ...PRESETS.map(([label, by]) => button(label, () => advance(by))), freeze),
      h(
        'form',
        {
          class: 'actions',
          on: {
            submit: (e) => {
              e.preventDefault();
              void advance(Number(seconds.value));
            },
          },
        },
        field(t('seconds'), seconds),
        h('button', { attrs: { type: 'submit' } }, t('advance')),
      ),
      h(
        'form',
        {
          class: 'actions',
          on: {
            submit: (e) => {
              e.preventDefault();
              void store.act(() => api('POST', '/clock/set', { to: `${setTo.value}Z` }), 'clock', 'grants');
            },
          },
        },
        field(t('setTo'), setTo),
        h('button', { attrs: { type: 'submit' } }, t('set')),
      ),
      h(
        'div',
        { class: 'actions' },
        button(
          t('resetAll'),
          () => {
            if (confirm(t('confirmReset')))
              void store
                .act(() => api('POST', '/reset'), 'apps', 'personas', 'faults', 'grants', 'clock')
                .then(onResetAll);
          },
          { class: 'danger' },
        ),
      ),
    ),
    h(
      'section',
      { class: 'card wide', attrs: { 'aria-label': t('grants') } },
      h(
        'h2',
        {},
        t('grants'),
        ' ',
        button(t('refresh'), () => store.act(async () => undefined, 'grants', 'clock')),
      ),
      grants,
    ),
  );
}
