import { describe, expect, it } from 'vitest';
import { catalog } from '../catalog';
import { cellText } from './cell-text';
import { withObjectMenu } from './object-menu';
import { genericScreens, objectRoutes } from './object-routes';
import { defaultLabel, type ScreenDefinition } from './page-options';

const definitions = Object.values(catalog);
const spamTag = catalog['x:SpamTag'] as ScreenDefinition;
const link = (label: string, to: string) => ({ label, to, allowed: () => true });

describe('generic object screens', () => {
  it('serve the collections with screens that no feature serves', () => {
    const served = genericScreens(definitions, ['/settings/spam/rules']).map((d) => d.name);
    expect(served).toEqual(['x:MtaMilter', 'x:SpamTag']);
  });

  it('give each a list, a create and a detail route, /new before /$id, guarded by the permissions', () => {
    const routes = objectRoutes([spamTag], { lazyPage: (load) => load });
    expect(routes.map((r) => [r.path, r.title])).toEqual([
      ['/settings/spam/scores', 'Scores'],
      ['/settings/spam/scores/new', 'New tag'],
      ['/settings/spam/scores/$id', 'Tag'],
    ]);
    const viewer = new Set(['sysSpamTagGet', 'sysSpamTagQuery']);
    expect(routes.map((r) => r.allowed(viewer))).toEqual([true, false, true]);
  });

  it('place menu links into the named groups, adding a group that is missing', () => {
    const menu = [{ label: 'Settings', children: [{ label: 'MTA', children: [] }, { label: 'Spam Filter', children: [link('Rules', '/r')] }] }];
    const placed = withObjectMenu(menu, definitions, ['/settings/spam/rules']);
    const settings = placed[0]?.children ?? [];
    expect(JSON.parse(JSON.stringify(settings))).toEqual([
      { label: 'MTA', children: [{ label: 'Filters', children: [{ label: 'Milters', to: '/settings/mta/milters' }] }] },
      { label: 'Spam Filter', children: [{ label: 'Rules', to: '/r' }, { label: 'Scores', to: '/settings/spam/scores' }] },
    ]);
  });

  it('word a cell by its field, or by the variant when the variant has no such field', () => {
    expect(cellText(spamTag, { id: 'a', '@type': 'Score', tag: 'X', score: 2.5 }, 'score')).toBe('2.5');
    expect(cellText(spamTag, { id: 'b', '@type': 'Reject', tag: 'GTUBE' }, 'score')).toBe('Reject');
    expect(cellText(spamTag, { id: 'c', '@type': 'Discard', tag: 'TRAP' }, 'score')).toBe('Discard');
    expect(defaultLabel(spamTag.screens, { id: 'c', tag: 'TRAP' })).toBe('TRAP');
  });
});
