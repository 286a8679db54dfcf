/**
 * Generated from contract/wechat-oauth.openapi.yaml by `npm run contract:generate`.
 * Do not edit: change the YAML and regenerate (`npm run contract:check` fails on drift).
 */

/** contract/wechat-oauth.openapi.yaml as a JSON value (OpenAPI 3.1), e.g. for validating answers. */
export const wechatOAuthDocument: Readonly<Record<string, unknown>> = {
  "openapi": "3.1.0",
  "info": {
    "title": "WeChat OAuth2 web login, as WeChat really behaves",
    "version": "1.0.0",
    "summary": "Website-app QR login (qrconnect), official-account web authorization (oauth2/authorize) and the /sns API.",
    "description": "The wire behaviour of WeChat's \"网站应用微信登录\" (Open Platform website app, QR login) and of the\nofficial-account (公众号) in-WeChat web authorization, which share the `/sns/*` API. Written from\nthe behaviour reference `docs/wechat-behaviour.md` (cited below as \"reference §N\"; the npm package\nships it); where WeChat's documentation\nand its observed behaviour disagree, this document follows the observed behaviour.\n\nThings a reader used to ordinary OAuth2 APIs would get wrong (reference §14):\n\n* every `/sns/*` answer is HTTP 200 with a compact JSON body, success or error; errors are\n  `{\"errcode\":N,\"errmsg\":\"text, rid: xxxxxxxx-xxxxxxxx-xxxxxxxx\"}` (reference §8, §9);\n* the `/sns/*` Content-Type is `text/plain` without a charset, the body raw UTF-8 with `\\/`-escaped\n  slashes (reference §9);\n* parameters are read from the query string, for GET and POST alike, and on POST also from an\n  `application/x-www-form-urlencoded` body, the query's value counting first (reference §3.1, §9;\n  the body part is inferred, and the mock's `fidelity.formBody: false` turns it off); a JSON body is\n  never read;\n* the authorize pages never answer 4xx: problems are shown on an HTML error page with HTTP 200\n  (reference §1.3, §2).\n\nOperations tagged `mock-login-ui` and anything marked `x-mock-only: true` exist only in the mock.\nThe mock serves every path of this document on one origin.\n\nRoot extensions: `x-wechat-errcodes` is the errcode catalogue (reference §8) and\n`x-wechat-page-errors` the texts of the HTML error pages (reference §1.3, §2). `npm run\ncontract:generate` turns both into TypeScript constants; evidence grades are those of the\nreference (DOC documented, CAP captured, LIB what client libraries expect, INF inferred).\n",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    }
  },
  "servers": [
    {
      "url": "/",
      "description": "The mock (all routes on one origin)."
    }
  ],
  "tags": [
    {
      "name": "wechat-website-login",
      "description": "Open Platform website app, QR login in a PC browser (reference §1)."
    },
    {
      "name": "wechat-official-account-auth",
      "description": "Official-account web authorization inside the WeChat browser (reference §2)."
    },
    {
      "name": "mock-login-ui",
      "description": "Mock only. What the phone does in the real flow: \"scan\" the QR code of a login session (uuid)\nand allow or deny as one of the mock's personas (reference §1.2).\n"
    },
    {
      "name": "wechat-sns",
      "description": "The /sns API used by the application's server (reference §3–§5)."
    },
    {
      "name": "wechat-mini-program",
      "description": "Mini-program login, `wx.login` then `/sns/jscode2session` on the server (ML§1, ML§2)."
    },
    {
      "name": "wechat-mini-program-server",
      "description": "What a mini-program's server calls with its server token (ML§5): the session_key checks (ML§2.2, ML§2.3)\nand the phone number (ML§4). The /cgi-bin family's wire details apply.\n"
    },
    {
      "name": "wechat-server-credential",
      "description": "The app's own server token, `/cgi-bin/token` and `/cgi-bin/stable_token` (ML§5), which the `/cgi-bin` and\n`/wxa` APIs take as `access_token`. Their errmsg suffix has no comma (`invalid appsecret rid: …`) and their\nContent-Type is `application/json; encoding=utf-8` (ML§5.1, reference §9).\n"
    },
    {
      "name": "wechat-followers",
      "description": "An official account's followers, `/cgi-bin/user/info` with the account's server token (ML§7)."
    }
  ],
  "paths": {
    "/connect/qrconnect": {
      "servers": [
        {
          "url": "https://open.weixin.qq.com",
          "description": "WeChat"
        },
        {
          "url": "/",
          "description": "The mock"
        }
      ],
      "get": {
        "tags": [
          "wechat-website-login"
        ],
        "operationId": "getQrConnectPage",
        "summary": "QR login page of a website app",
        "description": "Renders the QR-code login page (HTTP 200, HTML). When the user scans and confirms, the page's\nJavaScript navigates the top window (or the iframe, `self_redirect=true`) to `redirect_uri` +\n(`?` or `&`) + `code=CODE&state=STATE`: `state=` is always present, even when empty, and the string\nis appended after any `#fragment` of redirect_uri (reference §1.2). If the user denies, nothing is\nredirected: the page shows LoginCancelled / LoginCancelledHint (reference §1.2).\n\nInvalid requests are not redirected either: WeChat answers HTTP 200 with its weui error page whose\n`<h4 class=\"weui_msg_title\">` holds one of the `x-wechat-page-errors` texts for this page\n(AppidInvalid, RedirectUriInvalid, ScopeInvalid, LinkUnavailable; reference §1.3).\n`redirect_uri`'s host must equal one of the app's authorised callback domains exactly: no other\nsubdomain, no port (reference §1.4).\n\nThe page shows the QR code image (`/connect/qrcode/{uuid}`) and long-polls `/connect/l/qrconnect` (see\nthere). In the mock it also carries a developer panel: a \"simulate scan\" link that opens the phone page\n(`/connect/confirm?uuid=`) and `a.persona[data-persona]` / `a.deny` shortcuts to `/connect/confirm/allow`\nand `/connect/confirm/deny` for scripts that follow links.\n\n`#wechat_redirect` is a URL fragment and never reaches the server. The wxLogin.js iframe variant\n(`login_type=jssdk`) omits `response_type` and adds its styling parameters, concatenated without\nencoding (reference §1.1).\n",
        "parameters": [
          {
            "name": "appid",
            "in": "query",
            "required": true,
            "description": "Website-app AppID, `wx` + 16 lowercase hex (reference §1.1, §7). Unknown → AppidInvalid page.",
            "schema": {
              "type": "string",
              "examples": [
                "wx7f0a0237972bb4d1"
              ]
            }
          },
          {
            "name": "redirect_uri",
            "in": "query",
            "required": true,
            "description": "URL-encoded callback URL; its host must equal one of the app's authorised callback domains exactly\n(reference §1.1, §1.4). Otherwise → RedirectUriInvalid page.\n",
            "schema": {
              "type": "string",
              "examples": [
                "https://www.example.com/wechat/callback"
              ]
            }
          },
          {
            "name": "response_type",
            "in": "query",
            "required": false,
            "description": "Documented as required (`code`), but wxLogin.js never sends it, so WeChat tolerates its absence (reference §1.1).",
            "schema": {
              "type": "string",
              "enum": [
                "code"
              ]
            }
          },
          {
            "name": "scope",
            "in": "query",
            "required": true,
            "description": "`snsapi_login`, the only scope of website apps. Anything else, or the AppID of an official account,\n→ ScopeInvalid page (reference §1.1, §1.3).\n",
            "schema": {
              "type": "string",
              "enum": [
                "snsapi_login"
              ]
            }
          },
          {
            "name": "state",
            "in": "query",
            "required": false,
            "description": "Echoed back on the redirect. No length limit on qrconnect, unlike oauth2/authorize (reference §1.1).\n",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "lang",
            "in": "query",
            "required": false,
            "description": "Language of the page, `cn` (default) or `en` (reference §1.1).",
            "schema": {
              "type": "string",
              "enum": [
                "cn",
                "en"
              ]
            }
          },
          {
            "name": "login_type",
            "in": "query",
            "required": false,
            "description": "wxLogin.js sends `jssdk` (reference §1.1).",
            "schema": {
              "type": "string",
              "examples": [
                "jssdk"
              ]
            }
          },
          {
            "name": "self_redirect",
            "in": "query",
            "required": false,
            "description": "wxLogin.js; `true` navigates inside the iframe, `false`/`default` the top window (reference §1.1).",
            "schema": {
              "type": "string",
              "enum": [
                "default",
                "true",
                "false"
              ]
            }
          },
          {
            "name": "styletype",
            "in": "query",
            "required": false,
            "description": "wxLogin.js styling parameter, usually empty (reference §1.1).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "sizetype",
            "in": "query",
            "required": false,
            "description": "wxLogin.js styling parameter, usually empty (reference §1.1).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "bgcolor",
            "in": "query",
            "required": false,
            "description": "wxLogin.js styling parameter, usually empty (reference §1.1).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "rst",
            "in": "query",
            "required": false,
            "description": "wxLogin.js parameter, usually empty (reference §1.1).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "style",
            "in": "query",
            "required": false,
            "description": "wxLogin.js text colour, `black` or `white` (reference §1.1).",
            "schema": {
              "type": "string",
              "enum": [
                "black",
                "white"
              ]
            }
          },
          {
            "name": "href",
            "in": "query",
            "required": false,
            "description": "wxLogin.js custom CSS, a URL or `data:` URI; ignored when `stylelite=1` (reference §1.1).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "stylelite",
            "in": "query",
            "required": false,
            "description": "wxLogin.js; `1` selects the new compact UI (≥220×220 px) (reference §1.1).",
            "schema": {
              "type": "string",
              "examples": [
                "1"
              ]
            }
          },
          {
            "name": "fast_login",
            "in": "query",
            "required": false,
            "description": "wxLogin.js; `0` disables desktop \"快速登录\" (confirm in desktop WeChat without scanning) (reference §1.1).",
            "schema": {
              "type": "string",
              "examples": [
                "0"
              ]
            }
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/HtmlPage"
          }
        }
      }
    },
    "/connect/oauth2/authorize": {
      "servers": [
        {
          "url": "https://open.weixin.qq.com",
          "description": "WeChat"
        },
        {
          "url": "/",
          "description": "The mock"
        }
      ],
      "get": {
        "tags": [
          "wechat-official-account-auth"
        ],
        "operationId": "authorizeOfficialAccount",
        "summary": "Official-account web authorization (in the WeChat browser)",
        "description": "Without `connect_redirect=1`, WeChat first answers 301 to the same URL plus `&connect_redirect=1`\n(reference §2). Then:\n\n* `snsapi_base`: silent, 302 to `redirect_uri` with `code` and `state` inserted before any `#fragment`\n  (reference §2);\n* `snsapi_userinfo`: 200 consent page, then the same 302 once the user agrees (a user who denies is\n  not redirected in practice, reference §2);\n* outside the WeChat browser (a User-Agent without `MicroMessenger`; the mock checks this only with\n  `fidelity.requireWeChatBrowser`), or on an invalid request: HTTP 200 weui error page whose `<h4>` holds\n  one of the `x-wechat-page-errors` texts for this page (OpenInWeChat, OaRedirectDomainMismatch,\n  OaScopeUnauthorized, ScopeInvalid, StateTooLong, AppidInvalid; reference §2), or in the mock\n  LinkUnavailable for an unknown `mock_persona`.\n\nCodes issued here live 5 minutes, single use (reference §2, §6).\n",
        "parameters": [
          {
            "name": "appid",
            "in": "query",
            "required": true,
            "description": "Official-account AppID, `wx` + 16 lowercase hex (reference §7).",
            "schema": {
              "type": "string",
              "examples": [
                "wxe95a3722cd637f61"
              ]
            }
          },
          {
            "name": "redirect_uri",
            "in": "query",
            "required": true,
            "description": "URL-encoded callback URL. Its host must equal the account's web-authorization domain exactly, and\ncarry no port; otherwise → OaRedirectDomainMismatch page (错误码 10003; reference §1.4, §2).\n",
            "schema": {
              "type": "string",
              "examples": [
                "https://www.example.com/wechat/callback"
              ]
            }
          },
          {
            "name": "response_type",
            "in": "query",
            "required": true,
            "description": "Always `code` (reference §2).",
            "schema": {
              "type": "string",
              "enum": [
                "code"
              ]
            }
          },
          {
            "name": "scope",
            "in": "query",
            "required": true,
            "description": "`snsapi_base` (silent, openid only) or `snsapi_userinfo` (consent, profile). A scope the account may\nnot use → OaScopeUnauthorized page; a malformed one → ScopeInvalid page (reference §2).\n",
            "schema": {
              "type": "string",
              "enum": [
                "snsapi_base",
                "snsapi_userinfo"
              ]
            }
          },
          {
            "name": "state",
            "in": "query",
            "required": false,
            "description": "Echoed back URL-encoded. At most 128 **bytes** (\"a-zA-Z0-9\"); longer → StateTooLong page (reference §2).\n`maxLength` below counts characters, which equals bytes for the documented alphabet.\n",
            "schema": {
              "type": "string",
              "maxLength": 128
            }
          },
          {
            "name": "connect_redirect",
            "in": "query",
            "required": false,
            "description": "Added by WeChat's own 301 (several SDKs send it up front to avoid the double callback that produces 40163; reference §2).",
            "schema": {
              "type": "string",
              "enum": [
                "1"
              ]
            }
          },
          {
            "name": "mock_persona",
            "in": "query",
            "required": false,
            "x-mock-only": true,
            "description": "Mock only: the key of the persona to act as (see the control API's `GET /__mock/personas`); an unknown\nkey → LinkUnavailable page. WeChat ignores unknown parameters (reference §3.1, §9), so the same URL also\nworks against WeChat.\n",
            "schema": {
              "type": "string",
              "examples": [
                "alice"
              ]
            }
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/HtmlPage"
          },
          "301": {
            "description": "Same URL with `connect_redirect=1` added (reference §2).",
            "headers": {
              "Location": {
                "$ref": "#/components/headers/Location"
              }
            }
          },
          "302": {
            "description": "Authorized: `redirect_uri` with `code=CODE&state=STATE` inserted before any `#fragment`, using `&`\nwhen redirect_uri already has a query string (reference §2).\n",
            "headers": {
              "Location": {
                "$ref": "#/components/headers/Location"
              }
            }
          }
        }
      }
    },
    "/connect/confirm/allow": {
      "x-mock-only": true,
      "get": {
        "tags": [
          "mock-login-ui"
        ],
        "x-mock-only": true,
        "operationId": "mockConfirmAllow",
        "summary": "Allow a QR login session as a persona (mock only)",
        "description": "Stands for \"scan and confirm on the phone\". Redeems the login session `uuid` (single use, about\n5 minutes, like WeChat's QR uuid; reference §1.2) for a code of the chosen persona and redirects the\nbrowser exactly as WeChat's page does on wx_errcode 405: `redirect_uri` + (`?` or `&`) +\n`code=CODE&state=STATE`, `state=` present even when empty (reference §1.2).\n",
        "parameters": [
          {
            "name": "uuid",
            "in": "query",
            "required": true,
            "description": "The login session shown as a QR code on the qrconnect page (16 chars, reference §1.2).",
            "schema": {
              "type": "string",
              "examples": [
                "0510X1L21rfcGa14"
              ]
            }
          },
          {
            "name": "persona",
            "in": "query",
            "required": true,
            "description": "Key of the persona who logs in (control API `GET /__mock/personas`).",
            "schema": {
              "type": "string",
              "examples": [
                "alice"
              ]
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Error page (HTML, HTTP 200, weui markup as in reference §1.3): LoginSessionExpired when the login\nsession is unknown, already used or older than 5 minutes; LinkUnavailable for an unknown persona key\n(the session stays open, so another persona can be picked).\n",
            "content": {
              "text/html": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "302": {
            "description": "Back to the app's redirect_uri with `code` and `state` appended (reference §1.2).",
            "headers": {
              "Location": {
                "$ref": "#/components/headers/Location"
              }
            }
          }
        }
      }
    },
    "/connect/confirm/deny": {
      "x-mock-only": true,
      "get": {
        "tags": [
          "mock-login-ui"
        ],
        "x-mock-only": true,
        "operationId": "mockConfirmDeny",
        "summary": "Deny a QR login session (mock only)",
        "description": "Stands for tapping 取消 on the phone. Like WeChat, nothing is redirected (reference §1.2: \"若用户禁止授权，\n则不会发生重定向\"): the answer is the cancel page showing LoginCancelled and LoginCancelledHint.\n",
        "parameters": [
          {
            "name": "uuid",
            "in": "query",
            "required": true,
            "description": "The login session shown as a QR code on the qrconnect page (reference §1.2).",
            "schema": {
              "type": "string",
              "examples": [
                "0510X1L21rfcGa14"
              ]
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Cancel page (HTML, HTTP 200), no redirect; or LoginSessionExpired when the login session is unknown,\nalready used or older than 5 minutes.\n",
            "content": {
              "text/html": {
                "schema": {
                  "type": "string"
                }
              }
            }
          }
        }
      }
    },
    "/connect/qrcode/{uuid}": {
      "servers": [
        {
          "url": "https://open.weixin.qq.com",
          "description": "WeChat"
        },
        {
          "url": "/",
          "description": "The mock"
        }
      ],
      "get": {
        "tags": [
          "wechat-website-login"
        ],
        "operationId": "getQrCodeImage",
        "summary": "The QR code image of a login session",
        "description": "The image the qrconnect page shows in `<img class=\"qrcode lightBorder\" src=\"/connect/qrcode/{uuid}\">`\n(reference §1.2). It encodes the phone confirmation URL `…/connect/confirm?uuid={uuid}`; the mock builds\nthat URL from the request's own scheme and Host, so a phone on the same network reaches the mock when\nthe page was opened through a LAN address.\n",
        "parameters": [
          {
            "name": "uuid",
            "in": "path",
            "required": true,
            "description": "The login session (16 chars, reference §1.2).",
            "schema": {
              "type": "string",
              "examples": [
                "0510X1L21rfcGa14"
              ]
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The QR code (WeChat sends a JPEG; the mock a PNG).",
            "content": {
              "image/png": {
                "schema": {
                  "type": "string",
                  "contentMediaType": "image/png"
                }
              }
            }
          },
          "404": {
            "x-mock-only": true,
            "description": "Mock only (WeChat's answer is not recorded): the login session is unknown or expired.",
            "content": {
              "text/plain": {
                "schema": {
                  "type": "string"
                }
              }
            }
          }
        }
      }
    },
    "/connect/l/qrconnect": {
      "servers": [
        {
          "url": "https://lp.open.weixin.qq.com",
          "description": "WeChat (also seen as long.open.weixin.qq.com)"
        },
        {
          "url": "/",
          "description": "The mock"
        }
      ],
      "get": {
        "tags": [
          "wechat-website-login"
        ],
        "operationId": "pollQrConnect",
        "summary": "Long poll for the state of a QR login",
        "description": "Loaded by the qrconnect page as a `<script>` (reference §1.2). Held until the login's state differs\nfrom `last` (at most `fidelity.longPollSeconds`, 25 s by default), then answers a JavaScript snippet\n`window.wx_errcode=N;window.wx_code='CODE';` with:\n\n* 408: nothing yet (also the answer when the hold runs out);\n* 404: scanned, waiting for the person to confirm on the phone;\n* 403: the person cancelled; the page shows LoginCancelled / LoginCancelledHint and never redirects;\n* 402: the QR code expired (about 5 minutes, reference §6) or is unknown; the page fetches a new one;\n* 405: confirmed, `wx_code` holds the code; the page navigates `top` (or itself, `self_redirect=true`)\n  to `redirect_uri` + (`?` or `&`) + `code=CODE&state=STATE` (reference §1.2).\n\n`wx_code` is empty except with 405.\n",
        "parameters": [
          {
            "name": "uuid",
            "in": "query",
            "required": true,
            "description": "The login session shown as the QR code (reference §1.2).",
            "schema": {
              "type": "string",
              "examples": [
                "0510X1L21rfcGa14"
              ]
            }
          },
          {
            "name": "last",
            "in": "query",
            "required": false,
            "description": "The wx_errcode of the previous answer; the poll is held while the state is still that one (408 when absent).",
            "schema": {
              "type": "string",
              "examples": [
                "404"
              ]
            }
          },
          {
            "name": "_",
            "in": "query",
            "required": false,
            "description": "A cache-busting timestamp in milliseconds, ignored (reference §1.2).",
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The state as a JavaScript snippet (reference §1.2).",
            "content": {
              "application/javascript": {
                "schema": {
                  "type": "string",
                  "pattern": "^window\\.wx_errcode=(402|403|404|405|408);window\\.wx_code='[A-Za-z0-9]*';$"
                },
                "examples": {
                  "waiting": {
                    "summary": "Nothing yet (reference §1.2)",
                    "value": "window.wx_errcode=408;window.wx_code='';"
                  },
                  "confirmed": {
                    "summary": "Confirmed on the phone (reference §1.2)",
                    "value": "window.wx_errcode=405;window.wx_code='061xYzGa1vQm0L0qK7Ja1vQm0L0xYzGa';"
                  }
                }
              }
            }
          }
        }
      }
    },
    "/connect/confirm": {
      "servers": [
        {
          "url": "https://open.weixin.qq.com",
          "description": "WeChat (the URL inside the QR code)"
        },
        {
          "url": "/",
          "description": "The mock"
        }
      ],
      "get": {
        "tags": [
          "wechat-website-login"
        ],
        "operationId": "getPhoneConfirmPage",
        "summary": "The page the phone opens when it scans the QR code",
        "description": "The QR code encodes this URL (reference §1.2). Opening it marks the login as scanned (the QR page's long\npoll answers 404). WeChat opens it inside the app; the mock shows a mobile page with the app's name, the\npersonas to log in as, and Allow / Deny, which post back to the same URL. A login session that is\nunknown, expired or already answered shows LoginSessionExpired.\n",
        "parameters": [
          {
            "name": "uuid",
            "in": "query",
            "required": true,
            "description": "The login session (reference §1.2).",
            "schema": {
              "type": "string",
              "examples": [
                "0510X1L21rfcGa14"
              ]
            }
          }
        ],
        "responses": {
          "200": {
            "$ref": "#/components/responses/HtmlPage"
          }
        }
      },
      "post": {
        "tags": [
          "mock-login-ui"
        ],
        "x-mock-only": true,
        "operationId": "mockAnswerOnPhone",
        "summary": "Allow or deny on the phone (mock only)",
        "description": "The phone page's form. `action=allow` confirms the login as `persona`: the QR page's long poll answers\n405 with a fresh code and the desktop browser navigates to the callback, while the phone shows a\nconfirmation. `action=deny` cancels it: the QR page shows LoginCancelled and is never redirected\n(reference §1.2). An unknown persona shows LinkUnavailable and leaves the login open; an unknown,\nexpired or answered session shows LoginSessionExpired.\n",
        "parameters": [
          {
            "name": "uuid",
            "in": "query",
            "required": true,
            "description": "The login session (reference §1.2).",
            "schema": {
              "type": "string",
              "examples": [
                "0510X1L21rfcGa14"
              ]
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/x-www-form-urlencoded": {
              "schema": {
                "type": "object",
                "required": [
                  "action"
                ],
                "properties": {
                  "action": {
                    "type": "string",
                    "enum": [
                      "allow",
                      "deny"
                    ]
                  },
                  "persona": {
                    "type": "string",
                    "description": "Key of the persona who logs in; required with `action=allow`.",
                    "examples": [
                      "lisi"
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/HtmlPage"
          }
        }
      }
    },
    "/connect/zh_CN/htmledition/js/wxLogin.js": {
      "servers": [
        {
          "url": "https://res.wx.qq.com",
          "description": "WeChat"
        },
        {
          "url": "/",
          "description": "The mock"
        }
      ],
      "get": {
        "tags": [
          "wechat-website-login"
        ],
        "operationId": "getWxLoginScript",
        "summary": "wxLogin.js, the embedded QR login",
        "description": "Defines `window.WxLogin`; `new WxLogin({ id, appid, scope, redirect_uri, state, self_redirect, style, href,\nlang, stylelite, fast_login, styletype, sizetype, bgcolor, rst, onReady })` puts an iframe (300×400) into the\nelement `id`, loading qrconnect with `login_type=jssdk` and the parameters concatenated without encoding, as\nWeChat's script does (reference §1.1). The mock's copy loads qrconnect from the origin the script itself\ncame from, so a site that loads it from the mock's base URL gets the mock's page.\n",
        "responses": {
          "200": {
            "description": "The script.",
            "content": {
              "application/javascript": {
                "schema": {
                  "type": "string"
                }
              }
            }
          }
        }
      }
    },
    "/sns/oauth2/access_token": {
      "servers": [
        {
          "url": "https://api.weixin.qq.com",
          "description": "WeChat"
        },
        {
          "url": "/",
          "description": "The mock"
        }
      ],
      "parameters": [
        {
          "$ref": "#/components/parameters/Appid"
        },
        {
          "$ref": "#/components/parameters/Secret"
        },
        {
          "$ref": "#/components/parameters/Code"
        },
        {
          "$ref": "#/components/parameters/GrantTypeAuthorizationCode"
        }
      ],
      "get": {
        "tags": [
          "wechat-sns"
        ],
        "operationId": "exchangeCode",
        "summary": "Exchange a code for an access token",
        "description": "Redeems a code from qrconnect or oauth2/authorize (reference §3), or the code the WeChat SDK gave a\nmobile app, sent with the mobile app's appid and secret (ML§6.2). Parameters are read from the query\nstring, then (POST) from a form-encoded body: Auth.js sends `appid` and `secret` in the query and\n`code` and `grant_type` in the body (reference §3.1, inferred). A JSON body is not read, so a JSON\nPOST without a query string gets 41002 appid missing (reference §3.1). Unknown parameters are\nignored.\n\nValidation order (reference §3.3): appid (41002, 40013) → secret (41004, 40125) → grant_type (40002)\n→ code (41008, 40029, 40163). A code is single use (second use → 40163), bound to the appid that\nobtained it (other appid → 40029), and expires after 10 minutes for website apps, 5 for official\naccounts (expired → 40029 in practice; 42003 is documented but never observed) (reference §6), 10\nfor mobile apps (inferred, ML§6.2).\n\n`unionid` is present for snsapi_login and snsapi_userinfo grants of apps bound to an Open Platform\naccount, absent for snsapi_base (reference §3.2, §10); a mobile app's grant (snsapi_userinfo) always\nhas it (ML§6.2); `is_snapshotuser: 1` only for official-account\nsnapshot users (reference §2). There is no `token_type` (reference §3.2).\n",
        "responses": {
          "200": {
            "$ref": "#/components/responses/AccessTokenAnswer"
          }
        }
      },
      "post": {
        "tags": [
          "wechat-sns"
        ],
        "operationId": "exchangeCodePost",
        "summary": "Exchange a code for an access token (POST, query string and/or form body)",
        "description": "Redeems a code from qrconnect or oauth2/authorize (reference §3), or the code the WeChat SDK gave a\nmobile app, sent with the mobile app's appid and secret (ML§6.2). Parameters are read from the query\nstring, then (POST) from a form-encoded body: Auth.js sends `appid` and `secret` in the query and\n`code` and `grant_type` in the body (reference §3.1, inferred). A JSON body is not read, so a JSON\nPOST without a query string gets 41002 appid missing (reference §3.1). Unknown parameters are\nignored.\n\nValidation order (reference §3.3): appid (41002, 40013) → secret (41004, 40125) → grant_type (40002)\n→ code (41008, 40029, 40163). A code is single use (second use → 40163), bound to the appid that\nobtained it (other appid → 40029), and expires after 10 minutes for website apps, 5 for official\naccounts (expired → 40029 in practice; 42003 is documented but never observed) (reference §6), 10\nfor mobile apps (inferred, ML§6.2).\n\n`unionid` is present for snsapi_login and snsapi_userinfo grants of apps bound to an Open Platform\naccount, absent for snsapi_base (reference §3.2, §10); a mobile app's grant (snsapi_userinfo) always\nhas it (ML§6.2); `is_snapshotuser: 1` only for official-account\nsnapshot users (reference §2). There is no `token_type` (reference §3.2).\n",
        "requestBody": {
          "$ref": "#/components/requestBodies/ExchangeCodeForm"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/AccessTokenAnswer"
          }
        }
      }
    },
    "/sns/oauth2/refresh_token": {
      "servers": [
        {
          "url": "https://api.weixin.qq.com",
          "description": "WeChat"
        },
        {
          "url": "/",
          "description": "The mock"
        }
      ],
      "parameters": [
        {
          "$ref": "#/components/parameters/Appid"
        },
        {
          "$ref": "#/components/parameters/GrantTypeRefreshToken"
        },
        {
          "$ref": "#/components/parameters/RefreshToken"
        }
      ],
      "get": {
        "tags": [
          "wechat-sns"
        ],
        "operationId": "refreshAccessToken",
        "summary": "Refresh an access token (no secret)",
        "description": "Takes no `secret` (reference §4). Parameters from the query string, then (POST) from a form-encoded\nbody; a JSON body is not read (reference §3.1, §9).\n\nSemantics (reference §4): while the access_token is still valid the answer carries the **same**\naccess_token with its expiry extended; once expired, a new access_token. The refresh_token is not\nrotated and its own lifetime (30 days; 180 days for a mobile app, ML§6.3) is never extended (42002\nafter that). Scope stays that of the original grant. The answer has no `unionid`.\n\nAnswers captured from 2015 to about 2019 put `openid` first and wrote the scope with a trailing comma,\n`snsapi_base,snsapi_userinfo,` (ML§6.4); the mock answers so under `fidelity.refreshAnswer: pre-2020`.\n",
        "responses": {
          "200": {
            "$ref": "#/components/responses/RefreshTokenAnswer"
          }
        }
      },
      "post": {
        "tags": [
          "wechat-sns"
        ],
        "operationId": "refreshAccessTokenPost",
        "summary": "Refresh an access token (POST, query string and/or form body)",
        "description": "Takes no `secret` (reference §4). Parameters from the query string, then (POST) from a form-encoded\nbody; a JSON body is not read (reference §3.1, §9).\n\nSemantics (reference §4): while the access_token is still valid the answer carries the **same**\naccess_token with its expiry extended; once expired, a new access_token. The refresh_token is not\nrotated and its own lifetime (30 days; 180 days for a mobile app, ML§6.3) is never extended (42002\nafter that). Scope stays that of the original grant. The answer has no `unionid`.\n\nAnswers captured from 2015 to about 2019 put `openid` first and wrote the scope with a trailing comma,\n`snsapi_base,snsapi_userinfo,` (ML§6.4); the mock answers so under `fidelity.refreshAnswer: pre-2020`.\n",
        "requestBody": {
          "$ref": "#/components/requestBodies/RefreshForm"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/RefreshTokenAnswer"
          }
        }
      }
    },
    "/sns/auth": {
      "servers": [
        {
          "url": "https://api.weixin.qq.com",
          "description": "WeChat"
        },
        {
          "url": "/",
          "description": "The mock"
        }
      ],
      "parameters": [
        {
          "$ref": "#/components/parameters/AccessToken"
        },
        {
          "$ref": "#/components/parameters/Openid"
        }
      ],
      "get": {
        "tags": [
          "wechat-sns"
        ],
        "operationId": "checkAccessToken",
        "summary": "Check that an access token is valid for an openid",
        "description": "`{\"errcode\":0,\"errmsg\":\"ok\"}` when the token is valid for this openid (reference §5.1); otherwise an\nerror: 40003 for another openid, 40001 or 40014 for an unknown token, 42001 for an expired one.\nParameters from the query string, then (POST) from a form-encoded body; a JSON body is not read\n(reference §3.1, §9).\n",
        "responses": {
          "200": {
            "$ref": "#/components/responses/SnsAuthAnswer"
          }
        }
      },
      "post": {
        "tags": [
          "wechat-sns"
        ],
        "operationId": "checkAccessTokenPost",
        "summary": "Check an access token (POST, query string and/or form body)",
        "description": "`{\"errcode\":0,\"errmsg\":\"ok\"}` when the token is valid for this openid (reference §5.1); otherwise an\nerror: 40003 for another openid, 40001 or 40014 for an unknown token, 42001 for an expired one.\nParameters from the query string, then (POST) from a form-encoded body; a JSON body is not read\n(reference §3.1, §9).\n",
        "requestBody": {
          "$ref": "#/components/requestBodies/TokenForm"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/SnsAuthAnswer"
          }
        }
      }
    },
    "/sns/userinfo": {
      "servers": [
        {
          "url": "https://api.weixin.qq.com",
          "description": "WeChat"
        },
        {
          "url": "/",
          "description": "The mock"
        }
      ],
      "parameters": [
        {
          "$ref": "#/components/parameters/AccessToken"
        },
        {
          "$ref": "#/components/parameters/Openid"
        },
        {
          "name": "lang",
          "in": "query",
          "required": false,
          "description": "Language of the region fields: `zh_CN`, `zh_TW` or `en`. Without it, pre-2021 profiles come back in\nEnglish/pinyin (`\"country\":\"CN\"`); since October 2021 region fields are empty anyway (reference §5.2).\n",
          "schema": {
            "type": "string",
            "enum": [
              "zh_CN",
              "zh_TW",
              "en"
            ]
          }
        }
      ],
      "get": {
        "tags": [
          "wechat-sns"
        ],
        "operationId": "getUserInfo",
        "summary": "The user's profile",
        "description": "Needs a token of an snsapi_userinfo or snsapi_login grant; an snsapi_base token (or an official-account\nsnapshot user's) → 48001 api unauthorized (reference §2, §5.2). Parameters from the query string,\nthen (POST) from a form-encoded body; a JSON body is not read (reference §3.1, §9).\n\nSince 2021-10 WeChat no longer discloses sex and region: `sex` is 0, `language`, `city`, `province`,\n`country` are empty strings (reference §5.2). Keys come in a fixed order, nicknames as raw UTF-8,\nURLs with `\\/`-escaped slashes (reference §5.2, §9).\n",
        "responses": {
          "200": {
            "$ref": "#/components/responses/UserInfoAnswer"
          }
        }
      },
      "post": {
        "tags": [
          "wechat-sns"
        ],
        "operationId": "getUserInfoPost",
        "summary": "The user's profile (POST, query string and/or form body)",
        "description": "Needs a token of an snsapi_userinfo or snsapi_login grant; an snsapi_base token (or an official-account\nsnapshot user's) → 48001 api unauthorized (reference §2, §5.2). Parameters from the query string,\nthen (POST) from a form-encoded body; a JSON body is not read (reference §3.1, §9).\n\nSince 2021-10 WeChat no longer discloses sex and region: `sex` is 0, `language`, `city`, `province`,\n`country` are empty strings (reference §5.2). Keys come in a fixed order, nicknames as raw UTF-8,\nURLs with `\\/`-escaped slashes (reference §5.2, §9).\n",
        "requestBody": {
          "$ref": "#/components/requestBodies/UserinfoForm"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/UserInfoAnswer"
          }
        }
      }
    },
    "/sns/jscode2session": {
      "servers": [
        {
          "url": "https://api.weixin.qq.com",
          "description": "WeChat"
        },
        {
          "url": "/",
          "description": "The mock"
        }
      ],
      "parameters": [
        {
          "$ref": "#/components/parameters/Appid"
        },
        {
          "$ref": "#/components/parameters/Secret"
        },
        {
          "$ref": "#/components/parameters/JsCode"
        },
        {
          "$ref": "#/components/parameters/GrantTypeAuthorizationCode"
        }
      ],
      "get": {
        "tags": [
          "wechat-mini-program"
        ],
        "operationId": "code2Session",
        "summary": "Exchange a mini-program's wx.login code for openid, session_key and unionid",
        "description": "Redeems a `wx.login` code (ML§1). Only the query string is read, for GET and POST alike: a POST whose\nparameters are in its body gets 41002 appid missing (ML§1.1). Unknown parameters are ignored, notably\nthe `access_token` WxJava and wechatpy add (ML§1.1).\n\nValidation order, as on `/sns/oauth2/access_token` (ML§1.5; the order is inferred): appid (41002,\n40013) → secret (41004, 40125) → grant_type (40002) → js_code (41008, 40029, 40163). A code is\nsingle use (second use → 40163, or 40029 under `fidelity.reusedWxLoginCodeErrcode`), bound to the\nmini-program that obtained it (another appid → 40029), and lives 5 minutes (ML§1.4). An appid that is\nnot a mini-program's has no wx.login codes: 40029 whatever the code (inferred).\n\nThe success has **no** `errcode` nor `errmsg` (ML§1.2); `unionid` is present exactly when the\nmini-program is bound to an Open Platform account (ML§1.3). The answer is `text/plain` like every\n/sns answer (ML§1.5).\n",
        "responses": {
          "200": {
            "$ref": "#/components/responses/Code2SessionAnswer"
          }
        }
      },
      "post": {
        "tags": [
          "wechat-mini-program"
        ],
        "operationId": "code2SessionPost",
        "summary": "Exchange a wx.login code (POST; only the query string is read)",
        "description": "Redeems a `wx.login` code (ML§1). Only the query string is read, for GET and POST alike: a POST whose\nparameters are in its body gets 41002 appid missing (ML§1.1). Unknown parameters are ignored, notably\nthe `access_token` WxJava and wechatpy add (ML§1.1).\n\nValidation order, as on `/sns/oauth2/access_token` (ML§1.5; the order is inferred): appid (41002,\n40013) → secret (41004, 40125) → grant_type (40002) → js_code (41008, 40029, 40163). A code is\nsingle use (second use → 40163, or 40029 under `fidelity.reusedWxLoginCodeErrcode`), bound to the\nmini-program that obtained it (another appid → 40029), and lives 5 minutes (ML§1.4). An appid that is\nnot a mini-program's has no wx.login codes: 40029 whatever the code (inferred).\n\nThe success has **no** `errcode` nor `errmsg` (ML§1.2); `unionid` is present exactly when the\nmini-program is bound to an Open Platform account (ML§1.3). The answer is `text/plain` like every\n/sns answer (ML§1.5).\n",
        "responses": {
          "200": {
            "$ref": "#/components/responses/Code2SessionAnswer"
          }
        }
      }
    },
    "/cgi-bin/token": {
      "servers": [
        {
          "url": "https://api.weixin.qq.com",
          "description": "WeChat"
        },
        {
          "url": "/",
          "description": "The mock"
        }
      ],
      "parameters": [
        {
          "$ref": "#/components/parameters/GrantTypeClientCredential"
        },
        {
          "$ref": "#/components/parameters/Appid"
        },
        {
          "$ref": "#/components/parameters/Secret"
        }
      ],
      "get": {
        "tags": [
          "wechat-server-credential"
        ],
        "operationId": "getAccessToken",
        "summary": "The app's server access token (a new one on every call)",
        "description": "Issues the server's access token of an official account or a mini-program (ML§5.1). **Every call issues\na new token**; the previous one keeps working for 5 more minutes of the mock's clock, then answers 40001\n(\"not latest\"); a token answers 42001 once its 7200 s are over. Website apps have no such token: 40013\n(inferred, docs/decisions/0028). Only the query string is read.\n\nChecks, in the order of the code exchange (inferred): appid (41002, 40013) → secret (41004, 40125) →\ngrant_type `client_credential` (40002) → the app's daily quota, 2000 calls a day by default (45009,\ncounted per calendar day of China Standard Time on the mock's clock). The IP whitelist errors (40164,\n89503) are faults a test adds; a 40164 without an errmsg of its own names the caller's address as\nWeChat does (ML§5.1).\n",
        "responses": {
          "200": {
            "$ref": "#/components/responses/ServerTokenAnswer"
          }
        }
      },
      "post": {
        "tags": [
          "wechat-server-credential"
        ],
        "operationId": "getAccessTokenPost",
        "summary": "The app's server access token (POST; only the query string is read)",
        "description": "Issues the server's access token of an official account or a mini-program (ML§5.1). **Every call issues\na new token**; the previous one keeps working for 5 more minutes of the mock's clock, then answers 40001\n(\"not latest\"); a token answers 42001 once its 7200 s are over. Website apps have no such token: 40013\n(inferred, docs/decisions/0028). Only the query string is read.\n\nChecks, in the order of the code exchange (inferred): appid (41002, 40013) → secret (41004, 40125) →\ngrant_type `client_credential` (40002) → the app's daily quota, 2000 calls a day by default (45009,\ncounted per calendar day of China Standard Time on the mock's clock). The IP whitelist errors (40164,\n89503) are faults a test adds; a 40164 without an errmsg of its own names the caller's address as\nWeChat does (ML§5.1).\n",
        "responses": {
          "200": {
            "$ref": "#/components/responses/ServerTokenAnswer"
          }
        }
      }
    },
    "/cgi-bin/stable_token": {
      "servers": [
        {
          "url": "https://api.weixin.qq.com",
          "description": "WeChat"
        },
        {
          "url": "/",
          "description": "The mock"
        }
      ],
      "get": {
        "tags": [
          "wechat-server-credential"
        ],
        "operationId": "getStableAccessTokenGet",
        "summary": "A GET is refused with 43002",
        "description": "The stable token is a JSON POST only; a GET answers 43002 `require POST method` (ML§5.2).",
        "responses": {
          "200": {
            "$ref": "#/components/responses/ServerTokenAnswer"
          }
        }
      },
      "post": {
        "tags": [
          "wechat-server-credential"
        ],
        "operationId": "getStableAccessToken",
        "summary": "The app's stable access token (the current one with the time it has left)",
        "description": "A slot of its own, apart from `/cgi-bin/token`: neither invalidates the other (ML§5.2). The parameters are\nread from the JSON body only. Normally the answer is the current token and the seconds it has left;\nin its last 5 minutes a new token is issued and the old one lives out its time, so `expires_in` is\nnever below 300. `force_refresh: true` replaces the token at once (the old one stops working, 40001)\nand answers `expires_in: 7200`, at most 20 times a day; within 30 s of the last forced refresh it does\nnot refresh and answers the current token (the doc says only \"不会刷新\": inferred, docs/decisions/0028),\nand past 20 a day it answers 45009 (inferred).\n\nChecks: a body that is not a JSON object → 47001 (inferred); appid (41002, 40013) → secret (41004,\n40125) → grant_type (40002) → the daily quota (500 000 calls, 45009).\n",
        "requestBody": {
          "$ref": "#/components/requestBodies/StableTokenJson"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/ServerTokenAnswer"
          }
        }
      }
    },
    "/wxa/checksession": {
      "servers": [
        {
          "url": "https://api.weixin.qq.com",
          "description": "WeChat"
        },
        {
          "url": "/",
          "description": "The mock"
        }
      ],
      "parameters": [
        {
          "$ref": "#/components/parameters/ServerAccessToken"
        },
        {
          "$ref": "#/components/parameters/Openid"
        },
        {
          "name": "signature",
          "in": "query",
          "required": true,
          "description": "`hex(HMAC-SHA256(key = the session_key's base64 text, message = \"\"))`, 64 lower-case hex (ML§2.2). Keyed\nwith the text, not the decoded bytes: only that reproduces the doc's worked example.\n",
          "schema": {
            "type": "string",
            "pattern": "^[0-9a-f]{64}$"
          }
        },
        {
          "name": "sig_method",
          "in": "query",
          "required": true,
          "description": "Always `hmac_sha256`; anything else → 87008 invalid sig_method (ML§2.3; on checksession inferred).",
          "schema": {
            "type": "string",
            "enum": [
              "hmac_sha256"
            ]
          }
        }
      ],
      "get": {
        "tags": [
          "wechat-mini-program-server"
        ],
        "operationId": "checkSessionKey",
        "summary": "Whether the server's session_key of a user is still the live one",
        "description": "`{\"errcode\":0,\"errmsg\":\"ok\"}` when `signature` is made with the user's live session_key (ML§2.2); 87009\n`invalid signature` (no comma: `invalid signature rid: …`) when it is made with an old or wrong key, or\nthe user has no session_key. The newer doc calls the parameters \"payload\": a POST with them in a JSON\nbody is read too (ML§2.2, inferred).\n\nChecks (inferred order): access_token (41001, 40014, 40001, 42001; a server token of an official account\n→ 48001) → openid (41009; 40003 when no user of this mini-program) → sig_method (87008) → signature (87009).\n",
        "responses": {
          "200": {
            "$ref": "#/components/responses/WxaOkAnswer"
          }
        }
      },
      "post": {
        "tags": [
          "wechat-mini-program-server"
        ],
        "operationId": "checkSessionKeyPost",
        "summary": "Whether the session_key is live (POST; the query string or a JSON body)",
        "description": "`{\"errcode\":0,\"errmsg\":\"ok\"}` when `signature` is made with the user's live session_key (ML§2.2); 87009\n`invalid signature` (no comma: `invalid signature rid: …`) when it is made with an old or wrong key, or\nthe user has no session_key. The newer doc calls the parameters \"payload\": a POST with them in a JSON\nbody is read too (ML§2.2, inferred).\n\nChecks (inferred order): access_token (41001, 40014, 40001, 42001; a server token of an official account\n→ 48001) → openid (41009; 40003 when no user of this mini-program) → sig_method (87008) → signature (87009).\n",
        "responses": {
          "200": {
            "$ref": "#/components/responses/WxaOkAnswer"
          }
        }
      }
    },
    "/wxa/resetusersessionkey": {
      "servers": [
        {
          "url": "https://api.weixin.qq.com",
          "description": "WeChat"
        },
        {
          "url": "/",
          "description": "The mock"
        }
      ],
      "parameters": [
        {
          "$ref": "#/components/parameters/ServerAccessToken"
        },
        {
          "$ref": "#/components/parameters/Openid"
        },
        {
          "name": "signature",
          "in": "query",
          "required": true,
          "description": "`hex(HMAC-SHA256(key = the session_key's base64 text, message = \"\"))`, 64 lower-case hex (ML§2.2). Keyed\nwith the text, not the decoded bytes: only that reproduces the doc's worked example.\n",
          "schema": {
            "type": "string",
            "pattern": "^[0-9a-f]{64}$"
          }
        },
        {
          "name": "sig_method",
          "in": "query",
          "required": true,
          "description": "Always `hmac_sha256`; anything else → 87008 invalid sig_method (ML§2.3; on checksession inferred).",
          "schema": {
            "type": "string",
            "enum": [
              "hmac_sha256"
            ]
          }
        }
      ],
      "get": {
        "tags": [
          "wechat-mini-program-server"
        ],
        "operationId": "resetUserSessionKey",
        "summary": "Replace a user's session_key, proving the current one",
        "description": "With the same checks as `/wxa/checksession` (the signature proves the current key), issues a new\nsession_key and answers it with the openid (ML§2.3); the old key stops working at once (87009 on\nchecksession, and open data made with it no longer decrypts on the server).\n",
        "responses": {
          "200": {
            "$ref": "#/components/responses/ResetSessionKeyAnswer"
          }
        }
      },
      "post": {
        "tags": [
          "wechat-mini-program-server"
        ],
        "operationId": "resetUserSessionKeyPost",
        "summary": "Replace a user's session_key (POST; the query string or a JSON body)",
        "description": "With the same checks as `/wxa/checksession` (the signature proves the current key), issues a new\nsession_key and answers it with the openid (ML§2.3); the old key stops working at once (87009 on\nchecksession, and open data made with it no longer decrypts on the server).\n",
        "responses": {
          "200": {
            "$ref": "#/components/responses/ResetSessionKeyAnswer"
          }
        }
      }
    },
    "/wxa/business/getuserphonenumber": {
      "servers": [
        {
          "url": "https://api.weixin.qq.com",
          "description": "WeChat"
        },
        {
          "url": "/",
          "description": "The mock"
        }
      ],
      "parameters": [
        {
          "$ref": "#/components/parameters/ServerAccessToken"
        }
      ],
      "get": {
        "tags": [
          "wechat-mini-program-server"
        ],
        "operationId": "getUserPhoneNumberGet",
        "summary": "A GET is refused with 43002",
        "description": "The phone number is a JSON POST; a GET answers 43002 `require POST method` (ML§4.2, inferred from ML§5.2).",
        "responses": {
          "200": {
            "$ref": "#/components/responses/PhoneNumberAnswer"
          }
        }
      },
      "post": {
        "tags": [
          "wechat-mini-program-server"
        ],
        "operationId": "getUserPhoneNumber",
        "summary": "Exchange a phone code from the getPhoneNumber button for the user's number",
        "description": "Redeems a phone code (64 lower-case hex, 5 minutes, single use; ML§4.1) with the mini-program's server\ntoken (ML§4.2). Unlike jscode2session, the success carries `\"errcode\":0,\"errmsg\":\"ok\"`, and\n`countryCode` is a string (ML§4.2, ML§9).\n\nChecks (inferred order): access_token (41001, 40014, 40001, 42001; an official account's token → 48001)\n→ a body that is no JSON object (47001, inferred) → `code`: missing, unknown, expired or **used before →\n40029** (not 40163, ML§4.2), a `wx.login` code → 40029 (code kinds do not mix, ML§9), a phone code of\nanother mini-program → 40013 → `openid`, when given, must be the code's user (40003, inferred).\nThe errors carry the /wxa `hint: [...] rid: …` suffix in captures; the mock's default is the\ncomma-less `rid:` (`fidelity.cgiBinErrmsgSuffix: hint-rid` gives the other).\n",
        "requestBody": {
          "$ref": "#/components/requestBodies/PhoneCodeJson"
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/PhoneNumberAnswer"
          }
        }
      }
    },
    "/cgi-bin/user/info": {
      "servers": [
        {
          "url": "https://api.weixin.qq.com",
          "description": "WeChat"
        },
        {
          "url": "/",
          "description": "The mock"
        }
      ],
      "parameters": [
        {
          "$ref": "#/components/parameters/ServerAccessToken"
        },
        {
          "name": "openid",
          "in": "query",
          "required": true,
          "description": "The user's openid in this official account (reference §7). Missing → 41009 (inferred); not an openid of\nthis account → 40003 (ML§7).\n",
          "schema": {
            "type": "string",
            "examples": [
              "ov7Ue52jOWPY1PCBu2e3yOXSJrTM"
            ]
          }
        },
        {
          "name": "lang",
          "in": "query",
          "required": false,
          "description": "`zh_CN`, `zh_TW` or `en` (ML§7): the language of the region fields, which are empty since 2021-12-27\nanyway; the mock answers a legacy-profile persona's region in it, English when absent.\n",
          "schema": {
            "type": "string",
            "enum": [
              "zh_CN",
              "zh_TW",
              "en"
            ]
          }
        }
      ],
      "get": {
        "tags": [
          "wechat-followers"
        ],
        "operationId": "getFollowerInfo",
        "summary": "A user's follower record in an official account",
        "description": "Whether the user follows the official account, and since when (ML§7). Checks: access_token (41001, 40014,\n40001, 42001) → the token's app is an official account (48001 otherwise, inferred) → openid (41009,\n40003).\n\nA follower (`subscribe: 1`) has the post-2021-12-27 field set in the captured order: the keys of the\nprofile stay but nickname and headimgurl are empty, sex 0 and the region empty (ML§7), then\n`subscribe_time`, `unionid` for an account bound to an Open Platform account, `remark`, `groupid`,\n`tagid_list`, `subscribe_scene`, `qr_scene`, `qr_scene_str`. A user who does not follow (`subscribe: 0`)\nhas only openid, unionid (bound accounts, **even without following**) and `tagid_list` (ML§7). The\nContent-Type is cgi-bin's (ML§5.1, reference §9).\n",
        "responses": {
          "200": {
            "$ref": "#/components/responses/FollowerInfoAnswer"
          }
        }
      }
    }
  },
  "components": {
    "parameters": {
      "ServerAccessToken": {
        "name": "access_token",
        "in": "query",
        "required": true,
        "description": "The app's server token from `/cgi-bin/token` or `/cgi-bin/stable_token` (ML§5), not an /sns token. Missing →\n41001; not token-shaped → 40014; unknown or replaced more than 5 minutes ago → 40001; expired → 42001.\n",
        "schema": {
          "type": "string"
        }
      },
      "GrantTypeClientCredential": {
        "name": "grant_type",
        "in": "query",
        "required": true,
        "description": "Always `client_credential` (ML§5.1); anything else → 40002.",
        "schema": {
          "type": "string",
          "enum": [
            "client_credential"
          ]
        }
      },
      "Appid": {
        "name": "appid",
        "in": "query",
        "required": true,
        "description": "AppID, `wx` + 16 lowercase hex (reference §7). Missing → 41002; unknown → 40013.",
        "schema": {
          "type": "string",
          "examples": [
            "wx7f0a0237972bb4d1"
          ]
        }
      },
      "Secret": {
        "name": "secret",
        "in": "query",
        "required": true,
        "description": "AppSecret, 32 hex (reference §3.1). Missing → 41004; wrong → 40125.",
        "schema": {
          "type": "string"
        }
      },
      "Code": {
        "name": "code",
        "in": "query",
        "required": true,
        "description": "The code from the redirect: 32 chars `[A-Za-z0-9]` (reference §7). Missing → 41008; unknown, expired or\nissued to another appid → 40029; already redeemed → 40163 (reference §3.3, §6).\n",
        "schema": {
          "type": "string",
          "examples": [
            "071vDl000X8kON13q5000PWr744vDl05"
          ]
        }
      },
      "GrantTypeAuthorizationCode": {
        "name": "grant_type",
        "in": "query",
        "required": true,
        "description": "Exactly `authorization_code`; anything else (even a stray `;`) → 40002 (reference §3.1).",
        "schema": {
          "type": "string",
          "enum": [
            "authorization_code"
          ]
        }
      },
      "JsCode": {
        "name": "js_code",
        "in": "query",
        "required": true,
        "description": "The code `wx.login` gave the mini-program: 32 chars `[A-Za-z0-9]` (ML§1.4). Missing (or sent as `code`)\n→ 41008; unknown, expired or another appid's → 40029; already redeemed → 40163 (ML§1.4, ML§1.5).\n",
        "schema": {
          "type": "string",
          "examples": [
            "0819eKXN0IJREb20XO0O0JAIXN09eKXs"
          ]
        }
      },
      "GrantTypeRefreshToken": {
        "name": "grant_type",
        "in": "query",
        "required": true,
        "description": "Exactly `refresh_token`; anything else → 40002 (reference §4).",
        "schema": {
          "type": "string",
          "enum": [
            "refresh_token"
          ]
        }
      },
      "RefreshToken": {
        "name": "refresh_token",
        "in": "query",
        "required": true,
        "description": "Missing → 41003; unknown → 40030; older than 30 days → 42002 (reference §4, §8).",
        "schema": {
          "type": "string"
        }
      },
      "AccessToken": {
        "name": "access_token",
        "in": "query",
        "required": true,
        "description": "An /sns access token (`NN_` + 107 chars, reference §7). Missing → 41001; unknown → 40001 or 40014;\nexpired → 42001 (reference §5, §8).\n",
        "schema": {
          "type": "string"
        }
      },
      "Openid": {
        "name": "openid",
        "in": "query",
        "required": true,
        "description": "The user's openid for this app (28 chars, starts with `o`, reference §7). Missing → 41009; another user's → 40003.",
        "schema": {
          "type": "string",
          "examples": [
            "o3_SC5zFYknhbdThq0Qhc6ER5Bys"
          ]
        }
      }
    },
    "requestBodies": {
      "PhoneCodeJson": {
        "required": true,
        "description": "The phone code, and optionally the openid it must belong to (ML§4.2).",
        "content": {
          "application/json": {
            "schema": {
              "type": "object",
              "required": [
                "code"
              ],
              "properties": {
                "code": {
                  "type": "string",
                  "pattern": "^[0-9a-f]{64}$"
                },
                "openid": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "StableTokenJson": {
        "required": true,
        "description": "The stable token's parameters, JSON only (ML§5.2).",
        "content": {
          "application/json": {
            "schema": {
              "type": "object",
              "required": [
                "grant_type",
                "appid",
                "secret"
              ],
              "properties": {
                "grant_type": {
                  "type": "string",
                  "enum": [
                    "client_credential"
                  ]
                },
                "appid": {
                  "type": "string"
                },
                "secret": {
                  "type": "string"
                },
                "force_refresh": {
                  "type": "boolean",
                  "default": false,
                  "description": "Replace the token now (20 times a day, 30 s apart). Only the JSON `true` counts."
                }
              }
            }
          }
        }
      },
      "ExchangeCodeForm": {
        "required": false,
        "description": "Any of the exchange's parameters, form-encoded (how Auth.js sends `code` and `grant_type`).",
        "content": {
          "application/x-www-form-urlencoded": {
            "schema": {
              "type": "object",
              "properties": {
                "appid": {
                  "type": "string"
                },
                "secret": {
                  "type": "string"
                },
                "code": {
                  "type": "string"
                },
                "grant_type": {
                  "type": "string",
                  "enum": [
                    "authorization_code"
                  ]
                }
              }
            }
          }
        }
      },
      "RefreshForm": {
        "required": false,
        "description": "Any of the refresh's parameters, form-encoded.",
        "content": {
          "application/x-www-form-urlencoded": {
            "schema": {
              "type": "object",
              "properties": {
                "appid": {
                  "type": "string"
                },
                "grant_type": {
                  "type": "string",
                  "enum": [
                    "refresh_token"
                  ]
                },
                "refresh_token": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "TokenForm": {
        "required": false,
        "description": "access_token and openid, form-encoded.",
        "content": {
          "application/x-www-form-urlencoded": {
            "schema": {
              "type": "object",
              "properties": {
                "access_token": {
                  "type": "string"
                },
                "openid": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "UserinfoForm": {
        "required": false,
        "description": "access_token, openid and lang, form-encoded.",
        "content": {
          "application/x-www-form-urlencoded": {
            "schema": {
              "type": "object",
              "properties": {
                "access_token": {
                  "type": "string"
                },
                "openid": {
                  "type": "string"
                },
                "lang": {
                  "type": "string",
                  "enum": [
                    "zh_CN",
                    "zh_TW",
                    "en"
                  ]
                }
              }
            }
          }
        }
      }
    },
    "headers": {
      "Location": {
        "description": "Where the browser goes next.",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uri"
        }
      }
    },
    "responses": {
      "PhoneNumberAnswer": {
        "description": "Always HTTP 200; the phone number or an ErrorResponse (ML§4.2). The /cgi-bin family's Content-Type.",
        "content": {
          "application/json": {
            "schema": {
              "oneOf": [
                {
                  "$ref": "#/components/schemas/PhoneNumberResponse"
                },
                {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              ]
            },
            "examples": {
              "number": {
                "summary": "Captured 2024 (ML§4.2)",
                "value": {
                  "errcode": 0,
                  "errmsg": "ok",
                  "phone_info": {
                    "phoneNumber": "19916545450",
                    "purePhoneNumber": "19916545450",
                    "countryCode": "86",
                    "watermark": {
                      "timestamp": 1716818136,
                      "appid": "wx3f7c1634de736827"
                    }
                  }
                }
              },
              "invalidCode": {
                "summary": "A used or expired phone code, captured 2023 (ML§4.2)",
                "value": {
                  "errcode": 40029,
                  "errmsg": "invalid code hint: [IfdFrrMre-JPlAXa] rid: 65713974-7970e3f9-1a07ebbf"
                }
              }
            }
          }
        }
      },
      "WxaOkAnswer": {
        "description": "Always HTTP 200; `{\"errcode\":0,\"errmsg\":\"ok\"}` or an ErrorResponse (ML§2.2). The /cgi-bin family's Content-Type.",
        "content": {
          "application/json": {
            "schema": {
              "oneOf": [
                {
                  "$ref": "#/components/schemas/WxaOkResponse"
                },
                {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              ]
            },
            "examples": {
              "ok": {
                "summary": "The live key (ML§2.2)",
                "value": {
                  "errcode": 0,
                  "errmsg": "ok"
                }
              },
              "invalidSignature": {
                "summary": "An old key, captured 2023 (ML§2.2)",
                "value": {
                  "errcode": 87009,
                  "errmsg": "invalid signature rid: 6552e3da-6397437b-3f0d4f01"
                }
              }
            }
          }
        }
      },
      "ResetSessionKeyAnswer": {
        "description": "Always HTTP 200; the new session_key or an ErrorResponse (ML§2.3). The /cgi-bin family's Content-Type.",
        "content": {
          "application/json": {
            "schema": {
              "oneOf": [
                {
                  "$ref": "#/components/schemas/ResetSessionKeyResponse"
                },
                {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              ]
            }
          }
        }
      },
      "ServerTokenAnswer": {
        "description": "Always HTTP 200; compact JSON, the token or an ErrorResponse (ML§5). The Content-Type is\n`application/json; encoding=utf-8` as captured on cgi-bin (reference §9; the mock's\n`fidelity.cgiBinContentType`).\n",
        "content": {
          "application/json": {
            "schema": {
              "oneOf": [
                {
                  "$ref": "#/components/schemas/ServerTokenResponse"
                },
                {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              ]
            },
            "examples": {
              "issued": {
                "summary": "The documented shape (ML§5.1)",
                "value": {
                  "access_token": "ACCESS_TOKEN",
                  "expires_in": 7200
                }
              },
              "invalidAppsecret": {
                "summary": "A wrong secret, captured 2023 without the comma (ML§5.1)",
                "value": {
                  "errcode": 40125,
                  "errmsg": "invalid appsecret rid: 64a7d1c7-1b47c4b1-5812e7e6"
                }
              }
            }
          }
        }
      },
      "FollowerInfoAnswer": {
        "description": "Always HTTP 200; compact JSON, the follower record or an ErrorResponse (ML§7), with cgi-bin's errmsg suffix\nand Content-Type (ML§5.1).\n",
        "content": {
          "application/json": {
            "schema": {
              "oneOf": [
                {
                  "$ref": "#/components/schemas/FollowerInfoResponse"
                },
                {
                  "$ref": "#/components/schemas/NotFollowingResponse"
                },
                {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              ]
            },
            "examples": {
              "follower": {
                "summary": "A follower of a bound account, captured 2022-09 (ML§7)",
                "value": {
                  "subscribe": 1,
                  "openid": "ov7Ue52jOWPY1PCBu2e3yOXSJrTM",
                  "nickname": "",
                  "sex": 0,
                  "language": "zh_CN",
                  "city": "",
                  "province": "",
                  "country": "",
                  "headimgurl": "",
                  "subscribe_time": 1662371289,
                  "unionid": "ofYLk5zLhhhBatURITd79GF2vI_8",
                  "remark": "",
                  "groupid": 0,
                  "tagid_list": [],
                  "subscribe_scene": "ADD_SCENE_PROFILE_CARD",
                  "qr_scene": 0,
                  "qr_scene_str": ""
                }
              },
              "notFollowing": {
                "summary": "Not following, bound account, captured (ML§7)",
                "value": {
                  "subscribe": 0,
                  "openid": "ocdGC0Re7vimutGa4LqudxEZtuC4",
                  "unionid": "oehLQwW6OB7AGo_vB53S334o1_5U",
                  "tagid_list": []
                }
              },
              "invalidOpenid": {
                "summary": "An openid of another account, captured (ML§7)",
                "value": {
                  "errcode": 40003,
                  "errmsg": "invalid openid hint: [3lef_OyWf-cC6xda] rid: 618a9a2a-32ca396d-6faeca31"
                }
              }
            }
          }
        }
      },
      "HtmlPage": {
        "description": "An HTML page, always HTTP 200 (`Content-Type: text/html; charset=utf-8`, with the space python-weixin\nrelies on, and a Content-Length; reference §11): the login or consent page, or WeChat's weui error page\nwhose `<h4 class=\"weui_msg_title\">` holds one of the `x-wechat-page-errors` texts (reference §1.3, §2).\n",
        "content": {
          "text/html": {
            "schema": {
              "type": "string"
            },
            "examples": {
              "redirectUriInvalid": {
                "summary": "Captured error page (reference §1.3)",
                "value": "<body> <div class=\"weui_msg\"> <div class=\"weui_icon_area\"><i class=\"weui_icon_info weui_icon_msg\"></i></div>\n<div class=\"weui_text_area\"> <h4 class=\"weui_msg_title\">redirect_uri 参数错误</h4> </div>\n<!-- <div style=\"color: gray;font-size: 15px;margin-top: 5px;\">(_KRsfA00784554)</div> --> </div> </body>\n"
              }
            }
          }
        }
      },
      "AccessTokenAnswer": {
        "description": "Always HTTP 200; the body is compact JSON, either the result or an ErrorResponse (reference §8, §9).\nThe Content-Type is `text/plain` without a charset by default (reference §9); the mock makes it\nconfigurable, since legacy WeChat handlers send `application/json; encoding=utf-8`. Clients must\ndecode the body as UTF-8 whatever the header says.\n",
        "content": {
          "text/plain": {
            "schema": {
              "oneOf": [
                {
                  "$ref": "#/components/schemas/AccessTokenResponse"
                },
                {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              ]
            },
            "examples": {
              "websiteApp": {
                "summary": "Website app, 2022 capture (reference §3.2)",
                "value": {
                  "access_token": "55_vTayEbsFi_KjwKCh1psoJkn7glhGVExhFeWxuS44BpQT-iOX9pK4pxuZcKszB2l_qklNCuxo2OYzpOC2OMYRUSBITixBvebkVcb_oo4ia90",
                  "expires_in": 7200,
                  "refresh_token": "55_EcYAdy7T-bT0_OTTLf1OOsgbShX57tcq1dNtJxKoQwLHXRqtv8k4WYm7ipCJs1VbdnCdIiLjWQcQJcsNs9bfJis69G6lZU22SYfPV0QjnqA",
                  "openid": "o3_SC5zFYknhbdThq0Qhc6ER5Bys",
                  "scope": "snsapi_login",
                  "unionid": "oWgGz1JWUVRwNtkXmZ6OkhDeSbO8"
                }
              },
              "codeBeenUsed": {
                "summary": "Code redeemed twice (reference §8)",
                "value": {
                  "errcode": 40163,
                  "errmsg": "code been used, rid: 6470772f-0fdc286a-38ee1dc2"
                }
              }
            }
          }
        }
      },
      "Code2SessionAnswer": {
        "description": "Always HTTP 200; the body is compact JSON, either the result or an ErrorResponse (reference §8, §9).\nThe Content-Type is `text/plain` without a charset by default (reference §9); the mock makes it\nconfigurable, since legacy WeChat handlers send `application/json; encoding=utf-8`. Clients must\ndecode the body as UTF-8 whatever the header says.\n",
        "content": {
          "text/plain": {
            "schema": {
              "oneOf": [
                {
                  "$ref": "#/components/schemas/Code2SessionResponse"
                },
                {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              ]
            },
            "examples": {
              "bound": {
                "summary": "A mini-program bound to an Open Platform account, captured (ML§1.2)",
                "value": {
                  "session_key": "O/YVQPHxQY18DrsFq+/bjQ==",
                  "openid": "owLMM5NEZ6izEtP2aPKiLYlJ520E",
                  "unionid": "ojygT1ogRmgs7AiQp2nAtQthYlxY"
                }
              },
              "codeBeenUsed": {
                "summary": "Code redeemed twice, captured 2024 (ML§1.5)",
                "value": {
                  "errcode": 40163,
                  "errmsg": "code been used, rid: 66454a60-46a8a44b-5f4417e6"
                }
              }
            }
          }
        }
      },
      "RefreshTokenAnswer": {
        "description": "Always HTTP 200; the body is compact JSON, either the result or an ErrorResponse (reference §8, §9).\nThe Content-Type is `text/plain` without a charset by default (reference §9); the mock makes it\nconfigurable, since legacy WeChat handlers send `application/json; encoding=utf-8`. Clients must\ndecode the body as UTF-8 whatever the header says.\n",
        "content": {
          "text/plain": {
            "schema": {
              "oneOf": [
                {
                  "$ref": "#/components/schemas/RefreshTokenResponse"
                },
                {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              ]
            },
            "examples": {
              "refreshed": {
                "summary": "Documented shape, no unionid (reference §4)",
                "value": {
                  "access_token": "ACCESS_TOKEN",
                  "expires_in": 7200,
                  "refresh_token": "REFRESH_TOKEN",
                  "openid": "OPENID",
                  "scope": "SCOPE"
                }
              },
              "pre2020": {
                "summary": "The shape captured 2015–2019, openid first, scope with a trailing comma (ML§6.4)",
                "value": {
                  "openid": "oLyBi0hSYhggnD-kOIms0IzZFqrc",
                  "access_token": "ACCESS_TOKEN",
                  "expires_in": 7200,
                  "refresh_token": "REFRESH_TOKEN",
                  "scope": "snsapi_base,snsapi_userinfo,"
                }
              },
              "invalidRefreshToken": {
                "summary": "Unknown refresh_token (reference §8)",
                "value": {
                  "errcode": 40030,
                  "errmsg": "invalid refresh_token, rid: 6114eeb9-0032c16a-61fbf7ce"
                }
              }
            }
          }
        }
      },
      "SnsAuthAnswer": {
        "description": "Always HTTP 200; the body is compact JSON, either the result or an ErrorResponse (reference §8, §9).\nThe Content-Type is `text/plain` without a charset by default (reference §9); the mock makes it\nconfigurable, since legacy WeChat handlers send `application/json; encoding=utf-8`. Clients must\ndecode the body as UTF-8 whatever the header says.\n",
        "content": {
          "text/plain": {
            "schema": {
              "oneOf": [
                {
                  "$ref": "#/components/schemas/SnsAuthOkResponse"
                },
                {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              ]
            },
            "examples": {
              "ok": {
                "summary": "Valid token (reference §5.1)",
                "value": {
                  "errcode": 0,
                  "errmsg": "ok"
                }
              },
              "invalidOpenid": {
                "summary": "Token of another user (reference §5.1)",
                "value": {
                  "errcode": 40003,
                  "errmsg": "invalid openid, rid: 66d19aa4-3f927127-199f930f"
                }
              }
            }
          }
        }
      },
      "UserInfoAnswer": {
        "description": "Always HTTP 200; the body is compact JSON, either the result or an ErrorResponse (reference §8, §9).\nThe Content-Type is `text/plain` without a charset by default (reference §9); the mock makes it\nconfigurable, since legacy WeChat handlers send `application/json; encoding=utf-8`. Clients must\ndecode the body as UTF-8 whatever the header says.\n",
        "content": {
          "text/plain": {
            "schema": {
              "oneOf": [
                {
                  "$ref": "#/components/schemas/UserInfoResponse"
                },
                {
                  "$ref": "#/components/schemas/ErrorResponse"
                }
              ]
            },
            "examples": {
              "current": {
                "summary": "Website app after the 2021 change (reference §5.2)",
                "value": {
                  "openid": "o3_SC5736cmf3Mpoylyr6OXIkqwI",
                  "nickname": "安生",
                  "sex": 0,
                  "language": "",
                  "city": "",
                  "province": "",
                  "country": "",
                  "headimgurl": "https://thirdwx.qlogo.cn/mmopen/vi_32/qFY76qSxwM7ibpZFrBEBzkbIl77RmA4Tz0IdxDLUoSxThwgQmSk7AAWCib7pnXTzt8XzM4nV6qic7pib6plTfKyesw/132",
                  "privilege": [],
                  "unionid": "oWgGz1BHvfDCYeboAeR1DBMnmJbg"
                }
              },
              "apiUnauthorized": {
                "summary": "snsapi_base token (reference §5.2, §8)",
                "value": {
                  "errcode": 48001,
                  "errmsg": "api unauthorized, rid: 646b2d39-022ab929-58c94e13"
                }
              }
            }
          }
        }
      }
    },
    "schemas": {
      "AccessTokenResponse": {
        "type": "object",
        "description": "Success of `/sns/oauth2/access_token`, keys in WeChat's order (reference §3.2). Never contains `errcode`\n(JustAuth treats any errcode key as an error, reference §12) nor `token_type`.\n",
        "additionalProperties": false,
        "required": [
          "access_token",
          "expires_in",
          "refresh_token",
          "openid",
          "scope"
        ],
        "properties": {
          "access_token": {
            "type": "string",
            "description": "`NN_` + 107 chars of `[A-Za-z0-9_-]`, 110 in all (reference §7)."
          },
          "expires_in": {
            "type": "integer",
            "description": "Seconds the access token lives, a number (not a string), 7200 (reference §3.2, §6).",
            "examples": [
              7200
            ]
          },
          "refresh_token": {
            "type": "string",
            "description": "Same shape as access_token; lives 30 days (180 for a mobile app, ML§6.3), not extendable (reference §4, §6)."
          },
          "openid": {
            "type": "string",
            "description": "The user's id for this app, 28 chars starting with `o`; the first 6 chars are shared by all users of the app (reference §7)."
          },
          "scope": {
            "type": "string",
            "description": "The granted scope, `snsapi_login`, `snsapi_base` or `snsapi_userinfo` (comma-separated if several; reference §3.2).",
            "examples": [
              "snsapi_login"
            ]
          },
          "unionid": {
            "type": "string",
            "description": "The user's id for the Open Platform account, 28 chars starting with `o`. Only for snsapi_login and\nsnsapi_userinfo grants of apps bound to an account (reference §3.2, §10).\n"
          },
          "is_snapshotuser": {
            "type": "integer",
            "const": 1,
            "description": "Only for official-account snapshot users (快照页模式), whose openid/unionid are virtual; absent otherwise (reference §2, §3.2)."
          }
        },
        "examples": [
          {
            "access_token": "55_vTayEbsFi_KjwKCh1psoJkn7glhGVExhFeWxuS44BpQT-iOX9pK4pxuZcKszB2l_qklNCuxo2OYzpOC2OMYRUSBITixBvebkVcb_oo4ia90",
            "expires_in": 7200,
            "refresh_token": "55_EcYAdy7T-bT0_OTTLf1OOsgbShX57tcq1dNtJxKoQwLHXRqtv8k4WYm7ipCJs1VbdnCdIiLjWQcQJcsNs9bfJis69G6lZU22SYfPV0QjnqA",
            "openid": "o3_SC5zFYknhbdThq0Qhc6ER5Bys",
            "scope": "snsapi_login",
            "unionid": "oWgGz1JWUVRwNtkXmZ6OkhDeSbO8"
          }
        ]
      },
      "PhoneNumberResponse": {
        "type": "object",
        "description": "`/wxa/business/getuserphonenumber` success, keys errcode, errmsg, phone_info in this order (ML§4.2).\n",
        "additionalProperties": false,
        "required": [
          "errcode",
          "errmsg",
          "phone_info"
        ],
        "properties": {
          "errcode": {
            "type": "integer",
            "const": 0
          },
          "errmsg": {
            "type": "string",
            "const": "ok"
          },
          "phone_info": {
            "$ref": "#/components/schemas/PhoneInfo"
          }
        }
      },
      "PhoneInfo": {
        "type": "object",
        "description": "The user's number, keys phoneNumber, purePhoneNumber, countryCode, watermark in this order (ML§4.2). The\nsame object, alone, is what the old encryptedData of getPhoneNumber decrypts to.\n",
        "additionalProperties": false,
        "required": [
          "phoneNumber",
          "purePhoneNumber",
          "countryCode",
          "watermark"
        ],
        "properties": {
          "phoneNumber": {
            "type": "string",
            "description": "With the country code for numbers outside mainland China (`+` and the code: the doc says \"国外手机号会有区号\",\nthe exact form is not captured, ML§10); equal to purePhoneNumber for +86.\n"
          },
          "purePhoneNumber": {
            "type": "string",
            "description": "The number without country code."
          },
          "countryCode": {
            "type": "string",
            "description": "A **string**, `\"86\"` (Go SDKs declare it so; a number breaks them; ML§4.2).",
            "examples": [
              "86"
            ]
          },
          "watermark": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "timestamp",
              "appid"
            ],
            "properties": {
              "timestamp": {
                "type": "integer",
                "description": "Unix seconds when the user pressed the button (when the code was minted, in the mock)."
              },
              "appid": {
                "type": "string"
              }
            }
          }
        }
      },
      "WxaOkResponse": {
        "type": "object",
        "description": "A /wxa success without data (ML§2.2).",
        "additionalProperties": false,
        "required": [
          "errcode",
          "errmsg"
        ],
        "properties": {
          "errcode": {
            "type": "integer",
            "const": 0
          },
          "errmsg": {
            "type": "string",
            "const": "ok"
          }
        }
      },
      "ResetSessionKeyResponse": {
        "type": "object",
        "description": "`/wxa/resetusersessionkey` success, keys in the doc's order errcode, errmsg, openid, session_key (ML§2.3).",
        "additionalProperties": false,
        "required": [
          "errcode",
          "errmsg",
          "openid",
          "session_key"
        ],
        "properties": {
          "errcode": {
            "type": "integer",
            "const": 0
          },
          "errmsg": {
            "type": "string",
            "const": "ok"
          },
          "openid": {
            "type": "string"
          },
          "session_key": {
            "type": "string",
            "pattern": "^[A-Za-z0-9+/]{22}==$",
            "description": "The new key, 16 random bytes in base64; the old one no longer works (ML§2.3)."
          }
        }
      },
      "ServerTokenResponse": {
        "type": "object",
        "description": "The server's access token (ML§5.1, ML§5.2): access_token then expires_in, no errcode.\n",
        "additionalProperties": false,
        "required": [
          "access_token",
          "expires_in"
        ],
        "properties": {
          "access_token": {
            "type": "string",
            "description": "`NN_` + 133 characters, 136 in all as captured in 2022-23 (ML§5.1); WeChat asks clients to keep room for\n512.\n"
          },
          "expires_in": {
            "type": "integer",
            "description": "Seconds left, 7200 for a new token; the stable token's is never below 300 (ML§5.2).",
            "examples": [
              7200
            ]
          }
        },
        "examples": [
          {
            "access_token": "ACCESS_TOKEN",
            "expires_in": 7200
          }
        ]
      },
      "FollowerInfoResponse": {
        "type": "object",
        "description": "A follower (ML§7), keys in the captured order. Since 2021-12-27 nickname and headimgurl are `\"\"`, sex 0 and\nthe region `\"\"` (the keys are kept, as captured in 2022-09); `unionid` only for an account bound to an Open\nPlatform account. The mock answers a persona configured with the `legacy` profile in the older, full shape,\nas it does on /sns/userinfo (reference §5.2).\n",
        "additionalProperties": false,
        "required": [
          "subscribe",
          "openid",
          "nickname",
          "sex",
          "language",
          "city",
          "province",
          "country",
          "headimgurl",
          "subscribe_time",
          "remark",
          "groupid",
          "tagid_list",
          "subscribe_scene",
          "qr_scene",
          "qr_scene_str"
        ],
        "properties": {
          "subscribe": {
            "type": "integer",
            "const": 1
          },
          "openid": {
            "type": "string"
          },
          "nickname": {
            "type": "string"
          },
          "sex": {
            "type": "integer",
            "enum": [
              0,
              1,
              2
            ]
          },
          "language": {
            "type": "string"
          },
          "city": {
            "type": "string"
          },
          "province": {
            "type": "string"
          },
          "country": {
            "type": "string"
          },
          "headimgurl": {
            "type": "string"
          },
          "subscribe_time": {
            "type": "integer",
            "description": "When the user last followed, Unix seconds."
          },
          "unionid": {
            "type": "string"
          },
          "remark": {
            "type": "string"
          },
          "groupid": {
            "type": "integer"
          },
          "tagid_list": {
            "type": "array",
            "items": {
              "type": "integer"
            }
          },
          "subscribe_scene": {
            "type": "string",
            "pattern": "^ADD_SCENE_[A-Z_]+$"
          },
          "qr_scene": {
            "type": "integer"
          },
          "qr_scene_str": {
            "type": "string"
          }
        }
      },
      "NotFollowingResponse": {
        "type": "object",
        "description": "A user who does not follow (ML§7); unionid for a bound account even so.",
        "additionalProperties": false,
        "required": [
          "subscribe",
          "openid",
          "tagid_list"
        ],
        "properties": {
          "subscribe": {
            "type": "integer",
            "const": 0
          },
          "openid": {
            "type": "string"
          },
          "unionid": {
            "type": "string"
          },
          "tagid_list": {
            "type": "array",
            "items": {
              "type": "integer"
            }
          }
        }
      },
      "Code2SessionResponse": {
        "type": "object",
        "description": "Success of `/sns/jscode2session`, keys in WeChat's order session_key, openid, unionid (ML§1.2). Never\n`errcode`/`errmsg` (the documentation's `\"errcode\":0` is not what WeChat sends) nor the `expires_in`\ndropped in 2018. On the wire every `/` is written `\\/`, as in every /sns answer (reference §9).\n",
        "additionalProperties": false,
        "required": [
          "session_key",
          "openid"
        ],
        "properties": {
          "session_key": {
            "type": "string",
            "pattern": "^[A-Za-z0-9+/]{22}==$",
            "description": "16 random bytes in base64, 24 chars (ML§1.2). One live key per user and mini-program; a code exchange\nmay rotate it (ML§2.1; the mock's `fidelity.sessionKeyRotationSeconds`).\n"
          },
          "openid": {
            "type": "string",
            "description": "The user's id for this mini-program, 28 chars starting with `o` (reference §7)."
          },
          "unionid": {
            "type": "string",
            "description": "The user's id for the Open Platform account, the same as on the account's website apps and official\naccounts. Present exactly when the mini-program is bound to an account (ML§1.3).\n"
          }
        },
        "examples": [
          {
            "session_key": "VI6GJ52tcpCQx9eSpLPZlA==",
            "openid": "ocgqB6988rYAugtnawmR6RE2YavE"
          }
        ]
      },
      "RefreshTokenResponse": {
        "type": "object",
        "description": "Success of `/sns/oauth2/refresh_token` (reference §4): same keys as AccessTokenResponse minus `unionid`.\nWhile the access token is valid, access_token and refresh_token are the ones already held. The pre-2020\nshape has the same keys with `openid` first (ML§6.4).\n",
        "additionalProperties": false,
        "required": [
          "access_token",
          "expires_in",
          "refresh_token",
          "openid",
          "scope"
        ],
        "properties": {
          "access_token": {
            "type": "string",
            "description": "The same token, extended, while still valid; a new one once expired (reference §4)."
          },
          "expires_in": {
            "type": "integer",
            "description": "Seconds from now, 7200 (reference §4).",
            "examples": [
              7200
            ]
          },
          "refresh_token": {
            "type": "string",
            "description": "The refresh_token sent, unchanged (reference §4)."
          },
          "openid": {
            "type": "string"
          },
          "scope": {
            "type": "string",
            "description": "Scope of the original grant (reference §4); in the pre-2020 shape the scopes it includes, each\nfollowed by a comma, e.g. `snsapi_base,snsapi_userinfo,` (ML§6.4).\n"
          }
        },
        "examples": [
          {
            "access_token": "ACCESS_TOKEN",
            "expires_in": 7200,
            "refresh_token": "REFRESH_TOKEN",
            "openid": "OPENID",
            "scope": "SCOPE"
          }
        ]
      },
      "SnsAuthOkResponse": {
        "type": "object",
        "description": "`/sns/auth` success: the token is valid for this openid (reference §5.1).",
        "additionalProperties": false,
        "required": [
          "errcode",
          "errmsg"
        ],
        "properties": {
          "errcode": {
            "type": "integer",
            "const": 0
          },
          "errmsg": {
            "type": "string",
            "const": "ok"
          }
        },
        "examples": [
          {
            "errcode": 0,
            "errmsg": "ok"
          }
        ]
      },
      "UserInfoResponse": {
        "type": "object",
        "description": "`/sns/userinfo` success, keys in WeChat's order (reference §5.2). `language` is undocumented but real.\nSince 2021-10: `sex` 0 and empty `language`/`city`/`province`/`country`.\n",
        "additionalProperties": false,
        "required": [
          "openid",
          "nickname",
          "sex",
          "language",
          "city",
          "province",
          "country",
          "headimgurl",
          "privilege"
        ],
        "properties": {
          "openid": {
            "type": "string"
          },
          "nickname": {
            "type": "string",
            "description": "Raw UTF-8; may contain emoji, legacy private-use characters and raw control characters (reference §9)."
          },
          "sex": {
            "type": "integer",
            "enum": [
              0,
              1,
              2
            ],
            "description": "0 unknown (always, since 2021-10), 1 male, 2 female (reference §5.2)."
          },
          "language": {
            "type": "string",
            "description": "Undocumented; `\"\"` since 2021-10, e.g. `zh_CN` before (reference §5.2)."
          },
          "city": {
            "type": "string"
          },
          "province": {
            "type": "string"
          },
          "country": {
            "type": "string",
            "description": "e.g. `CN` without lang, `中国` with lang=zh_CN (pre-2021); `\"\"` since 2021-10 (reference §5.2)."
          },
          "headimgurl": {
            "type": "string",
            "description": "Avatar URL, `https://thirdwx.qlogo.cn/mmopen/vi_32/…/132` (last segment 0/46/64/96/132), or `\"\"` when\nthe user has no avatar (reference §5.2, §7).\n"
          },
          "privilege": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Privileges such as `chinaunicom`; usually empty (reference §5.2)."
          },
          "unionid": {
            "type": "string",
            "description": "Only when the app is bound to an Open Platform account (reference §5.2, §10)."
          }
        },
        "examples": [
          {
            "openid": "o3_SC5736cmf3Mpoylyr6OXIkqwI",
            "nickname": "安生",
            "sex": 0,
            "language": "",
            "city": "",
            "province": "",
            "country": "",
            "headimgurl": "https://thirdwx.qlogo.cn/mmopen/vi_32/qFY76qSxwM7ibpZFrBEBzkbIl77RmA4Tz0IdxDLUoSxThwgQmSk7AAWCib7pnXTzt8XzM4nV6qic7pib6plTfKyesw/132",
            "privilege": [],
            "unionid": "oWgGz1BHvfDCYeboAeR1DBMnmJbg"
          },
          {
            "openid": "o3_SC56gLo5jX3MDKK33y_CR-u5E",
            "nickname": "熙熙攘攘",
            "sex": 1,
            "language": "zh_CN",
            "city": "Linfen",
            "province": "Shanxi",
            "country": "CN",
            "headimgurl": "https://thirdwx.qlogo.cn/mmopen/vi_32/RDQPia8q0N5C5n3ygkkfUrKhHS78xTr59VBAjLsexEC0BMRa7lbK2LhG9A5AA4ptFh3Fx0iclvHPWEMt25DLiaLeQ/132",
            "privilege": [],
            "unionid": "oWgGz1DbXmO9nZNN5RNixRZ0yshM"
          }
        ]
      },
      "ErrorResponse": {
        "type": "object",
        "description": "Every /sns error, HTTP 200 (reference §8, §9). Match on `errcode`, never on `errmsg`. The codes are those\nof `x-wechat-errcodes`.\n",
        "additionalProperties": false,
        "required": [
          "errcode",
          "errmsg"
        ],
        "properties": {
          "errcode": {
            "type": "integer",
            "enum": [
              -1,
              40001,
              40002,
              40003,
              40013,
              40014,
              40029,
              40030,
              40125,
              40163,
              40164,
              40226,
              41001,
              41002,
              41003,
              41004,
              41008,
              41009,
              42001,
              42002,
              42003,
              43002,
              45009,
              45011,
              47001,
              48001,
              87008,
              87009,
              89503
            ]
          },
          "errmsg": {
            "type": "string",
            "description": "The base text of the code followed by a request-id suffix (reference §8.1). Today `, rid: ` +\n`%08x-%08x-%08x` whose first group is the Unix time of the request in hex; some codes omit the comma\n(`access_token expired rid: …`); older eras used `hint: [...]` or `, hints: [ req_id: ... ]`.\nWeChat's documentation shows the bare text.\n",
            "examples": [
              "invalid code, rid: 63106779-282330ba-5d5deaf3"
            ]
          }
        },
        "examples": [
          {
            "errcode": 40029,
            "errmsg": "invalid code, rid: 63106779-282330ba-5d5deaf3"
          },
          {
            "errcode": 41009,
            "errmsg": "missing openid, rid: 67002ad6-79f0bb9f-4b792fe1"
          },
          {
            "errcode": -1,
            "errmsg": "system error, rid: 6326ffdf-41c7c0d8-5a6bb364"
          }
        ]
      }
    }
  },
  "x-wechat-errcodes": [
    {
      "errcode": -1,
      "name": "SystemError",
      "errmsg": "system error",
      "endpoints": [
        "/sns/oauth2/access_token",
        "/sns/oauth2/refresh_token",
        "/sns/auth",
        "/sns/userinfo",
        "/sns/jscode2session",
        "/cgi-bin/token",
        "/cgi-bin/stable_token",
        "/wxa/checksession",
        "/wxa/resetusersessionkey",
        "/wxa/business/getuserphonenumber",
        "/cgi-bin/user/info"
      ],
      "evidence": "CAP §8, §5.2, §3.3; on /sns/jscode2session DOC ML§1.5; on /cgi-bin DOC ML§5.2; on /wxa DOC ML§4.2"
    },
    {
      "errcode": 40001,
      "name": "InvalidCredential",
      "errmsg": "invalid credential, access_token is invalid or not latest",
      "endpoints": [
        "/sns/auth",
        "/sns/userinfo",
        "/wxa/checksession",
        "/wxa/resetusersessionkey",
        "/wxa/business/getuserphonenumber",
        "/cgi-bin/user/info"
      ],
      "evidence": "CAP §8, §5.2; on /wxa CAP ML§4.2; on /cgi-bin/user/info DOC ML§7"
    },
    {
      "errcode": 40002,
      "name": "InvalidGrantType",
      "errmsg": "invalid grant_type",
      "endpoints": [
        "/sns/oauth2/access_token",
        "/sns/oauth2/refresh_token",
        "/sns/jscode2session",
        "/cgi-bin/token",
        "/cgi-bin/stable_token"
      ],
      "evidence": "CAP §8, §3.1, §4; on /sns/jscode2session INF ML§1.5; on /cgi-bin INF ML§5.1, DOC ML§5.2"
    },
    {
      "errcode": 40003,
      "name": "InvalidOpenid",
      "errmsg": "invalid openid",
      "endpoints": [
        "/sns/auth",
        "/sns/userinfo",
        "/wxa/checksession",
        "/wxa/resetusersessionkey",
        "/wxa/business/getuserphonenumber",
        "/cgi-bin/user/info"
      ],
      "evidence": "DOC §5.1, §5.2, §8; on /wxa INF ML§2.2, ML§4.2; on /cgi-bin/user/info CAP ML§7"
    },
    {
      "errcode": 40013,
      "name": "InvalidAppid",
      "errmsg": "invalid appid",
      "endpoints": [
        "/sns/oauth2/access_token",
        "/sns/oauth2/refresh_token",
        "/sns/jscode2session",
        "/cgi-bin/token",
        "/cgi-bin/stable_token",
        "/wxa/business/getuserphonenumber"
      ],
      "evidence": "CAP §8, §3.3, §4, ML§1.5; on /cgi-bin DOC ML§5.1, ML§5.2; on getuserphonenumber CAP ML§4.2"
    },
    {
      "errcode": 40014,
      "name": "InvalidAccessToken",
      "errmsg": "invalid access_token",
      "endpoints": [
        "/sns/auth",
        "/sns/userinfo",
        "/wxa/checksession",
        "/wxa/resetusersessionkey",
        "/wxa/business/getuserphonenumber",
        "/cgi-bin/user/info"
      ],
      "evidence": "CAP §8, §5.1, §5.2; on /wxa INF ML§5.1; on /cgi-bin/user/info INF ML§7"
    },
    {
      "errcode": 40029,
      "name": "InvalidCode",
      "errmsg": "invalid code",
      "endpoints": [
        "/sns/oauth2/access_token",
        "/sns/jscode2session",
        "/wxa/business/getuserphonenumber"
      ],
      "evidence": "CAP §8, §3.3, §6, ML§1.4, ML§1.5; on getuserphonenumber CAP ML§4.2 (reuse too)"
    },
    {
      "errcode": 40030,
      "name": "InvalidRefreshToken",
      "errmsg": "invalid refresh_token",
      "endpoints": [
        "/sns/oauth2/refresh_token"
      ],
      "evidence": "CAP §8, §4"
    },
    {
      "errcode": 40125,
      "name": "InvalidAppsecret",
      "errmsg": "invalid appsecret",
      "endpoints": [
        "/sns/oauth2/access_token",
        "/sns/jscode2session",
        "/cgi-bin/token",
        "/cgi-bin/stable_token"
      ],
      "evidence": "CAP §8, §3.3; on /sns/jscode2session INF ML§1.5; on /cgi-bin CAP ML§5.1"
    },
    {
      "errcode": 40163,
      "name": "CodeBeenUsed",
      "errmsg": "code been used",
      "endpoints": [
        "/sns/oauth2/access_token",
        "/sns/jscode2session"
      ],
      "evidence": "CAP §8, §3.3, §6, ML§1.4, ML§1.5"
    },
    {
      "errcode": 40164,
      "name": "InvalidIp",
      "errmsg": "invalid ip, not in whitelist",
      "endpoints": [
        "/cgi-bin/token",
        "/cgi-bin/stable_token"
      ],
      "evidence": "CAP ML§5.1; WeChat names the caller, `invalid ip A.B.C.D ipv6 ::ffff:A.B.C.D, not in whitelist`, and the mock does the same"
    },
    {
      "errcode": 40226,
      "name": "CodeBlocked",
      "errmsg": "code blocked",
      "endpoints": [
        "/sns/jscode2session"
      ],
      "evidence": "DOC ML§1.5; the doc's text, never captured (a high-risk user was blocked)"
    },
    {
      "errcode": 41001,
      "name": "AccessTokenMissing",
      "errmsg": "access_token missing",
      "endpoints": [
        "/sns/auth",
        "/sns/userinfo",
        "/wxa/checksession",
        "/wxa/resetusersessionkey",
        "/wxa/business/getuserphonenumber",
        "/cgi-bin/user/info"
      ],
      "evidence": "CAP §8; on /wxa INF ML§5.1; on /cgi-bin/user/info INF ML§7"
    },
    {
      "errcode": 41002,
      "name": "AppidMissing",
      "errmsg": "appid missing",
      "endpoints": [
        "/sns/oauth2/access_token",
        "/sns/oauth2/refresh_token",
        "/sns/jscode2session",
        "/cgi-bin/token",
        "/cgi-bin/stable_token"
      ],
      "evidence": "CAP §8, §3.1, ML§1.1; on /cgi-bin DOC ML§5.1, ML§5.2"
    },
    {
      "errcode": 41003,
      "name": "RefreshTokenMissing",
      "errmsg": "refresh_token missing",
      "endpoints": [
        "/sns/oauth2/refresh_token"
      ],
      "evidence": "DOC §8, §4"
    },
    {
      "errcode": 41004,
      "name": "AppsecretMissing",
      "errmsg": "appsecret missing",
      "endpoints": [
        "/sns/oauth2/access_token",
        "/sns/jscode2session",
        "/cgi-bin/token",
        "/cgi-bin/stable_token"
      ],
      "evidence": "CAP §8, §3.3, ML§1.1; on /cgi-bin DOC ML§5.1, ML§5.2"
    },
    {
      "errcode": 41008,
      "name": "MissingCode",
      "errmsg": "missing code",
      "endpoints": [
        "/sns/oauth2/access_token",
        "/sns/jscode2session"
      ],
      "evidence": "CAP §8, §3.3, §11, ML§1.1"
    },
    {
      "errcode": 41009,
      "name": "MissingOpenid",
      "errmsg": "missing openid",
      "endpoints": [
        "/sns/auth",
        "/sns/userinfo",
        "/wxa/checksession",
        "/wxa/resetusersessionkey",
        "/cgi-bin/user/info"
      ],
      "evidence": "CAP §8, §5.2; on /sns/auth INF; on /wxa INF ML§2.2; on /cgi-bin/user/info INF"
    },
    {
      "errcode": 42001,
      "name": "AccessTokenExpired",
      "errmsg": "access_token expired",
      "endpoints": [
        "/sns/auth",
        "/sns/userinfo",
        "/wxa/checksession",
        "/wxa/resetusersessionkey",
        "/wxa/business/getuserphonenumber",
        "/cgi-bin/user/info"
      ],
      "evidence": "DOC §5.2, §8, §15; on /wxa DOC ML§5.1; on /cgi-bin/user/info DOC ML§7"
    },
    {
      "errcode": 42002,
      "name": "RefreshTokenExpired",
      "errmsg": "refresh_token expired",
      "endpoints": [
        "/sns/oauth2/refresh_token"
      ],
      "evidence": "INF §8, §4, §15; the code is documented, its text inferred"
    },
    {
      "errcode": 42003,
      "name": "CodeExpired",
      "errmsg": "code expired",
      "endpoints": [
        "/sns/oauth2/access_token"
      ],
      "evidence": "INF §8, §6, §15; the code is documented, its text inferred (expired codes are observed as 40029)"
    },
    {
      "errcode": 43002,
      "name": "RequirePostMethod",
      "errmsg": "require POST method",
      "endpoints": [
        "/cgi-bin/stable_token",
        "/wxa/business/getuserphonenumber"
      ],
      "evidence": "DOC ML§5.2; on getuserphonenumber INF ML§4.2"
    },
    {
      "errcode": 45009,
      "name": "DailyQuotaLimit",
      "errmsg": "reach max api daily quota limit",
      "endpoints": [
        "/sns/oauth2/access_token",
        "/sns/oauth2/refresh_token",
        "/sns/auth",
        "/sns/userinfo",
        "/sns/jscode2session",
        "/cgi-bin/token",
        "/cgi-bin/stable_token",
        "/wxa/checksession",
        "/wxa/resetusersessionkey",
        "/wxa/business/getuserphonenumber",
        "/cgi-bin/user/info"
      ],
      "evidence": "CAP §8; captured on cgi-bin; on /cgi-bin/token CAP ML§5.1; on /cgi-bin/user/info DOC ML§7 (5 000 000 a day)"
    },
    {
      "errcode": 45011,
      "name": "MinuteQuotaLimit",
      "errmsg": "api minute-quota reach limit, must slower, retry next minute",
      "endpoints": [
        "/sns/oauth2/access_token",
        "/sns/oauth2/refresh_token",
        "/sns/auth",
        "/sns/userinfo",
        "/sns/jscode2session",
        "/cgi-bin/token",
        "/cgi-bin/stable_token",
        "/wxa/checksession",
        "/wxa/resetusersessionkey",
        "/wxa/business/getuserphonenumber",
        "/cgi-bin/user/info"
      ],
      "evidence": "CAP §8, §6; on /sns/jscode2session DOC ML§1.4; on /cgi-bin/stable_token DOC ML§5.2; on /wxa DOC ML§2.3, ML§4.2; on /cgi-bin/user/info INF"
    },
    {
      "errcode": 47001,
      "name": "DataFormatError",
      "errmsg": "data format error",
      "endpoints": [
        "/cgi-bin/stable_token",
        "/wxa/business/getuserphonenumber"
      ],
      "evidence": "INF ML§5.2; a body that is not a JSON object (WeChat's usual answer to bad JSON on cgi-bin)"
    },
    {
      "errcode": 48001,
      "name": "ApiUnauthorized",
      "errmsg": "api unauthorized",
      "endpoints": [
        "/sns/userinfo",
        "/wxa/checksession",
        "/wxa/resetusersessionkey",
        "/wxa/business/getuserphonenumber",
        "/cgi-bin/user/info"
      ],
      "evidence": "DOC §5.2, §2, §8; on /wxa INF (an official account's server token); on /cgi-bin/user/info INF ML§7 (the server token of an app that is not an official account)"
    },
    {
      "errcode": 87008,
      "name": "InvalidSigMethod",
      "errmsg": "invalid sig_method",
      "endpoints": [
        "/wxa/checksession",
        "/wxa/resetusersessionkey"
      ],
      "evidence": "DOC ML§2.3; on checksession INF"
    },
    {
      "errcode": 87009,
      "name": "InvalidSignature",
      "errmsg": "invalid signature",
      "endpoints": [
        "/wxa/checksession",
        "/wxa/resetusersessionkey"
      ],
      "evidence": "CAP ML§2.2; on resetusersessionkey INF"
    },
    {
      "errcode": 89503,
      "name": "IpNeedsAdminConfirmation",
      "errmsg": "此IP调用需要管理员确认,请联系管理员",
      "endpoints": [
        "/cgi-bin/token",
        "/cgi-bin/stable_token"
      ],
      "evidence": "LIB ML§5.1; WxJava's text for an official account calling from a new IP without a whitelist"
    }
  ],
  "x-wechat-page-errors": [
    {
      "name": "AppidInvalid",
      "text": "AppID 参数错误",
      "pages": [
        "/connect/qrconnect",
        "/connect/oauth2/authorize"
      ],
      "evidence": "LIB §1.3, §11; on oauth2/authorize INF"
    },
    {
      "name": "RedirectUriInvalid",
      "text": "redirect_uri 参数错误",
      "pages": [
        "/connect/qrconnect"
      ],
      "evidence": "CAP §1.3, §1.4"
    },
    {
      "name": "ScopeInvalid",
      "text": "Scope 参数错误或没有 Scope 权限",
      "pages": [
        "/connect/qrconnect",
        "/connect/oauth2/authorize"
      ],
      "evidence": "CAP §1.3, §2"
    },
    {
      "name": "LinkUnavailable",
      "text": "该链接无法访问",
      "pages": [
        "/connect/qrconnect",
        "/connect/oauth2/authorize",
        "/connect/confirm/allow",
        "/connect/confirm"
      ],
      "evidence": "DOC §1.3; the mock also shows it for an unknown persona key (mock_persona, persona), INF"
    },
    {
      "name": "OaRedirectDomainMismatch",
      "text": "redirect_uri域名与后台配置不一致，错误码：10003",
      "pages": [
        "/connect/oauth2/authorize"
      ],
      "evidence": "DOC §2, §1.4"
    },
    {
      "name": "OaScopeUnauthorized",
      "text": "此公众号并没有这些scope的权限，错误码：10005",
      "pages": [
        "/connect/oauth2/authorize"
      ],
      "evidence": "DOC §2"
    },
    {
      "name": "StateTooLong",
      "text": "state参数过长",
      "pages": [
        "/connect/oauth2/authorize"
      ],
      "evidence": "CAP §2, §6"
    },
    {
      "name": "OpenInWeChat",
      "text": "请在微信客户端打开链接",
      "pages": [
        "/connect/oauth2/authorize"
      ],
      "evidence": "CAP §2"
    },
    {
      "name": "LoginCancelled",
      "text": "您已取消此次登录",
      "pages": [
        "/connect/qrconnect",
        "/connect/confirm/deny",
        "/connect/confirm"
      ],
      "evidence": "CAP §1.2"
    },
    {
      "name": "LoginCancelledHint",
      "text": "您可再次扫描登录，或关闭窗口",
      "pages": [
        "/connect/qrconnect",
        "/connect/confirm/deny",
        "/connect/confirm"
      ],
      "evidence": "CAP §1.2"
    },
    {
      "name": "LoginSessionExpired",
      "text": "二维码已失效，请返回并重新打开登录页",
      "pages": [
        "/connect/confirm/allow",
        "/connect/confirm/deny",
        "/connect/confirm"
      ],
      "evidence": "INF §1.2; mock only: a login session unknown, used or older than 5 minutes"
    }
  ]
};
