// The staff console at /admin: an HTML shell for the Lit app in console/, denied framing.
// The app routes by hash (/admin#/projects), so this one page is the only route it needs; it talks
// to the same-origin admin API. Nothing secret is in the page: the token is typed in by staff.
import { pageSecurity } from '../middleware/page-security';
import { router } from '../routes/factory';

export const consoleRoutes = router();

// The console previews embeds in same-origin iframes (/embed/...), hence frame-src 'self'.
const security = pageSecurity({ framing: 'none', csp: { 'frame-src': "'self'", 'img-src': "'self' https: data:" } });

const SHELL = `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<title>公益组件 · 工作台 Staff console</title>
<script type="module" src="/admin.js"></script>
</head>
<body>
<gongyi-admin></gongyi-admin>
<noscript>请启用 JavaScript 以使用工作台。Please enable JavaScript to use the staff console.</noscript>
</body>
</html>
`;

for (const path of ['/admin', '/admin/']) {
  consoleRoutes.get(path, security, (c) => c.html(SHELL, 200, { 'Cache-Control': 'no-store' }));
}
