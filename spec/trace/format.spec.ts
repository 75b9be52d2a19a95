/** The trace reader (trace-format.md): what a header must hold. */
import { expect } from 'chai';
import { parseTrace, TraceFormatError } from '../../lib/trace/format.js';

const header = (extra: Record<string, unknown>): string => JSON.stringify({ qmpTrace: 1, source: 's', scenario: 'x', description: 'd', ...extra }) + '\n';

describe('trace reader: header', function () {
  it('takes the optional fields with their types', function () {
    const t = parseTrace(header({ libvirt: 'virDomainBlockPull(dom, "vda", 0, 0)', expect: { chain: ['a'] } }));
    expect(t.header).to.deep.include({ libvirt: 'virDomainBlockPull(dom, "vda", 0, 0)', expect: { chain: ['a'] } });
    expect(parseTrace(header({})).header).to.not.have.property('libvirt');
  });

  it('refuses optional fields of the wrong type with a clear error', function () {
    expect(() => parseTrace(header({ libvirt: 5 }), 't.jsonl')).to.throw(TraceFormatError, 't.jsonl:1: header "libvirt" must be a string');
    for (const bad of ['x', null, [1], 5]) {
      expect(() => parseTrace(header({ expect: bad }), 't.jsonl'), JSON.stringify(bad)).to.throw(TraceFormatError, 't.jsonl:1: header "expect" must be an object');
    }
  });
});
