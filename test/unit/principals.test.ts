import { describe, expect, it } from 'vitest';
import { principalOf, principalsGranted } from '../../src/core/live/principals.ts';
import type { RenderedObject } from '../../src/core/model/definition.ts';

const job = (name: string, extra: Partial<RenderedObject> = {}): RenderedObject => ({
  kind: 'job',
  name,
  passive: 'off',
  spec: { name },
  sensitive: [],
  ...extra,
});

describe('the principals a region must hold', () => {
  it('are every grant and every run_as, once each, with the objects that name them; system groups are not asked', () => {
    const granted = principalsGranted([
      job('a', {
        permissions: [
          { group_name: 'eng', permission_level: 'CAN_VIEW' },
          { group_name: 'users', permission_level: 'CAN_VIEW' },
          { group_name: 'admins', permission_level: 'CAN_MANAGE' },
        ],
      }),
      job('b', {
        spec: { name: 'b', run_as: { service_principal_name: '6f0d3a52-1c2b-4e8f-9a7d-3b5e2c1f0a94' } },
        permissions: [{ group_name: 'eng', permission_level: 'CAN_MANAGE_RUN' }],
      }),
    ]);
    expect([...granted.entries()].map(([id, g]) => [id, g.keys])).toEqual([
      ['group:eng', ['job/a', 'job/b']],
      ['service-principal:6f0d3a52-1c2b-4e8f-9a7d-3b5e2c1f0a94', ['job/b']],
    ]);
  });

  it("read a secret scope's one principal field as a user, a service principal or a group", () => {
    expect(principalOf({ principal: 'ana@example.com', permission: 'READ' })).toEqual({
      type: 'user',
      name: 'ana@example.com',
    });
    expect(principalOf({ principal: '6F0D3A52-1C2B-4E8F-9A7D-3B5E2C1F0A94', permission: 'READ' })?.type).toBe(
      'service-principal',
    );
    expect(principalOf({ principal: 'platform-admins', permission: 'MANAGE' })).toEqual({
      type: 'group',
      name: 'platform-admins',
    });
  });
});
