// End to end: a real link-preview client, unfurl.js from npm (what chat apps and CMS link cards do),
// run in Node against the live worker: from a /p/{projectId} share page it discovers the oEmbed
// endpoint through the page's <link rel="alternate" type="application/json+oembed">, reads
// /oembed, and reads the page's Open Graph title, description and image.
import { inflateSync } from 'node:zlib';
import { unfurl } from 'unfurl.js';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { LocalServer } from '../../scripts/local-server.mjs';
import { liveServer } from './shared-server.js';
import { adminCall, publicRead } from './api.js';

let server: LocalServer;
beforeAll(async () => {
  server = await liveServer();
});
afterAll(async () => {
  await server?.stop();
});

const COVER = 'https://img.example.org/gaoping-lunch.jpg';

describe('oEmbed and Open Graph for a /p/ share page, read by unfurl.js', () => {
  it('discovers /oembed from /p/{projectId} and gets a rich embed of /embed/project/{id}, plus the page title, description and image', async () => {
    // Seed covers are SVG drawings (no link-preview image); staff set a raster one (the share image).
    // It is put back afterwards: the other files sharing this server show the demo's own picture.
    const seeded = await publicRead<{ coverUrl: string | null }>(server, '/projects/gaoping-lunch');
    onTestFinished(async () => {
      // The seed's path is the service's own (/photos/…); staff give a cover as a full URL.
      const coverUrl = seeded.coverUrl?.startsWith('/') ? server.url + seeded.coverUrl : seeded.coverUrl;
      const restored = await adminCall(server, 'PATCH', '/admin/projects/gaoping-lunch', { coverUrl });
      expect(restored.status, 'the demo picture put back').toBe(200);
    });
    const patched = await adminCall(server, 'PATCH', '/admin/projects/gaoping-lunch', { coverUrl: COVER });
    expect(patched.status, 'PATCH /admin/projects/gaoping-lunch').toBe(200);
    const project = await publicRead<{ title: string; summary: string }>(server, '/projects/gaoping-lunch');

    const meta = await unfurl(`${server.url}/p/gaoping-lunch`, { oembed: true, timeout: 10_000 });

    const o = meta.oEmbed!;
    expect(o).toBeDefined();
    expect(o.type).toBe('rich');
    expect(o.version).toBe('1.0');
    expect(o.title).toBe(project.title);
    if (o.type !== 'rich') throw new Error('not rich');
    expect(o.html).toMatch(new RegExp(`^<iframe src="${server.url}/embed/project/gaoping-lunch[?"]`));
    expect(o.html).not.toMatch(/<script|style=/); // pastes into CMSs that strip scripts or inline styles
    expect(o.width).toBeGreaterThan(0);
    expect(o.height).toBeGreaterThan(0);

    expect(meta.open_graph.title).toBe(project.title);
    expect(meta.open_graph.description).toBe(project.summary);
    expect(meta.open_graph.images?.[0]?.url).toBe(COVER);
    expect(meta.title).toContain(project.title);
  });

  it('a project without a raster cover shows the PNG share card, which is a real 600×600 PNG', async () => {
    const meta = await unfurl(`${server.url}/p/yiyang-silver-age`, { oembed: false, timeout: 10_000 });
    const image = meta.open_graph.images?.[0];
    expect(image?.url).toBe(`${server.url}/share-card.png`);
    const res = await fetch(image!.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('image/png');
    const png = Buffer.from(await res.arrayBuffer());
    // PNG signature, then IHDR: width, height, 8-bit RGB; IEND closes it (a crawler decodes no less).
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([600, 600, 8, 2]);
    expect(png.subarray(-8, -4).toString('latin1')).toBe('IEND');
    const idat = png.indexOf('IDAT');
    const pixels = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    expect(pixels.length).toBe(600 * (1 + 600 * 3));
  });

  it('gets an HTTP error, not an empty preview, for a project that does not exist', async () => {
    await expect(unfurl(`${server.url}/p/no-such-project`, { oembed: true, timeout: 10_000 })).rejects.toMatchObject({
      name: 'BAD_HTTP_STATUS',
      info: { httpStatus: 404 },
    });
  });
});
