/**
 * The VM's key (interface.md `--state-dir`): query-uuid when not all zeros,
 * else query-name, else the socket. A server that does not know a command
 * falls through; any other error is the caller's.
 */
import { expect } from 'chai';
import { vmIdentity } from '../../lib/cli/vm-key.js';
import { QmpError, QmpTimeoutError } from '../../lib/errors.js';

/** An executor answering each command from `answers` (an Error is thrown). */
function server(answers: Record<string, unknown>): { execute<T>(cmd: string): Promise<T> } {
  return {
    execute<T>(cmd: string): Promise<T> {
      const a = answers[cmd];
      return a instanceof Error ? Promise.reject(a) : Promise.resolve(a as T);
    },
  };
}

describe('cli/vm-key: vmIdentity', () => {
  const notFound = (cmd: string): QmpError => new QmpError('CommandNotFound', `The command ${cmd} has not been found`, cmd);

  it('uuid, else name, else socket', async () => {
    expect(await vmIdentity(server({ 'query-uuid': { UUID: '5a0a3c9e-0000-4000-8000-000000000001' }, 'query-name': { name: 'vm1' } }), '/s')).to.deep.equal({ key: 'uuid:5a0a3c9e-0000-4000-8000-000000000001', name: 'vm1' });
    expect(await vmIdentity(server({ 'query-uuid': { UUID: '00000000-0000-0000-0000-000000000000' }, 'query-name': { name: 'vm1' } }), '/s')).to.deep.equal({ key: 'name:vm1', name: 'vm1' });
    expect(await vmIdentity(server({ 'query-uuid': { UUID: '00000000-0000-0000-0000-000000000000' }, 'query-name': {} }), 'unix:/s')).to.deep.equal({ key: 'socket:/s', name: undefined });
  });

  it('a server without the commands (CommandNotFound) falls through to the socket', async () => {
    expect(await vmIdentity(server({ 'query-uuid': notFound('query-uuid'), 'query-name': notFound('query-name') }), '/s')).to.deep.equal({ key: 'socket:/s', name: undefined });
  });

  it('any other error is the call\'s: a replayer\'s trace mismatch at the first command, a timeout', async () => {
    const mismatch = new QmpError('GenericError', 'trace mismatch: t.jsonl:5: expected execute "query-jobs", got execute "query-uuid"', 'query-uuid');
    const err = await vmIdentity(server({ 'query-uuid': mismatch, 'query-name': { name: 'vm1' } }), '/s').then(() => undefined, (e: unknown) => e);
    expect(err).to.equal(mismatch);
    const late = new QmpTimeoutError("'query-name' got no answer within 1000 ms");
    expect(await vmIdentity(server({ 'query-uuid': notFound('query-uuid'), 'query-name': late }), '/s').then(() => undefined, (e: unknown) => e)).to.equal(late);
  });
});
