import { assert, cleanup, equal, json, mount, stubFetch, waitFor, campaign } from './helpers.js';

let stub: ReturnType<typeof stubFetch>;
afterEach(() => {
  stub?.restore();
  cleanup();
});

describe('embed.js loader', () => {
  it('records its origin as the default API base and loads only the elements on the page, also ones added later', async () => {
    stub = stubFetch({ 'GET /campaigns/guanheng-elder-centre': () => json(campaign) });
    const before = performance.getEntriesByType('resource').map((e) => e.name);
    await import('../../widgets/src/embed.js');
    equal((globalThis as Record<symbol, unknown>)[Symbol.for('gongyi.api')], location.origin);
    equal(customElements.get('gongyi-progress'), undefined, 'nothing loaded without elements');
    equal(customElements.get('gongyi-project'), undefined);

    // an element inserted later (e.g. by the CMS) is picked up by the MutationObserver
    const el = mount('<div><p><gongyi-progress campaign="guanheng-elder-centre"></gongyi-progress></p></div>');
    await waitFor(() => customElements.get('gongyi-progress'), 'gongyi-progress defined');
    await waitFor(
      () => el.querySelector('gongyi-progress')!.shadowRoot?.querySelector('[role=progressbar]'),
      'rendered',
    );
    equal(stub.calls[0]!.url, `${location.origin}/api/v1/campaigns/guanheng-elder-centre`);
    equal(customElements.get('gongyi-project'), undefined, 'project module not loaded');
    const loaded = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => !before.includes(n));
    assert(!loaded.some((n) => n.includes('gongyi-project')), 'project code not fetched');
    assert(!loaded.some((n) => n.includes('gongyi-pledge')), 'form code not fetched before it is opened');
  });
});
