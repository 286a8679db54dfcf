import type { PersonaIdentities, PersonaInput, PersonaRegion, PersonaView } from '../../../contract/index.js';
import { button, field, h, input, replace, select } from './dom.js';
import type { Store } from './store.js';

/** The region languages the form edits (userinfo's `lang`, reference §5.2); zh_TW, when set, is kept as it is. */
const REGION_LANGS = ['en', 'zh_CN'] as const;
const REGION_PARTS = ['country', 'province', 'city'] as const;

/** Personas: list, create, edit, delete; each one's openid in every app and unionid (reference §10). */
export function personasPanel(store: Store): HTMLElement {
  const { t, api } = store;
  const list = h('div', { class: 'cards' });
  const formBox = h('div');

  function form(persona: PersonaView | null): HTMLElement {
    const key = input('key', persona?.key ?? '', {
      required: true,
      pattern: '[A-Za-z0-9_-]{1,64}',
      disabled: persona !== null,
    });
    const nickname = input('nickname', persona?.nickname ?? '', { required: true });
    const sex = select(
      'sex',
      t('sexes')
        .split('|')
        .map((s, i): [string, string] => [String(i), s]),
      String(persona?.sex ?? 0),
    );
    const language = input('language', persona?.language ?? 'zh_CN');
    const avatar = h('input', { attrs: { type: 'checkbox', name: 'avatar' } });
    avatar.checked = persona === null || persona.headimgurl !== '';
    const headimgurl = input('headimgurl', persona?.headimgurl ?? '', { type: 'url' });
    const profile = select(
      'profile',
      [
        ['current', t('profileCurrent')],
        ['legacy', t('profileLegacy')],
      ],
      persona?.profile ?? 'current',
    );
    // The legacy shape's country, province and city per lang; all three empty: no region in that lang.
    const regions = REGION_LANGS.map((lang) => {
      const parts = REGION_PARTS.map((part) => input(`${part}-${lang}`, persona?.region[lang]?.[part] ?? ''));
      const box = h(
        'fieldset',
        { class: 'region' },
        h('legend', {}, `${t('region')} (lang=${lang})`),
        ...parts.map((control, i) => field(t(REGION_PARTS[i] as (typeof REGION_PARTS)[number]), control)),
      );
      return { lang, parts, box };
    });
    const showProfile = () => {
      for (const { box } of regions) box.hidden = profile.value !== 'legacy';
    };
    profile.addEventListener('change', showProfile);
    showProfile();
    const region = (): PersonaRegion => {
      const edited: PersonaRegion = { ...(persona?.region ?? {}) };
      for (const { lang, parts } of regions) {
        const [country = '', province = '', city = ''] = parts.map((control) => control.value.trim());
        if (country === '' && province === '' && city === '') delete edited[lang];
        else edited[lang] = { country, province, city };
      }
      return edited;
    };
    const submit = async (event: SubmitEvent) => {
      event.preventDefault();
      const body: PersonaInput = {
        key: persona?.key ?? key.value,
        nickname: nickname.value,
        sex: Number(sex.value) as PersonaInput['sex'] & number,
        language: language.value,
        avatar: avatar.checked,
        profile: profile.value as 'current' | 'legacy',
        privilege: [...(persona?.privilege ?? [])],
        region: region(),
      };
      if (avatar.checked && headimgurl.value !== '') body.headimgurl = headimgurl.value;
      const path = persona === null ? '/personas' : `/personas/${encodeURIComponent(persona.key)}`;
      if (await store.act(() => api(persona === null ? 'POST' : 'PUT', path, body), 'personas')) replace(formBox);
    };
    return h(
      'form',
      {
        class: 'editor',
        attrs: { 'aria-label': persona === null ? t('create') : `${t('edit')} ${persona.key}` },
        on: { submit },
      },
      field(t('key'), key),
      field(t('nickname'), nickname),
      field(t('sex'), sex),
      field(t('languageField'), language),
      h('div', { class: 'field check' }, h('label', {}, avatar, ` ${t('hasAvatar')}`)),
      field(t('headimgurl'), headimgurl, t('optional')),
      field(t('profile'), profile),
      ...regions.map(({ box }) => box),
      h(
        'div',
        { class: 'actions' },
        h('button', { attrs: { type: 'submit' }, class: 'primary' }, t('save')),
        button(t('cancel'), () => replace(formBox)),
      ),
    );
  }

  function card(persona: PersonaView): HTMLElement {
    const ids = h('div', { attrs: { 'aria-live': 'polite' } });
    const showIds = () =>
      store.act(async () => {
        const { identities } = await api<PersonaIdentities>(
          'GET',
          `/personas/${encodeURIComponent(persona.key)}/identities`,
        );
        const name = (appid: string) => store.apps.find((a) => a.appid === appid)?.name ?? appid;
        replace(
          ids,
          h(
            'table',
            {},
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { attrs: { scope: 'col' } }, t('app')),
                h('th', { attrs: { scope: 'col' } }, 'openid'),
                h('th', { attrs: { scope: 'col' } }, 'unionid'),
              ),
            ),
            h(
              'tbody',
              {},
              ...identities.map((i) =>
                h(
                  'tr',
                  {},
                  h('td', {}, name(i.appid)),
                  h('td', { class: 'mono' }, i.openid),
                  h('td', { class: 'mono' }, i.unionid ?? t('noUnionid')),
                ),
              ),
            ),
          ),
        );
      });
    // Avatars are never loaded: the dashboard fetches nothing from the internet. The initial stands in.
    return h(
      'article',
      { class: 'card' },
      h(
        'h3',
        {},
        h('span', { class: 'avatar', attrs: { 'aria-hidden': 'true' } }, [...persona.nickname][0] ?? '?'),
        persona.nickname,
      ),
      h(
        'dl',
        {},
        h('dt', {}, t('key')),
        h('dd', { class: 'mono' }, persona.key),
        h('dt', {}, t('profile')),
        h('dd', {}, persona.profile === 'legacy' ? t('profileLegacy') : t('profileCurrent')),
        h('dt', {}, t('sex')),
        h('dd', {}, t('sexes').split('|')[persona.sex] ?? ''),
        h('dt', {}, t('region')),
        h(
          'dd',
          {},
          REGION_LANGS.flatMap((lang) => {
            const r = persona.region[lang];
            return r === undefined ? [] : [`${r.country} ${r.province} ${r.city}`];
          }).join(' · ') || '—',
        ),
        h('dt', {}, t('avatar')),
        h('dd', { class: 'mono' }, persona.headimgurl || '—'),
      ),
      h(
        'div',
        { class: 'actions' },
        button(t('identities'), showIds),
        button(t('edit'), () => replace(formBox, form(persona))),
        button(
          t('delete'),
          () => {
            if (confirm(t('confirmDelete', persona.key)))
              void store.act(() => api('DELETE', `/personas/${encodeURIComponent(persona.key)}`), 'personas', 'grants');
          },
          { class: 'danger' },
        ),
      ),
      ids,
    );
  }

  store.on('personas', () => replace(list, ...store.personas.map(card)));
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
