/**
 * Conversations belong to the client that made them: another client using the same id neither
 * sees the first one's questions nor changes how its follow-ups are read. Ids are UUID v4s;
 * anything else is refused. A question with a NUL character (refused by PostgreSQL's text; the API
 * refuses it at the door, `npm run ask` and other in-process callers do not) is still logged,
 * without it, with its conversation turn.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AskService } from '../../server/ask/ask.service.js';
import { HubQueries } from '../../server/query/hub-queries.js';
import { ConversationTurn, UnansweredQuestion } from '../../server/model/index.js';
import { createDatabase, databaseKinds, type TestDatabase } from '../support/databases.js';
import { startHub, type RunningHub } from '../support/hub.js';

const ASK = 'query($q: String!, $c: String) { ask(question: $q, conversationId: $c) { status value notes reason } }';
const kinds = await databaseKinds();

describe.each(kinds)('conversations on %s', (kind) => {
  let db: TestDatabase;
  let hub: RunningHub;
  beforeAll(async () => {
    db = await createDatabase(kind);
    hub = await startHub(db.url);
  });
  afterAll(async () => {
    await hub?.close();
    await db?.drop();
  });

  async function ask(question: string, conversationId: string | undefined, client?: string) {
    const response = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(client ? { 'x-hub-client': client } : {}) },
      body: JSON.stringify({ query: ASK, variables: { q: question, c: conversationId } }),
    });
    return (await response.json()) as { data?: { ask: { status: string; value: number | null; notes: string[]; reason: string | null } }; errors?: { message: string; extensions: { code: string } }[] };
  }

  it('keeps a conversation to the client that made it', async () => {
    const id = randomUUID();
    const [first, other] = [randomUUID(), randomUUID()];
    expect((await ask('行政复议审结了多少件?', id, first)).data!.ask.value).toBe(22);

    // Another client with the same id: its follow-up is read alone, and nothing of the first shows.
    const intruder = await ask('那行政诉讼呢?', id, other);
    expect(JSON.stringify(intruder)).not.toContain('行政复议');
    expect(intruder.data!.ask.notes.join(' ')).not.toMatch(/上一问/);
    await ask('行政复议收到多少件?', id, other);

    // The first client's follow-up is still read with its own question (审结 of 行政诉讼, 18), not the intruder's (收到).
    const followUp = await ask('那行政诉讼呢?', id, first);
    expect(followUp.data!.ask.value).toBe(18);
    expect(followUp.data!.ask.notes.join(' ')).toMatch(/上一问/);
  });

  it('refuses conversation ids that are not UUID v4s, and a malformed client secret', async () => {
    for (const id of ['a', '1', 'c-lm3k2-abc', '00000000-0000-0000-0000-000000000000', `${randomUUID()}x`, '6ba7b810-9dad-11d1-80b4-00c04fd430c8']) {
      const result = await ask('行政复议审结了多少件?', id);
      expect(result.errors?.[0]?.extensions.code, id).toBe('BAD_USER_INPUT');
      expect(result.errors![0].message.length).toBeLessThan(200);
    }
    expect((await ask('行政复议审结了多少件?', randomUUID(), 'short')).errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect((await ask('行政复议审结了多少件?', randomUUID().toUpperCase())).data!.ask.value).toBe(22);
  });

  it('logs a question with a NUL character, without it, and keeps its conversation turn', async () => {
    const id = randomUUID();
    const question = `2019年行政复议\u0000收到多少件?`;
    const answer = await new AskService().ask(question, new HubQueries(hub.orm.em.fork()), { id, owner: 'test-owner' });
    expect(answer.status).toBe('UNANSWERABLE');
    const em = hub.orm.em.fork();
    await expect.poll(() => em.fork().count(UnansweredQuestion, { question: '2019年行政复议收到多少件?' }), { timeout: 3000 }).toBe(1);
    expect((await em.find(ConversationTurn, { conversationId: id })).map((t) => t.question)).toEqual(['2019年行政复议收到多少件?']);
  });
});
