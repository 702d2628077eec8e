// Fixed vocabulary the synthetic world is built from: real provincial-level divisions (so maps
// and filters look familiar), ten industrial sectors with their value chains, and syllables
// for invented place and company names. Everything below the province level is invented.

export interface Province {
  name: string;
  nameZh: string;
  /** Relative economic weight (roughly GDP share); drives how many organizations it gets. */
  weight: number;
  /** Beijing, Tianjin, Shanghai, Chongqing: one city-level unit whose counties are districts. */
  municipality?: true;
}

export const PROVINCES: readonly Province[] = [
  { name: 'Beijing', nameZh: '北京市', weight: 4.2, municipality: true },
  { name: 'Tianjin', nameZh: '天津市', weight: 1.6, municipality: true },
  { name: 'Hebei', nameZh: '河北省', weight: 4.2 },
  { name: 'Shanxi', nameZh: '山西省', weight: 2.5 },
  { name: 'Inner Mongolia', nameZh: '内蒙古自治区', weight: 2.3 },
  { name: 'Liaoning', nameZh: '辽宁省', weight: 2.9 },
  { name: 'Jilin', nameZh: '吉林省', weight: 1.3 },
  { name: 'Heilongjiang', nameZh: '黑龙江省', weight: 1.6 },
  { name: 'Shanghai', nameZh: '上海市', weight: 4.5, municipality: true },
  { name: 'Jiangsu', nameZh: '江苏省', weight: 12.2 },
  { name: 'Zhejiang', nameZh: '浙江省', weight: 7.7 },
  { name: 'Anhui', nameZh: '安徽省', weight: 4.5 },
  { name: 'Fujian', nameZh: '福建省', weight: 5.3 },
  { name: 'Jiangxi', nameZh: '江西省', weight: 3.2 },
  { name: 'Shandong', nameZh: '山东省', weight: 8.7 },
  { name: 'Henan', nameZh: '河南省', weight: 6.1 },
  { name: 'Hubei', nameZh: '湖北省', weight: 5.4 },
  { name: 'Hunan', nameZh: '湖南省', weight: 4.9 },
  { name: 'Guangdong', nameZh: '广东省', weight: 12.9 },
  { name: 'Guangxi', nameZh: '广西壮族自治区', weight: 2.6 },
  { name: 'Hainan', nameZh: '海南省', weight: 0.7 },
  { name: 'Chongqing', nameZh: '重庆市', weight: 2.9, municipality: true },
  { name: 'Sichuan', nameZh: '四川省', weight: 5.6 },
  { name: 'Guizhou', nameZh: '贵州省', weight: 2.0 },
  { name: 'Yunnan', nameZh: '云南省', weight: 2.9 },
  { name: 'Tibet', nameZh: '西藏自治区', weight: 0.2 },
  { name: 'Shaanxi', nameZh: '陕西省', weight: 3.3 },
  { name: 'Gansu', nameZh: '甘肃省', weight: 1.1 },
  { name: 'Qinghai', nameZh: '青海省', weight: 0.4 },
  { name: 'Ningxia', nameZh: '宁夏回族自治区', weight: 0.5 },
  { name: 'Xinjiang', nameZh: '新疆维吾尔自治区', weight: 1.8 },
];

export interface SectorIndustry {
  name: string;
  nameZh: string;
  /** Depth in the sector's chain: the lowest stage is UPSTREAM, the highest DOWNSTREAM, the rest MIDSTREAM. */
  stage: number;
}

export interface Sector {
  name: string;
  nameZh: string;
  /** Relative number of organizations working in the sector. */
  weight: number;
  industries: readonly SectorIndustry[];
}

export const SECTORS: readonly Sector[] = [
  {
    name: 'Integrated circuits',
    nameZh: '集成电路',
    weight: 1.2,
    industries: [
      { name: 'Semiconductor materials', nameZh: '半导体材料', stage: 0 },
      { name: 'Semiconductor equipment', nameZh: '半导体设备', stage: 0 },
      { name: 'IC design', nameZh: '集成电路设计', stage: 1 },
      { name: 'Wafer fabrication', nameZh: '晶圆制造', stage: 2 },
      { name: 'Packaging and testing', nameZh: '封装测试', stage: 3 },
      { name: 'Consumer electronics', nameZh: '消费电子', stage: 4 },
    ],
  },
  {
    name: 'New energy vehicles',
    nameZh: '新能源汽车',
    weight: 1.3,
    industries: [
      { name: 'Battery materials', nameZh: '电池材料', stage: 0 },
      { name: 'Power batteries', nameZh: '动力电池', stage: 1 },
      { name: 'Electric drive systems', nameZh: '电驱动系统', stage: 1 },
      { name: 'Vehicle manufacturing', nameZh: '整车制造', stage: 2 },
      { name: 'Fleet operation', nameZh: '车队运营', stage: 3 },
    ],
  },
  {
    name: 'Biomedicine',
    nameZh: '生物医药',
    weight: 1.1,
    industries: [
      { name: 'Pharmaceutical raw materials', nameZh: '医药原料', stage: 0 },
      { name: 'Contract drug research', nameZh: '医药研发外包', stage: 1 },
      { name: 'Pharmaceutical manufacturing', nameZh: '药品制造', stage: 2 },
      { name: 'Medical devices', nameZh: '医疗器械', stage: 2 },
      { name: 'Pharmaceutical distribution', nameZh: '医药流通', stage: 3 },
    ],
  },
  {
    name: 'Photovoltaics',
    nameZh: '光伏',
    weight: 0.8,
    industries: [
      { name: 'Polysilicon', nameZh: '多晶硅', stage: 0 },
      { name: 'Silicon wafers', nameZh: '硅片', stage: 1 },
      { name: 'Solar cells', nameZh: '太阳能电池片', stage: 2 },
      { name: 'PV modules', nameZh: '光伏组件', stage: 3 },
      { name: 'PV power generation', nameZh: '光伏发电', stage: 4 },
    ],
  },
  {
    name: 'Intelligent manufacturing equipment',
    nameZh: '智能制造装备',
    weight: 1.0,
    industries: [
      { name: 'Precision components', nameZh: '精密零部件', stage: 0 },
      { name: 'Control systems', nameZh: '控制系统', stage: 1 },
      { name: 'Industrial robots', nameZh: '工业机器人', stage: 2 },
      { name: 'Smart factory integration', nameZh: '智能工厂集成', stage: 3 },
    ],
  },
  {
    name: 'New materials',
    nameZh: '新材料',
    weight: 0.9,
    industries: [
      { name: 'Rare earth mining', nameZh: '稀土开采', stage: 0 },
      { name: 'Chemical feedstock', nameZh: '化工原料', stage: 0 },
      { name: 'Rare earth smelting and separation', nameZh: '稀土冶炼分离', stage: 1 },
      { name: 'Magnetic materials', nameZh: '磁性材料', stage: 2 },
      { name: 'Carbon fibre composites', nameZh: '碳纤维复合材料', stage: 2 },
    ],
  },
  {
    name: 'Software and information services',
    nameZh: '软件和信息服务',
    weight: 1.5,
    industries: [
      { name: 'Basic software', nameZh: '基础软件', stage: 0 },
      { name: 'Cloud computing', nameZh: '云计算', stage: 1 },
      { name: 'Industrial software', nameZh: '工业软件', stage: 1 },
      { name: 'Industrial internet platforms', nameZh: '工业互联网平台', stage: 2 },
      { name: 'Digital transformation services', nameZh: '数字化转型服务', stage: 3 },
    ],
  },
  {
    name: 'Aerospace',
    nameZh: '航空航天',
    weight: 0.5,
    industries: [
      { name: 'Aerospace materials', nameZh: '航空材料', stage: 0 },
      { name: 'Aero-engine components', nameZh: '航空发动机零部件', stage: 1 },
      { name: 'Avionics', nameZh: '航空电子', stage: 1 },
      { name: 'Aircraft manufacturing', nameZh: '飞机制造', stage: 2 },
      { name: 'Aviation maintenance', nameZh: '航空维修', stage: 3 },
    ],
  },
  {
    name: 'Modern agriculture',
    nameZh: '现代农业',
    weight: 0.9,
    industries: [
      { name: 'Seed industry', nameZh: '种业', stage: 0 },
      { name: 'Agricultural machinery', nameZh: '农业机械', stage: 0 },
      { name: 'Crop cultivation', nameZh: '种植业', stage: 1 },
      { name: 'Food processing', nameZh: '食品加工', stage: 2 },
      { name: 'Cold-chain logistics', nameZh: '冷链物流', stage: 3 },
    ],
  },
  {
    name: 'Marine equipment',
    nameZh: '海洋装备',
    weight: 0.4,
    industries: [
      { name: 'Marine steel', nameZh: '船舶用钢', stage: 0 },
      { name: 'Marine engines and equipment', nameZh: '船舶配套设备', stage: 1 },
      { name: 'Shipbuilding', nameZh: '船舶制造', stage: 2 },
      { name: 'Offshore engineering', nameZh: '海洋工程', stage: 2 },
      { name: 'Shipping services', nameZh: '航运服务', stage: 3 },
    ],
  },
];

/**
 * Supply links between industries (UPSTREAM_OF): [supplier industry, customer industry,
 * product]. Mostly within a sector's chain; the last block crosses sectors, which is what makes
 * chains meet (power semiconductors in electric drives, robots on vehicle lines). Acyclic.
 */
export const CHAIN_LINKS: readonly (readonly [string, string, string])[] = [
  ['Semiconductor materials', 'Wafer fabrication', 'silicon wafers and photoresists'],
  ['Semiconductor equipment', 'Wafer fabrication', 'lithography and etching tools'],
  ['IC design', 'Wafer fabrication', 'chip layouts'],
  ['Wafer fabrication', 'Packaging and testing', 'processed wafers'],
  ['Packaging and testing', 'Consumer electronics', 'packaged chips'],
  ['Battery materials', 'Power batteries', 'cathode and anode materials'],
  ['Power batteries', 'Vehicle manufacturing', 'battery packs'],
  ['Electric drive systems', 'Vehicle manufacturing', 'electric drive units'],
  ['Vehicle manufacturing', 'Fleet operation', 'electric vehicles'],
  ['Pharmaceutical raw materials', 'Pharmaceutical manufacturing', 'active pharmaceutical ingredients'],
  ['Contract drug research', 'Pharmaceutical manufacturing', 'drug candidates'],
  ['Pharmaceutical manufacturing', 'Pharmaceutical distribution', 'finished drugs'],
  ['Medical devices', 'Pharmaceutical distribution', 'medical devices'],
  ['Polysilicon', 'Silicon wafers', 'solar-grade polysilicon'],
  ['Silicon wafers', 'Solar cells', 'monocrystalline wafers'],
  ['Solar cells', 'PV modules', 'solar cells'],
  ['PV modules', 'PV power generation', 'PV modules'],
  ['Precision components', 'Industrial robots', 'reducers and servo motors'],
  ['Control systems', 'Industrial robots', 'motion controllers'],
  ['Industrial robots', 'Smart factory integration', 'industrial robots'],
  ['Rare earth mining', 'Rare earth smelting and separation', 'rare earth concentrate'],
  ['Rare earth smelting and separation', 'Magnetic materials', 'rare earth metals'],
  ['Chemical feedstock', 'Carbon fibre composites', 'acrylonitrile precursors'],
  ['Basic software', 'Cloud computing', 'operating systems and databases'],
  ['Basic software', 'Industrial software', 'operating systems and databases'],
  ['Cloud computing', 'Industrial internet platforms', 'cloud computing capacity'],
  ['Industrial software', 'Industrial internet platforms', 'CAD and MES software'],
  ['Industrial internet platforms', 'Digital transformation services', 'platform services'],
  ['Aerospace materials', 'Aero-engine components', 'titanium alloys and superalloys'],
  ['Aero-engine components', 'Aircraft manufacturing', 'engine modules'],
  ['Avionics', 'Aircraft manufacturing', 'avionics suites'],
  ['Aircraft manufacturing', 'Aviation maintenance', 'aircraft'],
  ['Seed industry', 'Crop cultivation', 'improved seeds'],
  ['Agricultural machinery', 'Crop cultivation', 'harvesters and crop-spraying drones'],
  ['Crop cultivation', 'Food processing', 'grain and vegetables'],
  ['Food processing', 'Cold-chain logistics', 'processed food'],
  ['Marine steel', 'Marine engines and equipment', 'ship plate'],
  ['Marine steel', 'Shipbuilding', 'ship plate'],
  ['Marine engines and equipment', 'Shipbuilding', 'marine engines'],
  ['Marine engines and equipment', 'Offshore engineering', 'subsea equipment'],
  ['Shipbuilding', 'Shipping services', 'vessels'],
  // Across sectors.
  ['Polysilicon', 'Semiconductor materials', 'electronic-grade polysilicon'],
  ['Wafer fabrication', 'Electric drive systems', 'power semiconductors'],
  ['Packaging and testing', 'Control systems', 'controller chips'],
  ['Magnetic materials', 'Electric drive systems', 'NdFeB magnets'],
  ['Industrial robots', 'Vehicle manufacturing', 'welding robots'],
  ['Carbon fibre composites', 'Aircraft manufacturing', 'composite airframe parts'],
  ['Industrial software', 'Smart factory integration', 'MES software'],
];

/** Syllables for invented city and county names: [pinyin, hanzi]. */
export const PLACE_SYLLABLES: readonly (readonly [string, string])[] = [
  ['an', '安'],
  ['lin', '林'],
  ['ning', '宁'],
  ['yang', '阳'],
  ['zhou', '州'],
  ['jiang', '江'],
  ['he', '河'],
  ['shan', '山'],
  ['ping', '平'],
  ['qing', '清'],
  ['yun', '云'],
  ['hu', '湖'],
  ['nan', '南'],
  ['bei', '北'],
  ['dong', '东'],
  ['xi', '西'],
  ['chang', '昌'],
  ['ling', '陵'],
  ['yuan', '源'],
  ['quan', '泉'],
  ['tai', '台'],
  ['song', '松'],
  ['bai', '白'],
  ['wu', '武'],
  ['yi', '宜'],
  ['shao', '韶'],
  ['huai', '淮'],
  ['lu', '鹿'],
  ['meng', '蒙'],
  ['xiang', '湘'],
];

/** Syllables for invented company brands: [pinyin, hanzi]. */
export const BRAND_SYLLABLES: readonly (readonly [string, string])[] = [
  ['hua', '华'],
  ['zhong', '中'],
  ['xin', '新'],
  ['tian', '天'],
  ['rui', '瑞'],
  ['hong', '宏'],
  ['kai', '凯'],
  ['sheng', '盛'],
  ['long', '龙'],
  ['feng', '丰'],
  ['jin', '金'],
  ['yuan', '远'],
  ['heng', '恒'],
  ['tai', '泰'],
  ['ming', '明'],
  ['chang', '长'],
  ['da', '达'],
  ['guang', '光'],
  ['hai', '海'],
  ['yu', '宇'],
  ['bo', '博'],
  ['chuang', '创'],
  ['ke', '科'],
  ['wei', '维'],
  ['xing', '星'],
  ['jia', '嘉'],
  ['cheng', '诚'],
  ['de', '德'],
  ['fu', '富'],
  ['hao', '浩'],
  ['li', '立'],
  ['run', '润'],
  ['tong', '通'],
  ['yi', '亿'],
  ['zhi', '智'],
  ['qi', '启'],
  ['rong', '荣'],
  ['sen', '森'],
  ['xun', '讯'],
  ['teng', '腾'],
];
