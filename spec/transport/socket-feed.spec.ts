import { expect } from 'chai';
import { SocketFeed } from '../../lib/transport/socket-feed.js';

describe('SocketFeed', function () {
  it('hands reads made before attach() to the reader first, as copies, then reads into its buffer', function () {
    const feed = new SocketFeed();
    const early = feed.onread.buffer as () => Buffer;
    const read = feed.onread.callback as (n: number, at: Uint8Array) => boolean;
    // two reads before there is a reader: they land in the shared buffer, which the second overwrites
    let at = early();
    at.write('{"a":1}\n', 'latin1');
    read(8, at);
    at = early();
    at.write('{"b":', 'latin1');
    read(5, at);
    const got: string[] = [];
    const mine = Buffer.alloc(64);
    feed.attach(() => mine, (n, where) => got.push(Buffer.from(where.buffer, where.byteOffset, n).toString('latin1')));
    expect(got).to.deep.equal(['{"a":1}\n', '{"b":']);
    const next = early();
    expect(next).to.equal(mine);
    next.write('2}\n', 'latin1');
    read(3, next);
    expect(got).to.deep.equal(['{"a":1}\n', '{"b":', '2}\n']);
  });
});
