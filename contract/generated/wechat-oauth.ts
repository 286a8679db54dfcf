/**
 * Generated from contract/wechat-oauth.openapi.yaml by `npm run contract:generate`.
 * Do not edit: change the YAML and regenerate (`npm run contract:check` fails on drift).
 */

export interface paths {
    "/connect/qrconnect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * QR login page of a website app
         * @description Renders the QR-code login page (HTTP 200, HTML). When the user scans and confirms, the page's
         *     JavaScript navigates the top window (or the iframe, `self_redirect=true`) to `redirect_uri` +
         *     (`?` or `&`) + `code=CODE&state=STATE`: `state=` is always present, even when empty, and the string
         *     is appended after any `#fragment` of redirect_uri (reference §1.2). If the user denies, nothing is
         *     redirected: the page shows LoginCancelled / LoginCancelledHint (reference §1.2).
         *
         *     Invalid requests are not redirected either: WeChat answers HTTP 200 with its weui error page whose
         *     `<h4 class="weui_msg_title">` holds one of the `x-wechat-page-errors` texts for this page
         *     (AppidInvalid, RedirectUriInvalid, ScopeInvalid, LinkUnavailable; reference §1.3).
         *     `redirect_uri`'s host must equal one of the app's authorised callback domains exactly: no other
         *     subdomain, no port (reference §1.4).
         *
         *     The page shows the QR code image (`/connect/qrcode/{uuid}`) and long-polls `/connect/l/qrconnect` (see
         *     there). In the mock it also carries a developer panel: a "simulate scan" link that opens the phone page
         *     (`/connect/confirm?uuid=`) and `a.persona[data-persona]` / `a.deny` shortcuts to `/connect/confirm/allow`
         *     and `/connect/confirm/deny` for scripts that follow links.
         *
         *     `#wechat_redirect` is a URL fragment and never reaches the server. The wxLogin.js iframe variant
         *     (`login_type=jssdk`) omits `response_type` and adds its styling parameters, concatenated without
         *     encoding (reference §1.1).
         */
        get: operations["getQrConnectPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connect/oauth2/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Official-account web authorization (in the WeChat browser)
         * @description Without `connect_redirect=1`, WeChat first answers 301 to the same URL plus `&connect_redirect=1`
         *     (reference §2). Then:
         *
         *     * `snsapi_base`: silent, 302 to `redirect_uri` with `code` and `state` inserted before any `#fragment`
         *       (reference §2);
         *     * `snsapi_userinfo`: 200 consent page, then the same 302 once the user agrees (a user who denies is
         *       not redirected in practice, reference §2);
         *     * outside the WeChat browser (a User-Agent without `MicroMessenger`; the mock checks this only with
         *       `fidelity.requireWeChatBrowser`), or on an invalid request: HTTP 200 weui error page whose `<h4>` holds
         *       one of the `x-wechat-page-errors` texts for this page (OpenInWeChat, OaRedirectDomainMismatch,
         *       OaScopeUnauthorized, ScopeInvalid, StateTooLong, AppidInvalid; reference §2), or in the mock
         *       LinkUnavailable for an unknown `mock_persona`.
         *
         *     Codes issued here live 5 minutes, single use (reference §2, §6).
         */
        get: operations["authorizeOfficialAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connect/confirm/allow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Allow a QR login session as a persona (mock only)
         * @description Stands for "scan and confirm on the phone". Redeems the login session `uuid` (single use, about
         *     5 minutes, like WeChat's QR uuid; reference §1.2) for a code of the chosen persona and redirects the
         *     browser exactly as WeChat's page does on wx_errcode 405: `redirect_uri` + (`?` or `&`) +
         *     `code=CODE&state=STATE`, `state=` present even when empty (reference §1.2).
         */
        get: operations["mockConfirmAllow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connect/confirm/deny": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deny a QR login session (mock only)
         * @description Stands for tapping 取消 on the phone. Like WeChat, nothing is redirected (reference §1.2: "若用户禁止授权，
         *     则不会发生重定向"): the answer is the cancel page showing LoginCancelled and LoginCancelledHint.
         */
        get: operations["mockConfirmDeny"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connect/qrcode/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The QR code image of a login session
         * @description The image the qrconnect page shows in `<img class="qrcode lightBorder" src="/connect/qrcode/{uuid}">`
         *     (reference §1.2). It encodes the phone confirmation URL `…/connect/confirm?uuid={uuid}`; the mock builds
         *     that URL from the request's own scheme and Host, so a phone on the same network reaches the mock when
         *     the page was opened through a LAN address.
         */
        get: operations["getQrCodeImage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connect/l/qrconnect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Long poll for the state of a QR login
         * @description Loaded by the qrconnect page as a `<script>` (reference §1.2). Held until the login's state differs
         *     from `last` (at most `fidelity.longPollSeconds`, 25 s by default), then answers a JavaScript snippet
         *     `window.wx_errcode=N;window.wx_code='CODE';` with:
         *
         *     * 408: nothing yet (also the answer when the hold runs out);
         *     * 404: scanned, waiting for the person to confirm on the phone;
         *     * 403: the person cancelled; the page shows LoginCancelled / LoginCancelledHint and never redirects;
         *     * 402: the QR code expired (about 5 minutes, reference §6) or is unknown; the page fetches a new one;
         *     * 405: confirmed, `wx_code` holds the code; the page navigates `top` (or itself, `self_redirect=true`)
         *       to `redirect_uri` + (`?` or `&`) + `code=CODE&state=STATE` (reference §1.2).
         *
         *     `wx_code` is empty except with 405.
         */
        get: operations["pollQrConnect"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connect/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The page the phone opens when it scans the QR code
         * @description The QR code encodes this URL (reference §1.2). Opening it marks the login as scanned (the QR page's long
         *     poll answers 404). WeChat opens it inside the app; the mock shows a mobile page with the app's name, the
         *     personas to log in as, and Allow / Deny, which post back to the same URL. A login session that is
         *     unknown, expired or already answered shows LoginSessionExpired.
         */
        get: operations["getPhoneConfirmPage"];
        put?: never;
        /**
         * Allow or deny on the phone (mock only)
         * @description The phone page's form. `action=allow` confirms the login as `persona`: the QR page's long poll answers
         *     405 with a fresh code and the desktop browser navigates to the callback, while the phone shows a
         *     confirmation. `action=deny` cancels it: the QR page shows LoginCancelled and is never redirected
         *     (reference §1.2). An unknown persona shows LinkUnavailable and leaves the login open; an unknown,
         *     expired or answered session shows LoginSessionExpired.
         */
        post: operations["mockAnswerOnPhone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connect/zh_CN/htmledition/js/wxLogin.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * wxLogin.js, the embedded QR login
         * @description Defines `window.WxLogin`; `new WxLogin({ id, appid, scope, redirect_uri, state, self_redirect, style, href,
         *     lang, stylelite, fast_login, styletype, sizetype, bgcolor, rst, onReady })` puts an iframe (300×400) into the
         *     element `id`, loading qrconnect with `login_type=jssdk` and the parameters concatenated without encoding, as
         *     WeChat's script does (reference §1.1). The mock's copy loads qrconnect from the origin the script itself
         *     came from, so a site that loads it from the mock's base URL gets the mock's page.
         */
        get: operations["getWxLoginScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sns/oauth2/access_token": {
        parameters: {
            query: {
                /** @description AppID, `wx` + 16 lowercase hex (reference §7). Missing → 41002; unknown → 40013. */
                appid: components["parameters"]["Appid"];
                /** @description AppSecret, 32 hex (reference §3.1). Missing → 41004; wrong → 40125. */
                secret: components["parameters"]["Secret"];
                /**
                 * @description The code from the redirect: 32 chars `[A-Za-z0-9]` (reference §7). Missing → 41008; unknown, expired or
                 *     issued to another appid → 40029; already redeemed → 40163 (reference §3.3, §6).
                 */
                code: components["parameters"]["Code"];
                /** @description Exactly `authorization_code`; anything else (even a stray `;`) → 40002 (reference §3.1). */
                grant_type: components["parameters"]["GrantTypeAuthorizationCode"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Exchange a code for an access token
         * @description Redeems a code from qrconnect or oauth2/authorize (reference §3), or the code the WeChat SDK gave a
         *     mobile app, sent with the mobile app's appid and secret (ML§6.2). Parameters are read from the query
         *     string, then (POST) from a form-encoded body: Auth.js sends `appid` and `secret` in the query and
         *     `code` and `grant_type` in the body (reference §3.1, inferred). A JSON body is not read, so a JSON
         *     POST without a query string gets 41002 appid missing (reference §3.1). Unknown parameters are
         *     ignored.
         *
         *     Validation order (reference §3.3): appid (41002, 40013) → secret (41004, 40125) → grant_type (40002)
         *     → code (41008, 40029, 40163). A code is single use (second use → 40163), bound to the appid that
         *     obtained it (other appid → 40029), and expires after 10 minutes for website apps, 5 for official
         *     accounts (expired → 40029 in practice; 42003 is documented but never observed) (reference §6), 10
         *     for mobile apps (inferred, ML§6.2).
         *
         *     `unionid` is present for snsapi_login and snsapi_userinfo grants of apps bound to an Open Platform
         *     account, absent for snsapi_base (reference §3.2, §10); a mobile app's grant (snsapi_userinfo) always
         *     has it (ML§6.2); `is_snapshotuser: 1` only for official-account
         *     snapshot users (reference §2). There is no `token_type` (reference §3.2).
         */
        get: operations["exchangeCode"];
        put?: never;
        /**
         * Exchange a code for an access token (POST, query string and/or form body)
         * @description Redeems a code from qrconnect or oauth2/authorize (reference §3), or the code the WeChat SDK gave a
         *     mobile app, sent with the mobile app's appid and secret (ML§6.2). Parameters are read from the query
         *     string, then (POST) from a form-encoded body: Auth.js sends `appid` and `secret` in the query and
         *     `code` and `grant_type` in the body (reference §3.1, inferred). A JSON body is not read, so a JSON
         *     POST without a query string gets 41002 appid missing (reference §3.1). Unknown parameters are
         *     ignored.
         *
         *     Validation order (reference §3.3): appid (41002, 40013) → secret (41004, 40125) → grant_type (40002)
         *     → code (41008, 40029, 40163). A code is single use (second use → 40163), bound to the appid that
         *     obtained it (other appid → 40029), and expires after 10 minutes for website apps, 5 for official
         *     accounts (expired → 40029 in practice; 42003 is documented but never observed) (reference §6), 10
         *     for mobile apps (inferred, ML§6.2).
         *
         *     `unionid` is present for snsapi_login and snsapi_userinfo grants of apps bound to an Open Platform
         *     account, absent for snsapi_base (reference §3.2, §10); a mobile app's grant (snsapi_userinfo) always
         *     has it (ML§6.2); `is_snapshotuser: 1` only for official-account
         *     snapshot users (reference §2). There is no `token_type` (reference §3.2).
         */
        post: operations["exchangeCodePost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sns/oauth2/refresh_token": {
        parameters: {
            query: {
                /** @description AppID, `wx` + 16 lowercase hex (reference §7). Missing → 41002; unknown → 40013. */
                appid: components["parameters"]["Appid"];
                /** @description Exactly `refresh_token`; anything else → 40002 (reference §4). */
                grant_type: components["parameters"]["GrantTypeRefreshToken"];
                /** @description Missing → 41003; unknown → 40030; older than 30 days → 42002 (reference §4, §8). */
                refresh_token: components["parameters"]["RefreshToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Refresh an access token (no secret)
         * @description Takes no `secret` (reference §4). Parameters from the query string, then (POST) from a form-encoded
         *     body; a JSON body is not read (reference §3.1, §9).
         *
         *     Semantics (reference §4): while the access_token is still valid the answer carries the **same**
         *     access_token with its expiry extended; once expired, a new access_token. The refresh_token is not
         *     rotated and its own lifetime (30 days; 180 days for a mobile app, ML§6.3) is never extended (42002
         *     after that). Scope stays that of the original grant. The answer has no `unionid`.
         *
         *     Answers captured from 2015 to about 2019 put `openid` first and wrote the scope with a trailing comma,
         *     `snsapi_base,snsapi_userinfo,` (ML§6.4); the mock answers so under `fidelity.refreshAnswer: pre-2020`.
         */
        get: operations["refreshAccessToken"];
        put?: never;
        /**
         * Refresh an access token (POST, query string and/or form body)
         * @description Takes no `secret` (reference §4). Parameters from the query string, then (POST) from a form-encoded
         *     body; a JSON body is not read (reference §3.1, §9).
         *
         *     Semantics (reference §4): while the access_token is still valid the answer carries the **same**
         *     access_token with its expiry extended; once expired, a new access_token. The refresh_token is not
         *     rotated and its own lifetime (30 days; 180 days for a mobile app, ML§6.3) is never extended (42002
         *     after that). Scope stays that of the original grant. The answer has no `unionid`.
         *
         *     Answers captured from 2015 to about 2019 put `openid` first and wrote the scope with a trailing comma,
         *     `snsapi_base,snsapi_userinfo,` (ML§6.4); the mock answers so under `fidelity.refreshAnswer: pre-2020`.
         */
        post: operations["refreshAccessTokenPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sns/auth": {
        parameters: {
            query: {
                /**
                 * @description An /sns access token (`NN_` + 107 chars, reference §7). Missing → 41001; unknown → 40001 or 40014;
                 *     expired → 42001 (reference §5, §8).
                 */
                access_token: components["parameters"]["AccessToken"];
                /** @description The user's openid for this app (28 chars, starts with `o`, reference §7). Missing → 41009; another user's → 40003. */
                openid: components["parameters"]["Openid"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check that an access token is valid for an openid
         * @description `{"errcode":0,"errmsg":"ok"}` when the token is valid for this openid (reference §5.1); otherwise an
         *     error: 40003 for another openid, 40001 or 40014 for an unknown token, 42001 for an expired one.
         *     Parameters from the query string, then (POST) from a form-encoded body; a JSON body is not read
         *     (reference §3.1, §9).
         */
        get: operations["checkAccessToken"];
        put?: never;
        /**
         * Check an access token (POST, query string and/or form body)
         * @description `{"errcode":0,"errmsg":"ok"}` when the token is valid for this openid (reference §5.1); otherwise an
         *     error: 40003 for another openid, 40001 or 40014 for an unknown token, 42001 for an expired one.
         *     Parameters from the query string, then (POST) from a form-encoded body; a JSON body is not read
         *     (reference §3.1, §9).
         */
        post: operations["checkAccessTokenPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sns/userinfo": {
        parameters: {
            query: {
                /**
                 * @description An /sns access token (`NN_` + 107 chars, reference §7). Missing → 41001; unknown → 40001 or 40014;
                 *     expired → 42001 (reference §5, §8).
                 */
                access_token: components["parameters"]["AccessToken"];
                /** @description The user's openid for this app (28 chars, starts with `o`, reference §7). Missing → 41009; another user's → 40003. */
                openid: components["parameters"]["Openid"];
                /**
                 * @description Language of the region fields: `zh_CN`, `zh_TW` or `en`. Without it, pre-2021 profiles come back in
                 *     English/pinyin (`"country":"CN"`); since October 2021 region fields are empty anyway (reference §5.2).
                 */
                lang?: "zh_CN" | "zh_TW" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The user's profile
         * @description Needs a token of an snsapi_userinfo or snsapi_login grant; an snsapi_base token (or an official-account
         *     snapshot user's) → 48001 api unauthorized (reference §2, §5.2). Parameters from the query string,
         *     then (POST) from a form-encoded body; a JSON body is not read (reference §3.1, §9).
         *
         *     Since 2021-10 WeChat no longer discloses sex and region: `sex` is 0, `language`, `city`, `province`,
         *     `country` are empty strings (reference §5.2). Keys come in a fixed order, nicknames as raw UTF-8,
         *     URLs with `\/`-escaped slashes (reference §5.2, §9).
         */
        get: operations["getUserInfo"];
        put?: never;
        /**
         * The user's profile (POST, query string and/or form body)
         * @description Needs a token of an snsapi_userinfo or snsapi_login grant; an snsapi_base token (or an official-account
         *     snapshot user's) → 48001 api unauthorized (reference §2, §5.2). Parameters from the query string,
         *     then (POST) from a form-encoded body; a JSON body is not read (reference §3.1, §9).
         *
         *     Since 2021-10 WeChat no longer discloses sex and region: `sex` is 0, `language`, `city`, `province`,
         *     `country` are empty strings (reference §5.2). Keys come in a fixed order, nicknames as raw UTF-8,
         *     URLs with `\/`-escaped slashes (reference §5.2, §9).
         */
        post: operations["getUserInfoPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sns/jscode2session": {
        parameters: {
            query: {
                /** @description AppID, `wx` + 16 lowercase hex (reference §7). Missing → 41002; unknown → 40013. */
                appid: components["parameters"]["Appid"];
                /** @description AppSecret, 32 hex (reference §3.1). Missing → 41004; wrong → 40125. */
                secret: components["parameters"]["Secret"];
                /**
                 * @description The code `wx.login` gave the mini-program: 32 chars `[A-Za-z0-9]` (ML§1.4). Missing (or sent as `code`)
                 *     → 41008; unknown, expired or another appid's → 40029; already redeemed → 40163 (ML§1.4, ML§1.5).
                 */
                js_code: components["parameters"]["JsCode"];
                /** @description Exactly `authorization_code`; anything else (even a stray `;`) → 40002 (reference §3.1). */
                grant_type: components["parameters"]["GrantTypeAuthorizationCode"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Exchange a mini-program's wx.login code for openid, session_key and unionid
         * @description Redeems a `wx.login` code (ML§1). Only the query string is read, for GET and POST alike: a POST whose
         *     parameters are in its body gets 41002 appid missing (ML§1.1). Unknown parameters are ignored, notably
         *     the `access_token` WxJava and wechatpy add (ML§1.1).
         *
         *     Validation order, as on `/sns/oauth2/access_token` (ML§1.5; the order is inferred): appid (41002,
         *     40013) → secret (41004, 40125) → grant_type (40002) → js_code (41008, 40029, 40163). A code is
         *     single use (second use → 40163, or 40029 under `fidelity.reusedWxLoginCodeErrcode`), bound to the
         *     mini-program that obtained it (another appid → 40029), and lives 5 minutes (ML§1.4). An appid that is
         *     not a mini-program's has no wx.login codes: 40029 whatever the code (inferred).
         *
         *     The success has **no** `errcode` nor `errmsg` (ML§1.2); `unionid` is present exactly when the
         *     mini-program is bound to an Open Platform account (ML§1.3). The answer is `text/plain` like every
         *     /sns answer (ML§1.5).
         */
        get: operations["code2Session"];
        put?: never;
        /**
         * Exchange a wx.login code (POST; only the query string is read)
         * @description Redeems a `wx.login` code (ML§1). Only the query string is read, for GET and POST alike: a POST whose
         *     parameters are in its body gets 41002 appid missing (ML§1.1). Unknown parameters are ignored, notably
         *     the `access_token` WxJava and wechatpy add (ML§1.1).
         *
         *     Validation order, as on `/sns/oauth2/access_token` (ML§1.5; the order is inferred): appid (41002,
         *     40013) → secret (41004, 40125) → grant_type (40002) → js_code (41008, 40029, 40163). A code is
         *     single use (second use → 40163, or 40029 under `fidelity.reusedWxLoginCodeErrcode`), bound to the
         *     mini-program that obtained it (another appid → 40029), and lives 5 minutes (ML§1.4). An appid that is
         *     not a mini-program's has no wx.login codes: 40029 whatever the code (inferred).
         *
         *     The success has **no** `errcode` nor `errmsg` (ML§1.2); `unionid` is present exactly when the
         *     mini-program is bound to an Open Platform account (ML§1.3). The answer is `text/plain` like every
         *     /sns answer (ML§1.5).
         */
        post: operations["code2SessionPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cgi-bin/token": {
        parameters: {
            query: {
                /** @description Always `client_credential` (ML§5.1); anything else → 40002. */
                grant_type: components["parameters"]["GrantTypeClientCredential"];
                /** @description AppID, `wx` + 16 lowercase hex (reference §7). Missing → 41002; unknown → 40013. */
                appid: components["parameters"]["Appid"];
                /** @description AppSecret, 32 hex (reference §3.1). Missing → 41004; wrong → 40125. */
                secret: components["parameters"]["Secret"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The app's server access token (a new one on every call)
         * @description Issues the server's access token of an official account or a mini-program (ML§5.1). **Every call issues
         *     a new token**; the previous one keeps working for 5 more minutes of the mock's clock, then answers 40001
         *     ("not latest"); a token answers 42001 once its 7200 s are over. Website apps have no such token: 40013
         *     (inferred, docs/decisions/0028). Only the query string is read.
         *
         *     Checks, in the order of the code exchange (inferred): appid (41002, 40013) → secret (41004, 40125) →
         *     grant_type `client_credential` (40002) → the app's daily quota, 2000 calls a day by default (45009,
         *     counted per calendar day of China Standard Time on the mock's clock). The IP whitelist errors (40164,
         *     89503) are faults a test adds; a 40164 without an errmsg of its own names the caller's address as
         *     WeChat does (ML§5.1).
         */
        get: operations["getAccessToken"];
        put?: never;
        /**
         * The app's server access token (POST; only the query string is read)
         * @description Issues the server's access token of an official account or a mini-program (ML§5.1). **Every call issues
         *     a new token**; the previous one keeps working for 5 more minutes of the mock's clock, then answers 40001
         *     ("not latest"); a token answers 42001 once its 7200 s are over. Website apps have no such token: 40013
         *     (inferred, docs/decisions/0028). Only the query string is read.
         *
         *     Checks, in the order of the code exchange (inferred): appid (41002, 40013) → secret (41004, 40125) →
         *     grant_type `client_credential` (40002) → the app's daily quota, 2000 calls a day by default (45009,
         *     counted per calendar day of China Standard Time on the mock's clock). The IP whitelist errors (40164,
         *     89503) are faults a test adds; a 40164 without an errmsg of its own names the caller's address as
         *     WeChat does (ML§5.1).
         */
        post: operations["getAccessTokenPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cgi-bin/stable_token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A GET is refused with 43002
         * @description The stable token is a JSON POST only; a GET answers 43002 `require POST method` (ML§5.2).
         */
        get: operations["getStableAccessTokenGet"];
        put?: never;
        /**
         * The app's stable access token (the current one with the time it has left)
         * @description A slot of its own, apart from `/cgi-bin/token`: neither invalidates the other (ML§5.2). The parameters are
         *     read from the JSON body only. Normally the answer is the current token and the seconds it has left;
         *     in its last 5 minutes a new token is issued and the old one lives out its time, so `expires_in` is
         *     never below 300. `force_refresh: true` replaces the token at once (the old one stops working, 40001)
         *     and answers `expires_in: 7200`, at most 20 times a day; within 30 s of the last forced refresh it does
         *     not refresh and answers the current token (the doc says only "不会刷新": inferred, docs/decisions/0028),
         *     and past 20 a day it answers 45009 (inferred).
         *
         *     Checks: a body that is not a JSON object → 47001 (inferred); appid (41002, 40013) → secret (41004,
         *     40125) → grant_type (40002) → the daily quota (500 000 calls, 45009).
         */
        post: operations["getStableAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wxa/checksession": {
        parameters: {
            query: {
                /**
                 * @description The app's server token from `/cgi-bin/token` or `/cgi-bin/stable_token` (ML§5), not an /sns token. Missing →
                 *     41001; not token-shaped → 40014; unknown or replaced more than 5 minutes ago → 40001; expired → 42001.
                 */
                access_token: components["parameters"]["ServerAccessToken"];
                /** @description The user's openid for this app (28 chars, starts with `o`, reference §7). Missing → 41009; another user's → 40003. */
                openid: components["parameters"]["Openid"];
                /**
                 * @description `hex(HMAC-SHA256(key = the session_key's base64 text, message = ""))`, 64 lower-case hex (ML§2.2). Keyed
                 *     with the text, not the decoded bytes: only that reproduces the doc's worked example.
                 */
                signature: string;
                /** @description Always `hmac_sha256`; anything else → 87008 invalid sig_method (ML§2.3; on checksession inferred). */
                sig_method: "hmac_sha256";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the server's session_key of a user is still the live one
         * @description `{"errcode":0,"errmsg":"ok"}` when `signature` is made with the user's live session_key (ML§2.2); 87009
         *     `invalid signature` (no comma: `invalid signature rid: …`) when it is made with an old or wrong key, or
         *     the user has no session_key. The newer doc calls the parameters "payload": a POST with them in a JSON
         *     body is read too (ML§2.2, inferred).
         *
         *     Checks (inferred order): access_token (41001, 40014, 40001, 42001; a server token of an official account
         *     → 48001) → openid (41009; 40003 when no user of this mini-program) → sig_method (87008) → signature (87009).
         */
        get: operations["checkSessionKey"];
        put?: never;
        /**
         * Whether the session_key is live (POST; the query string or a JSON body)
         * @description `{"errcode":0,"errmsg":"ok"}` when `signature` is made with the user's live session_key (ML§2.2); 87009
         *     `invalid signature` (no comma: `invalid signature rid: …`) when it is made with an old or wrong key, or
         *     the user has no session_key. The newer doc calls the parameters "payload": a POST with them in a JSON
         *     body is read too (ML§2.2, inferred).
         *
         *     Checks (inferred order): access_token (41001, 40014, 40001, 42001; a server token of an official account
         *     → 48001) → openid (41009; 40003 when no user of this mini-program) → sig_method (87008) → signature (87009).
         */
        post: operations["checkSessionKeyPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wxa/resetusersessionkey": {
        parameters: {
            query: {
                /**
                 * @description The app's server token from `/cgi-bin/token` or `/cgi-bin/stable_token` (ML§5), not an /sns token. Missing →
                 *     41001; not token-shaped → 40014; unknown or replaced more than 5 minutes ago → 40001; expired → 42001.
                 */
                access_token: components["parameters"]["ServerAccessToken"];
                /** @description The user's openid for this app (28 chars, starts with `o`, reference §7). Missing → 41009; another user's → 40003. */
                openid: components["parameters"]["Openid"];
                /**
                 * @description `hex(HMAC-SHA256(key = the session_key's base64 text, message = ""))`, 64 lower-case hex (ML§2.2). Keyed
                 *     with the text, not the decoded bytes: only that reproduces the doc's worked example.
                 */
                signature: string;
                /** @description Always `hmac_sha256`; anything else → 87008 invalid sig_method (ML§2.3; on checksession inferred). */
                sig_method: "hmac_sha256";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Replace a user's session_key, proving the current one
         * @description With the same checks as `/wxa/checksession` (the signature proves the current key), issues a new
         *     session_key and answers it with the openid (ML§2.3); the old key stops working at once (87009 on
         *     checksession, and open data made with it no longer decrypts on the server).
         */
        get: operations["resetUserSessionKey"];
        put?: never;
        /**
         * Replace a user's session_key (POST; the query string or a JSON body)
         * @description With the same checks as `/wxa/checksession` (the signature proves the current key), issues a new
         *     session_key and answers it with the openid (ML§2.3); the old key stops working at once (87009 on
         *     checksession, and open data made with it no longer decrypts on the server).
         */
        post: operations["resetUserSessionKeyPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wxa/business/getuserphonenumber": {
        parameters: {
            query: {
                /**
                 * @description The app's server token from `/cgi-bin/token` or `/cgi-bin/stable_token` (ML§5), not an /sns token. Missing →
                 *     41001; not token-shaped → 40014; unknown or replaced more than 5 minutes ago → 40001; expired → 42001.
                 */
                access_token: components["parameters"]["ServerAccessToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A GET is refused with 43002
         * @description The phone number is a JSON POST; a GET answers 43002 `require POST method` (ML§4.2, inferred from ML§5.2).
         */
        get: operations["getUserPhoneNumberGet"];
        put?: never;
        /**
         * Exchange a phone code from the getPhoneNumber button for the user's number
         * @description Redeems a phone code (64 lower-case hex, 5 minutes, single use; ML§4.1) with the mini-program's server
         *     token (ML§4.2). Unlike jscode2session, the success carries `"errcode":0,"errmsg":"ok"`, and
         *     `countryCode` is a string (ML§4.2, ML§9).
         *
         *     Checks (inferred order): access_token (41001, 40014, 40001, 42001; an official account's token → 48001)
         *     → a body that is no JSON object (47001, inferred) → `code`: missing, unknown, expired or **used before →
         *     40029** (not 40163, ML§4.2), a `wx.login` code → 40029 (code kinds do not mix, ML§9), a phone code of
         *     another mini-program → 40013 → `openid`, when given, must be the code's user (40003, inferred).
         *     The errors carry the /wxa `hint: [...] rid: …` suffix in captures; the mock's default is the
         *     comma-less `rid:` (`fidelity.cgiBinErrmsgSuffix: hint-rid` gives the other).
         */
        post: operations["getUserPhoneNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cgi-bin/user/info": {
        parameters: {
            query: {
                /**
                 * @description The app's server token from `/cgi-bin/token` or `/cgi-bin/stable_token` (ML§5), not an /sns token. Missing →
                 *     41001; not token-shaped → 40014; unknown or replaced more than 5 minutes ago → 40001; expired → 42001.
                 */
                access_token: components["parameters"]["ServerAccessToken"];
                /**
                 * @description The user's openid in this official account (reference §7). Missing → 41009 (inferred); not an openid of
                 *     this account → 40003 (ML§7).
                 */
                openid: string;
                /**
                 * @description `zh_CN`, `zh_TW` or `en` (ML§7): the language of the region fields, which are empty since 2021-12-27
                 *     anyway; the mock answers a legacy-profile persona's region in it, English when absent.
                 */
                lang?: "zh_CN" | "zh_TW" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's follower record in an official account
         * @description Whether the user follows the official account, and since when (ML§7). Checks: access_token (41001, 40014,
         *     40001, 42001) → the token's app is an official account (48001 otherwise, inferred) → openid (41009,
         *     40003).
         *
         *     A follower (`subscribe: 1`) has the post-2021-12-27 field set in the captured order: the keys of the
         *     profile stay but nickname and headimgurl are empty, sex 0 and the region empty (ML§7), then
         *     `subscribe_time`, `unionid` for an account bound to an Open Platform account, `remark`, `groupid`,
         *     `tagid_list`, `subscribe_scene`, `qr_scene`, `qr_scene_str`. A user who does not follow (`subscribe: 0`)
         *     has only openid, unionid (bound accounts, **even without following**) and `tagid_list` (ML§7). The
         *     Content-Type is cgi-bin's (ML§5.1, reference §9).
         */
        get: operations["getFollowerInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Success of `/sns/oauth2/access_token`, keys in WeChat's order (reference §3.2). Never contains `errcode`
         *     (JustAuth treats any errcode key as an error, reference §12) nor `token_type`.
         * @example {
         *       "access_token": "55_vTayEbsFi_KjwKCh1psoJkn7glhGVExhFeWxuS44BpQT-iOX9pK4pxuZcKszB2l_qklNCuxo2OYzpOC2OMYRUSBITixBvebkVcb_oo4ia90",
         *       "expires_in": 7200,
         *       "refresh_token": "55_EcYAdy7T-bT0_OTTLf1OOsgbShX57tcq1dNtJxKoQwLHXRqtv8k4WYm7ipCJs1VbdnCdIiLjWQcQJcsNs9bfJis69G6lZU22SYfPV0QjnqA",
         *       "openid": "o3_SC5zFYknhbdThq0Qhc6ER5Bys",
         *       "scope": "snsapi_login",
         *       "unionid": "oWgGz1JWUVRwNtkXmZ6OkhDeSbO8"
         *     }
         */
        AccessTokenResponse: {
            /** @description `NN_` + 107 chars of `[A-Za-z0-9_-]`, 110 in all (reference §7). */
            access_token: string;
            /**
             * @description Seconds the access token lives, a number (not a string), 7200 (reference §3.2, §6).
             * @example 7200
             */
            expires_in: number;
            /** @description Same shape as access_token; lives 30 days (180 for a mobile app, ML§6.3), not extendable (reference §4, §6). */
            refresh_token: string;
            /** @description The user's id for this app, 28 chars starting with `o`; the first 6 chars are shared by all users of the app (reference §7). */
            openid: string;
            /**
             * @description The granted scope, `snsapi_login`, `snsapi_base` or `snsapi_userinfo` (comma-separated if several; reference §3.2).
             * @example snsapi_login
             */
            scope: string;
            /**
             * @description The user's id for the Open Platform account, 28 chars starting with `o`. Only for snsapi_login and
             *     snsapi_userinfo grants of apps bound to an account (reference §3.2, §10).
             */
            unionid?: string;
            /**
             * @description Only for official-account snapshot users (快照页模式), whose openid/unionid are virtual; absent otherwise (reference §2, §3.2).
             * @constant
             */
            is_snapshotuser?: 1;
        };
        /** @description `/wxa/business/getuserphonenumber` success, keys errcode, errmsg, phone_info in this order (ML§4.2). */
        PhoneNumberResponse: {
            /** @constant */
            errcode: 0;
            /** @constant */
            errmsg: "ok";
            phone_info: components["schemas"]["PhoneInfo"];
        };
        /**
         * @description The user's number, keys phoneNumber, purePhoneNumber, countryCode, watermark in this order (ML§4.2). The
         *     same object, alone, is what the old encryptedData of getPhoneNumber decrypts to.
         */
        PhoneInfo: {
            /**
             * @description With the country code for numbers outside mainland China (`+` and the code: the doc says "国外手机号会有区号",
             *     the exact form is not captured, ML§10); equal to purePhoneNumber for +86.
             */
            phoneNumber: string;
            /** @description The number without country code. */
            purePhoneNumber: string;
            /**
             * @description A **string**, `"86"` (Go SDKs declare it so; a number breaks them; ML§4.2).
             * @example 86
             */
            countryCode: string;
            watermark: {
                /** @description Unix seconds when the user pressed the button (when the code was minted, in the mock). */
                timestamp: number;
                appid: string;
            };
        };
        /** @description A /wxa success without data (ML§2.2). */
        WxaOkResponse: {
            /** @constant */
            errcode: 0;
            /** @constant */
            errmsg: "ok";
        };
        /** @description `/wxa/resetusersessionkey` success, keys in the doc's order errcode, errmsg, openid, session_key (ML§2.3). */
        ResetSessionKeyResponse: {
            /** @constant */
            errcode: 0;
            /** @constant */
            errmsg: "ok";
            openid: string;
            /** @description The new key, 16 random bytes in base64; the old one no longer works (ML§2.3). */
            session_key: string;
        };
        /**
         * @description The server's access token (ML§5.1, ML§5.2): access_token then expires_in, no errcode.
         * @example {
         *       "access_token": "ACCESS_TOKEN",
         *       "expires_in": 7200
         *     }
         */
        ServerTokenResponse: {
            /**
             * @description `NN_` + 133 characters, 136 in all as captured in 2022-23 (ML§5.1); WeChat asks clients to keep room for
             *     512.
             */
            access_token: string;
            /**
             * @description Seconds left, 7200 for a new token; the stable token's is never below 300 (ML§5.2).
             * @example 7200
             */
            expires_in: number;
        };
        /**
         * @description A follower (ML§7), keys in the captured order. Since 2021-12-27 nickname and headimgurl are `""`, sex 0 and
         *     the region `""` (the keys are kept, as captured in 2022-09); `unionid` only for an account bound to an Open
         *     Platform account. The mock answers a persona configured with the `legacy` profile in the older, full shape,
         *     as it does on /sns/userinfo (reference §5.2).
         */
        FollowerInfoResponse: {
            /** @constant */
            subscribe: 1;
            openid: string;
            nickname: string;
            /** @enum {integer} */
            sex: 0 | 1 | 2;
            language: string;
            city: string;
            province: string;
            country: string;
            headimgurl: string;
            /** @description When the user last followed, Unix seconds. */
            subscribe_time: number;
            unionid?: string;
            remark: string;
            groupid: number;
            tagid_list: number[];
            subscribe_scene: string;
            qr_scene: number;
            qr_scene_str: string;
        };
        /** @description A user who does not follow (ML§7); unionid for a bound account even so. */
        NotFollowingResponse: {
            /** @constant */
            subscribe: 0;
            openid: string;
            unionid?: string;
            tagid_list: number[];
        };
        /**
         * @description Success of `/sns/jscode2session`, keys in WeChat's order session_key, openid, unionid (ML§1.2). Never
         *     `errcode`/`errmsg` (the documentation's `"errcode":0` is not what WeChat sends) nor the `expires_in`
         *     dropped in 2018. On the wire every `/` is written `\/`, as in every /sns answer (reference §9).
         * @example {
         *       "session_key": "VI6GJ52tcpCQx9eSpLPZlA==",
         *       "openid": "ocgqB6988rYAugtnawmR6RE2YavE"
         *     }
         */
        Code2SessionResponse: {
            /**
             * @description 16 random bytes in base64, 24 chars (ML§1.2). One live key per user and mini-program; a code exchange
             *     may rotate it (ML§2.1; the mock's `fidelity.sessionKeyRotationSeconds`).
             */
            session_key: string;
            /** @description The user's id for this mini-program, 28 chars starting with `o` (reference §7). */
            openid: string;
            /**
             * @description The user's id for the Open Platform account, the same as on the account's website apps and official
             *     accounts. Present exactly when the mini-program is bound to an account (ML§1.3).
             */
            unionid?: string;
        };
        /**
         * @description Success of `/sns/oauth2/refresh_token` (reference §4): same keys as AccessTokenResponse minus `unionid`.
         *     While the access token is valid, access_token and refresh_token are the ones already held. The pre-2020
         *     shape has the same keys with `openid` first (ML§6.4).
         * @example {
         *       "access_token": "ACCESS_TOKEN",
         *       "expires_in": 7200,
         *       "refresh_token": "REFRESH_TOKEN",
         *       "openid": "OPENID",
         *       "scope": "SCOPE"
         *     }
         */
        RefreshTokenResponse: {
            /** @description The same token, extended, while still valid; a new one once expired (reference §4). */
            access_token: string;
            /**
             * @description Seconds from now, 7200 (reference §4).
             * @example 7200
             */
            expires_in: number;
            /** @description The refresh_token sent, unchanged (reference §4). */
            refresh_token: string;
            openid: string;
            /**
             * @description Scope of the original grant (reference §4); in the pre-2020 shape the scopes it includes, each
             *     followed by a comma, e.g. `snsapi_base,snsapi_userinfo,` (ML§6.4).
             */
            scope: string;
        };
        /**
         * @description `/sns/auth` success: the token is valid for this openid (reference §5.1).
         * @example {
         *       "errcode": 0,
         *       "errmsg": "ok"
         *     }
         */
        SnsAuthOkResponse: {
            /** @constant */
            errcode: 0;
            /** @constant */
            errmsg: "ok";
        };
        /**
         * @description `/sns/userinfo` success, keys in WeChat's order (reference §5.2). `language` is undocumented but real.
         *     Since 2021-10: `sex` 0 and empty `language`/`city`/`province`/`country`.
         * @example {
         *       "openid": "o3_SC5736cmf3Mpoylyr6OXIkqwI",
         *       "nickname": "安生",
         *       "sex": 0,
         *       "language": "",
         *       "city": "",
         *       "province": "",
         *       "country": "",
         *       "headimgurl": "https://thirdwx.qlogo.cn/mmopen/vi_32/qFY76qSxwM7ibpZFrBEBzkbIl77RmA4Tz0IdxDLUoSxThwgQmSk7AAWCib7pnXTzt8XzM4nV6qic7pib6plTfKyesw/132",
         *       "privilege": [],
         *       "unionid": "oWgGz1BHvfDCYeboAeR1DBMnmJbg"
         *     }
         * @example {
         *       "openid": "o3_SC56gLo5jX3MDKK33y_CR-u5E",
         *       "nickname": "熙熙攘攘",
         *       "sex": 1,
         *       "language": "zh_CN",
         *       "city": "Linfen",
         *       "province": "Shanxi",
         *       "country": "CN",
         *       "headimgurl": "https://thirdwx.qlogo.cn/mmopen/vi_32/RDQPia8q0N5C5n3ygkkfUrKhHS78xTr59VBAjLsexEC0BMRa7lbK2LhG9A5AA4ptFh3Fx0iclvHPWEMt25DLiaLeQ/132",
         *       "privilege": [],
         *       "unionid": "oWgGz1DbXmO9nZNN5RNixRZ0yshM"
         *     }
         */
        UserInfoResponse: {
            openid: string;
            /** @description Raw UTF-8; may contain emoji, legacy private-use characters and raw control characters (reference §9). */
            nickname: string;
            /**
             * @description 0 unknown (always, since 2021-10), 1 male, 2 female (reference §5.2).
             * @enum {integer}
             */
            sex: 0 | 1 | 2;
            /** @description Undocumented; `""` since 2021-10, e.g. `zh_CN` before (reference §5.2). */
            language: string;
            city: string;
            province: string;
            /** @description e.g. `CN` without lang, `中国` with lang=zh_CN (pre-2021); `""` since 2021-10 (reference §5.2). */
            country: string;
            /**
             * @description Avatar URL, `https://thirdwx.qlogo.cn/mmopen/vi_32/…/132` (last segment 0/46/64/96/132), or `""` when
             *     the user has no avatar (reference §5.2, §7).
             */
            headimgurl: string;
            /** @description Privileges such as `chinaunicom`; usually empty (reference §5.2). */
            privilege: string[];
            /** @description Only when the app is bound to an Open Platform account (reference §5.2, §10). */
            unionid?: string;
        };
        /**
         * @description Every /sns error, HTTP 200 (reference §8, §9). Match on `errcode`, never on `errmsg`. The codes are those
         *     of `x-wechat-errcodes`.
         * @example {
         *       "errcode": 40029,
         *       "errmsg": "invalid code, rid: 63106779-282330ba-5d5deaf3"
         *     }
         * @example {
         *       "errcode": 41009,
         *       "errmsg": "missing openid, rid: 67002ad6-79f0bb9f-4b792fe1"
         *     }
         * @example {
         *       "errcode": -1,
         *       "errmsg": "system error, rid: 6326ffdf-41c7c0d8-5a6bb364"
         *     }
         */
        ErrorResponse: {
            /** @enum {integer} */
            errcode: -1 | 40001 | 40002 | 40003 | 40013 | 40014 | 40029 | 40030 | 40125 | 40163 | 40164 | 40226 | 41001 | 41002 | 41003 | 41004 | 41008 | 41009 | 42001 | 42002 | 42003 | 43002 | 45009 | 45011 | 47001 | 48001 | 87008 | 87009 | 89503;
            /**
             * @description The base text of the code followed by a request-id suffix (reference §8.1). Today `, rid: ` +
             *     `%08x-%08x-%08x` whose first group is the Unix time of the request in hex; some codes omit the comma
             *     (`access_token expired rid: …`); older eras used `hint: [...]` or `, hints: [ req_id: ... ]`.
             *     WeChat's documentation shows the bare text.
             * @example invalid code, rid: 63106779-282330ba-5d5deaf3
             */
            errmsg: string;
        };
    };
    responses: {
        /** @description Always HTTP 200; the phone number or an ErrorResponse (ML§4.2). The /cgi-bin family's Content-Type. */
        PhoneNumberAnswer: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PhoneNumberResponse"] | components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Always HTTP 200; `{"errcode":0,"errmsg":"ok"}` or an ErrorResponse (ML§2.2). The /cgi-bin family's Content-Type. */
        WxaOkAnswer: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["WxaOkResponse"] | components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Always HTTP 200; the new session_key or an ErrorResponse (ML§2.3). The /cgi-bin family's Content-Type. */
        ResetSessionKeyAnswer: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ResetSessionKeyResponse"] | components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Always HTTP 200; compact JSON, the token or an ErrorResponse (ML§5). The Content-Type is
         *     `application/json; encoding=utf-8` as captured on cgi-bin (reference §9; the mock's
         *     `fidelity.cgiBinContentType`).
         */
        ServerTokenAnswer: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServerTokenResponse"] | components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Always HTTP 200; compact JSON, the follower record or an ErrorResponse (ML§7), with cgi-bin's errmsg suffix
         *     and Content-Type (ML§5.1).
         */
        FollowerInfoAnswer: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FollowerInfoResponse"] | components["schemas"]["NotFollowingResponse"] | components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description An HTML page, always HTTP 200 (`Content-Type: text/html; charset=utf-8`, with the space python-weixin
         *     relies on, and a Content-Length; reference §11): the login or consent page, or WeChat's weui error page
         *     whose `<h4 class="weui_msg_title">` holds one of the `x-wechat-page-errors` texts (reference §1.3, §2).
         */
        HtmlPage: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/html": string;
            };
        };
        /**
         * @description Always HTTP 200; the body is compact JSON, either the result or an ErrorResponse (reference §8, §9).
         *     The Content-Type is `text/plain` without a charset by default (reference §9); the mock makes it
         *     configurable, since legacy WeChat handlers send `application/json; encoding=utf-8`. Clients must
         *     decode the body as UTF-8 whatever the header says.
         */
        AccessTokenAnswer: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["AccessTokenResponse"] | components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Always HTTP 200; the body is compact JSON, either the result or an ErrorResponse (reference §8, §9).
         *     The Content-Type is `text/plain` without a charset by default (reference §9); the mock makes it
         *     configurable, since legacy WeChat handlers send `application/json; encoding=utf-8`. Clients must
         *     decode the body as UTF-8 whatever the header says.
         */
        Code2SessionAnswer: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["Code2SessionResponse"] | components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Always HTTP 200; the body is compact JSON, either the result or an ErrorResponse (reference §8, §9).
         *     The Content-Type is `text/plain` without a charset by default (reference §9); the mock makes it
         *     configurable, since legacy WeChat handlers send `application/json; encoding=utf-8`. Clients must
         *     decode the body as UTF-8 whatever the header says.
         */
        RefreshTokenAnswer: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["RefreshTokenResponse"] | components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Always HTTP 200; the body is compact JSON, either the result or an ErrorResponse (reference §8, §9).
         *     The Content-Type is `text/plain` without a charset by default (reference §9); the mock makes it
         *     configurable, since legacy WeChat handlers send `application/json; encoding=utf-8`. Clients must
         *     decode the body as UTF-8 whatever the header says.
         */
        SnsAuthAnswer: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["SnsAuthOkResponse"] | components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Always HTTP 200; the body is compact JSON, either the result or an ErrorResponse (reference §8, §9).
         *     The Content-Type is `text/plain` without a charset by default (reference §9); the mock makes it
         *     configurable, since legacy WeChat handlers send `application/json; encoding=utf-8`. Clients must
         *     decode the body as UTF-8 whatever the header says.
         */
        UserInfoAnswer: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["UserInfoResponse"] | components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description The app's server token from `/cgi-bin/token` or `/cgi-bin/stable_token` (ML§5), not an /sns token. Missing →
         *     41001; not token-shaped → 40014; unknown or replaced more than 5 minutes ago → 40001; expired → 42001.
         */
        ServerAccessToken: string;
        /** @description Always `client_credential` (ML§5.1); anything else → 40002. */
        GrantTypeClientCredential: "client_credential";
        /** @description AppID, `wx` + 16 lowercase hex (reference §7). Missing → 41002; unknown → 40013. */
        Appid: string;
        /** @description AppSecret, 32 hex (reference §3.1). Missing → 41004; wrong → 40125. */
        Secret: string;
        /**
         * @description The code from the redirect: 32 chars `[A-Za-z0-9]` (reference §7). Missing → 41008; unknown, expired or
         *     issued to another appid → 40029; already redeemed → 40163 (reference §3.3, §6).
         */
        Code: string;
        /** @description Exactly `authorization_code`; anything else (even a stray `;`) → 40002 (reference §3.1). */
        GrantTypeAuthorizationCode: "authorization_code";
        /**
         * @description The code `wx.login` gave the mini-program: 32 chars `[A-Za-z0-9]` (ML§1.4). Missing (or sent as `code`)
         *     → 41008; unknown, expired or another appid's → 40029; already redeemed → 40163 (ML§1.4, ML§1.5).
         */
        JsCode: string;
        /** @description Exactly `refresh_token`; anything else → 40002 (reference §4). */
        GrantTypeRefreshToken: "refresh_token";
        /** @description Missing → 41003; unknown → 40030; older than 30 days → 42002 (reference §4, §8). */
        RefreshToken: string;
        /**
         * @description An /sns access token (`NN_` + 107 chars, reference §7). Missing → 41001; unknown → 40001 or 40014;
         *     expired → 42001 (reference §5, §8).
         */
        AccessToken: string;
        /** @description The user's openid for this app (28 chars, starts with `o`, reference §7). Missing → 41009; another user's → 40003. */
        Openid: string;
    };
    requestBodies: {
        /** @description The phone code, and optionally the openid it must belong to (ML§4.2). */
        PhoneCodeJson: {
            content: {
                "application/json": {
                    code: string;
                    openid?: string;
                };
            };
        };
        /** @description The stable token's parameters, JSON only (ML§5.2). */
        StableTokenJson: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    grant_type: "client_credential";
                    appid: string;
                    secret: string;
                    /**
                     * @description Replace the token now (20 times a day, 30 s apart). Only the JSON `true` counts.
                     * @default false
                     */
                    force_refresh?: boolean;
                };
            };
        };
        /** @description Any of the exchange's parameters, form-encoded (how Auth.js sends `code` and `grant_type`). */
        ExchangeCodeForm: {
            content: {
                "application/x-www-form-urlencoded": {
                    appid?: string;
                    secret?: string;
                    code?: string;
                    /** @enum {string} */
                    grant_type?: "authorization_code";
                };
            };
        };
        /** @description Any of the refresh's parameters, form-encoded. */
        RefreshForm: {
            content: {
                "application/x-www-form-urlencoded": {
                    appid?: string;
                    /** @enum {string} */
                    grant_type?: "refresh_token";
                    refresh_token?: string;
                };
            };
        };
        /** @description access_token and openid, form-encoded. */
        TokenForm: {
            content: {
                "application/x-www-form-urlencoded": {
                    access_token?: string;
                    openid?: string;
                };
            };
        };
        /** @description access_token, openid and lang, form-encoded. */
        UserinfoForm: {
            content: {
                "application/x-www-form-urlencoded": {
                    access_token?: string;
                    openid?: string;
                    /** @enum {string} */
                    lang?: "zh_CN" | "zh_TW" | "en";
                };
            };
        };
    };
    headers: {
        /** @description Where the browser goes next. */
        Location: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getQrConnectPage: {
        parameters: {
            query: {
                /** @description Website-app AppID, `wx` + 16 lowercase hex (reference §1.1, §7). Unknown → AppidInvalid page. */
                appid: string;
                /**
                 * @description URL-encoded callback URL; its host must equal one of the app's authorised callback domains exactly
                 *     (reference §1.1, §1.4). Otherwise → RedirectUriInvalid page.
                 */
                redirect_uri: string;
                /** @description Documented as required (`code`), but wxLogin.js never sends it, so WeChat tolerates its absence (reference §1.1). */
                response_type?: "code";
                /**
                 * @description `snsapi_login`, the only scope of website apps. Anything else, or the AppID of an official account,
                 *     → ScopeInvalid page (reference §1.1, §1.3).
                 */
                scope: "snsapi_login";
                /** @description Echoed back on the redirect. No length limit on qrconnect, unlike oauth2/authorize (reference §1.1). */
                state?: string;
                /** @description Language of the page, `cn` (default) or `en` (reference §1.1). */
                lang?: "cn" | "en";
                /** @description wxLogin.js sends `jssdk` (reference §1.1). */
                login_type?: string;
                /** @description wxLogin.js; `true` navigates inside the iframe, `false`/`default` the top window (reference §1.1). */
                self_redirect?: "default" | "true" | "false";
                /** @description wxLogin.js styling parameter, usually empty (reference §1.1). */
                styletype?: string;
                /** @description wxLogin.js styling parameter, usually empty (reference §1.1). */
                sizetype?: string;
                /** @description wxLogin.js styling parameter, usually empty (reference §1.1). */
                bgcolor?: string;
                /** @description wxLogin.js parameter, usually empty (reference §1.1). */
                rst?: string;
                /** @description wxLogin.js text colour, `black` or `white` (reference §1.1). */
                style?: "black" | "white";
                /** @description wxLogin.js custom CSS, a URL or `data:` URI; ignored when `stylelite=1` (reference §1.1). */
                href?: string;
                /** @description wxLogin.js; `1` selects the new compact UI (≥220×220 px) (reference §1.1). */
                stylelite?: string;
                /** @description wxLogin.js; `0` disables desktop "快速登录" (confirm in desktop WeChat without scanning) (reference §1.1). */
                fast_login?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["HtmlPage"];
        };
    };
    authorizeOfficialAccount: {
        parameters: {
            query: {
                /** @description Official-account AppID, `wx` + 16 lowercase hex (reference §7). */
                appid: string;
                /**
                 * @description URL-encoded callback URL. Its host must equal the account's web-authorization domain exactly, and
                 *     carry no port; otherwise → OaRedirectDomainMismatch page (错误码 10003; reference §1.4, §2).
                 */
                redirect_uri: string;
                /** @description Always `code` (reference §2). */
                response_type: "code";
                /**
                 * @description `snsapi_base` (silent, openid only) or `snsapi_userinfo` (consent, profile). A scope the account may
                 *     not use → OaScopeUnauthorized page; a malformed one → ScopeInvalid page (reference §2).
                 */
                scope: "snsapi_base" | "snsapi_userinfo";
                /**
                 * @description Echoed back URL-encoded. At most 128 **bytes** ("a-zA-Z0-9"); longer → StateTooLong page (reference §2).
                 *     `maxLength` below counts characters, which equals bytes for the documented alphabet.
                 */
                state?: string;
                /** @description Added by WeChat's own 301 (several SDKs send it up front to avoid the double callback that produces 40163; reference §2). */
                connect_redirect?: "1";
                /**
                 * @description Mock only: the key of the persona to act as (see the control API's `GET /__mock/personas`); an unknown
                 *     key → LinkUnavailable page. WeChat ignores unknown parameters (reference §3.1, §9), so the same URL also
                 *     works against WeChat.
                 */
                mock_persona?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["HtmlPage"];
            /** @description Same URL with `connect_redirect=1` added (reference §2). */
            301: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Authorized: `redirect_uri` with `code=CODE&state=STATE` inserted before any `#fragment`, using `&`
             *     when redirect_uri already has a query string (reference §2).
             */
            302: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    mockConfirmAllow: {
        parameters: {
            query: {
                /** @description The login session shown as a QR code on the qrconnect page (16 chars, reference §1.2). */
                uuid: string;
                /** @description Key of the persona who logs in (control API `GET /__mock/personas`). */
                persona: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Error page (HTML, HTTP 200, weui markup as in reference §1.3): LoginSessionExpired when the login
             *     session is unknown, already used or older than 5 minutes; LinkUnavailable for an unknown persona key
             *     (the session stays open, so another persona can be picked).
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Back to the app's redirect_uri with `code` and `state` appended (reference §1.2). */
            302: {
                headers: {
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    mockConfirmDeny: {
        parameters: {
            query: {
                /** @description The login session shown as a QR code on the qrconnect page (reference §1.2). */
                uuid: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Cancel page (HTML, HTTP 200), no redirect; or LoginSessionExpired when the login session is unknown,
             *     already used or older than 5 minutes.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    getQrCodeImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The login session (16 chars, reference §1.2). */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The QR code (WeChat sends a JPEG; the mock a PNG). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            /** @description Mock only (WeChat's answer is not recorded): the login session is unknown or expired. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    pollQrConnect: {
        parameters: {
            query: {
                /** @description The login session shown as the QR code (reference §1.2). */
                uuid: string;
                /** @description The wx_errcode of the previous answer; the poll is held while the state is still that one (408 when absent). */
                last?: string;
                /** @description A cache-busting timestamp in milliseconds, ignored (reference §1.2). */
                _?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state as a JavaScript snippet (reference §1.2). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/javascript": string;
                };
            };
        };
    };
    getPhoneConfirmPage: {
        parameters: {
            query: {
                /** @description The login session (reference §1.2). */
                uuid: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["HtmlPage"];
        };
    };
    mockAnswerOnPhone: {
        parameters: {
            query: {
                /** @description The login session (reference §1.2). */
                uuid: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @enum {string} */
                    action: "allow" | "deny";
                    /**
                     * @description Key of the persona who logs in; required with `action=allow`.
                     * @example lisi
                     */
                    persona?: string;
                };
            };
        };
        responses: {
            200: components["responses"]["HtmlPage"];
        };
    };
    getWxLoginScript: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The script. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/javascript": string;
                };
            };
        };
    };
    exchangeCode: {
        parameters: {
            query: {
                /** @description AppID, `wx` + 16 lowercase hex (reference §7). Missing → 41002; unknown → 40013. */
                appid: components["parameters"]["Appid"];
                /** @description AppSecret, 32 hex (reference §3.1). Missing → 41004; wrong → 40125. */
                secret: components["parameters"]["Secret"];
                /**
                 * @description The code from the redirect: 32 chars `[A-Za-z0-9]` (reference §7). Missing → 41008; unknown, expired or
                 *     issued to another appid → 40029; already redeemed → 40163 (reference §3.3, §6).
                 */
                code: components["parameters"]["Code"];
                /** @description Exactly `authorization_code`; anything else (even a stray `;`) → 40002 (reference §3.1). */
                grant_type: components["parameters"]["GrantTypeAuthorizationCode"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AccessTokenAnswer"];
        };
    };
    exchangeCodePost: {
        parameters: {
            query: {
                /** @description AppID, `wx` + 16 lowercase hex (reference §7). Missing → 41002; unknown → 40013. */
                appid: components["parameters"]["Appid"];
                /** @description AppSecret, 32 hex (reference §3.1). Missing → 41004; wrong → 40125. */
                secret: components["parameters"]["Secret"];
                /**
                 * @description The code from the redirect: 32 chars `[A-Za-z0-9]` (reference §7). Missing → 41008; unknown, expired or
                 *     issued to another appid → 40029; already redeemed → 40163 (reference §3.3, §6).
                 */
                code: components["parameters"]["Code"];
                /** @description Exactly `authorization_code`; anything else (even a stray `;`) → 40002 (reference §3.1). */
                grant_type: components["parameters"]["GrantTypeAuthorizationCode"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["ExchangeCodeForm"];
        responses: {
            200: components["responses"]["AccessTokenAnswer"];
        };
    };
    refreshAccessToken: {
        parameters: {
            query: {
                /** @description AppID, `wx` + 16 lowercase hex (reference §7). Missing → 41002; unknown → 40013. */
                appid: components["parameters"]["Appid"];
                /** @description Exactly `refresh_token`; anything else → 40002 (reference §4). */
                grant_type: components["parameters"]["GrantTypeRefreshToken"];
                /** @description Missing → 41003; unknown → 40030; older than 30 days → 42002 (reference §4, §8). */
                refresh_token: components["parameters"]["RefreshToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RefreshTokenAnswer"];
        };
    };
    refreshAccessTokenPost: {
        parameters: {
            query: {
                /** @description AppID, `wx` + 16 lowercase hex (reference §7). Missing → 41002; unknown → 40013. */
                appid: components["parameters"]["Appid"];
                /** @description Exactly `refresh_token`; anything else → 40002 (reference §4). */
                grant_type: components["parameters"]["GrantTypeRefreshToken"];
                /** @description Missing → 41003; unknown → 40030; older than 30 days → 42002 (reference §4, §8). */
                refresh_token: components["parameters"]["RefreshToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["RefreshForm"];
        responses: {
            200: components["responses"]["RefreshTokenAnswer"];
        };
    };
    checkAccessToken: {
        parameters: {
            query: {
                /**
                 * @description An /sns access token (`NN_` + 107 chars, reference §7). Missing → 41001; unknown → 40001 or 40014;
                 *     expired → 42001 (reference §5, §8).
                 */
                access_token: components["parameters"]["AccessToken"];
                /** @description The user's openid for this app (28 chars, starts with `o`, reference §7). Missing → 41009; another user's → 40003. */
                openid: components["parameters"]["Openid"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SnsAuthAnswer"];
        };
    };
    checkAccessTokenPost: {
        parameters: {
            query: {
                /**
                 * @description An /sns access token (`NN_` + 107 chars, reference §7). Missing → 41001; unknown → 40001 or 40014;
                 *     expired → 42001 (reference §5, §8).
                 */
                access_token: components["parameters"]["AccessToken"];
                /** @description The user's openid for this app (28 chars, starts with `o`, reference §7). Missing → 41009; another user's → 40003. */
                openid: components["parameters"]["Openid"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["TokenForm"];
        responses: {
            200: components["responses"]["SnsAuthAnswer"];
        };
    };
    getUserInfo: {
        parameters: {
            query: {
                /**
                 * @description An /sns access token (`NN_` + 107 chars, reference §7). Missing → 41001; unknown → 40001 or 40014;
                 *     expired → 42001 (reference §5, §8).
                 */
                access_token: components["parameters"]["AccessToken"];
                /** @description The user's openid for this app (28 chars, starts with `o`, reference §7). Missing → 41009; another user's → 40003. */
                openid: components["parameters"]["Openid"];
                /**
                 * @description Language of the region fields: `zh_CN`, `zh_TW` or `en`. Without it, pre-2021 profiles come back in
                 *     English/pinyin (`"country":"CN"`); since October 2021 region fields are empty anyway (reference §5.2).
                 */
                lang?: "zh_CN" | "zh_TW" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["UserInfoAnswer"];
        };
    };
    getUserInfoPost: {
        parameters: {
            query: {
                /**
                 * @description An /sns access token (`NN_` + 107 chars, reference §7). Missing → 41001; unknown → 40001 or 40014;
                 *     expired → 42001 (reference §5, §8).
                 */
                access_token: components["parameters"]["AccessToken"];
                /** @description The user's openid for this app (28 chars, starts with `o`, reference §7). Missing → 41009; another user's → 40003. */
                openid: components["parameters"]["Openid"];
                /**
                 * @description Language of the region fields: `zh_CN`, `zh_TW` or `en`. Without it, pre-2021 profiles come back in
                 *     English/pinyin (`"country":"CN"`); since October 2021 region fields are empty anyway (reference §5.2).
                 */
                lang?: "zh_CN" | "zh_TW" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: components["requestBodies"]["UserinfoForm"];
        responses: {
            200: components["responses"]["UserInfoAnswer"];
        };
    };
    code2Session: {
        parameters: {
            query: {
                /** @description AppID, `wx` + 16 lowercase hex (reference §7). Missing → 41002; unknown → 40013. */
                appid: components["parameters"]["Appid"];
                /** @description AppSecret, 32 hex (reference §3.1). Missing → 41004; wrong → 40125. */
                secret: components["parameters"]["Secret"];
                /**
                 * @description The code `wx.login` gave the mini-program: 32 chars `[A-Za-z0-9]` (ML§1.4). Missing (or sent as `code`)
                 *     → 41008; unknown, expired or another appid's → 40029; already redeemed → 40163 (ML§1.4, ML§1.5).
                 */
                js_code: components["parameters"]["JsCode"];
                /** @description Exactly `authorization_code`; anything else (even a stray `;`) → 40002 (reference §3.1). */
                grant_type: components["parameters"]["GrantTypeAuthorizationCode"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Code2SessionAnswer"];
        };
    };
    code2SessionPost: {
        parameters: {
            query: {
                /** @description AppID, `wx` + 16 lowercase hex (reference §7). Missing → 41002; unknown → 40013. */
                appid: components["parameters"]["Appid"];
                /** @description AppSecret, 32 hex (reference §3.1). Missing → 41004; wrong → 40125. */
                secret: components["parameters"]["Secret"];
                /**
                 * @description The code `wx.login` gave the mini-program: 32 chars `[A-Za-z0-9]` (ML§1.4). Missing (or sent as `code`)
                 *     → 41008; unknown, expired or another appid's → 40029; already redeemed → 40163 (ML§1.4, ML§1.5).
                 */
                js_code: components["parameters"]["JsCode"];
                /** @description Exactly `authorization_code`; anything else (even a stray `;`) → 40002 (reference §3.1). */
                grant_type: components["parameters"]["GrantTypeAuthorizationCode"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Code2SessionAnswer"];
        };
    };
    getAccessToken: {
        parameters: {
            query: {
                /** @description Always `client_credential` (ML§5.1); anything else → 40002. */
                grant_type: components["parameters"]["GrantTypeClientCredential"];
                /** @description AppID, `wx` + 16 lowercase hex (reference §7). Missing → 41002; unknown → 40013. */
                appid: components["parameters"]["Appid"];
                /** @description AppSecret, 32 hex (reference §3.1). Missing → 41004; wrong → 40125. */
                secret: components["parameters"]["Secret"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServerTokenAnswer"];
        };
    };
    getAccessTokenPost: {
        parameters: {
            query: {
                /** @description Always `client_credential` (ML§5.1); anything else → 40002. */
                grant_type: components["parameters"]["GrantTypeClientCredential"];
                /** @description AppID, `wx` + 16 lowercase hex (reference §7). Missing → 41002; unknown → 40013. */
                appid: components["parameters"]["Appid"];
                /** @description AppSecret, 32 hex (reference §3.1). Missing → 41004; wrong → 40125. */
                secret: components["parameters"]["Secret"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServerTokenAnswer"];
        };
    };
    getStableAccessTokenGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ServerTokenAnswer"];
        };
    };
    getStableAccessToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["StableTokenJson"];
        responses: {
            200: components["responses"]["ServerTokenAnswer"];
        };
    };
    checkSessionKey: {
        parameters: {
            query: {
                /**
                 * @description The app's server token from `/cgi-bin/token` or `/cgi-bin/stable_token` (ML§5), not an /sns token. Missing →
                 *     41001; not token-shaped → 40014; unknown or replaced more than 5 minutes ago → 40001; expired → 42001.
                 */
                access_token: components["parameters"]["ServerAccessToken"];
                /** @description The user's openid for this app (28 chars, starts with `o`, reference §7). Missing → 41009; another user's → 40003. */
                openid: components["parameters"]["Openid"];
                /**
                 * @description `hex(HMAC-SHA256(key = the session_key's base64 text, message = ""))`, 64 lower-case hex (ML§2.2). Keyed
                 *     with the text, not the decoded bytes: only that reproduces the doc's worked example.
                 */
                signature: string;
                /** @description Always `hmac_sha256`; anything else → 87008 invalid sig_method (ML§2.3; on checksession inferred). */
                sig_method: "hmac_sha256";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["WxaOkAnswer"];
        };
    };
    checkSessionKeyPost: {
        parameters: {
            query: {
                /**
                 * @description The app's server token from `/cgi-bin/token` or `/cgi-bin/stable_token` (ML§5), not an /sns token. Missing →
                 *     41001; not token-shaped → 40014; unknown or replaced more than 5 minutes ago → 40001; expired → 42001.
                 */
                access_token: components["parameters"]["ServerAccessToken"];
                /** @description The user's openid for this app (28 chars, starts with `o`, reference §7). Missing → 41009; another user's → 40003. */
                openid: components["parameters"]["Openid"];
                /**
                 * @description `hex(HMAC-SHA256(key = the session_key's base64 text, message = ""))`, 64 lower-case hex (ML§2.2). Keyed
                 *     with the text, not the decoded bytes: only that reproduces the doc's worked example.
                 */
                signature: string;
                /** @description Always `hmac_sha256`; anything else → 87008 invalid sig_method (ML§2.3; on checksession inferred). */
                sig_method: "hmac_sha256";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["WxaOkAnswer"];
        };
    };
    resetUserSessionKey: {
        parameters: {
            query: {
                /**
                 * @description The app's server token from `/cgi-bin/token` or `/cgi-bin/stable_token` (ML§5), not an /sns token. Missing →
                 *     41001; not token-shaped → 40014; unknown or replaced more than 5 minutes ago → 40001; expired → 42001.
                 */
                access_token: components["parameters"]["ServerAccessToken"];
                /** @description The user's openid for this app (28 chars, starts with `o`, reference §7). Missing → 41009; another user's → 40003. */
                openid: components["parameters"]["Openid"];
                /**
                 * @description `hex(HMAC-SHA256(key = the session_key's base64 text, message = ""))`, 64 lower-case hex (ML§2.2). Keyed
                 *     with the text, not the decoded bytes: only that reproduces the doc's worked example.
                 */
                signature: string;
                /** @description Always `hmac_sha256`; anything else → 87008 invalid sig_method (ML§2.3; on checksession inferred). */
                sig_method: "hmac_sha256";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ResetSessionKeyAnswer"];
        };
    };
    resetUserSessionKeyPost: {
        parameters: {
            query: {
                /**
                 * @description The app's server token from `/cgi-bin/token` or `/cgi-bin/stable_token` (ML§5), not an /sns token. Missing →
                 *     41001; not token-shaped → 40014; unknown or replaced more than 5 minutes ago → 40001; expired → 42001.
                 */
                access_token: components["parameters"]["ServerAccessToken"];
                /** @description The user's openid for this app (28 chars, starts with `o`, reference §7). Missing → 41009; another user's → 40003. */
                openid: components["parameters"]["Openid"];
                /**
                 * @description `hex(HMAC-SHA256(key = the session_key's base64 text, message = ""))`, 64 lower-case hex (ML§2.2). Keyed
                 *     with the text, not the decoded bytes: only that reproduces the doc's worked example.
                 */
                signature: string;
                /** @description Always `hmac_sha256`; anything else → 87008 invalid sig_method (ML§2.3; on checksession inferred). */
                sig_method: "hmac_sha256";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ResetSessionKeyAnswer"];
        };
    };
    getUserPhoneNumberGet: {
        parameters: {
            query: {
                /**
                 * @description The app's server token from `/cgi-bin/token` or `/cgi-bin/stable_token` (ML§5), not an /sns token. Missing →
                 *     41001; not token-shaped → 40014; unknown or replaced more than 5 minutes ago → 40001; expired → 42001.
                 */
                access_token: components["parameters"]["ServerAccessToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PhoneNumberAnswer"];
        };
    };
    getUserPhoneNumber: {
        parameters: {
            query: {
                /**
                 * @description The app's server token from `/cgi-bin/token` or `/cgi-bin/stable_token` (ML§5), not an /sns token. Missing →
                 *     41001; not token-shaped → 40014; unknown or replaced more than 5 minutes ago → 40001; expired → 42001.
                 */
                access_token: components["parameters"]["ServerAccessToken"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["PhoneCodeJson"];
        responses: {
            200: components["responses"]["PhoneNumberAnswer"];
        };
    };
    getFollowerInfo: {
        parameters: {
            query: {
                /**
                 * @description The app's server token from `/cgi-bin/token` or `/cgi-bin/stable_token` (ML§5), not an /sns token. Missing →
                 *     41001; not token-shaped → 40014; unknown or replaced more than 5 minutes ago → 40001; expired → 42001.
                 */
                access_token: components["parameters"]["ServerAccessToken"];
                /**
                 * @description The user's openid in this official account (reference §7). Missing → 41009 (inferred); not an openid of
                 *     this account → 40003 (ML§7).
                 */
                openid: string;
                /**
                 * @description `zh_CN`, `zh_TW` or `en` (ML§7): the language of the region fields, which are empty since 2021-12-27
                 *     anyway; the mock answers a legacy-profile persona's region in it, English when absent.
                 */
                lang?: "zh_CN" | "zh_TW" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["FollowerInfoAnswer"];
        };
    };
}
