"""A client in another language, as third-party clients are written (reference section 11, python-weixin):
requests against WeChat's hard-coded HTTPS URLs. Run inside a network namespace whose hosts file sends
WeChat's names to the impersonating mock, with its CA in REQUESTS_CA_BUNDLE.

argv: the mock's plain HTTP control URL, appid, secret. Prints one JSON line of what it saw."""
import json
import sys

import requests

control, appid, secret = sys.argv[1:4]
code = requests.post(f"{control}/__mock/codes", json={"appid": appid, "persona": "lisi"}, timeout=5).json()["code"]


def body(response):
    # WeChat answers /sns as text/plain without a charset (reference section 9), which requests decodes as
    # ISO-8859-1; python-weixin parses the bytes (json.loads(response.content.decode())), and so does this.
    return json.loads(response.content.decode())


def exchange(code):
    return body(requests.get(
        "https://api.weixin.qq.com/sns/oauth2/access_token",
        params={"appid": appid, "secret": secret, "code": code, "grant_type": "authorization_code"},
        timeout=5,
    ))


token = exchange(code)
user = body(requests.get(
    "https://api.weixin.qq.com/sns/userinfo",
    params={"access_token": token.get("access_token"), "openid": token.get("openid")},
    timeout=5,
))
page = requests.get(
    "https://open.weixin.qq.com/connect/qrconnect",
    params={"appid": appid, "redirect_uri": "http://localhost/cb", "response_type": "code", "scope": "snsapi_login"},
    timeout=5,
)
print(
    json.dumps(
        {
            "token": token,
            "user": user,
            "page": {"status": page.status_code, "qr": "/connect/qrcode/" in page.text},
            "reused": exchange(code),
            "invalid": exchange("not-a-code"),
        },
        ensure_ascii=False,
    )
)
