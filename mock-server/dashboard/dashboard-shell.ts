/**
 * The dashboard's page: a static shell that holds no data (so it may load before the control token is
 * given), the script and style sheet named with their content hash so that they can be cached for good.
 */
export function dashboardShell(scriptHash: string, styleHash: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>wechat-oauth-mock</title>
<link rel="stylesheet" href="/__mock/ui/dashboard.css?v=${styleHash}">
<script src="/__mock/ui/dashboard.js?v=${scriptHash}" defer></script>
</head>
<body>
<div id="app"><noscript>The dashboard needs JavaScript. 控制台需要启用 JavaScript。</noscript></div>
</body>
</html>
`;
}
