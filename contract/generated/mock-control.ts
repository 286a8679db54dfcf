/**
 * Generated from contract/mock-control.openapi.yaml by `npm run contract:generate`.
 * Do not edit: change the YAML and regenerate (`npm run contract:check` fails on drift).
 */

export interface paths {
    "/__mock/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Answers as soon as the mock accepts requests. Never needs the control token, and still answers when
         *     the control plane is switched off, so it can serve as a readiness probe.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The registered apps (website apps and official accounts)
         * @description Every app, seeded from the configuration or registered since with `POST /__mock/apps`.
         */
        get: operations["listApps"];
        put?: never;
        /**
         * Register an app
         * @description Registers a website app or an official account, usable at once on every WeChat route. Defaults follow
         *     the configuration file: appid and secret are derived from the mock's seed and the app's name when
         *     absent, website apps are bound to the Open Platform account `default` and official accounts to none,
         *     `rateLimitPerMinute` is 50000 (reference §6). An account the mock does not know yet is created with the
         *     app, as in the configuration file. Every problem of the body is listed at once in `issues`.
         */
        post: operations["createApp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/apps/{appid}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The app's appid.
                 * @example wx7f0a0237972bb4d1
                 */
                appid: components["parameters"]["AppidPath"];
            };
            cookie?: never;
        };
        /**
         * One app
         * @description The app with this appid, seeded or registered.
         */
        get: operations["getApp"];
        /**
         * Edit an app
         * @description Replaces the app's settings (name, kind, account, callback domains, rate limit, secret) with the body, read
         *     like `POST /__mock/apps` (absent fields take their defaults). The appid stays: a body `appid` other than
         *     the path's is an issue. Takes effect at once on every WeChat route: a new secret is the only one the code
         *     exchange accepts, new callback domains decide the next redirect_uri, and `/sns/userinfo` answers with the
         *     unionid of the app's account as it is now. Codes, tokens and login sessions already issued stay valid.
         */
        put: operations["replaceApp"];
        post?: never;
        /**
         * Remove an app
         * @description Removes the app together with its codes, tokens, login sessions, faults and journal entries. From then
         *     on its appid answers like any unknown appid (40013 on /sns, the AppidInvalid page on the login pages).
         *     The Open Platform account it was bound to stays.
         */
        delete: operations["deleteApp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/apps/{appid}/followers/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The app's appid.
                 * @example wx7f0a0237972bb4d1
                 */
                appid: components["parameters"]["AppidPath"];
                /**
                 * @description The persona's key.
                 * @example alice
                 */
                key: components["parameters"]["PersonaKeyPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * The persona follows an official account
         * @description Makes the persona a follower (关注) of the official account, as `GET /cgi-bin/user/info` then reports it
         *     (`subscribe: 1`, ML§7). Following again replaces the subscribe time and scene, as a user who unfollows
         *     and follows again has a new `subscribe_time`. Only official accounts have followers (400 otherwise).
         */
        put: operations["follow"];
        post?: never;
        /**
         * The persona unfollows an official account
         * @description The persona is no longer a follower: `GET /cgi-bin/user/info` answers `subscribe: 0` for it (with the
         *     unionid still, when the account is bound; ML§7). 404 `unknown_follower` when it did not follow.
         */
        delete: operations["unfollow"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Open Platform accounts (unionid namespaces)
         * @description Every Open Platform account: the ones the configured apps name, and those registered since. The same
         *     persona has the same unionid in every app bound to one account (reference §10).
         */
        get: operations["listAccounts"];
        put?: never;
        /**
         * Register an Open Platform account
         * @description Registers an account to which apps can then be bound (`AppInput.account`).
         */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Open Platform account's id.
                 * @example default
                 */
                id: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        /**
         * One Open Platform account
         * @description The account with this id and the appids bound to it.
         */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        /**
         * Remove an Open Platform account
         * @description Removes an account no app is bound to; while apps are bound to it, 409 `conflict` names them.
         */
        delete: operations["deleteAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/personas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The personas (WeChat users) one can log in as
         * @description Every persona, seeded from the configuration or registered since with `POST /__mock/personas`.
         */
        get: operations["listPersonas"];
        put?: never;
        /**
         * Register a persona
         * @description Registers a WeChat user, offered at once on the login pages and to `POST /__mock/codes`. Defaults follow
         *     the configuration file: sex 0, language `zh_CN`, an avatar URL derived from the mock's seed and the key
         *     (`avatar: false` gives `headimgurl: ""`; an explicit `headimgurl` wins), no privileges, profile
         *     `current`, no region. Every problem of the body is listed at once in `issues`.
         */
        post: operations["createPersona"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/personas/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The persona's key.
                 * @example alice
                 */
                key: components["parameters"]["PersonaKeyPath"];
            };
            cookie?: never;
        };
        /**
         * One persona
         * @description The persona with this key.
         */
        get: operations["getPersona"];
        /**
         * Edit a persona
         * @description Replaces the persona's profile (nickname, sex, language, avatar, privileges, profile shape, region) with the
         *     body, read like `POST /__mock/personas` (absent fields take their defaults). The key stays: a body `key`
         *     other than the path's is an issue. Its openids and unionids do not change (they derive from the key), its
         *     codes and tokens stay valid, and `/sns/userinfo` answers with the new profile at once, as WeChat answers
         *     with the user's current profile.
         */
        put: operations["replacePersona"];
        post?: never;
        /**
         * Remove a persona
         * @description Removes the persona together with its codes and tokens (they answer as codes and tokens the mock never
         *     issued). Faults that match on it stay, and simply never match again.
         */
        delete: operations["deletePersona"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/personas/{key}/identities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The persona's key.
                 * @example alice
                 */
                key: components["parameters"]["PersonaKeyPath"];
            };
            cookie?: never;
        };
        /**
         * The persona's openid in each app and unionid in each account
         * @description What WeChat calls this user in every registered app: the openid (one per app) and the unionid (one per Open
         *     Platform account, null for an app bound to none; reference §10), as the code exchange and
         *     `/sns/userinfo` return them.
         */
        get: operations["getPersonaIdentities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The grants (access_token + refresh_token pairs) the mock holds
         * @description Every grant issued by a code exchange that the mock still holds, newest first: live ones, and expired
         *     ones kept so that they answer 42001 / 42002 (until a day after the refresh_token expired). The tokens
         *     are given in full, so that `POST /__mock/tokens/expire` and `/revoke` can be called with them (the
         *     control plane is an admin API; the journal, a log, masks them). `appid` and `persona` keep only the
         *     grants of that app or persona.
         */
        get: operations["listGrants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mint a code for an app and a persona, skipping the browser
         * @description Issues a code exactly as a completed login would (single use; 10 minutes for website apps, 5 for
         *     official accounts; reference §6), ready for `/sns/oauth2/access_token`. For a mini-program it is the
         *     code `wx.login` gives on the phone (5 minutes, ML§1.4), ready for `/sns/jscode2session`; it has no
         *     scope. For a mobile app it is the code the WeChat SDK hands the app (`SendAuth.Resp`, ML§6.1; 10
         *     minutes, inferred, ML§6.2), ready for `/sns/oauth2/access_token`; a user who cancels or refuses gives
         *     no code at all, so there is nothing to mint for that. With `kind: phone`, a mini-program's
         *     getPhoneNumber code (ML§4.1) for `/wxa/business/getuserphonenumber`; 409 `conflict` when the persona
         *     has no phone number.
         */
        post: operations["mintCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/open-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The signed and encrypted profile a mini-program receives from wx.getUserProfile
         * @description What `wx.getUserProfile` (or `wx.getUserInfo`) hands a mini-program for `persona` (ML§3.1), for a
         *     server's decryption code to be tested for real: `rawData`, the userInfo JSON; `signature`,
         *     `sha1(rawData + session_key)` in hex; `encryptedData`, AES-128-CBC with PKCS#7 padding keyed with the
         *     base64-decoded session_key, and its random 16-byte `iv`, both base64. The decrypted JSON holds, in this
         *     order, `openId`, the profile fields of `rawData`, `unionId` when the mini-program is bound to an Open
         *     Platform account, and `watermark` `{timestamp, appid}` (the mock clock in Unix seconds, the
         *     mini-program's appid); camelCase keys, slashes not escaped (ML§3.1). The profile is the anonymised one
         *     of newly published mini-programs since 2022-11 (`微信用户`, the grey avatar, `gender` 0, empty strings)
         *     unless the persona's `profile` is `legacy` (ML§3.2).
         *
         *     The session_key is the persona's live one, so the persona must have signed in first: exchange a
         *     `wx.login` code at `/sns/jscode2session` (409 `conflict` otherwise). An app that is not a mini-program
         *     → 400 `bad_request`.
         */
        post: operations["makeOpenData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/open-data/phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The encrypted phone number a mini-program receives from the old getPhoneNumber
         * @description The `encryptedData` and `iv` that the getPhoneNumber button used to hand a mini-program (and may still,
         *     beside its code; ML§4.1), under the persona's live session_key: AES-128-CBC/PKCS#7 keyed with the
         *     base64-decoded session_key, of the phone_info object alone, `{"phoneNumber","purePhoneNumber",
         *     "countryCode","watermark":{"timestamp","appid"}}` (ML§4.2), so a server's decryption of it is tested for
         *     real. The persona must have a phone number and a session_key for the mini-program (409 `conflict`
         *     otherwise); an app that is not a mini-program → 400 `bad_request`.
         */
        post: operations["makePhoneOpenData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/tokens/expire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Expire an access_token or a refresh_token now
         * @description Moves the expiry of the given token to the mock's current instant, without touching the clock.
         *     Expiring an access_token makes `/sns/userinfo` and `/sns/auth` answer 42001 for it, while its
         *     refresh_token still refreshes it. Expiring a refresh_token makes `/sns/oauth2/refresh_token` answer
         *     42002; its access_token keeps its own expiry. Expiring an already expired token changes nothing.
         */
        post: operations["expireToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/tokens/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke the whole grant of a token
         * @description Removes the grant the token belongs to, as when the user withdraws the authorization: its
         *     access_token answers 40001 on `/sns/userinfo` and `/sns/auth`, its refresh_token 40030 on
         *     `/sns/oauth2/refresh_token`. Either token of the grant may be given. A revoked token is unknown
         *     afterwards (a second revoke → 404 `unknown_token`).
         */
        post: operations["revokeToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The scripted faults
         * @description Every fault, in creation order, with its counters; `appid` keeps those whose `match.appid` is that app
         *     (an unknown appid gives an empty list). Faults stay listed after they are spent (`remaining: 0`) until
         *     deleted or reset.
         */
        get: operations["listFaults"];
        put?: never;
        /**
         * Script a failure of the /sns endpoints
         * @description Adds a rule that makes matching calls to `/sns/oauth2/access_token`, `/sns/oauth2/refresh_token`,
         *     `/sns/auth` or `/sns/userinfo` fail in the given way. A call matches when its endpoint, appid and
         *     persona (the one behind the code or token of the request) fit `match`; from the `nth` matching call on,
         *     the rule fires with `probability` (drawn from a generator seeded by `seed`, so a run repeats) until it
         *     has fired `times` times. When several faults match a call, the oldest that fires wins; the others still
         *     count the call as matched. An appid or persona in `match` that the mock does not know is an issue
         *     (400), since such a rule could never fire. Every problem of the body is listed at once in `issues`.
         */
        post: operations["createFault"];
        /**
         * Remove every fault, or one app's
         * @description Removes every fault, or with `appid` those whose `match.appid` is that app; calls they would have matched
         *     are answered normally again. Nothing else is reset (journal, codes, tokens and clock stay).
         */
        delete: operations["clearFaults"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/faults/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The fault's id, as `POST /__mock/faults` returned it.
                 * @example f1
                 */
                id: components["parameters"]["FaultIdPath"];
            };
            cookie?: never;
        };
        /**
         * One fault
         * @description The fault with its counters (how often it matched and fired, how many firings remain).
         */
        get: operations["getFault"];
        put?: never;
        post?: never;
        /**
         * Remove a fault
         * @description Removes the fault; calls it would have matched are answered normally again.
         */
        delete: operations["deleteFault"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The requests the WeChat-facing routes received
         * @description Every request to the WeChat-facing routes (`/connect/…`, `/sns/…`), newest last, in a bounded buffer
         *     (the oldest entries are dropped first). Filters combine; `limit` keeps the newest entries that match,
         *     in order. With `wait`, when nothing matches yet the answer is held until a matching entry arrives or
         *     the wait ends (a long poll): read `lastId`, act, then read again with `after` = that id and a `wait`.
         *     Secrets and tokens are masked (see `JournalEntry`).
         */
        get: operations["readJournal"];
        put?: never;
        post?: never;
        /**
         * Empty the journal
         * @description Drops every entry, or with `appid` only that app's entries. Ids keep increasing: an entry recorded
         *     afterwards never reuses an id.
         */
        delete: operations["clearJournal"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The mock's clock
         * @description The instant every expiry is measured against (codes, tokens, login sessions, rate-limit minutes) and
         *     the time of journal entries, faults and `rid` suffixes.
         */
        get: operations["getClock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/clock/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the mock's clock forward
         * @description Every expiry (codes, tokens, login sessions) follows the mock's clock. Works while frozen too.
         */
        post: operations["advanceClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/clock/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the mock's clock to an instant
         * @description Moves the clock to the given instant, forward or backward (then `offsetMs` is negative). A running
         *     clock keeps running from there; a frozen one stays frozen at it.
         */
        post: operations["setClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/clock/freeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop the mock's clock
         * @description Time stops at the current instant: nothing expires by waiting. `advance` and `set` still move it.
         *     Freezing a frozen clock changes nothing.
         */
        post: operations["freezeClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/clock/unfreeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Let the mock's clock run again
         * @description Time runs again from the frozen instant (the offset from real time grows by the time spent frozen).
         *     Unfreezing a running clock changes nothing.
         */
        post: operations["unfreezeClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore the seeded state, or clear one app's state
         * @description Without `appid`: restores the seeded state, i.e. the configured apps, accounts, personas and faults
         *     (registered ones are removed, deleted ones come back, fault counters restart) and a clock on real time
         *     (offset 0, running), and drops every code, token, login session, journal entry and rate-limit counter.
         *
         *     With `appid`: drops only that app's codes, tokens, login sessions, faults, journal entries and
         *     rate-limit counters; apps, accounts, personas, other apps' state and the clock are untouched.
         */
        post: operations["reset"];
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
         * @description The mock's liveness, and its signature: `service` tells a tool (the conformance kit's URL target,
         *     verify-client) that this is wechat-oauth-mock and not another server that happens to have a
         *     `/__mock/` path.
         */
        Health: {
            /**
             * @description `ok`, or `unhealthy` (HTTP 503) when the mock runs on a shared store (`--store`) it cannot reach
             *     now; it recovers by itself when the store answers again.
             * @enum {string}
             */
            status: "ok" | "unhealthy";
            /** @constant */
            service: "wechat-oauth-mock";
            /** @description Why the mock is unhealthy (only with `unhealthy`). */
            reason?: string;
            worker?: components["schemas"]["HealthWorker"];
        };
        /**
         * @description Present when the mock runs as several worker processes on one port (`--workers N`,
         *     docs/decisions/0027): which of them answered this request and how many there are. Each request is
         *     answered by one worker, so the health of a fleet is the health of whichever worker takes the probe;
         *     a worker that dies is started again (with the same number) and is not handed requests meanwhile.
         */
        HealthWorker: {
            /** @description This worker's number, 1 to `count`. */
            number: number;
            /** @description How many workers answer on the port. */
            count: number;
        };
        /** @description An app registered with the mock. */
        App: {
            /**
             * @description `wx` + 16 lowercase hex (reference §7).
             * @example wx7f0a0237972bb4d1
             */
            appid: string;
            /** @description The AppSecret, 32 lowercase hex. */
            secret: string;
            /**
             * @description `website`: Open Platform website app, qrconnect with snsapi_login (reference §1).
             *     `official-account`: 公众号, oauth2/authorize with snsapi_base or snsapi_userinfo (reference §2).
             *     `mini-program`: 小程序, `wx.login` codes (minted here) for `/sns/jscode2session` (ML§1).
             *     `mobile-app`: 移动应用, the SDK's codes (minted here) for `/sns/oauth2/access_token` (ML§6).
             * @enum {string}
             */
            kind: "website" | "official-account" | "mini-program" | "mobile-app";
            /** @description Display name, shown on the login and consent pages. */
            name: string;
            /**
             * @description The Open Platform account the app is bound to, which scopes unionids (same user + same account =
             *     same unionid; reference §10); null when unbound, and then no unionid is ever returned.
             */
            account: string | null;
            /**
             * @description Authorised callback domains (授权回调域): hosts without scheme, path or port; a redirect_uri must match
             *     one exactly (reference §1.4). Empty for mini-programs and mobile apps, which have no redirect (ML§1,
             *     ML§6.1).
             * @example [
             *       "www.example.com"
             *     ]
             */
            callbackDomains: string[];
            /**
             * @description Calls per minute of the mock's clock that each /sns endpoint accepts for this app; the next call in
             *     the same minute answers 45011 (reference §6, §8). Default 50000, WeChat's documented quota.
             * @example 50000
             */
            rateLimitPerMinute: number;
            lifetimes: components["schemas"]["AppLifetimes"];
            /** @description The personas that follow the official account (ML§7); always empty for other kinds. */
            followers: components["schemas"]["Follower"][];
        };
        AppList: {
            apps: components["schemas"]["App"][];
        };
        /** @description An app to register (`POST /__mock/apps`); absent fields take the defaults of the configuration file. */
        AppInput: {
            /**
             * @description `wx` + 16 lowercase hex (reference §7). Default: derived from the mock's seed and `name`.
             * @example wxe95a3722cd637f61
             */
            appid?: string;
            /** @description 32 lowercase hex. Default: derived from the mock's seed and the appid. */
            secret?: string;
            /**
             * @description `website` (qrconnect, reference §1), `official-account` (oauth2/authorize, reference §2),
             *     `mini-program` (`wx.login` and `/sns/jscode2session`, ML§1) or `mobile-app` (the SDK's login and
             *     `/sns/oauth2/access_token`, ML§6).
             * @enum {string}
             */
            kind: "website" | "official-account" | "mini-program" | "mobile-app";
            /**
             * @description Display name, shown on the login and consent pages.
             * @example Example Shop
             */
            name: string;
            /**
             * @description The Open Platform account to bind the app to (created if the mock does not know it yet), or null
             *     for none. Default: `default` for website apps and mobile apps, which always belong to one (reference
             *     §10; a mobile app's answer always has unionid, ML§6.2, so null is refused for it); none for official
             *     accounts and mini-programs (a bound mini-program gets unionid from every code, ML§1.3).
             * @example example-corp
             */
            account?: string | null;
            /**
             * @description Bare host names (no scheme, port or path), lowercased; a redirect_uri must match one exactly
             *     (reference §1.4). Required for website apps and official accounts; a mini-program or a mobile app has
             *     no redirect and takes none (ML§1, ML§6.1) → 400 when given.
             * @example [
             *       "shop.example.com"
             *     ]
             */
            callbackDomains?: string[];
            /**
             * @description Calls per minute per /sns endpoint before 45011 (reference §6). Default 50000.
             * @example 50000
             */
            rateLimitPerMinute?: number;
            lifetimes?: components["schemas"]["AppLifetimes"];
            /**
             * @description Official accounts only (400 for other kinds): the personas that follow it, as `GET /cgi-bin/user/info`
             *     reports them (ML§7). Each names a known persona, once. Default: none.
             * @example [
             *       "alice",
             *       {
             *         "persona": "bob",
             *         "subscribeTime": "2024-05-01T08:00:00Z",
             *         "scene": "ADD_SCENE_QR_CODE"
             *       }
             *     ]
             */
            followers?: (string | components["schemas"]["FollowerInput"])[];
        };
        /** @description How a persona follows (`PUT /__mock/apps/{appid}/followers/{key}`); every field optional. */
        FollowInput: {
            /**
             * Format: date-time
             * @description When the persona followed, answered as `subscribe_time` (Unix seconds). Default now, on the mock's clock.
             */
            subscribeTime?: string;
            scene?: components["schemas"]["SubscribeScene"];
        };
        /** @description A follower in an app's configuration. */
        FollowerInput: {
            /** @description A persona key. */
            persona: string;
            /**
             * Format: date-time
             * @description When the persona followed. Default 2022-09-05T09:48:09Z, the `subscribe_time` of the captured answer
             *     (ML§7), so that fixtures written from a configuration stay the same across restarts.
             */
            subscribeTime?: string;
            scene?: components["schemas"]["SubscribeScene"];
        };
        /** @description A persona following an official account (ML§7). */
        Follower: {
            persona: string;
            /**
             * Format: date-time
             * @description When it followed, whole seconds (user/info's `subscribe_time`).
             */
            subscribeTime: string;
            scene: components["schemas"]["SubscribeScene"];
        };
        /**
         * @description How the persona came to follow, answered as `subscribe_scene`: one of the `ADD_SCENE_*` values of WeChat's
         *     documentation (ML§7). Default `ADD_SCENE_PROFILE_CARD`, the captured answer's.
         * @example ADD_SCENE_PROFILE_CARD
         */
        SubscribeScene: string;
        /**
         * @description This app's own lifetimes, each overriding the mock's global one (the configuration's `lifetimes`) for
         *     this app only; a lifetime left out is the global one (WeChat's: reference §6). Whole seconds, 1 to 366
         *     days. A mini-program gets no access_token or refresh_token (ML§1), so only `codeSeconds` applies to
         *     one; the token lifetimes are an issue there. An edit applies to codes and tokens issued after it (and
         *     to the access_token a refresh issues); those already issued keep their expiry.
         */
        AppLifetimes: {
            /**
             * @description How long a code lives: global `websiteCodeSeconds` (600), `officialAccountCodeSeconds` (300) or
             *     `miniProgramCodeSeconds` (300) by the app's kind (reference §6, ML§1.4).
             * @example 60
             */
            codeSeconds?: number;
            /**
             * @description The access_token's lifetime and `expires_in` (global `accessTokenSeconds`, 7200; reference §6).
             * @example 60
             */
            accessTokenSeconds?: number;
            /**
             * @description The refresh_token's lifetime (global `refreshTokenSeconds`, 30 days; reference §4, §6).
             * @example 86400
             */
            refreshTokenSeconds?: number;
        };
        /** @description An Open Platform account (开放平台账号), the namespace of unionids (reference §10). */
        Account: {
            /** @example default */
            id: string;
            /**
             * @description The 6 characters every unionid of this account starts with, derived from the mock's seed (reference §7).
             * @example oWgGz1
             */
            unionidPrefix: string;
            /**
             * @description The appids bound to this account.
             * @example [
             *       "wx7f0a0237972bb4d1"
             *     ]
             */
            apps: string[];
        };
        AccountList: {
            accounts: components["schemas"]["Account"][];
        };
        /** @description An Open Platform account to register (`POST /__mock/accounts`). */
        AccountInput: {
            /** @example example-corp */
            id: string;
        };
        /** @description A region in one language, as `/sns/userinfo` returns it for that `lang` (reference §5.2). */
        RegionNames: {
            /** @example CN */
            country: string;
            /** @example Shanxi */
            province: string;
            /** @example Linfen */
            city: string;
        };
        /** @description The persona's region per userinfo `lang` (reference §5.2); `en` is also used when lang is absent. */
        PersonaRegion: {
            en?: components["schemas"]["RegionNames"];
            zh_CN?: components["schemas"]["RegionNames"];
            zh_TW?: components["schemas"]["RegionNames"];
        };
        /** @description A WeChat user of the mock. openid (per app) and unionid (per account) are derived from the key. */
        Persona: {
            /**
             * @description Stable key used to pick the persona (`mock_persona`, the login page, `POST /__mock/codes`).
             * @example alice
             */
            key: string;
            /** @example 安生 */
            nickname: string;
            /**
             * @description 0 unknown, 1 male, 2 female (reference §5.2).
             * @enum {integer}
             */
            sex: 0 | 1 | 2;
            /** @description The userinfo `language` of a legacy profile, e.g. `zh_CN` (reference §5.2). */
            language: string;
            /** @description Avatar URL, `""` if the persona has none (reference §5.2). */
            headimgurl: string;
            privilege: string[];
            /**
             * @description Which userinfo shape the persona gets (reference §5.2): `current` is the post-2021 shape (sex 0,
             *     empty language and region), `legacy` the older one with sex, language and region filled in.
             * @enum {string}
             */
            profile: "current" | "legacy";
            region: components["schemas"]["PersonaRegion"];
            /** @description The number the persona's WeChat is bound to, or null (then no phone code can be minted, ML§4.1). */
            phone: components["schemas"]["PersonaPhone"] | null;
        };
        /** @description A phone number as `/wxa/business/getuserphonenumber` gives it (ML§4.2). */
        PersonaPhone: {
            /**
             * @description The country calling code without `+`; `"86"` for mainland China (the default).
             * @example 86
             */
            countryCode: string;
            /**
             * @description The number without country code (`purePhoneNumber`).
             * @example 13800138000
             */
            number: string;
        };
        PersonaList: {
            personas: components["schemas"]["Persona"][];
        };
        /** @description A persona to register (`POST /__mock/personas`); absent fields take the defaults of the configuration file. */
        PersonaInput: {
            /**
             * @description Stable key; openids and unionids derive from it and the mock's seed.
             * @example carol
             */
            key: string;
            /**
             * @description Raw UTF-8, emoji and all (reference §9).
             * @example 小卡
             */
            nickname: string;
            /**
             * @description 0 unknown (default), 1 male, 2 female (reference §5.2).
             * @enum {integer}
             */
            sex?: 0 | 1 | 2;
            /**
             * @description The userinfo `language` of a legacy profile. Default: `zh_CN`.
             * @example zh_CN
             */
            language?: string;
            /** @description Whether the persona has an avatar (default true); false gives `headimgurl: ""` (reference §5.2). */
            avatar?: boolean;
            /** @description An explicit avatar URL (or `""`); overrides `avatar`. Default derived from the mock's seed and the key. */
            headimgurl?: string;
            /** @description Privileges such as `chinaunicom`. Default none. */
            privilege?: string[];
            /**
             * @description Which userinfo shape the persona gets (see `Persona.profile`). Default: `current`.
             * @enum {string}
             */
            profile?: "current" | "legacy";
            region?: components["schemas"]["PersonaRegion"];
            /**
             * @description The persona's phone number; `countryCode` defaults to `"86"`. Absent or null: none, and a phone code
             *     cannot be minted for the persona (ML§4.1).
             */
            phone?: {
                countryCode?: string;
                number: string;
            } | null;
        };
        /** @description The persona's identifiers in one app (reference §10). */
        PersonaIdentity: {
            /** @example wx7f0a0237972bb4d1 */
            appid: string;
            /**
             * @description The persona's openid in this app.
             * @example o3_SC5736cmf3Mpoylyr6OXIkqwI
             */
            openid: string;
            /** @description The persona's unionid in the app's Open Platform account; null when the app is bound to none. */
            unionid: string | null;
        };
        PersonaIdentities: {
            /** @example alice */
            persona: string;
            identities: components["schemas"]["PersonaIdentity"][];
        };
        /** @description A grant the mock holds, with both of its tokens in full. */
        Grant: {
            appid: string;
            persona: string;
            openid: string;
            /** @enum {string} */
            scope: "snsapi_login" | "snsapi_base" | "snsapi_userinfo";
            accessToken: string;
            /**
             * Format: date-time
             * @description When the access_token expires (or expired), on the mock's clock.
             */
            accessTokenExpiresAt: string;
            refreshToken: string;
            /**
             * Format: date-time
             * @description When the refresh_token expires (or expired), on the mock's clock.
             */
            refreshTokenExpiresAt: string;
        };
        GrantList: {
            grants: components["schemas"]["Grant"][];
        };
        MintCodeRequest: {
            /**
             * @description A registered app.
             * @example wx7f0a0237972bb4d1
             */
            appid: string;
            /**
             * @description A persona key.
             * @example alice
             */
            persona: string;
            /**
             * @description Website apps: `snsapi_login`, the default. Official accounts: `snsapi_base` or `snsapi_userinfo`, the
             *     default. Mini-programs: none (`wx.login` codes have no scope, ML§1). Mobile apps: `snsapi_userinfo`,
             *     the only scope the SDK takes (ML§6.1). Another scope → 400 `bad_scope`.
             */
            scope?: components["schemas"]["Scope"];
            /**
             * @description `login` (the default): the code of a login, as above. `phone`: a mini-program's getPhoneNumber code
             *     (64 hex, 5 minutes, single use; ML§4.1) for `/wxa/business/getuserphonenumber`; the persona must have a
             *     phone number (409 `conflict` otherwise: without one the button gives no code) and no scope is taken.
             */
            kind?: components["schemas"]["CodeKind"];
        };
        /**
         * @description The kinds of code the control plane mints: a login's (`wx.login`'s for a mini-program) or the getPhoneNumber button's (ML§4.1, ML§9).
         * @enum {string}
         */
        CodeKind: "login" | "phone";
        MintedCode: {
            /**
             * @description 32 chars like WeChat's login codes (reference §7, ML§1.4); a phone code is 64 lower-case hex (ML§4.1).
             * @example 071vDl000X8kON13q5000PWr744vDl05
             */
            code: string;
            kind: components["schemas"]["CodeKind"];
            appid: string;
            persona: string;
            /** @description The login's scope; absent for a mini-program's `wx.login` code, which has none (ML§1). */
            scope?: components["schemas"]["Scope"];
            /**
             * Format: date-time
             * @description When the code expires, on the mock's clock.
             */
            expiresAt: string;
        };
        OpenDataRequest: {
            /**
             * @description A registered mini-program.
             * @example wx7f0a0237972bb4d1
             */
            appid: string;
            /**
             * @description A persona key; the persona must hold a session_key for the mini-program.
             * @example alice
             */
            persona: string;
        };
        /** @description The open data of `wx.getUserProfile`, as the mini-program passes it to its server (ML§3.1). */
        OpenData: {
            /** @description The userInfo as JSON text, the exact bytes `signature` covers. */
            rawData: string;
            /** @description `sha1(rawData + session_key)`, lower-case hex. */
            signature: string;
            /** @description Base64 of AES-128-CBC/PKCS#7 ciphertext of the full JSON (with openId, unionId and the watermark). */
            encryptedData: string;
            /** @description Base64 of the 16-byte initialisation vector. */
            iv: string;
        };
        /** @description The old getPhoneNumber's encrypted number, as the mini-program passes it to its server (ML§4.2). */
        PhoneOpenData: {
            /** @description Base64 of AES-128-CBC/PKCS#7 ciphertext of the phone_info JSON (with its watermark). */
            encryptedData: string;
            /** @description Base64 of the 16-byte initialisation vector. */
            iv: string;
        };
        /** @description Names a grant by one of its tokens. */
        TokenActionRequest: {
            /**
             * @description An access_token or a refresh_token the mock issued.
             * @example 83_ZoILaJoiyMKy3vQm0dG7cA1fUeXk9pLr2sTn4WbHjYq6VxEz8oNiRgDuKtBhMwCl5JaPfSe-FyOqIvLdGcXnUmTb7RkWpAs1Hz0QjYgEoNx
             */
            token: string;
        };
        /** @description The grant of a token after `POST /__mock/tokens/expire`. */
        TokenState: {
            /**
             * @description Which of the grant's two tokens was given (and expired).
             * @enum {string}
             */
            kind: "access_token" | "refresh_token";
            /** @example wx7f0a0237972bb4d1 */
            appid: string;
            /** @example alice */
            persona: string;
            scope: components["schemas"]["Scope"];
            /**
             * Format: date-time
             * @description When the grant's access_token expires (or expired), on the mock's clock.
             */
            accessTokenExpiresAt: string;
            /**
             * Format: date-time
             * @description When the grant's refresh_token expires (or expired), on the mock's clock.
             */
            refreshTokenExpiresAt: string;
        };
        /** @description The grant removed by `POST /__mock/tokens/revoke`. */
        RevokedGrant: {
            /** @constant */
            revoked: true;
            /** @example wx7f0a0237972bb4d1 */
            appid: string;
            /** @example alice */
            persona: string;
        };
        Clock: {
            /**
             * Format: date-time
             * @description The mock's current time, ISO 8601.
             */
            now: string;
            /** @description The same instant in milliseconds since the Unix epoch. */
            epochMs: number;
            /**
             * @description How far the mock's clock is from real time, in milliseconds (0 when never moved; negative after a
             *     set into the past; grows while frozen).
             */
            offsetMs: number;
            /** @description Whether time stands still (`POST /__mock/clock/freeze`); only advance and set move it then. */
            frozen: boolean;
        };
        ClockAdvanceRequest: {
            /**
             * @description How many seconds to move the clock forward.
             * @example 7201
             */
            seconds: number;
        };
        /** @description The instant to set the clock to, as exactly one of an ISO 8601 string or epoch milliseconds. */
        ClockSetRequest: {
            /**
             * Format: date-time
             * @description The instant, ISO 8601 with a time zone.
             * @example 2025-03-14T08:00:00Z
             */
            to: string;
        } | {
            /**
             * @description The instant in milliseconds since the Unix epoch.
             * @example 1741939200000
             */
            epochMs: number;
        };
        ResetResult: {
            /** @constant */
            status: "reset";
            /** @description The app whose state was reset; absent when the whole mock was. */
            appid?: string;
        };
        /**
         * @description The OAuth scopes of WeChat's web logins: `snsapi_login` for website apps (reference §1.1),
         *     `snsapi_base` and `snsapi_userinfo` for official accounts (reference §2).
         * @enum {string}
         */
        Scope: "snsapi_login" | "snsapi_base" | "snsapi_userinfo";
        /**
         * @description The `lang` values of `/sns/userinfo`, and the languages a persona's region is given in (reference §5.2).
         * @enum {string}
         */
        UserinfoLang: "en" | "zh_CN" | "zh_TW";
        /**
         * @description The endpoints of the WeChat API host, which faults can target: /sns (reference §3–§5, ML§1), /cgi-bin and
         *     /wxa (ML§2, ML§4, ML§5, ML§7).
         * @enum {string}
         */
        SnsEndpoint: "/sns/oauth2/access_token" | "/sns/oauth2/refresh_token" | "/sns/auth" | "/sns/userinfo" | "/sns/jscode2session" | "/cgi-bin/token" | "/cgi-bin/stable_token" | "/wxa/checksession" | "/wxa/resetusersessionkey" | "/wxa/business/getuserphonenumber" | "/cgi-bin/user/info";
        /** @description Which /sns calls a fault applies to. Every field given must fit; an empty match fits every call. */
        FaultMatch: {
            /** @description Only calls to this endpoint; absent = every /sns endpoint. */
            endpoint?: components["schemas"]["SnsEndpoint"];
            /**
             * @description Only calls for this app (the `appid` parameter, or the app of the token).
             * @example wx7f0a0237972bb4d1
             */
            appid?: string;
            /**
             * @description Only calls whose code or token belongs to this persona.
             * @example alice
             */
            persona?: string;
            /**
             * @description The rule starts firing at the nth call that fits endpoint, appid and persona (counted from the
             *     fault's creation); the calls before it are answered normally. Default 1 (always present in a `Fault`).
             */
            nth?: number;
        };
        /** @description How many times a fault fires before it is spent, or `always`. */
        FaultTimes: number | "always";
        /**
         * @description The kinds of failure a fault produces (`FaultEffect.type`).
         * @enum {string}
         */
        FaultEffectType: "errcode" | "http-status" | "delay" | "drop-connection" | "truncated-body" | "non-json-body" | "content-type";
        /**
         * @description Answers a WeChat error, `{"errcode":N,"errmsg":"…"}` with HTTP 200 and the usual Content-Type, instead of
         *     the normal answer. A `-1 system error` on the code exchange still burns a valid code, as in WeChat
         *     (reference §3.3), so the retry gets 40163; other errcodes leave the code, token or grant untouched.
         */
        ErrcodeEffect: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "errcode";
            /**
             * @description One of the catalogue's errcodes (`x-wechat-errcodes` of wechat-oauth.openapi.yaml, reference §8).
             * @enum {integer}
             */
            errcode: -1 | 40001 | 40002 | 40003 | 40013 | 40014 | 40029 | 40030 | 40125 | 40163 | 40164 | 40226 | 41001 | 41002 | 41003 | 41004 | 41008 | 41009 | 42001 | 42002 | 42003 | 43002 | 45009 | 45011 | 47001 | 48001 | 87008 | 87009 | 89503;
            /**
             * @description Replaces the catalogue's base text; the mock's rid suffix is still appended (reference §8.1).
             * @example system error
             */
            errmsg?: string;
        };
        /**
         * @description Answers with this HTTP status instead of the normal answer, as a broken proxy or gateway would (WeChat
         *     itself answers 200 even for errors; reference §9).
         */
        HttpStatusEffect: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "http-status";
            /** @example 502 */
            status: number;
            /**
             * @description The body to send. Default empty.
             * @example <html><body><h1>502 Bad Gateway</h1></body></html>
             */
            body?: string;
            /**
             * @description The Content-Type of `body`. Default the mock's /sns Content-Type.
             * @example text/html
             */
            contentType?: string;
        };
        /** @description Waits this long (real time, not the mock's clock), then answers normally. */
        DelayEffect: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "delay";
            /** @example 3000 */
            ms: number;
        };
        /** @description Destroys the socket without answering; the client sees a reset connection. */
        DropConnectionEffect: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "drop-connection";
        };
        /** @description The normal answer cut short, with a Content-Length that matches what is sent: valid HTTP, invalid JSON. */
        TruncatedBodyEffect: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "truncated-body";
            /**
             * @description How many bytes of the normal body to send. Default half of it (rounded down).
             * @example 20
             */
            bytes?: number;
        };
        /** @description Answers HTTP 200 with a body that is not JSON, as WeChat's gateway once did (reference §9). */
        NonJsonBodyEffect: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "non-json-body";
            /**
             * @description The body. Default `""`.
             * @example
             */
            body?: string;
            /**
             * @description The Content-Type. Default `text/html; charset=gbk` (reference §9).
             * @example text/html; charset=gbk
             */
            contentType?: string;
        };
        /** @description The normal answer with another Content-Type (e.g. to test a client's charset handling; reference §9). */
        ContentTypeEffect: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "content-type";
            /** @example application/json; encoding=utf-8 */
            contentType: string;
        };
        /** @description What a firing fault does to the call, chosen by `type`. */
        FaultEffect: components["schemas"]["ErrcodeEffect"] | components["schemas"]["HttpStatusEffect"] | components["schemas"]["DelayEffect"] | components["schemas"]["DropConnectionEffect"] | components["schemas"]["TruncatedBodyEffect"] | components["schemas"]["NonJsonBodyEffect"] | components["schemas"]["ContentTypeEffect"];
        /** @description A fault to script (`POST /__mock/faults`). */
        FaultInput: {
            match?: components["schemas"]["FaultMatch"];
            effect: components["schemas"]["FaultEffect"];
            /** @description How many times the fault fires before it is spent, or `always`. Default 1. */
            times?: components["schemas"]["FaultTimes"];
            /**
             * @description The chance that a matching call (from the nth on) fires the fault. Default 1. Drawn from a generator
             *     seeded by `seed`, so the same calls fire in every run.
             * @example 0.2
             */
            probability?: number;
            /**
             * @description Seed of the fault's generator. Default: derived from the mock's seed and the fault's id.
             * @example flaky-userinfo
             */
            seed?: string;
        };
        /** @description A fault as stored, every default of `FaultInput` resolved, with its counters. */
        Fault: {
            /**
             * @description Assigned by the mock.
             * @example f1
             */
            id: string;
            /** @description The match as given, with `nth` resolved. */
            match: components["schemas"]["FaultMatch"] & {
                nth: number;
            };
            effect: components["schemas"]["FaultEffect"];
            times: components["schemas"]["FaultTimes"];
            probability: number;
            seed: string;
            /** @description Calls that fitted `match` so far (including those before the nth). */
            matched: number;
            /** @description Calls the fault has failed so far. */
            fired: number;
            /** @description Firings left before the fault is spent; null when `times` is `always`. */
            remaining: number | null;
            /**
             * Format: date-time
             * @description When the fault was created, on the mock's clock.
             */
            createdAt: string;
        };
        FaultList: {
            faults: components["schemas"]["Fault"][];
        };
        /** @description The fault that failed a journalled request. */
        JournalFault: {
            /** @example f1 */
            id: string;
            type: components["schemas"]["FaultEffectType"];
        };
        /**
         * @description One request to a WeChat-facing route. Secrets and tokens are masked wherever they appear (in `query`
         *     and `body`): `secret` as its first 4 characters + `…`, `access_token` and `refresh_token` as their
         *     first 8 characters + `…` + their last 4.
         * @example {
         *       "id": 42,
         *       "time": "2025-03-14T08:00:03.120Z",
         *       "method": "GET",
         *       "path": "/sns/oauth2/access_token",
         *       "query": {
         *         "appid": "wx7f0a0237972bb4d1",
         *         "secret": "3a5f…",
         *         "code": "071vDl000X8kON13q5000PWr744vDl05",
         *         "grant_type": "authorization_code"
         *       },
         *       "appid": "wx7f0a0237972bb4d1",
         *       "persona": "alice",
         *       "status": 200,
         *       "errcode": null,
         *       "headers": {
         *         "content-type": "text/plain",
         *         "content-length": "196"
         *       },
         *       "body": "{\"access_token\":\"83_ZoILa…EoNx\",\"expires_in\":7200,\"refresh_token\":\"83_7xQmW…oiyM\",\"openid\":\"o3_SC5736cmf3Mpoylyr6OXIkqwI\",\"scope\":\"snsapi_login\",\"unionid\":\"oWgGz1BHvfDCYeboAeR1DBMnmJbg\"}",
         *       "location": null,
         *       "durationMs": 1.7,
         *       "fault": null
         *     }
         * @example {
         *       "id": 43,
         *       "time": "2025-03-14T08:00:03.480Z",
         *       "method": "GET",
         *       "path": "/sns/userinfo",
         *       "query": {
         *         "access_token": "83_ZoILa…EoNx",
         *         "openid": "o3_SC5736cmf3Mpoylyr6OXIkqwI"
         *       },
         *       "appid": "wx7f0a0237972bb4d1",
         *       "persona": "alice",
         *       "status": 200,
         *       "errcode": -1,
         *       "headers": {
         *         "content-type": "text/plain",
         *         "content-length": "71"
         *       },
         *       "body": "{\"errcode\":-1,\"errmsg\":\"system error, rid: 67d3e213-1b2c3d4e-5f6a7b8c\"}",
         *       "location": null,
         *       "durationMs": 0.9,
         *       "fault": {
         *         "id": "f1",
         *         "type": "errcode"
         *       }
         *     }
         */
        JournalEntry: {
            /**
             * @description Increasing, never reused (not even after the journal is cleared).
             * @example 42
             */
            id: number;
            /**
             * Format: date-time
             * @description When the request arrived, on the mock's clock.
             */
            time: string;
            /** @example GET */
            method: string;
            /**
             * @description The path without the query string.
             * @example /sns/userinfo
             * @example /connect/qrconnect
             */
            path: string;
            /**
             * @description The first value of each query parameter, masked.
             * @example {
             *       "access_token": "83_ZoILa…EoNx",
             *       "openid": "o3_SC5736cmf3Mpoylyr6OXIkqwI",
             *       "lang": "zh_CN"
             *     }
             */
            query: {
                [key: string]: string;
            };
            /** @description The app of the request (its `appid` parameter, or the app of its token); null when none. */
            appid: string | null;
            /** @description The persona behind the request's code, token or login session; null when none is known. */
            persona: string | null;
            /**
             * @description The HTTP status answered (0 when the connection was dropped).
             * @example 200
             */
            status: number;
            /** @description The `errcode` of an /sns answer (0 for /sns/auth's ok); null for success bodies without one and for pages. */
            errcode: number | null;
            /**
             * @description The response headers of an /sns answer as sent (names lowercase), e.g. its `content-type` (reference §9);
             *     null for pages, redirects and dropped connections.
             * @example {
             *       "content-type": "text/plain",
             *       "content-length": "71"
             *     }
             */
            headers: {
                [key: string]: string;
            } | null;
            /** @description The answer body of /sns routes as sent, masked; null for pages and redirects. */
            body: string | null;
            /** @description The redirect target of a 302; null otherwise. */
            location: string | null;
            /** @description Real time spent answering, in milliseconds. */
            durationMs: number;
            /** @description The fault that failed this request, or null. */
            fault: components["schemas"]["JournalFault"] | null;
        };
        /** @description An answer of `GET /__mock/journal`. */
        JournalPage: {
            /** @description The matching entries, oldest first. */
            entries: components["schemas"]["JournalEntry"][];
            /**
             * @description The newest id in the whole journal (0 when nothing was ever recorded), for use as `after`.
             * @example 43
             */
            lastId: number;
        };
        /** @description One problem of a rejected request body. */
        ControlIssue: {
            /**
             * @description Where, as in the configuration file's validation (`callbackDomains[0]`, `match.nth`); `""` for the body itself.
             * @example callbackDomains[0]
             */
            path: string;
            /**
             * @description What was expected there.
             * @example expected a bare host name (no scheme, port or path: reference §1.4), got "https://shop.example.com"
             */
            message: string;
        };
        /** @description Every control-plane error. */
        ControlError: {
            /**
             * @description Machine-readable code; branch on this. `store_unavailable` (HTTP 503): the mock runs on a shared
             *     store (`--store`) that does not answer now; nothing was changed, and the request can be retried.
             * @enum {string}
             */
            error: "bad_request" | "not_found" | "unknown_app" | "unknown_persona" | "unknown_account" | "unknown_token" | "unknown_fault" | "unknown_follower" | "bad_scope" | "conflict" | "unauthorized" | "forbidden" | "unsupported_media_type" | "store_unavailable" | "internal";
            /** @description What went wrong and how to fix it, for humans. */
            message: string;
            /** @description Every problem of a rejected body at once (400 `bad_request`), like the configuration file's validation. */
            issues?: components["schemas"]["ControlIssue"][];
        };
    };
    responses: {
        /**
         * @description Malformed request (`bad_request`, with `issues` when a body was rejected) or a scope the app may not use
         *     (`bad_scope`).
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ControlError"];
            };
        };
        /**
         * @description The control token is required and was missing or wrong (`unauthorized`). Never answered by
         *     `GET /__mock/health`.
         */
        Unauthorized: {
            headers: {
                /**
                 * @description The scheme the control plane expects.
                 * @example Bearer realm="wechat-oauth-mock"
                 */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "unauthorized",
                 *       "message": "The control plane requires \"Authorization: Bearer <token>\" (the token printed at start)."
                 *     }
                 */
                "application/json": components["schemas"]["ControlError"];
            };
        };
        /**
         * @description Refused before the token is even looked at (`forbidden`): the request carries an `Origin` other than
         *     the mock's own (a page on another site), or the control plane is open (no token) and the request was
         *     addressed to a `Host` that is neither an IP address, `localhost` nor a name configured in
         *     `control.allowedHosts` (DNS rebinding). Never answered by `GET /__mock/health`.
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "forbidden",
                 *       "message": "The control plane answers only pages of its own origin (http://127.0.0.1:3099); this request came from \"https://evil.example\"."
                 *     }
                 */
                "application/json": components["schemas"]["ControlError"];
            };
        };
        /**
         * @description The request has a body that is not declared `Content-Type: application/json`
         *     (`unsupported_media_type`). A web page can send a `text/plain` body to any site without asking; it
         *     cannot send JSON without the browser asking the mock first, which the mock never allows.
         */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "unsupported_media_type",
                 *       "message": "A control request with a body must declare \"Content-Type: application/json\"; this one declared \"text/plain\"."
                 *     }
                 */
                "application/json": components["schemas"]["ControlError"];
            };
        };
        /**
         * @description Unknown route (`not_found`, also every route but health when the control plane is switched off), app
         *     (`unknown_app`), account (`unknown_account`), persona (`unknown_persona`), token (`unknown_token`),
         *     fault (`unknown_fault`) or follower (`unknown_follower`).
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "unknown_persona",
                 *       "message": "no persona with key \"zoe\"; known: alice, bob"
                 *     }
                 */
                "application/json": components["schemas"]["ControlError"];
            };
        };
        /**
         * @description The request clashes with the current state (`conflict`): an appid, account id or persona key that is
         *     taken, or an account that apps are still bound to.
         */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "conflict",
                 *       "message": "An app with the appid wx7f0a0237972bb4d1 already exists."
                 *     }
                 */
                "application/json": components["schemas"]["ControlError"];
            };
        };
    };
    parameters: {
        /**
         * @description The app's appid.
         * @example wx7f0a0237972bb4d1
         */
        AppidPath: string;
        /**
         * @description The Open Platform account's id.
         * @example default
         */
        AccountIdPath: string;
        /**
         * @description The persona's key.
         * @example alice
         */
        PersonaKeyPath: string;
        /**
         * @description The fault's id, as `POST /__mock/faults` returned it.
         * @example f1
         */
        FaultIdPath: string;
        /**
         * @description Only what belongs to this app.
         * @example wx7f0a0237972bb4d1
         */
        AppidFilter: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mock is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "service": "wechat-oauth-mock"
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
            /**
             * @description The mock runs on a shared store (`--store`) that does not answer: the /sns endpoints answer
             *     `-1 system error` meanwhile. A container's health check turns red.
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "unhealthy",
                     *       "service": "wechat-oauth-mock",
                     *       "reason": "the shared store failed: Connection is closed."
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    listApps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every app, seeded or registered since. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createApp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppInput"];
            };
        };
        responses: {
            /** @description The app as registered, every default filled in. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "appid": "wx52f0c9a1d3b4e687",
                     *       "secret": "9b2c4e6f8a0b1c3d5e7f9a1b3c5d7e9f",
                     *       "kind": "website",
                     *       "name": "Example Shop",
                     *       "account": "default",
                     *       "callbackDomains": [
                     *         "shop.example.com"
                     *       ],
                     *       "rateLimitPerMinute": 50000
                     *     }
                     */
                    "application/json": components["schemas"]["App"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The app's appid.
                 * @example wx7f0a0237972bb4d1
                 */
                appid: components["parameters"]["AppidPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The app. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["App"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    replaceApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The app's appid.
                 * @example wx7f0a0237972bb4d1
                 */
                appid: components["parameters"]["AppidPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "website",
                 *       "name": "Example Shop",
                 *       "callbackDomains": [
                 *         "shop.example.com",
                 *         "www.example.com"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AppInput"];
            };
        };
        responses: {
            /** @description The app as it is now, every default filled in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["App"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The app's appid.
                 * @example wx7f0a0237972bb4d1
                 */
                appid: components["parameters"]["AppidPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The app and everything that belonged to it are gone. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    follow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The app's appid.
                 * @example wx7f0a0237972bb4d1
                 */
                appid: components["parameters"]["AppidPath"];
                /**
                 * @description The persona's key.
                 * @example alice
                 */
                key: components["parameters"]["PersonaKeyPath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "scene": "ADD_SCENE_QR_CODE"
                 *     }
                 */
                "application/json": components["schemas"]["FollowInput"];
            };
        };
        responses: {
            /** @description The follower as recorded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Follower"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    unfollow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The app's appid.
                 * @example wx7f0a0237972bb4d1
                 */
                appid: components["parameters"]["AppidPath"];
                /**
                 * @description The persona's key.
                 * @example alice
                 */
                key: components["parameters"]["PersonaKeyPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unfollowed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "example-corp"
                 *     }
                 */
                "application/json": components["schemas"]["AccountInput"];
            };
        };
        responses: {
            /** @description The account, bound to no app yet. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "example-corp",
                     *       "unionidPrefix": "oWgGz1",
                     *       "apps": []
                     *     }
                     */
                    "application/json": components["schemas"]["Account"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Open Platform account's id.
                 * @example default
                 */
                id: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The Open Platform account's id.
                 * @example default
                 */
                id: components["parameters"]["AccountIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account is gone. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listPersonas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every persona. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonaList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createPersona: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonaInput"];
            };
        };
        responses: {
            /** @description The persona, every default filled in. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "key": "carol",
                     *       "nickname": "小卡",
                     *       "sex": 0,
                     *       "language": "zh_CN",
                     *       "headimgurl": "",
                     *       "privilege": [],
                     *       "profile": "current",
                     *       "region": {}
                     *     }
                     */
                    "application/json": components["schemas"]["Persona"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getPersona: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The persona's key.
                 * @example alice
                 */
                key: components["parameters"]["PersonaKeyPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The persona. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Persona"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    replacePersona: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The persona's key.
                 * @example alice
                 */
                key: components["parameters"]["PersonaKeyPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "key": "carol",
                 *       "nickname": "小卡 (new)",
                 *       "profile": "legacy"
                 *     }
                 */
                "application/json": components["schemas"]["PersonaInput"];
            };
        };
        responses: {
            /** @description The persona as it is now, every default filled in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Persona"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deletePersona: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The persona's key.
                 * @example alice
                 */
                key: components["parameters"]["PersonaKeyPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The persona and its codes and tokens are gone. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getPersonaIdentities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The persona's key.
                 * @example alice
                 */
                key: components["parameters"]["PersonaKeyPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One line per registered app, in registration order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "persona": "alice",
                     *       "identities": [
                     *         {
                     *           "appid": "wx7f0a0237972bb4d1",
                     *           "openid": "o3_SC5736cmf3Mpoylyr6OXIkqwI",
                     *           "unionid": "oWgGz1BHvfDCYeboAeR1DBMnmJbg"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PersonaIdentities"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listGrants: {
        parameters: {
            query?: {
                /**
                 * @description Only what belongs to this app.
                 * @example wx7f0a0237972bb4d1
                 */
                appid?: components["parameters"]["AppidFilter"];
                /**
                 * @description Only the grants of this persona.
                 * @example alice
                 */
                persona?: string;
                /** @description At most this many grants, the newest. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The grants, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    mintCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "appid": "wx7f0a0237972bb4d1",
                 *       "persona": "alice"
                 *     }
                 */
                "application/json": components["schemas"]["MintCodeRequest"];
            };
        };
        responses: {
            /** @description The code. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "071vDl000X8kON13q5000PWr744vDl05",
                     *       "appid": "wx7f0a0237972bb4d1",
                     *       "persona": "alice",
                     *       "kind": "login",
                     *       "scope": "snsapi_login",
                     *       "expiresAt": "2025-03-14T08:10:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["MintedCode"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    makeOpenData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "appid": "wx7f0a0237972bb4d1",
                 *       "persona": "alice"
                 *     }
                 */
                "application/json": components["schemas"]["OpenDataRequest"];
            };
        };
        responses: {
            /** @description What the mini-program would send its server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    makePhoneOpenData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "appid": "wx7f0a0237972bb4d1",
                 *       "persona": "alice"
                 *     }
                 */
                "application/json": components["schemas"]["OpenDataRequest"];
            };
        };
        responses: {
            /** @description What the mini-program would send its server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneOpenData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    expireToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "83_ZoILaJoiyMKy3vQm0dG7cA1fUeXk9pLr2sTn4WbHjYq6VxEz8oNiRgDuKtBhMwCl5JaPfSe-FyOqIvLdGcXnUmTb7RkWpAs1Hz0QjYgEoNx"
                 *     }
                 */
                "application/json": components["schemas"]["TokenActionRequest"];
            };
        };
        responses: {
            /** @description The grant the token belongs to, with both expiries as they are now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "kind": "access_token",
                     *       "appid": "wx7f0a0237972bb4d1",
                     *       "persona": "alice",
                     *       "scope": "snsapi_login",
                     *       "accessTokenExpiresAt": "2025-03-14T08:00:00.000Z",
                     *       "refreshTokenExpiresAt": "2025-04-13T08:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["TokenState"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "83_7xQmWbHjYq6VxEz8oNiRgDuKtBhMwCl5JaPfSe-FyOqIvLdGcXnUmTb7RkWpAs1Hz0QjYgEoNxVrKiCuDlB3ePtMfSaLhZwIyZoILaJoiyM"
                 *     }
                 */
                "application/json": components["schemas"]["TokenActionRequest"];
            };
        };
        responses: {
            /** @description The grant is gone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "revoked": true,
                     *       "appid": "wx7f0a0237972bb4d1",
                     *       "persona": "alice"
                     *     }
                     */
                    "application/json": components["schemas"]["RevokedGrant"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    listFaults: {
        parameters: {
            query?: {
                /**
                 * @description Only what belongs to this app.
                 * @example wx7f0a0237972bb4d1
                 */
                appid?: components["parameters"]["AppidFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The faults. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaultList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createFault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FaultInput"];
            };
        };
        responses: {
            /** @description The fault, every default resolved, with its counters at zero. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "f1",
                     *       "match": {
                     *         "endpoint": "/sns/oauth2/access_token",
                     *         "appid": "wx7f0a0237972bb4d1",
                     *         "nth": 1
                     *       },
                     *       "effect": {
                     *         "type": "errcode",
                     *         "errcode": -1
                     *       },
                     *       "times": 1,
                     *       "probability": 1,
                     *       "seed": "demo-seed/f1",
                     *       "matched": 0,
                     *       "fired": 0,
                     *       "remaining": 1,
                     *       "createdAt": "2025-03-14T08:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Fault"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    clearFaults: {
        parameters: {
            query?: {
                /**
                 * @description Only what belongs to this app.
                 * @example wx7f0a0237972bb4d1
                 */
                appid?: components["parameters"]["AppidFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The faults are gone. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getFault: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The fault's id, as `POST /__mock/faults` returned it.
                 * @example f1
                 */
                id: components["parameters"]["FaultIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The fault. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fault"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteFault: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The fault's id, as `POST /__mock/faults` returned it.
                 * @example f1
                 */
                id: components["parameters"]["FaultIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The fault is gone. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    readJournal: {
        parameters: {
            query?: {
                /**
                 * @description Only what belongs to this app.
                 * @example wx7f0a0237972bb4d1
                 */
                appid?: components["parameters"]["AppidFilter"];
                /**
                 * @description Only requests to this path.
                 * @example /sns/userinfo
                 */
                endpoint?: string;
                /**
                 * @description Only requests whose code, token or login session belongs to this persona.
                 * @example alice
                 */
                persona?: string;
                /**
                 * @description Only requests received at or after this instant of the mock's clock.
                 * @example 2025-03-14T08:00:00.000Z
                 */
                since?: string;
                /**
                 * @description Only entries with an id greater than this (the `lastId` of an earlier read).
                 * @example 41
                 */
                after?: number;
                /**
                 * @description Only entries with an id smaller than this: with `limit`, pages back through a journal larger than one
                 *     answer (read, then read again with `before` = the id of the oldest entry received).
                 * @example 42
                 */
                before?: number;
                /** @description At most this many entries, the newest that match. */
                limit?: number;
                /**
                 * @description Milliseconds to wait for a matching entry when none matches yet; 0 (the default) answers at once.
                 * @example 5000
                 */
                wait?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching entries, oldest first, and the newest id of the whole journal. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    clearJournal: {
        parameters: {
            query?: {
                /**
                 * @description Only what belongs to this app.
                 * @example wx7f0a0237972bb4d1
                 */
                appid?: components["parameters"]["AppidFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entries are gone. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Current mock time. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "now": "2025-03-14T08:00:00.000Z",
                     *       "epochMs": 1741939200000,
                     *       "offsetMs": 0,
                     *       "frozen": false
                     *     }
                     */
                    "application/json": components["schemas"]["Clock"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    advanceClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "seconds": 7201
                 *     }
                 */
                "application/json": components["schemas"]["ClockAdvanceRequest"];
            };
        };
        responses: {
            /** @description The clock after the move. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    setClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClockSetRequest"];
            };
        };
        responses: {
            /** @description The clock after the move. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    freezeClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The frozen clock. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "now": "2025-03-14T08:00:00.000Z",
                     *       "epochMs": 1741939200000,
                     *       "offsetMs": -3600000,
                     *       "frozen": true
                     *     }
                     */
                    "application/json": components["schemas"]["Clock"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    unfreezeClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The running clock. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    reset: {
        parameters: {
            query?: {
                /**
                 * @description Reset only this app's state.
                 * @example wx7f0a0237972bb4d1
                 */
                appid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResetResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
}
