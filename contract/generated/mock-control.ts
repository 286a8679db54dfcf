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
        /** Liveness */
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
        /** The registered apps (website apps and official accounts) */
        get: operations["listApps"];
        put?: never;
        post?: never;
        delete?: never;
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
        /** The personas (WeChat users) one can log in as */
        get: operations["listPersonas"];
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
         *     official accounts; reference §6), ready for `/sns/oauth2/access_token`.
         */
        post: operations["mintCode"];
        delete?: never;
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
        /** The mock's clock */
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
         * @description Every expiry (codes, tokens, login sessions) follows the mock's clock.
         */
        post: operations["advanceClock"];
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
         * Restore the seeded state
         * @description Restores the seeded apps, personas and clock, and drops every code, token and login session.
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
        Health: {
            /** @constant */
            status: "ok";
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
             * @enum {string}
             */
            kind: "website" | "official-account";
            /** @description Display name, shown on the login and consent pages. */
            name: string;
            /**
             * @description The Open Platform account the app is bound to, which scopes unionids (same user + same account =
             *     same unionid; reference §10); null when unbound, and then no unionid is ever returned.
             */
            account: string | null;
            /**
             * @description Authorised callback domains (授权回调域): hosts without scheme, path or port; a redirect_uri must match
             *     one exactly (reference §1.4).
             * @example [
             *       "www.example.com"
             *     ]
             */
            callbackDomains: string[];
        };
        AppList: {
            apps: components["schemas"]["App"][];
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
        };
        PersonaList: {
            personas: components["schemas"]["Persona"][];
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
             *     default. Another scope → 400 `bad_scope`.
             * @enum {string}
             */
            scope?: "snsapi_login" | "snsapi_base" | "snsapi_userinfo";
        };
        MintedCode: {
            /**
             * @description 32 chars like WeChat's (reference §7).
             * @example 071vDl000X8kON13q5000PWr744vDl05
             */
            code: string;
            appid: string;
            persona: string;
            /** @enum {string} */
            scope: "snsapi_login" | "snsapi_base" | "snsapi_userinfo";
            /**
             * Format: date-time
             * @description When the code expires, on the mock's clock.
             */
            expiresAt: string;
        };
        Clock: {
            /**
             * Format: date-time
             * @description The mock's current time, ISO 8601.
             */
            now: string;
            /** @description The same instant in milliseconds since the Unix epoch. */
            epochMs: number;
            /** @description How far the mock's clock is from real time, in milliseconds (0 when never moved). */
            offsetMs: number;
        };
        ClockAdvanceRequest: {
            /**
             * @description How many seconds to move the clock forward.
             * @example 7201
             */
            seconds: number;
        };
        ResetResult: {
            /** @constant */
            status: "reset";
        };
        /** @description Every control-plane error. */
        ControlError: {
            /**
             * @description Machine-readable code; branch on this.
             * @enum {string}
             */
            error: "bad_request" | "not_found" | "unknown_app" | "unknown_persona" | "bad_scope";
            /** @description What went wrong and how to fix it, for humans. */
            message: string;
        };
    };
    responses: {
        /** @description Malformed request (`bad_request`) or a scope the app may not use (`bad_scope`). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "bad_scope",
                 *       "message": "app wx1234567890abcdef is a website app; its only scope is snsapi_login"
                 *     }
                 */
                "application/json": components["schemas"]["ControlError"];
            };
        };
        /** @description Unknown route (`not_found`), app (`unknown_app`) or persona (`unknown_persona`). */
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
    };
    parameters: never;
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
                    "application/json": components["schemas"]["MintedCode"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
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
                    "application/json": components["schemas"]["Clock"];
                };
            };
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
        };
    };
    reset: {
        parameters: {
            query?: never;
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
        };
    };
}
