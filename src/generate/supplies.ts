// Supply relations between enterprises: a supplier in an industry sells to customers in the
// industries directly downstream of it, naming the product of that link. Out-degree is
// heavy-tailed (most firms have a few customers, some hundreds), and big customers attract
// many suppliers because customers are picked by rank. A share of enterprises (CHAIN_ONLY_SHARE)
// neither supplies nor buys: they are on the chain through their industry only.
import type { Dataset } from './dataset.js';
import { orgId } from './ids.js';
import type { IndustryTree } from './industries.js';
import { kindCode, type OrgTable } from './orgs.js';
import type { Progress } from './progress.js';
import { Rng } from './random.js';
import { CHAIN_ONLY_SHARE, CUSTOMER_ZIPF, CUSTOMERS, LAST_YEAR } from './shape.js';

const ENTERPRISE = kindCode('ENTERPRISE');

export async function generateSupplies(seed: number, orgs: OrgTable, industries: IndustryTree, ds: Dataset, progress: Progress): Promise<void> {
  const rng = new Rng(seed, 'supplies');
  const chainOnlyRng = new Rng(seed, 'chain-only');
  const chainOnly = Uint8Array.from({ length: orgs.count }, (_, i) => (orgs.kind[i] === ENTERPRISE && chainOnlyRng.chance(CHAIN_ONLY_SHARE) ? 1 : 0));
  // Rows are written supplier by supplier, so checking one supplier's customers rules out duplicate pairs.
  const seen = new Set<number>();
  for (let supplier = 0; supplier < orgs.count; supplier++) {
    const links = industries.downstream[orgs.industry[supplier]!]!;
    if (orgs.kind[supplier] === ENTERPRISE && !chainOnly[supplier] && links.length > 0) {
      const wanted = rng.powerLaw(1, CUSTOMERS.max, CUSTOMERS.exponent) - 1;
      seen.clear();
      for (let n = 0, attempt = 0; n < wanted && attempt < 3 * wanted; attempt++) {
        const link = rng.pick(links);
        const customer = orgs.enterprisesByIndustry.pickRanked(link.leaf, rng, CUSTOMER_ZIPF);
        if (customer < 0 || chainOnly[customer] || seen.has(customer)) continue;
        seen.add(customer);
        n++;
        const since = rng.int(Math.max(orgs.founded[supplier]!, orgs.founded[customer]!), LAST_YEAR);
        ds.out.supplies.row({ from: orgId(supplier), to: orgId(customer), product: link.product, since });
      }
    }
    await progress.step();
  }
}
