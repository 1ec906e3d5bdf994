import { describe, expect, it } from 'vitest';
import type { RenderedObject } from '../../src/core/model/definition.ts';
import {
  COMMENT_LIMIT,
  formatComment,
  parseMarker,
  shareBudget,
} from '../../src/core/plan/format-comment.ts';
import { fitBytes } from '../../src/core/plan/format-markdown.ts';
import { planRegion } from '../../src/core/plan/plan.ts';

const job = (name: string, description: string): RenderedObject => ({
  kind: 'job',
  name,
  passive: 'off',
  spec: { description },
  sensitive: [],
});

describe('the PR comment', () => {
  it("stays under GitHub's limit, keeping every summary and every delete, and says what it left out", () => {
    const before = [
      ...Array.from({ length: 400 }, (_, i) => job(`j${i}`, 'x')),
      ...Array.from({ length: 30 }, (_, i) => job(`gone-${i}`, 'y')),
    ];
    const after = Array.from({ length: 400 }, (_, i) => job(`j${i}`, 'z'.repeat(2000)));
    const region = (name: string, role: 'active' | 'passive') => planRegion(name, role, before, after);
    const body = formatComment({
      configPath: 'codeploy.yml',
      head: 'a'.repeat(40),
      plan: {
        format_version: 1,
        mode: 'live',
        regions: [region('primary', 'active'), region('secondary', 'passive')],
      },
      detailsUrl: 'https://github.com/acme/x/actions/runs/1',
    });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain('**Plan: 0 to create, 400 to update, 30 to delete.**');
    expect(body.match(/### Region/g)).toHaveLength(2);
    for (let i = 0; i < 30; i++) expect(body).toContain(`\`- job gone-${i}\``);
    expect(body).toMatch(
      /_\d+ more detail block\(s\) of primary do not fit in a comment: see the job summary\._/,
    );
    // The budget is shared: the DR region's changes are shown too, not crowded out by the primary's.
    const secondary = body.slice(body.indexOf('### Region `secondary`'));
    expect(secondary.match(/<details>/g)?.length ?? 0).toBeGreaterThan(5);
    const primary = body.slice(0, body.indexOf('### Region `secondary`'));
    expect(
      Math.abs((primary.match(/<details>/g)?.length ?? 0) - (secondary.match(/<details>/g)?.length ?? 0)),
    ).toBeLessThanOrEqual(1);
    expect(body).toContain('[full plan in the job summary](https://github.com/acme/x/actions/runs/1)');
    // Every detail block that made it in is whole: opened and closed.
    expect(body.match(/<details>/g)?.length).toBe(body.match(/<\/details>/g)?.length);
  });

  it('carries a marker with the config, the head and a hash per region', () => {
    const plan = {
      format_version: 1 as const,
      mode: 'live' as const,
      regions: [planRegion('primary', 'active', [], [job('a', 'b')])],
    };
    const meta = parseMarker(
      formatComment({ configPath: 'deploy/codeploy.yml', head: 'f'.repeat(40), plan }),
    );
    expect(meta).toEqual({
      config: 'deploy/codeploy.yml',
      head: 'f'.repeat(40),
      plans: { primary: expect.stringMatching(/^[0-9a-f]{16}$/) },
    });
    expect(parseMarker('<!-- someone else -->')).toBeUndefined();
  });

  it("shows drift apart from the pull request's own changes", () => {
    const region = planRegion('secondary', 'passive', [job('a', 'old')], [job('a', 'new')]);
    const entry = region.entries[0];
    if (entry)
      entry.changes = [
        { path: 'spec.description', action: 'change', old: 'old', new: 'new', reason: 'drift' },
      ];
    const body = formatComment({
      configPath: 'codeploy.yml',
      head: 'a'.repeat(40),
      plan: { format_version: 1, mode: 'live', regions: [region] },
    });
    expect(body).toContain('#### Changed in the workspace by hand (drift): the next apply reverts it');
    expect(body).not.toContain('#### Changes from this pull request');
  });
});

describe('the job summary limit', () => {
  it('is counted in UTF-8 bytes, and a cut never splits a character', () => {
    const text = '€'.repeat(1000); // 3 bytes each
    const cut = fitBytes(text, 100, '…');
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(100);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toContain('\uFFFD');
    expect(fitBytes('short', 100, '…')).toBe('short');
  });
});

describe('sharing the comment budget between regions', () => {
  it('gives each region an equal share first, and what one leaves unused to the others', () => {
    // The primary has far more than fits; the secondary needs little: it gets all it needs.
    const shown = shareBudget([Array(100).fill(10), [10, 10]], 300);
    expect(shown[1]?.size).toBe(2);
    expect(shown[0]?.size).toBe(28);
    // Two big regions split it evenly.
    const even = shareBudget([Array(100).fill(10), Array(100).fill(10)], 300);
    expect([even[0]?.size, even[1]?.size]).toEqual([15, 15]);
  });
});
