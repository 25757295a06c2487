// The API description: /api/openapi.json is a valid-looking OpenAPI 3.1 document listing every
// path; /api/docs is a self-contained HTML page (no external scripts or styles).
import { describe, expect, it } from 'vitest';
import { call } from './helpers';

describe('/api/openapi.json', () => {
  it('is OpenAPI 3.1 with every public and admin path', async () => {
    const res = await call('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/application\/json/);
    const doc = await res.json<any>();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    const expected: Record<string, string[]> = {
      '/api/v1/orgs/{org}': ['get'],
      '/api/v1/orgs/{org}/projects': ['get'],
      '/api/v1/projects/{id}': ['get'],
      '/api/v1/campaigns/{id}': ['get'],
      '/api/v1/campaigns/{id}/donations': ['post'],
      '/api/v1/admin/orgs': ['post', 'get'],
      '/api/v1/admin/orgs/{org}': ['patch'],
      '/api/v1/admin/sites': ['post', 'get'],
      '/api/v1/admin/sites/{id}': ['patch', 'delete'],
      '/api/v1/admin/projects': ['post', 'get'],
      '/api/v1/admin/projects/{id}': ['patch'],
      '/api/v1/admin/projects/{id}/updates': ['post', 'get'],
      '/api/v1/admin/projects/{id}/updates/{updateId}': ['patch'],
      '/api/v1/admin/campaigns': ['post', 'get'],
      '/api/v1/admin/campaigns/{id}': ['patch'],
      '/api/v1/admin/tokens': ['post', 'get'],
      '/api/v1/admin/tokens/{id}': ['delete'],
      '/api/v1/admin/donations': ['get'],
      '/api/v1/admin/donations.csv': ['get'],
      '/api/v1/admin/donations/{id}/confirm': ['post'],
      '/api/v1/admin/donations/{id}/cancel': ['post'],
      '/api/v1/admin/donations/{id}/refund': ['post'],
    };
    for (const [path, methods] of Object.entries(expected)) {
      expect(doc.paths[path], path).toBeDefined();
      for (const m of methods) {
        const op = doc.paths[path][m];
        expect(op, `${m} ${path}`).toBeDefined();
        expect(Object.keys(op.responses).length).toBeGreaterThan(0);
        if (path.includes('/admin/')) expect(op.security).toEqual([{ bearerAuth: [] }]);
      }
    }
    expect(doc.components.securitySchemes.bearerAuth).toEqual({ type: 'http', scheme: 'bearer' });
    for (const name of [
      'Problem',
      'Organisation',
      'Project',
      'ProjectSummary',
      'Campaign',
      'DonationInput',
      'Pledge',
    ]) {
      expect(doc.components.schemas[name], name).toBeDefined();
    }
    const pledge = doc.paths['/api/v1/campaigns/{id}/donations'].post;
    expect(pledge.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/DonationInput',
    });
    expect(pledge.parameters.map((p: any) => `${p.in}:${p.name.toLowerCase()}`)).toEqual(
      expect.arrayContaining(['path:id', 'header:idempotency-key']),
    );
    expect(Object.keys(pledge.responses)).toEqual(
      expect.arrayContaining(['201', '400', '403', '404', '409', '413', '422', '429']),
    );
    expect(pledge.responses['422'].content['application/problem+json'].schema).toEqual({
      $ref: '#/components/schemas/Problem',
    });
    // Every $ref resolves.
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/[A-Za-z0-9_]+/g) ?? [];
    for (const ref of new Set(refs)) expect(doc.components.schemas[ref.split('/').pop()!], ref).toBeDefined();
  });
});

describe('/api/docs', () => {
  it('is a browsable HTML view that needs nothing from the network', async () => {
    const res = await call('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('/api/v1/campaigns/{id}/donations');
    expect(html).toContain('id="problem-idempotency_conflict"');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="https?:|@import|https?:\/\/cdn/i);
  });
});
