/**
 * Home counties of the partner regions. `code` is the 行政区划代码 that opens the 身份证号 of
 * people born there around 2000 (IDs keep the code they were issued with, e.g. 田阳 451021
 * although it is now 田阳区); the names are today's, as an address would be written.
 */
export interface County {
  code: string;
  province: string;
  city: string;
  county: string;
  towns: readonly string[];
  /** 民族 → relative share among the county's students */
  ethnicities: Readonly<Record<string, number>>;
  /** common surnames of the county's Han population, most common first */
  hanSurnames: readonly string[];
  /** village names (without 村) to draw home addresses from */
  villages: readonly string[];
}

const VILLAGES = ['新村', '大坪', '石门', '龙塘', '河口', '上寨', '下寨', '坡头', '团结', '和平', '光明', '红星', '联合', '东风', '长岭', '水口', '沙坪', '高峰', '中心', '新华', '上坪', '大塘'];
/** Zhuang and Bouyei place names often start with 那 (rice field), 板 (village) or 弄 (valley). */
const VILLAGES_SOUTHWEST = [...VILLAGES, '那王', '那满', '那厘', '板坝', '板烈', '弄怀', '弄平', '六合', '排楼', '拉洞', '巴别'];

const HAN_ONLY = { 汉族: 1 };
const LEIZHOU = ['陈', '李', '黄', '林', '梁', '钟', '吴', '杨', '庞', '罗', '何', '张', '莫', '揭', '全'];
const SHANWEI = ['陈', '林', '黄', '蔡', '彭', '庄', '吴', '郑', '李', '卓', '叶', '钟', '刘', '杨', '余', '许', '曾', '王'];
const QIANNAN = ['张', '王', '李', '刘', '陈', '杨', '罗', '吴', '周', '赵', '何', '黄'];
const YUNXI = ['王', '张', '陈', '刘', '李', '杨', '周', '吴', '徐', '胡', '程', '余', '明', '冯', '孙', '朱', '晏'];
const BAISE = ['黄', '李', '陈', '梁', '刘', '罗', '杨', '王'];

const guangdong = (code: string, city: string, county: string, towns: string[], hanSurnames: string[]): County => ({
  code, province: '广东省', city, county, towns, ethnicities: HAN_ONLY, hanSurnames, villages: VILLAGES,
});
const qiannan = (code: string, county: string, towns: string[], ethnicities: Record<string, number>): County => ({
  code, province: '贵州省', city: '黔南布依族苗族自治州', county, towns, ethnicities, hanSurnames: QIANNAN, villages: VILLAGES_SOUTHWEST,
});
const baise = (code: string, county: string, towns: string[], ethnicities: Record<string, number>): County => ({
  code, province: '广西壮族自治区', city: '百色市', county, towns, ethnicities, hanSurnames: BAISE, villages: VILLAGES_SOUTHWEST,
});

export const COUNTIES = {
  lianjiang: guangdong('440881', '湛江市', '廉江市', ['石城镇', '安铺镇', '横山镇', '良垌镇', '青平镇', '营仔镇', '车板镇', '吉水镇', '河唇镇', '石岭镇', '雅塘镇', '塘蓬镇', '长山镇', '石角镇'], LEIZHOU),
  lufeng: guangdong('441581', '汕尾市', '陆丰市', ['碣石镇', '甲子镇', '南塘镇', '博美镇', '内湖镇', '大安镇', '八万镇', '桥冲镇', '湖东镇', '金厢镇', '潭西镇', '上英镇', '西南镇', '陂洋镇'], SHANWEI),
  haifeng: guangdong('441521', '汕尾市', '海丰县', ['海城镇', '梅陇镇', '可塘镇', '公平镇', '陶河镇', '赤坑镇', '联安镇', '鹅埠镇', '附城镇', '城东镇', '大湖镇', '赤石镇', '黄羌镇'], SHANWEI),
  duyun: qiannan('522701', '都匀市', ['墨冲镇', '平浪镇', '毛尖镇', '匀东镇', '归兰水族乡'], { 汉族: 40, 布依族: 35, 苗族: 15, 水族: 10 }),
  libo: qiannan('522722', '荔波县', ['朝阳镇', '甲良镇', '佳荣镇', '茂兰镇'], { 布依族: 50, 汉族: 25, 水族: 15, 苗族: 10 }),
  dushan: qiannan('522726', '独山县', ['麻尾镇', '下司镇', '基长镇', '影山镇', '上司镇'], { 布依族: 50, 汉族: 30, 苗族: 12, 水族: 8 }),
  pingtang: qiannan('522727', '平塘县', ['平舟镇', '牙舟镇', '通州镇', '克度镇', '者密镇'], { 布依族: 40, 汉族: 30, 苗族: 25, 水族: 5 }),
  luodian: qiannan('522728', '罗甸县', ['龙坪镇', '边阳镇', '沫阳镇', '逢亭镇', '红水河镇'], { 布依族: 45, 苗族: 25, 汉族: 30 }),
  changshun: qiannan('522729', '长顺县', ['广顺镇', '白云山镇', '鼓扬镇', '代化镇', '摆所镇'], { 布依族: 40, 苗族: 25, 汉族: 35 }),
  huishui: qiannan('522731', '惠水县', ['好花红镇', '断杉镇', '羡塘镇', '摆金镇', '雅水镇'], { 布依族: 45, 苗族: 25, 汉族: 30 }),
  sandu: qiannan('522732', '三都水族自治县', ['周覃镇', '中和镇', '九阡镇', '大河镇', '普安镇'], { 水族: 60, 布依族: 15, 苗族: 15, 汉族: 10 }),
  yunxi: {
    code: '420322',
    province: '湖北省',
    city: '十堰市',
    county: '郧西县',
    towns: ['城关镇', '土门镇', '上津镇', '店子镇', '夹河镇', '羊尾镇', '观音镇', '马安镇', '河夹镇', '香口乡', '安家乡', '景阳乡', '涧池乡', '六郎乡', '湖北口回族乡'],
    ethnicities: { 汉族: 97, 回族: 3 },
    hanSurnames: YUNXI,
    villages: VILLAGES,
  },
  tiandong: baise('451022', '田东县', ['平马镇', '祥周镇', '林逢镇', '思林镇', '印茶镇', '江城镇', '朔良镇', '义圩镇', '那拔镇', '作登瑶族乡'], { 壮族: 85, 汉族: 10, 瑶族: 5 }),
  tianyang: baise('451021', '田阳区', ['田州镇', '那坡镇', '坡洪镇', '百育镇', '头塘镇', '五村镇', '玉凤镇'], { 壮族: 88, 汉族: 9, 瑶族: 3 }),
  pingguo: baise('451023', '平果市', ['马头镇', '新安镇', '果化镇', '太平镇', '坡造镇', '旧城镇', '榜圩镇', '海城乡'], { 壮族: 88, 汉族: 10, 瑶族: 2 }),
  debao: baise('451024', '德保县', ['城关镇', '隆桑镇', '敬德镇', '足荣镇', '马隘镇', '都安乡'], { 壮族: 95, 汉族: 5 }),
  jingxi: baise('451025', '靖西市', ['新靖镇', '化峒镇', '湖润镇', '安德镇', '龙临镇', '禄峒镇', '岳圩镇'], { 壮族: 97, 汉族: 3 }),
  napo: baise('451026', '那坡县', ['城厢镇', '平孟镇', '百合乡', '百省乡', '德隆乡', '龙合乡'], { 壮族: 80, 汉族: 8, 彝族: 4, 瑶族: 8 }),
  lingyun: baise('451027', '凌云县', ['泗城镇', '逻楼镇', '加尤镇', '下甲镇', '伶站瑶族乡', '朝里瑶族乡'], { 壮族: 55, 汉族: 25, 瑶族: 20 }),
} satisfies Record<string, County>;

export type CountyKey = keyof typeof COUNTIES;

