// The seed graph as a specification of the five source articles: for each article, its named
// entities, the links it states and every figure it gives, each read back from Neo4j with the
// source it came from. Evidence must be a verbatim quote from the cited article.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Graph, GraphSession } from '../../src/graph/graph.js';
import { loadSeed } from '../../src/seed/load-seed.js';
import { counts, freshGraph } from '../helpers/graph.js';

// The source texts ship with the seeds (seeds/sources/), so provenance can be checked anywhere.
const ARTICLES = path.join(PROJECT_ROOT, 'seeds', 'sources');
let graph: Graph;
let db: GraphSession;
let firstLoad: Awaited<ReturnType<typeof loadSeed>>;

beforeAll(async () => {
  graph = await freshGraph();
  firstLoad = await loadSeed(graph, PROJECT_ROOT);
  db = graph.session();
});
afterAll(() => graph.close());

type Props = Record<string, unknown>;
async function node(id: string): Promise<{ labels: string[]; props: Props }> {
  const [row] = await db.read('admin/test/node-by-id', { id });
  expect(row, `node ${id}`).toBeDefined();
  return row as { labels: string[]; props: Props };
}
async function link(from: string, type: string, to: string): Promise<Props> {
  const rows = await db.read('admin/test/relationship', { from, to });
  const found = rows.find((r) => r.type === type);
  expect(found, `${from} -${type}-> ${to}`).toBeDefined();
  return found!.props as Props;
}

interface Article {
  source: string;
  file: string;
  entities: [id: string, label: string, name: RegExp][];
  links: [from: string, type: string, to: string][];
  /** [indicator id, value, unit, about] */
  figures: [id: string, value: number, unit: string, about: string][];
}

const articles: Article[] = [
  {
    source: 'src:a000',
    file: '000_d1cfd2427981f87a.txt',
    entities: [
      ['person:cui-zhi', 'Person', /Cui Zhi/],
      ['region:cn-liaoning-jinzhou', 'Region', /Jinzhou/],
      ['org:shengong-semiconductor', 'Enterprise', /Shengong Semiconductor/i],
      ['org:jinzhou-jietong-railway', 'Enterprise', /Jietong Railway/],
      ['org:rhei-power', 'Enterprise', /RheI Power/],
      ['plat:jinzhou-provincial-industrial-technical-center', 'Platform', /technical cent/i],
      ['proj:200mm-semiconductor-grade-low-defect-silicon-wafer', 'Project', /200mm semiconductor grade low defect silicon single-crystal wafer/],
      ['ind:equipment-manufacturing', 'Industry', /equipment manufacturing/i],
      ['ind:fine-chemicals', 'Industry', /fine chemicals/i],
    ],
    links: [
      ['person:cui-zhi', 'AUTHORED', 'src:a000'],
      ['org:shengong-semiconductor', 'MEMBER_OF', 'plat:jinzhou-provincial-industrial-technical-center'],
      ['org:jinzhou-jietong-railway', 'MEMBER_OF', 'plat:jinzhou-provincial-industrial-technical-center'],
      ['org:rhei-power', 'MEMBER_OF', 'plat:jinzhou-provincial-industrial-technical-center'],
      ['plat:jinzhou-provincial-industrial-technical-center', 'SUPPORTS', 'proj:200mm-semiconductor-grade-low-defect-silicon-wafer'],
      ['org:shengong-semiconductor', 'UNDERTAKES', 'proj:200mm-semiconductor-grade-low-defect-silicon-wafer'],
      ['org:shengong-semiconductor', 'LOCATED_IN', 'region:cn-liaoning-jinzhou'],
    ],
    figures: [
      ['fig:a000-2021-new-provincial-key-laboratories', 1, 'COUNT', 'region:cn-liaoning-jinzhou'],
      ['fig:a000-2021-new-provincial-itic', 4, 'COUNT', 'region:cn-liaoning-jinzhou'],
      ['fig:a000-2021-new-municipal-generic-itic', 7, 'COUNT', 'region:cn-liaoning-jinzhou'],
      ['fig:a000-2021-new-municipal-specialized-itic', 38, 'COUNT', 'region:cn-liaoning-jinzhou'],
      ['fig:a000-platform-count', 98, 'COUNT', 'region:cn-liaoning-jinzhou'],
      ['fig:a000-provincial-platform-count', 65, 'COUNT', 'region:cn-liaoning-jinzhou'],
      ['fig:a000-provincial-platform-rank', 3, 'RANK', 'region:cn-liaoning-jinzhou'],
      ['fig:a000-project-count', 173, 'COUNT', 'region:cn-liaoning-jinzhou'],
      ['fig:a000-achievement-transformation-profit', 538_000_000, 'CNY', 'region:cn-liaoning-jinzhou'],
      ['fig:a000-provincial-key-laboratory-count', 25, 'COUNT', 'region:cn-liaoning-jinzhou'],
      ['fig:a000-provincial-key-laboratory-rank', 3, 'RANK', 'region:cn-liaoning-jinzhou'],
      ['fig:a000-itic-count', 38, 'COUNT', 'region:cn-liaoning-jinzhou'],
      ['fig:a000-itic-rank-2019', 8, 'RANK', 'region:cn-liaoning-jinzhou'],
      ['fig:a000-itic-rank-current', 4, 'RANK', 'region:cn-liaoning-jinzhou'],
      ['fig:a000-planning-project-count', 16, 'COUNT', 'region:cn-liaoning-jinzhou'],
      ['fig:a000-share-of-projects', 69.7, 'PERCENT', 'region:cn-liaoning-jinzhou'],
      ['fig:a000-special-funds', 49_900_000, 'CNY', 'region:cn-liaoning-jinzhou'],
      ['fig:a000-share-of-funding', 92.1, 'PERCENT', 'region:cn-liaoning-jinzhou'],
      ['fig:a000-major-provincial-project-count', 3, 'COUNT', 'plat:jinzhou-provincial-industrial-technical-center'],
    ],
  },
  {
    source: 'src:a001',
    file: '001_e5fd94c8487512b0.txt',
    entities: [
      ['org:jiangsu-provincial-department-of-science-and-technology', 'GovernmentDepartment', /Department of Science and Technology/],
      ['region:cn-jiangsu', 'Region', /Jiangsu/],
      ['prog:jiangsu-innovation-consortium-pilot-first-batch', 'Programme', /consorti/i],
      ['org:farsheng', 'Enterprise', /Farsheng/],
      ['org:zhongfu-shenying', 'Enterprise', /Zhongfu Shenying/],
      ['org:huajin-semiconductor', 'Enterprise', /Huajin Semiconductor/],
      ['org:sudaweig', 'Enterprise', /Sudaweig/],
      ['plat:jiangsu-innovation-consortium-farsheng', 'Platform', /Farsheng/],
      ['plat:jiangsu-innovation-consortium-zhongfu-shenying', 'Platform', /Zhongfu Shenying/],
      ['ind:integrated-circuits', 'Industry', /integrated circuits/i],
      ['ind:new-materials', 'Industry', /new materials/i],
    ],
    links: [
      ['org:farsheng', 'MEMBER_OF', 'plat:jiangsu-innovation-consortium-farsheng'],
      ['org:zhongfu-shenying', 'MEMBER_OF', 'plat:jiangsu-innovation-consortium-zhongfu-shenying'],
      ['org:huajin-semiconductor', 'PARTICIPATES_IN', 'prog:jiangsu-innovation-consortium-pilot-first-batch'],
      ['org:sudaweig', 'PARTICIPATES_IN', 'prog:jiangsu-innovation-consortium-pilot-first-batch'],
      ['prog:jiangsu-innovation-consortium-pilot-first-batch', 'SERVES', 'ind:integrated-circuits'],
    ],
    figures: [
      ['fig:a001-consortium-count', 10, 'COUNT', 'prog:jiangsu-innovation-consortium-pilot-first-batch'],
      ['fig:a001-innovation-subject-count', 136, 'COUNT', 'prog:jiangsu-innovation-consortium-pilot-first-batch'],
      ['fig:a001-provincial-platform-count', 154, 'COUNT', 'prog:jiangsu-innovation-consortium-pilot-first-batch'],
      ['fig:a001-project-count', 152, 'COUNT', 'prog:jiangsu-innovation-consortium-pilot-first-batch'],
    ],
  },
  {
    source: 'src:a002',
    file: '002_e09e97c8665f1214.txt',
    entities: [
      ['region:cn-zhejiang-ningbo-zhenhai', 'Region', /Zhenhai/],
      ['plat:yongjiang-sci-tech-innovation-corridor', 'Platform', /Yongjiang/],
      ['plat:zhenhai-sci-tech-achievement-transformation-demo-zone', 'Platform', /demonstration zone/i],
      ['event:zhenhai-first-sci-tech-achievement-fair', 'Event', /achievement fair/i],
      ['person:shi-yang', 'Person', /Shi Yang/],
      ['org:canadian-academy-of-engineering', 'Society', /Canadian Academy of Engineering/],
      ['plat:shi-yang-academician-workstation', 'Platform', /Shi Yang Academician Workstation/],
      ['plat:yrd-medical-academician-workstation-alliance', 'Platform', /medical academician workstation alliance/i],
    ],
    links: [
      ['person:shi-yang', 'AFFILIATED_WITH', 'org:canadian-academy-of-engineering'],
      ['person:shi-yang', 'AFFILIATED_WITH', 'plat:shi-yang-academician-workstation'],
      ['plat:shi-yang-academician-workstation', 'LOCATED_IN', 'region:cn-zhejiang-ningbo-zhenhai'],
      ['region:cn-zhejiang-ningbo-zhenhai', 'PART_OF', 'region:cn-zhejiang-ningbo'],
    ],
    figures: [
      ['fig:a002-platform-count', 12, 'COUNT', 'region:cn-zhejiang-ningbo-zhenhai'],
      ['fig:a002-fair-achievements-issued', 12, 'COUNT', 'event:zhenhai-first-sci-tech-achievement-fair'],
      ['fig:a002-fair-achievements-signed', 5, 'COUNT', 'event:zhenhai-first-sci-tech-achievement-fair'],
      ['fig:a002-fair-intended-value', 10_000_000, 'CNY', 'event:zhenhai-first-sci-tech-achievement-fair'],
      ['fig:a002-2019-engineering-center-applicants', 30, 'COUNT', 'region:cn-zhejiang-ningbo-zhenhai'],
      ['fig:a002-2019-high-tech-applicants', 70, 'COUNT', 'region:cn-zhejiang-ningbo-zhenhai'],
      ['fig:a002-talent-team-size', 200, 'PERSON', 'region:cn-zhejiang-ningbo-zhenhai'],
    ],
  },
  {
    source: 'src:a003',
    file: '003_855bc39439631519.txt',
    entities: [
      ['org:lishui-municipal-bureau-of-science-and-technology', 'GovernmentDepartment', /Bureau of Science and Technology/],
      ['person:liao-xuqing', 'Person', /Liao Xuqing/],
      ['person:liu-wenxian', 'Person', /Liu Wenxian/],
      ['plat:jinyun-sawing-machine-characteristic-machinery-complex', 'Platform', /sawing machine/i],
      ['event:lishui-complex-construction-promotion-meeting', 'Event', /promotion meeting/i],
      ['event:jinyun-complex-field-survey', 'Event', /field survey/i],
      ['region:cn-zhejiang-lishui-jinyun', 'Region', /Jinyun/],
      ['region:cn-zhejiang-lishui-longquan', 'Region', /Longquan/],
      ['org:zhejiang-provincial-sci-tech-project-management-center', 'ServiceOrganization', /Project Management Cent/],
    ],
    links: [
      ['person:liao-xuqing', 'AFFILIATED_WITH', 'org:lishui-municipal-bureau-of-science-and-technology'],
      ['person:liao-xuqing', 'ATTENDED', 'event:lishui-complex-construction-promotion-meeting'],
      ['person:liu-wenxian', 'AFFILIATED_WITH', 'org:zhejiang-provincial-sci-tech-project-management-center'],
      ['org:lishui-municipal-bureau-of-science-and-technology', 'ORGANIZED', 'event:lishui-complex-construction-promotion-meeting'],
      ['event:jinyun-complex-field-survey', 'CONCERNS', 'plat:jinyun-sawing-machine-characteristic-machinery-complex'],
      ['region:cn-zhejiang-lishui-longquan', 'ATTENDED', 'event:lishui-complex-construction-promotion-meeting'],
    ],
    figures: [
      ['fig:a003-investment', 755_000_000, 'CNY', 'prog:lishui-industrial-innovation-service-complex-construction'],
      ['fig:a003-provincial-complex-count', 9, 'COUNT', 'region:cn-zhejiang-lishui'],
      ['fig:a003-municipal-complex-count', 7, 'COUNT', 'region:cn-zhejiang-lishui'],
      ['fig:a003-cluster-output-value', 76_441_000_000, 'CNY', 'region:cn-zhejiang-lishui'],
      ['fig:a003-cluster-rd-investment', 1_273_500_000, 'CNY', 'region:cn-zhejiang-lishui'],
      ['fig:a003-cluster-enterprise-count', 4791, 'COUNT', 'region:cn-zhejiang-lishui'],
      ['fig:a003-cluster-above-size-enterprises', 391, 'COUNT', 'region:cn-zhejiang-lishui'],
      ['fig:a003-cluster-high-tech-enterprises', 201, 'COUNT', 'region:cn-zhejiang-lishui'],
      ['fig:a003-cluster-sci-tech-smes', 564, 'COUNT', 'region:cn-zhejiang-lishui'],
      ['fig:a003-complex-institution-count', 191, 'COUNT', 'region:cn-zhejiang-lishui'],
      ['fig:a003-complex-academician-count', 66, 'PERSON', 'region:cn-zhejiang-lishui'],
      ['fig:a003-enterprise-service-count', 12_557, 'TIMES', 'region:cn-zhejiang-lishui'],
      ['fig:a003-technical-problems-solved', 1251, 'COUNT', 'region:cn-zhejiang-lishui'],
    ],
  },
  {
    source: 'src:a004',
    file: '004_c814da5a2110e495.txt',
    entities: [
      ['person:zhou-jianping', 'Person', /Zhou Jianping/],
      ['region:cn-qinghai-xining', 'Region', /Xining/],
      ['prog:xining-5568-innovation-project', 'Programme', /5568/],
      ['prog:xining-national-innovative-city-pilot', 'Programme', /innovative city/i],
      ['plat:xining-tibetan-medicine-research-innovation-base', 'Platform', /Tibetan medicine/i],
      ['plat:xining-tibetan-carpet-research-innovation-base', 'Platform', /Tibetan carpet/i],
      ['plat:xining-non-ferrous-metals-research-innovation-base', 'Platform', /non-ferrous metals/i],
      ['ind:electronic-information-materials', 'Industry', /electronic information materials/i],
    ],
    links: [
      ['person:zhou-jianping', 'AUTHORED', 'src:a004'],
      ['region:cn-qinghai-xining', 'PARTICIPATES_IN', 'prog:xining-national-innovative-city-pilot'],
      ['plat:xining-tibetan-carpet-research-innovation-base', 'SERVES', 'ind:tibetan-carpet'],
    ],
    figures: [
      ['fig:a004-target-base-count', 8, 'COUNT', 'prog:xining-research-innovation-base-construction'],
      ['fig:a004-target-key-enterprise-count', 40, 'COUNT', 'prog:xining-research-innovation-base-construction'],
      ['fig:a004-target-technical-problems', 80, 'COUNT', 'prog:xining-research-innovation-base-construction'],
      ['fig:a004-target-sales-revenue-multiple', 2, 'MULTIPLE', 'prog:xining-research-innovation-base-construction'],
      ['fig:a004-target-patent-multiple', 2, 'MULTIPLE', 'prog:xining-research-innovation-base-construction'],
    ],
  },
];

describe.each(articles)('seed article $source', (article) => {
  const text = () => readFileSync(path.join(ARTICLES, article.file), 'utf8');

  it('is a Source node pointing at its file', async () => {
    expect((await node(article.source)).props).toMatchObject({ file: article.file });
  });

  it.each(article.entities)('names %s (%s)', async (id, label, name) => {
    const n = await node(id);
    expect(n.labels).toContain(label);
    expect(`${n.props.name} ${(n.props.aliases as string[] | undefined)?.join(' ') ?? ''}`).toMatch(name);
    expect(n.props.importFile).toMatch(/^seeds\//);
  });

  it.each(article.links)('links %s -%s-> %s with its source', async (from, type, to) => {
    const props = await link(from, type, to);
    expect(props.source).toBe(article.source);
    expect(text()).toContain(props.evidence);
  });

  it.each(article.figures)('states figure %s = %d %s about %s', async (id, value, unit, about) => {
    const fig = await node(id);
    expect(fig.labels).toContain('Indicator');
    expect(fig.props).toMatchObject({ value, unit, source: article.source });
    expect(text()).toContain(fig.props.evidence);
    await link(id, 'ABOUT', about);
  });
});

describe('seed graph as a whole', () => {
  it('cites, for every node and relationship, a source whose text holds the evidence verbatim', async () => {
    const rows = await db.read('admin/test/provenance');
    expect(rows.length).toBeGreaterThan(250);
    const texts = new Map<string, string>();
    const problems: string[] = [];
    for (const r of rows) {
      if (r.element === 'relationship' && String(r.id).includes('-ABOUT->')) continue; // provenance is on the indicator itself
      if (!r.file) {
        problems.push(`${r.id}: cites unknown source ${r.source}`);
        continue;
      }
      const file = r.file as string;
      if (!texts.has(file)) texts.set(file, readFileSync(path.join(ARTICLES, file), 'utf8'));
      if (typeof r.evidence !== 'string' || !texts.get(file)!.includes(r.evidence)) problems.push(`${r.id}: evidence not found in ${file}`);
      if (r.inferred === true && !r.note) problems.push(`${r.id}: inferred without a note saying why`);
    }
    expect(problems).toEqual([]);
  });

  it('loads idempotently: a second seed run creates nothing', async () => {
    expect(firstLoad.nodesCreated).toBeGreaterThan(100);
    const before = await counts(graph);
    const again = await loadSeed(graph, PROJECT_ROOT);
    expect(again).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    expect(await counts(graph)).toEqual(before);
  });
});
