/**
 * What the replayer takes as the recorded command: well-formed as QEMU 7.2
 * reads commands (execute or exec-oob, not both; object arguments; id), and
 * anything QEMU would refuse is not a match.
 */
import { expect } from 'chai';
import { compareCommand, isWellFormedCommand } from '../../lib/trace/compare.js';

const got = (msg: Record<string, unknown>): { msg: unknown; text: string } => ({ msg, text: JSON.stringify(msg) });
const none = new Set<string>();

describe('replay comparison', function () {
  it('takes as well-formed only what QEMU 7.2 accepts: execute or exec-oob (not both), arguments, id', function () {
    expect(isWellFormedCommand({ execute: 'query-status', arguments: {}, id: 1 })).to.equal(true);
    expect(isWellFormedCommand({ 'exec-oob': 'migrate-pause', id: 1 })).to.equal(true);
    // QEMU 7.2: "QMP input member 'control' is unexpected".
    expect(isWellFormedCommand({ execute: 'query-status', control: { 'run-oob': true } })).to.equal(false);
    expect(isWellFormedCommand({ execute: 'query-status', 'exec-oob': 'query-status' })).to.equal(false);
  });

  it('compares a recorded command with control as a whole object', function () {
    const rec = { execute: 'query-status', control: { 'run-oob': true }, id: 1 };
    expect(compareCommand({ msg: rec }, got({ execute: 'query-status', id: 2 }), none)).to.equal('control: expected {"run-oob":true}, got nothing');
    expect(compareCommand({ msg: rec }, got({ execute: 'query-status', control: { 'run-oob': true }, id: 2 }), none)).to.equal(undefined);
  });

  it("counts the client's keys that QEMU would refuse", function () {
    const rec = { execute: 'query-status', id: 1 };
    expect(compareCommand({ msg: rec }, got({ execute: 'query-status', bogus: 1, id: 'x' }), none)).to.equal("'query-status' bogus: unexpected 1");
    expect(compareCommand({ msg: rec }, got({ execute: 'query-status', control: {} }), none)).to.equal("'query-status' control: unexpected {}");
    expect(compareCommand({ msg: rec }, got({ execute: 'query-status', 'exec-oob': 'query-status' }), none)).to.equal("'query-status' has both execute and exec-oob");
    // The keys a command may have still match.
    expect(compareCommand({ msg: rec }, got({ execute: 'query-status', arguments: {}, id: 'x' }), none)).to.equal(undefined);
    // QEMU 7.2: "QMP input member 'arguments' must be an object"; lenient keys are argument keys only.
    expect(compareCommand({ msg: rec }, got({ execute: 'query-status', arguments: null }), none)).to.equal("'query-status' arguments: not an object: null");
    expect(compareCommand({ msg: rec }, got({ execute: 'query-status', speed: 1 }), new Set(['speed']))).to.equal("'query-status' speed: unexpected 1");
    expect(compareCommand({ msg: { execute: 'x', arguments: { speed: 1 } } }, got({ execute: 'x', arguments: { speed: 2 } }), new Set(['speed']))).to.equal(undefined);
  });
});
