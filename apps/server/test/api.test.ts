import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eventually, type TestApp } from './helpers.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type Mail = { to: string[]; subject: string; text: string; html: string; messageId: string };
async function mailbox(): Promise<Mail[]> {
  const res = await t.app.inject({ method: 'GET', url: '/dev/mail/api/messages' });
  return res.json() as Mail[];
}

describe('GET /api/health', () => {
  it('answers 200 after checking the database', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: 'ok' });
    expect(res.headers['x-request-id']).toBeTruthy();
  });
});

describe('POST /api/feedback', () => {
  it('stores the feedback, answers with a reference and acknowledges it by mail', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/feedback',
      payload: {
        category: 'suggestion',
        content: 'Ứng dụng nên có chế độ chữ lớn.',
        email: 'An.Nguyen@Example.VN',
      },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.id).toMatch(/^GY-[0-9A-F]{8}$/);
    const mail = await eventually(async () =>
      (await mailbox()).find((m) => m.to.includes('An.Nguyen@example.vn')),
    );
    expect(mail.subject).toContain(body.id);
    expect(mail.text).toContain('Ứng dụng nên có chế độ chữ lớn.');
    expect(mail.html).toContain('chế độ chữ lớn');
  });

  it('refuses too-short content with a Vietnamese message at the field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/feedback',
      payload: { category: 'question', content: 'ngắn' },
    });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toMatch(/chưa hợp lệ/);
    expect(error.fields).toEqual([
      {
        field: 'content',
        code: 'FEEDBACK_CONTENT_TOO_SHORT',
        message: 'Nội dung góp ý cần ít nhất 10 ký tự.',
      },
    ]);
  });

  it('reports every bad field at once, in English when asked', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/feedback',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
      payload: { category: 'spam', content: 'x'.repeat(2001), email: 'not-an-email' },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields as { field: string; message: string }[];
    expect(fields.map((f) => f.field).sort()).toEqual(['category', 'content', 'email']);
    expect(fields.find((f) => f.field === 'content')!.message).toBe(
      'Your feedback can be at most 2,000 characters.',
    );
  });

  it('answers malformed JSON with a clear 400 and no internals', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/feedback',
      headers: { 'content-type': 'application/json' },
      payload: '{"category": "question", "content": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('BAD_REQUEST');
    expect(res.body).not.toMatch(/at .*\.ts|SyntaxError|stack/);
  });
});

describe('unknown routes', () => {
  it('gives the JSON 404 for an unknown API path', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/khong-co' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Không tìm thấy nội dung yêu cầu.',
    });
  });
});

describe('GET /api/docs', () => {
  it('serves an OpenAPI 3.1 document generated from the zod schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const post = doc.paths['/api/feedback'].post;
    const schema = post.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(expect.arrayContaining(['category', 'content']));
    expect(schema.properties.category.enum).toEqual(['question', 'suggestion', 'error']);
    expect(doc.paths['/api/health'].get.responses['200']).toBeDefined();
    expect(Object.keys(doc.paths).some((p) => p.startsWith('/dev'))).toBe(false);
    const ui = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(ui.statusCode);
  });
});

describe('/dev/mail', () => {
  it('shows the mails the app sent, as a page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/dev/mail' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('Đã nhận góp ý của bạn');
  });
});
