import { describe, expect, it } from 'vitest';
import { ContractValidator } from './contract-validator.js';

const validator = new ContractValidator();
const user = {
  openid: 'o3_SC5736cmf3Mpoylyr6OXIkqwI',
  nickname: '安生',
  sex: 0,
  language: '',
  city: '',
  province: '',
  country: '',
  headimgurl: '',
  privilege: [],
};

describe('ContractValidator checks answers against contract/wechat-oauth.openapi.yaml', () => {
  it("accepts WeChat's captured userinfo answer and an error answer (§5.2, §8)", () => {
    expect(validator.problems('GET', '/sns/userinfo', 200, user)).toEqual([]);
    expect(
      validator.problems('GET', '/sns/userinfo', 200, { errcode: 42001, errmsg: 'access_token expired, rid: x' }),
    ).toEqual([]);
  });

  it('names the JSON path of a value of the wrong type', () => {
    const problems = validator.problems('GET', '/sns/userinfo', 200, { ...user, sex: '1' });
    expect(problems.join('\n')).toContain('GET /sns/userinfo (HTTP 200): at /sex');
  });

  it('reports a missing field', () => {
    const { privilege: _, ...withoutPrivilege } = user;
    expect(validator.problems('GET', '/sns/userinfo', 200, withoutPrivilege).join('\n')).toContain('privilege');
  });

  it('reports a status the contract does not document, and an operation it does not know', () => {
    expect(validator.problems('GET', '/sns/auth', 500, null)).toEqual([
      'HTTP 500 is not an answer the contract documents for GET /sns/auth',
    ]);
    expect(validator.problems('DELETE', '/sns/auth', 200, null)).toEqual([
      'the contract documents no DELETE /sns/auth',
    ]);
  });
});
