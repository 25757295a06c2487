// The staff console's shared pieces: the admin API client (token only in the header, problem+json
// → AdminApiError with field errors, CSV bytes kept), money typed in 元, the form field (label,
// error tied with aria-describedby), and the confirm button that asks once; the console's China
// clock, where the super-admin lands, a site typed as a page address, an audit value in words.
import { html, render } from 'lit';
import { AdminApi, AdminApiError } from '../../console/api.js';
import { firstOrg } from '../../console/first-org.js';
import { dateTime } from '../../console/ui/dates.js';
import { fromLocalInput, toLocalInput } from '../../console/ui/local-time.js';
import { fieldLabel, fieldValue, objectName } from '../../console/views/audit-values.js';
import { siteOrigin } from '../../console/views/site-origin.js';
import '../../console/ui/confirm-button.js';
import type { ConfirmButton } from '../../console/ui/confirm-button.js';
import { field } from '../../console/ui/form-field.js';
import { fenToYuan, formatFen, yuanToFen } from '../../console/ui/money.js';
import {
  $,
  assert,
  cleanup,
  equal,
  expectNoAxeViolations,
  json,
  mount,
  problem,
  stubFetch,
  waitFor,
} from '../widgets/helpers.js';

describe('AdminApi', () => {
  afterEach(cleanup);

  it('sends the token as a bearer header only, never in the URL; drops empty query values', async () => {
    const stub = stubFetch({ 'GET /admin/donations': () => json({ items: [], nextCursor: null }) });
    try {
      await new AdminApi('gy_secret', 'http://console.test/').get('/admin/donations', {
        orgId: 'a b',
        status: 'pending',
        campaignId: '',
        cursor: undefined,
      });
      const [call] = stub.calls;
      equal(call!.headers.get('Authorization'), 'Bearer gy_secret');
      equal(call!.url, 'http://console.test/api/v1/admin/donations?orgId=a+b&status=pending');
      assert(!call!.url.includes('gy_secret'), 'token in URL');
    } finally {
      stub.restore();
    }
  });

  it('turns a problem+json answer into AdminApiError with its code, detail and field errors', async () => {
    const errors = [{ path: 'coverUrl', message: 'Invalid URL' }];
    const stub = stubFetch({
      'POST /admin/projects': () => problem(400, 'validation_failed', 'Request body is invalid', errors),
    });
    try {
      const e = await new AdminApi('t', 'http://console.test').send('POST', '/admin/projects', { title: '' }).then(
        () => null,
        (err: unknown) => err,
      );
      assert(e instanceof AdminApiError, 'AdminApiError thrown');
      equal(e.status, 400);
      equal(e.code, 'validation_failed');
      equal(e.detail, 'Request body is invalid');
      equal(JSON.stringify(e.errors), JSON.stringify(errors));
      equal(stub.calls[0]!.body, '{"title":""}');
      equal(stub.calls[0]!.headers.get('Content-Type'), 'application/json');
    } finally {
      stub.restore();
    }
  });

  it('download() keeps the bytes as sent, UTF-8 BOM included', async () => {
    const csv = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('id,name\r\nd1,张三\r\n')]);
    const stub = stubFetch({
      'GET /admin/donations.csv': () => new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } }),
    });
    try {
      const blob = await new AdminApi('t', 'http://console.test').download('/admin/donations.csv', {
        status: 'confirmed',
      });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      equal(bytes.length, csv.length);
      equal([...bytes.slice(0, 3)].join(), '239,187,191');
    } finally {
      stub.restore();
    }
  });
});

describe('money in the console', () => {
  it('typed yuan → integer fen by string arithmetic', () => {
    equal(yuanToFen('19.99'), 1999); // 19.99 * 100 in floating point is 1998.9999999999998
    equal(yuanToFen('8000.1'), 800010);
    equal(yuanToFen('１２'), 1200);
    equal(yuanToFen('12,5元'), null);
    equal(yuanToFen('0'), null);
    equal(yuanToFen('1.234'), null);
  });

  it('fen → exact yuan text, grouped for tables', () => {
    equal(fenToYuan(1999), '19.99');
    equal(fenToYuan(5), '0.05');
    equal(fenToYuan(104575000), '1045750.00');
    equal(formatFen(104575000), '¥1,045,750.00');
    equal(formatFen(800010), '¥8,000.10');
    equal(formatFen(1234, 'USD'), '12.34 USD');
  });
});

describe('field()', () => {
  afterEach(cleanup);

  it('labels the control and ties the API error to it', async () => {
    const host = mount<HTMLDivElement>('<div></div>');
    const root = host.attachShadow({ mode: 'open' });
    render(
      html`<form>${field({ name: 'links.0.url', label: '来源网址 1', value: 'x', type: 'url', hint: 'https://…', error: 'Invalid URL' })}</form>`,
      root,
    );
    const input = $<HTMLInputElement>(host, 'input')!;
    equal(input.name, 'links.0.url');
    equal(input.value, 'x');
    equal(input.getAttribute('aria-invalid'), 'true');
    equal($(host, `label[for="${input.id}"]`)!.textContent, '来源网址 1');
    const described = input.getAttribute('aria-describedby')!.split(' ');
    equal(described.map((id) => root.getElementById(id)!.textContent).join('|'), 'https://…|Invalid URL');
    await expectNoAxeViolations(host);
  });

  it('without an error: no aria-invalid, nothing but the hint described', () => {
    const host = mount<HTMLDivElement>('<div></div>');
    const root = host.attachShadow({ mode: 'open' });
    render(
      html`${field({
        name: 'status',
        label: 'Status',
        type: 'select',
        value: 'open',
        options: [
          { value: 'draft', label: 'Draft' },
          { value: 'open', label: 'Open' },
        ],
      })}`,
      root,
    );
    const select = $<HTMLSelectElement>(host, 'select')!;
    equal(select.value, 'open');
    equal(select.hasAttribute('aria-invalid'), false);
    equal(select.hasAttribute('aria-describedby'), false);
  });
});

describe('<confirm-button>', () => {
  afterEach(cleanup);

  it('asks once: the first click only asks, "yes" fires one confirm, "no" and Escape go back', async () => {
    const el = mount<ConfirmButton>(
      '<confirm-button label="确认到账" question="确定吗？" yes="是" no="否"></confirm-button>',
    );
    let confirmed = 0;
    el.addEventListener('confirm', () => confirmed++);
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button.ask')!.click();
    await el.updateComplete;
    equal(confirmed, 0, 'first click asks only');
    const yes = await waitFor(() => $<HTMLButtonElement>(el, 'button.yes'), 'yes button');
    equal(el.shadowRoot!.activeElement, yes, 'focus moves to yes');
    $<HTMLButtonElement>(el, 'button.no')!.click();
    await el.updateComplete;
    equal(confirmed, 0, 'no confirms nothing');
    await waitFor(() => el.shadowRoot!.activeElement === $(el, 'button.ask'), 'focus back on the button');

    $<HTMLButtonElement>(el, 'button.ask')!.click();
    await el.updateComplete;
    $(el, 'button.yes')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    assert($(el, 'button.ask'), 'Escape goes back');
    equal(confirmed, 0);

    $<HTMLButtonElement>(el, 'button.ask')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button.yes')!.click();
    await el.updateComplete;
    equal(confirmed, 1);
    assert($(el, 'button.ask'), 'back to the button after confirming');
    await expectNoAxeViolations(el);
  });
});

describe('the console’s clock is China time, wherever the browser is', () => {
  it('datetime-local values are China wall-clock time both ways', () => {
    equal(toLocalInput('2027-06-30T15:59:59Z'), '2027-06-30T23:59');
    equal(fromLocalInput('2026-12-31T18:00'), '2026-12-31T10:00:00.000Z');
    equal(fromLocalInput(toLocalInput('2026-03-01T16:30:00.000Z')), '2026-03-01T16:30:00.000Z');
    equal(fromLocalInput(''), null);
    equal(fromLocalInput('tomorrow'), 'tomorrow'); // sent as typed, for the API to refuse
  });

  it('shows an instant as China time in the console’s language', () => {
    equal(dateTime('2026-12-07T16:45:37.678Z', 'zh-Hans'), '2026/12/8 00:45:37');
  });
});

describe('where the super-admin lands', () => {
  const a = (pendingPledges: number, projects = 0) => ({
    pendingPledges,
    projects,
    campaigns: 0,
    schools: 0,
    wishes: 0,
    figures: 0,
  });
  it('pledges waiting first, then the most content, never an empty one because its id sorts first; a choice made wins', () => {
    const orgs = [
      { id: 'a-empty', name: 'A', activity: a(0) },
      { id: 'b-data', name: 'B', activity: a(0, 3) },
      { id: 'c-pledges', name: 'C', activity: a(2, 1) },
    ];
    equal(firstOrg(orgs, null), 'c-pledges');
    equal(firstOrg(orgs.slice(0, 2), null), 'b-data');
    equal(firstOrg(orgs, 'a-empty'), 'a-empty');
    equal(firstOrg(orgs, 'gone'), 'c-pledges');
    equal(firstOrg([], null), '');
  });
});

describe('a site typed by staff', () => {
  it('a page address registers its origin and says what it dropped; a bare host gets https', () => {
    equal(
      JSON.stringify(siteOrigin(' https://news.example.cn/col/1.html?from=home#top ')),
      JSON.stringify({ origin: 'https://news.example.cn', dropped: '/col/1.html?from=home#top' }),
    );
    equal(
      JSON.stringify(siteOrigin('news.example.cn:8443/a')),
      JSON.stringify({ origin: 'https://news.example.cn:8443', dropped: '/a' }),
    );
    equal(
      JSON.stringify(siteOrigin('http://localhost:8787/')),
      JSON.stringify({ origin: 'http://localhost:8787', dropped: '' }),
    );
  });

  it('what is no web address is refused', () => {
    for (const bad of [
      '',
      '海陵新闻网',
      'ftp://files.example.cn',
      'https://user:pw@news.example.cn',
      'news example.cn',
    ])
      equal(siteOrigin(bad), null, bad);
  });
});

describe('an audit value in words', () => {
  it('names fields and coded values as the console does, money in yuan, instants in China time, a pledge by its reference', () => {
    equal(fieldLabel('donation', 'status', 'zh-Hans'), '状态');
    equal(fieldLabel('donation', 'name', 'en'), 'Donor');
    equal(fieldValue('donation', 'status', 'confirmed', {}, 'zh-Hans'), '已到账');
    equal(fieldValue('wish', 'category', 'culture', {}, 'zh-Hans'), '精神文化');
    equal(fieldValue('donation', 'amount', 12345, { currency: 'CNY' }, 'en'), '¥123.45');
    equal(fieldValue('campaign', 'monthly_allowed', 1, {}, 'zh-Hans'), '是');
    equal(fieldValue('donation', 'confirmed_at', '2026-12-07T16:45:37.678Z', {}, 'zh-Hans'), '2026/12/8 00:45:37');
    equal(fieldValue('donation', 'confirmed_at', null, {}, 'zh-Hans'), '—');
    equal(
      fieldValue('campaign', 'tiers', '[{"amount":2000,"label":"5 天午餐"}]', { currency: 'CNY' }, 'zh-Hans'),
      '¥20.00 5 天午餐',
    );
    equal(
      fieldValue('donation', 'message', { ref: 'donations/dn_1', chars: 12 }, {}, 'zh-Hans'),
      '（原文不记入操作记录，12 字）',
    );
    equal(
      fieldValue('fund', 'campaignIds', ['gaoping-lunch', 'guanheng-elder-centre'], {}, 'en'),
      'gaoping-lunch, guanheng-elder-centre',
    );
    equal(fieldValue('wish', 'claims', [{ id: 'wc_1' }, { id: 'wc_2' }], {}, 'zh-Hans'), '2 项');
    equal(objectName('donation', null, { id: 'dn_1', reference: 'GY-AB12CD34', name: '钱先生' }), 'GY-AB12CD34');
    equal(objectName('campaign', { title: '旧' }, { title: '新' }), '新');
  });
});
