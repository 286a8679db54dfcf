/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A complete page of the example site around `body` (already escaped HTML). */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#222}
a.wechat{display:inline-block;background:#07c160;color:#fff;padding:.6rem 1.2rem;border-radius:4px;text-decoration:none}
.error{border-left:4px solid #fa5151;padding:.5rem 1rem;background:#fff5f5}
.avatar{display:inline-flex;align-items:center;justify-content:center;width:64px;height:64px;border-radius:4px;vertical-align:middle;margin-right:1rem;background:#c8d6e5;overflow:hidden}
.avatar .initial{font-size:28px;color:#fff}
dt{font-weight:600;margin-top:.5rem}
</style></head>
<body>
${body}
</body>
</html>
`;
}
