// Loading a rule pack (YAML, lexicons, compiled patterns) costs ~0.3 s of CPU, and runAudit loads
// it afresh for every audit. Test files that audit many corpus items mock the rules module with
// this: the same loader, each pack id loaded once per file. Use:
//   vi.mock('../../src/rules/index.js', async (real) => (await import('../helpers/memo-rules.js')).memoisedRules(await real()));
import type * as Rules from '../../src/rules/index.js';

type RulesModule = typeof Rules;

export function memoisedRules(real: RulesModule): RulesModule {
  const loaded = new Map<string, ReturnType<RulesModule['loadPack']>>();
  const loadPack: RulesModule['loadPack'] = (idOrPath) => {
    const pack = loaded.get(idOrPath) ?? real.loadPack(idOrPath);
    loaded.set(idOrPath, pack);
    return pack;
  };
  return { ...real, loadPack };
}
