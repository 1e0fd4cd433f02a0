import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeUscc, organisationCodeCheckCharacter, usccCheckCharacter, validateUscc } from './uscc.ts';

test('a published code validates, and any single changed character is caught', () => {
  // The example code of GB 32100-2015's explanatory material.
  const code = '91350100M000100Y43';
  assert.equal(validateUscc(code), null);
  assert.equal(usccCheckCharacter(code.slice(0, 17)), '3');
  const mistyped = `${code.slice(0, 10)}1${code.slice(11)}`;
  assert.match(validateUscc(mistyped)!, /wrong check character/);
});

test('refusals say what is wrong and where', () => {
  assert.match(validateUscc('123')!, /18 characters, has 3/);
  assert.match(validateUscc('91350100M000100YI3')!, /"I" at position 17/);
  assert.match(validateUscc('9135010aM000100Y43')!, /position 8/);
  assert.match(validateUscc('91ABCDEFM000100Y43')!, /region code/);
});

test('makeUscc builds valid codes with a valid organisation code inside', () => {
  for (const body of ['MIN00001', 'SEP00001', 'BENCHMAG', '12345678']) {
    const code = makeUscc({ authority: '9', orgType: '1', region: '150200', orgBody8: body });
    assert.equal(validateUscc(code), null, code);
    assert.equal(code.slice(2, 8), '150200');
  }
  // GB 11714's worked example, D2143569-X: 13·3 + 2·7 + 1·9 + 4·10 + 3·5 + 5·8 + 6·4 + 9·2 = 199,
  // 11 − (199 mod 11) = 10, written X.
  assert.equal(organisationCodeCheckCharacter('D2143569'), 'X');
});
